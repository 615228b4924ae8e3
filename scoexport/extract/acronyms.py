"""Acronym definitions in both orders, "Belt and Road Initiative (BRI)" and "BRI (Belt and Road
Initiative)", checked letter by letter as in Schwartz and Hearst (2003)."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_PAREN = re.compile(r"\(([^()]{1,120})\)")
_SHORT = re.compile(r"^[A-Z][A-Za-z0-9&.-]{1,9}$")
_TOKEN = re.compile(r"\S+")


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


def _definition_before(text: str, paren: re.Match[str], word_starts: list[int]) -> Definition | None:
    """The long form in the words before the parenthesis; `word_starts` are the starts of the text's
    words, found once, so each parenthesis costs a lookup rather than a pass over the text before it."""
    short = paren.group(1).strip()
    if not _is_short_form(short):
        return None
    n_words = min(len(short) + 5, 2 * len(short))
    before = bisect.bisect_left(word_starts, paren.start())
    if before == 0:
        return None
    window_start = word_starts[max(0, before - n_words)]
    candidate = text[window_start:paren.start()].rstrip()
    offset = best_long_form(short, candidate)
    if offset is None:
        return None
    start = window_start + offset
    long = text[start:window_start + len(candidate)]
    if len(long.split()) < 2 or short in long.split():
        return None
    return Definition(short, long, (paren.start(1), paren.start(1) + len(short)), (start, start + len(long)))


def _definition_after(text: str, paren: re.Match[str], word_starts: list[int]) -> Definition | None:
    last = bisect.bisect_left(word_starts, paren.start())
    before = _TOKEN.match(text, word_starts[last - 1], paren.start()) if last else None
    inner = paren.group(1).strip()
    if not before or not _is_short_form(before.group()) or len(inner.split()) < 2:
        return None
    short = before.group()
    if best_long_form(short, inner) != 0 or not inner[0].isupper():
        return None
    return Definition(short, inner, before.span(), (paren.start(1), paren.start(1) + len(inner)))


def find_definitions(text: str) -> list[Definition]:
    found = []
    word_starts: list[int] | None = None
    for paren in _PAREN.finditer(text):
        if word_starts is None:
            word_starts = [m.start() for m in _TOKEN.finditer(text)]
        definition = _definition_before(text, paren, word_starts) or _definition_after(text, paren, word_starts)
        if definition:
            found.append(definition)
    return found
