"""Guess a document's language from its most frequent function words."""
from __future__ import annotations

import re
from collections import Counter

from .data import load_json

_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str, sample: int = 20000) -> str | None:
    words = Counter(w.lower() for w in _WORD.findall(text[:sample]))
    if not words:
        return None
    scores = {lang: sum(words[w] for w in stop) for lang, stop in load_json("stopwords.json").items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None
