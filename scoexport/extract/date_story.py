"""Days named by their distance from the day the story last named ("am folgenden Tag", "le lendemain", "no dia
anterior", "того ж дня", "the very same day"), valued from that day.

Enters: a paragraph's text, its language (ISO 639-1, as `date_language` files it) and the dates already found in
it. Leaves: `DateMatch`es of precision `day`: the day the step from the last single day written before it in the
paragraph gives ("Debian 4.0 Etch (8 April 2007): ... appointed Project Leader the very same day" -> 2007-04-08),
else no value: the story's day is then not written where a reader looking at this paragraph finds it. A phrase
counted from an event the words after it name ("le lendemain de sa victoire") has no value either. "The same day"
with no day before it is no date: the clause after it defines it ("on the same day it is alleged he ...").

Why it works: these phrases point back, not to the publication day ("the next day" after "on May 3" is May 4);
a writer sets them after the day they count from, in the same paragraph as a rule, since a new paragraph that
counts from a day opens by naming it again. The phrases are in `data/story_days.json`, by language.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json, prefix_tree
from ..date_text import WORD_END, WORD_START, YEAR, DateMatch, either_apostrophe, typographic
from .base import lower_cased, may_hold


@cache
def _table() -> dict:
    return load_json("story_days.json")


@cache
def _words(language: str | None) -> tuple[dict[str, int], re.Pattern[str] | None, re.Pattern[str] | None]:
    """(each phrase's step, the phrases, the words after one that name an event it counts from) of English and of
    `language`: English phrases are read in a text of any language, as English relative dates are."""
    entries = [e for code in dict.fromkeys(("en", language)) if code and (e := _table().get(code))]
    steps = {typographic(p): step for e in entries for p, step in e["days"].items()}
    events = [w for e in entries for w in e["event_after"]]
    phrase = re.compile(rf"(?i){WORD_START}(?:{either_apostrophe(prefix_tree(steps, flexible_spaces=True))}){WORD_END}") \
        if steps else None
    event = re.compile(rf"(?i)\s+(?:{either_apostrophe(alternation(events))})(?![\w’'])") if events else None
    return steps, phrase, event


_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def cues(language: str | None) -> tuple[str, ...] | None:
    """Words (lower case) one of which every phrase of English and `language` holds: the longest run of letters of
    its last word ("day" of "the next day", "lendemain"). None where one is not ASCII: case-blind matching folds
    some letters of other scripts together that lower-casing keeps apart, and the paragraph is then always read."""
    found = tuple(sorted({max(_LETTERS.findall(typographic(p).split()[-1].lower()), key=len) for p in _words(language)[0]}))
    return found if all(c.isascii() for c in found) else None


@cache
def _no_date_after(language: str | None) -> re.Pattern[str] | None:
    """The words right after a phrase that make it no date ("giorno dopo giorno": day after day)."""
    words = _table().get(language or "", {}).get("not_before", [])
    return re.compile(rf"(?i)\s+(?:{alternation(words)})(?![\w’'])") if words else None


@cache
def _opens_span(language: str | None) -> re.Pattern[str] | None:
    """The words right before a day that make it the start of an open span ("since March 3, 2020")."""
    words = [w for code in dict.fromkeys(("en", language)) if code for w in _table().get(code, {}).get("open_before", [])]
    return re.compile(rf"(?i)(?<![\w’'])(?:{either_apostrophe(alternation(words, flexible_spaces=True))})\s+$") \
        if words else None


def _anchor(before: list[DateMatch], start: int, text: str, language: str | None) -> dt.date | None:
    """The last single day written before `start` ("8 April 2007", "Montag", "10 вересня"), not a span nor the
    start of an open one ("since March 3, 2020": the story's days after it are not counted from that day)."""
    days = [d for d in before if d.end <= start and d.precision == "day" and d.value and "/" not in d.value]
    if not days:
        return None
    last, opens = max(days, key=lambda d: d.end), _opens_span(language)
    return None if opens and opens.search(text, max(0, last.start - 30), last.start) else last.first


def story_days(text: str, language: str | None, found: list[DateMatch], reference: dt.date) -> list[DateMatch]:
    """The story days of `text`, valued from the dates `found` in it before each one, in text order: a story day
    with a value is the day the next one counts from ("On Monday the board met. The next day ... The following
    day ..." -> Tuesday, then Wednesday). `reference` stands as the first day of one with no value, as for other
    dates without one. "Giorno dopo giorno" (`not_before`) is no date."""
    steps, phrase, event = _words(language)
    if phrase is None:
        return []
    needed = cues(language)
    if needed is not None and not may_hold(text, lower_cased(text), needed):
        return []  # no phrase's last word: the pattern, tried at every character, can match nowhere
    out: list[DateMatch] = []
    never = _no_date_after(language)
    for m in phrase.finditer(text):
        if never and never.match(text, m.end()):
            continue
        step = steps[" ".join(typographic(m.group().lower()).split())]
        anchor = None if event and event.match(text, m.end()) else _anchor(found + out, m.start(), text, language)
        if anchor is None and step == 0:
            continue  # "on the same day it is alleged he ...": with no day before it, the clause after defines it
        day = anchor + dt.timedelta(days=step) if anchor else None
        out.append(DateMatch(m.start(), m.end(), m.group(), day.isoformat() if day else None, "day", day or reference))
    return out


# a year written alone: not a span's ("2009/10", "2017-18") nor part of a number or word
_WRITTEN_YEAR = re.compile(rf"(?<![\w.,/–-])(?P<year>{YEAR})(?![\w%/–-]|[.,]\d)")


def story_year_before(text: str, start: int, ref: dt.date, language: str | None) -> bool:
    """Is a year other than the reference's written before `start` in `text` (a paragraph), not as the start of an
    open span ("seit 2009", "since 2015": it reaches the present)? A period named by its distance from "this" one
    after it ("1933 kam Hitler an die Macht. In diesem Jahr emigrierte die Familie", "in 2017, marking an increase
    from the previous year") may count from that year as well as from the publication's: no reader can tell which
    without reading on, so such a period is given no value."""
    opens = _opens_span(language)
    return any(int(m["year"]) != ref.year and not (opens and opens.search(text, max(0, m.start() - 30), m.start()))
               for m in _WRITTEN_YEAR.finditer(text, 0, start))
