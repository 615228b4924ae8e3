"""Where the date patterns are tried: only on a paragraph that holds a word a pattern needs (`has_word`, a plain
substring test), and only where such a word is written (`scan`, `openings_before`, `around`).

Enters: a paragraph's text, its lower-cased form and a pattern of `date_phrases` with the words one of which opens
or holds every match. Leaves: the pattern's matches, the same as a scan of the whole text gives (the tests of
tests/test_scan_places.py and tests/test_pattern_openings.py compare both).

Why it works: these patterns are long case-blind alternations that open with a word boundary or a look-behind, which
the regex engine tries at every character; the words they open with or hold are few and written in few places, so
trying the pattern there finds every match at a fraction of the cost.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

from ..data import prefix_tree
from .base import FOLDED_APART, lower_words, matches_at, word_places, written
from .date_phrases import WEEKDAY_RELS, count_words, date_words, month_prefixes, patterns


def has_word(low: str, *words: str) -> bool:
    """Whether one of `words` is written in `low`, inside another word or not."""
    if len(words) <= _FEW_WORDS:
        return any(map(low.__contains__, words))  # the tests run in C, no generator frame per word
    # many words (the month names of five languages, the weekdays): one scan of the text for all of them
    return _any_of(words).search(low) is not None


_FEW_WORDS = 4  # up to this many, a substring test per word is quicker than one search for any of them


@lru_cache(maxsize=64)
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(prefix_tree(words))



@cache
def openers() -> dict[str, tuple[str, ...]]:
    """The words (lower-case) one of which opens every match of these case-blind patterns, as `patterns` writes
    them ("mid" for "mid-"): a pattern that opens with a word boundary gets no fast scan from the regex engine,
    which tries it at every character; it is tried where one of its words is written instead."""
    w = date_words()
    return {"rel_period": ("the", "later", "earlier", "last", "next", "this", "previous", "coming", "past"),
            "rel_month": (*WEEKDAY_RELS, "early", "late", "mid", "in", "since", "until", "by", "from", "between", "during",
                          "before", "after"),
            "day_word": tuple({word.split()[0] for word in w["day_words"]}), "year": tuple(w["year_prepositions"]),
            "edge": ("the", "end", "beginning", "start", "middle"), "year_range": ("between", "from"),
            "ago": ("a", "an", *count_words()), "part": ("the", "first", "second", "third", "fourth", "last")}


def scan(pattern: re.Pattern[str], text: str, low: str, words: tuple[str, ...],
         more: Iterable[int] = ()) -> Iterator[re.Match[str]]:
    """The matches of `pattern`, which open with one of `words` (or at one of `more`), tried only where those
    are; the whole text where lower-casing moves or folds characters (`word_places` says None). Each word
    is a whole word where a match opens with it (a space or hyphen follows), so only those among the
    paragraph's words are looked for."""
    held = lower_words(text)
    places = word_places(text, low, [w for w in words if w in held])
    if places is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, sorted({*places, *more}) if more else places)


def openings_before(text: str, places: Iterable[int], lengths: Iterable[int], hyphens: bool = False) -> set[int]:
    """Where a word of one of `lengths` ends at the white space (or hyphens) before each of `places`: where a pattern
    that opens with such a word, white space, then a rarer word written at one of `places` may begin ("in 2019",
    "last September", "before Easter"). Read back from the rarer words, not from every "in", "on" or "the" of the
    text. `str.isspace` is the regex engine's `\\s`, so the white space read back is the pattern's."""
    found = set()
    for at in places:
        end = at
        while end > 0 and (text[end - 1].isspace() or (hyphens and text[end - 1] == "-")):
            end -= 1
        if end < at:
            found.update(end - n for n in lengths if end >= n)
    return found


@cache
def _lengths(name: str) -> tuple[int, ...]:
    """The lengths of the words a pattern opens with (`openers`), each once."""
    return tuple(sorted({len(w) for w in openers()[name]}))


def before_months(text: str) -> list[int]:
    """Where "last September", "in May", "mid-July" may open: before a month's name, as written (`openings_before`,
    read back over a hyphen too), not at every "in", "by" or "from" of the text."""
    return sorted(openings_before(text, written(text, month_prefixes()), _lengths("rel_month"), hyphens=True))


REL_PERIODS = ("year", "month", "week")  # the periods of "next month", "the past year" (`patterns()["rel_period"]`)


def rel_periods(text: str, low: str) -> Iterable[re.Match[str]]:
    """"next month", "the past year", "earlier this week": tried before each period's name (`low` holds it where
    the case-blind pattern matches it), by the lengths of the words before it, twice ("the", then "past"), not at
    every "the" of the text; the whole text where lower-casing moved characters."""
    pattern = patterns()["rel_period"]
    if len(low) != len(text):
        return pattern.finditer(text)
    rels = openings_before(text, written(low, REL_PERIODS), _lengths("rel_period"))
    return matches_at(pattern, text, sorted(rels | openings_before(text, rels, _lengths("rel_period"))))


def around(pattern: re.Pattern[str], text: str, low: str, anchors: tuple[str, ...], before: int,
           after: int, needs: tuple[str, ...] = ()) -> list[re.Match[str]]:
    """The matches of `pattern` in short windows around the places its anchor words are written ("four years
    earlier": around " earlier"): a long case-blind alternation scanned over the whole paragraph costs a
    try at every character, here a few windows. `needs`: words (lower case, as the pattern spells them) one of
    which every match holds ("years" of "six years before the vote"); a window where none is written can hold
    no match and is not searched (most windows around " after " or " from " hold no count of periods)."""
    if len(low) != len(text):  # lower-casing moved characters: places in `low` are not places in `text`
        return list(pattern.finditer(text))
    needed: list[int] | None = _UNREAD  # read at the first anchor: most paragraphs write none
    shortest = min(map(len, needs), default=0)
    found: dict[int, re.Match[str]] = {}
    for anchor in anchors:
        i = low.find(anchor)
        while i >= 0:
            if needed is _UNREAD:
                needed = _needed_places(text, low, needs)
            lo, hi = max(0, i - before), min(len(text), i + len(anchor) + after)
            # a needed word lies inside the match, so inside the window: one must start at or after its start
            if needed is None or bisect.bisect_left(needed, lo) < bisect.bisect_right(needed, hi - shortest):
                m = pattern.search(text, lo, hi)
                if m is not None:
                    found.setdefault(m.start(), m)
            i = low.find(anchor, i + 1)
    return [found[k] for k in sorted(found)]


_UNREAD: list[int] = []  # `around`'s needed places before they are read (tested by identity)


def _needed_places(text: str, low: str, needs: tuple[str, ...]) -> list[int] | None:
    """Where each of `needs` is written in `low` (sorted), or None where none is asked for or where the text holds
    a character that case-blind matching reads as one of their letters though lower-casing does not (`may_hold`)."""
    if not needs or (not text.isascii() and any(c in text for c in FOLDED_APART)):
        return None
    return written(low, needs)
