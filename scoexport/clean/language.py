"""Guess a document's language from its most frequent function words, and the script of a line."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from ..data import load_json

_WORD = re.compile(r"[^\W\d_]+")
# Unicode names of letters start with their script, except for a few that say it later
_SCRIPT_ALIASES = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "CJK": "CJK", "HANGUL": "HANGUL"}


def guess_language(text: str, sample: int = 20000) -> str | None:
    words = Counter(w.lower() for w in _WORD.findall(text[:sample]))
    if not words:
        return None
    scores = {lang: sum(words[w] for w in stop) for lang, stop in load_json("stopwords.json").items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 3 else None


@lru_cache(maxsize=4096)
def _letter_script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0]
    return _SCRIPT_ALIASES.get(first, first) if name else "UNKNOWN"


def script_counts(text: str) -> Counter[str]:
    return Counter(_letter_script(ch) for ch in text if ch.isalpha())


def main_script(text: str) -> str | None:
    """The script most letters of the text are written in (LATIN, CJK, CYRILLIC, ...), None without letters."""
    counts = script_counts(text)
    return counts.most_common(1)[0][0] if counts else None
