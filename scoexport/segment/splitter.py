"""The sentence splitter: one compiled regex proposes boundaries, a few checks veto them.

Candidates are terminal punctuation (with any closing quotes or brackets) followed by space and
something that can open a sentence, plus list bullets. A full stop after an abbreviation, an
initial ("S. Jaishankar") is no boundary. Nor is a full stop before a numeral: edited prose does
not open a sentence with digits, while "approx. 5", "Art. 12" or "ca. 30" are common and no
abbreviation list is complete.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import load_lines

_BOUNDARY = re.compile(
    r"([.!?…]+)([\"'”’)\]»]*)\s+(?=[\"'“‘(\[«]?[A-ZÀ-ÖØ-ÞΑ-ΩА-Я])"  # end of a sentence
    r"|()()\s+(?=[•▪◦‣●]\s)"  # a list bullet opens a new item
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIAL = re.compile(r"^(?:\w\.)+$|^[A-Z]$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load_lines("abbreviations.txt"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the full stop at `dot` end an abbreviation or an initial rather than a sentence?"""
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).lstrip("(\"'“‘[")
    return word.lower() in _abbreviations() or bool(_INITIAL.match(word))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, surrounding space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        punct = m.group(1)
        if punct == "." and not m.group(2) and _is_abbreviation(text, m.start(1)):
            continue
        end = m.end(2) if punct is not None else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split a paragraph's text into sentences."""
    return [text[s:e] for s, e in sentence_spans(text)]
