"""Where a rule's pattern may open, found by one cheap scan, so that the pattern is tried only there.

Most rules' patterns open with a look behind ("no word character before"), which denies the regex engine its
fast scan for the first character: tried by `finditer`, such a pattern is tried at every character of the
paragraph; tried by `matches_at` at every capitalized word (`capital_starts`), it still fails at nearly all of
them. Each function here gives a subset of those places that holds every place where the pattern can match, so
the matches are the same (tests/test_scan_openings.py checks each against the full scan): the words in capitals,
the places after what a look behind needs ("the ", ", "), the places where the pattern's first words without its
look behind match, and the capitalized words before a word that must follow a name (a head word, a verb of
speech, an apposition's comma) back to the last character a name cannot hold.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .tokens import APPOSITION_COMMAS as APPOSITION_COMMAS  # the builders of candidate lists live with the record
from .tokens import capitals_before as capitals_before
from .tokens import places_after as places_after
from .tokens import tokens


def acronym_starts(text: str) -> tuple[int, ...]:
    """The places of `capital_starts` where two capital letters stand: where a word written in capitals ("UAW",
    "USD") may begin (`Tokens.acronyms`)."""
    return tokens(text).acronyms


def opening_places(opening: re.Pattern[str], text: str) -> list[int]:
    """Where `opening` matches, found by one scan: the places a rule's pattern may begin where `opening` is the
    pattern's first words without its look behind ("[A-Z][a-z]+(?= and )"), which gets the regex engine's fast
    scan for its first character where the look behind would have it try every place."""
    return [m.start() for m in opening.finditer(text)]


_CAPITAL_RUN = re.compile(r"[A-Z][A-Za-z]*")


def capital_runs(words: Iterable[str]) -> frozenset[str]:
    """The capitalized runs of ASCII letters that open `words` ("Corp" of "Corp.", "S" of "S.A."), for
    `run_places`; words that open otherwise ("plc") have none."""
    return frozenset(m.group() for m in map(_CAPITAL_RUN.match, words) if m)


def run_places(text: str, runs: frozenset[str]) -> list[int]:
    """Where a run of letters that opens with a capital and is one of `runs` (`capital_runs` of a list of head
    words) is written, in text order: each word of `capital_starts` that opens with a letter opens such a run,
    so every place where one of the listed words is written after no letter is among these."""
    return [m.start() for m in _CAPITAL_RUN.finditer(text) if m.group() in runs]
