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

import bisect
import re
from collections.abc import Iterable

from .base import capital_starts
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


def places_after(text: str, words: Iterable[str]) -> list[int]:
    """Where the text goes on with a capital letter after each of `words`, in text order: the places a pattern
    that looks behind for one of them (", " before "Calif.", "the " before "Xilingol region") and opens with a
    capital may begin."""
    places = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            at += len(word)
            if "A" <= text[at:at + 1] <= "Z":
                places.append(at)
            at = text.find(word, at - len(word) + 1)
    return sorted(places)


APPOSITION_COMMAS = (", the ", ", a ", ", an ")  # what follows a name in apposition: "Stratfor, the ..."


def capitals_before(text: str, ends: Iterable[int], stop: str) -> list[int]:
    """The places of `capital_starts` before each of `ends` (in text order) and after the last `stop` character
    before it: where a name that holds no `stop` ("," or " ") and ends by one of `ends` may begin. A name
    before its apposition (", the ...") or a verb of speech is tried there, not at every capitalized word."""
    starts = capital_starts(text)
    places: list[int] = []
    done = 0
    for end in ends:
        first = max(done, bisect.bisect_right(starts, text.rfind(stop, 0, end)))
        done = max(done, bisect.bisect_left(starts, end))
        places += starts[first:done]
    return places


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
