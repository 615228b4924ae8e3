"""Credits: the one place that decides what a name inside a credit line is.

Enters a paragraph's text; leaves spans. A staff or photographer's credit ("Reporting by A, B;
Editing by C", "Photo: Jo Park/AP", "Credit: Getty") names the document's makers, not what it
tells of: a person's name inside one is no entity (credit_words.txt). A picture shared "via" or
"courtesy of" someone names where it comes from, and that source is a person of the story
("(Photo via Hua Chunying/X)"): news credits a picture so when someone posted it. A caption's
credit ("... — Foto: Name/G1", "© Reuters", "Mandel Ngan/AFP via Getty Images", the maker's line
under "Photo:") is read for no facts at all (`caption_credit`).
"""
from __future__ import annotations

import re
from functools import cache

from ..clean.captions import credit_start
from ..data import alternation, load_lines
from .base import lower_cased, matches_at, may_hold, word_places
from .words import name_words


@cache
def _credit_pattern() -> re.Pattern[str]:
    words = alternation(load_lines("credit_words.txt"), flexible_spaces=True)
    # a credit runs to the end of its sentence or parenthesis, however many names it lists ("Reporting by A,
    # B, C, with reporting by D and E"); the bound only keeps a run-on line from swallowing a paragraph
    return re.compile(rf"(?i:\b(?:{words}))\s*[^.;()\n]{{0,240}}")


@cache
def _credit_cues() -> tuple[str, ...]:
    """The first word of each credit, lower-case, none holding another (a credit needs one of them)."""
    firsts = {line.split()[0].lower() for line in load_lines("credit_words.txt")}
    return tuple(sorted(w for w in firsts if not any(o != w and o in w for o in firsts)))


@cache
def _first_words() -> tuple[str, ...]:
    """The first word of each credit, lower-case, as its pattern writes it: where a credit may open."""
    return tuple(sorted({line.split()[0].lower() for line in load_lines("credit_words.txt")}))


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each staff or photographer's credit in a paragraph. A credit opens with its first word,
    so the case-blind pattern (whose word boundary denies it the regex engine's fast scan) is tried only where
    one is written, unless lower-casing moves the text's characters (`word_places`)."""
    lowered = lower_cased(text)
    if not may_hold(text, lowered, _credit_cues()):
        return []  # no credit's first word in the paragraph (a cheap test before the case-blind scan)
    places = word_places(text, lowered, _first_words())
    found = _credit_pattern().finditer(text) if places is None else matches_at(_credit_pattern(), text, places)
    return [m.span() for m in found]


def in_credit(spans: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in spans)


@cache
def picture_source_opening() -> re.Pattern[str]:
    """The words before a picture's source: "Photo via ", "image courtesy of " (case-blind)."""
    nouns, sources = alternation(name_words("picture_nouns")), alternation(name_words("source_words"))
    return re.compile(rf"(?i:\b(?:{nouns})\s*(?:{sources}))\s*")


@cache
def picture_nouns() -> frozenset[str]:
    return name_words("picture_nouns")


def caption_credit(text: str, before: str | None) -> int | None:
    """Where a caption's credit starts (`clean.captions.credit_start`, `before` the paragraph before it), None where
    it has none or shares a picture "via" someone, who is a person of the story ("(Photo via Hua Chunying/X)")."""
    start = credit_start(text, before)
    if start is None:
        return None
    label = text[start + 1:] if text[start:start + 1] == "(" else text[start:]
    return None if picture_source_opening().match(label) else start
