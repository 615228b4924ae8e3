"""Acronym definitions in both orders, "Belt and Road Initiative (BRI)" and "BRI (Belt and Road
Initiative)", checked letter by letter as in Schwartz and Hearst (2003)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()]{1,120})\)")
_SHORT = re.compile(r"^[A-Z][A-Za-z0-9&.-]{1,9}$")
_WORDS_BEFORE = re.compile(r"(\S+)\s*$")


@dataclass
class Definition:
    short: str
    long: str
    short_span: tuple[int, int]
    long_span: tuple[int, int]


def _is_short_form(text: str) -> bool:
    return bool(_SHORT.match(text)) and sum(c.isupper() for c in text) >= 2


def best_long_form(short: str, candidate: str) -> int | None:
    """Where in `candidate` the long form of `short` starts, or None (Schwartz-Hearst matching from the end)."""
    s, lo = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while lo >= 0 and (candidate[lo].lower() != c or (s == 0 and lo > 0 and candidate[lo - 1].isalnum())):
            lo -= 1
        if lo < 0:
            return None
        lo -= 1
        s -= 1
    return lo + 1


def _definition_before(text: str, paren: re.Match[str]) -> Definition | None:
    short = paren.group(1).strip()
    if not _is_short_form(short):
        return None
    n_words = min(len(short) + 5, 2 * len(short))
    words = list(re.finditer(r"\S+", text[:paren.start()]))[-n_words:]
    if not words:
        return None
    window_start = words[0].start()
    candidate = text[window_start:paren.start()].rstrip()
    offset = best_long_form(short, candidate)
    if offset is None:
        return None
    start = window_start + offset
    long = text[start:window_start + len(candidate)]
    if len(long.split()) < 2 or short in long.split():
        return None
    return Definition(short, long, (paren.start(1), paren.start(1) + len(short)), (start, start + len(long)))


def _definition_after(text: str, paren: re.Match[str]) -> Definition | None:
    before = _WORDS_BEFORE.search(text, 0, paren.start())
    inner = paren.group(1).strip()
    if not before or not _is_short_form(before.group(1)) or len(inner.split()) < 2:
        return None
    short = before.group(1)
    if best_long_form(short, inner) != 0 or not inner[0].isupper():
        return None
    return Definition(short, inner, before.span(1), (paren.start(1), paren.start(1) + len(inner)))


def find_definitions(text: str) -> list[Definition]:
    found = []
    for paren in _PAREN.finditer(text):
        definition = _definition_before(text, paren) or _definition_after(text, paren)
        if definition:
            found.append(definition)
    return found
