"""Dates relative to a reference day resolved: "last September", "next month", "four years ago",
"Friday", "July 3" without a year, "the end of the year", against the publication date using tense.

Enters: a paragraph's text (and its lower-cased form) and the reference date. Leaves: `DateMatch`es
whose value is the resolved day, month or span of months. The phrases are found by `date_phrases`'
patterns; here each is placed in the calendar: a month or weekday without a year goes to the side of
the reference day the clause's tense points to (`date_tense`: a future or past marker before it, or the
verb after a date that opens its sentence), else to the nearest one.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from ..data import alternation
from ..date_reference import EDGE_MONTHS, day_without_year, days_value, shifted_period
from ..date_text import DateMatch, month_numbers
from .base import capital_starts, digit_starts, lower_words, matches_at, written
from .date_phrases import (
    CLOCK,
    COUNTED,
    PERIODS,
    WEEKDAY_NAMES,
    WEEKDAY_RELS,
    count_words,
    date_words,
    month_forms,
    month_names,
    month_prefixes,
    patterns,
)
from .date_scan import REL_PERIODS, around, before_months, has_word, openers, rel_periods, scan
from .date_seasons import calendar_parts
from .date_story import story_year_before
from .date_tense import clause_tense, is_future, month_of_year

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_DAY_WORD = re.compile(r"[A-Za-z]+")
_PART_OF_DAY = re.compile(r"[A-Z][a-z]+\s+(?:night|morning|afternoon|evening)\b")


def _in_name(text: str, start: int) -> bool:
    """Is the day word at `start` part of a name? A capitalized word before a weekday that is no
    preposition or determiner makes a name ("Black Friday", "Super Tuesday"), and so does a word that names
    a day in any case (a text in another language borrows "il black Friday"); a capitalized day
    word inside a sentence is one too ("USA Today"). A part of the day after the weekday makes it a day of the
    calendar ("in Tarzana Wednesday morning", "the Celtics Wednesday night"); a lower-case day word
    ("in London yesterday evening") is no name's part."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m and m.group(1).lower() in date_words()["day_name_words"]:
        return True
    if not text[start].isupper():
        return False
    if m and m.group(1)[0].isupper() and m.group(1).lower() not in date_words()["not_names_before_weekday"]:
        return not _PART_OF_DAY.match(text, start)
    word = _DAY_WORD.match(text, start)
    return word is not None and word.group().lower() in date_words()["day_words"] and bool(m)


# after "in May" a clause or sentence ends, or a conjunction follows: "in May, when", "In May, NASA said"
_MONTH_ENDS = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:when|and|as|after|before|this|last|next)\b")
# a capitalized word before "May" makes it a surname ("Theresa May", "Brian May"), and the paragraph's other
# "May"s may be that person
_SURNAME_MAY = re.compile(r"\b(?!(?:In|Since|Until|By|From|During|Before|After|Early|Late|Mid|Last|Next|This)\b)"
                          r"[A-Z][a-z]+\s+May\b")


def _may_is_month(text: str, end: int) -> bool:
    """Is "May" after "in", "since", "until"... the month? Where the clause ends after it ("in May, when the
    agency ..."): the verb "may" is followed by its verb ("in may be"), and the paragraph names nobody May."""
    return bool(_MONTH_ENDS.match(text, end)) and _SURNAME_MAY.search(text) is None


@cache
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a month listed after another: "in July and August"; a month's own event: "October's conference"), the
    full English names but May, a verb or a surname as often as a month."""
    months = alternation(sorted(m for m in month_names()[0] if m != "May"))
    return (re.compile(rf"\s+(?:and|or)\s+(?P<month>{months})\b(?!\s+\d)"),
            re.compile(rf"\b(?P<month>{months})['’]s\b"))


def _listed_month(text: str, end: int, tense: str | None, ref: dt.date) -> list[DateMatch]:
    """The month listed after a month the text placed ("former ministers in July and August"), placed by the
    same tense."""
    m = _month_patterns()[0].match(text, end)
    if m is None:
        return []
    first = dt.date(month_of_year(month_numbers()[m["month"].lower()], "", tense, ref), month_numbers()[m["month"].lower()], 1)
    return [DateMatch(m.start("month"), m.end(), m["month"], first.strftime("%Y-%m"), "month", first)]


def _possessive_months(text: str, ref: dt.date) -> list[DateMatch]:
    """A month that owns an event ("at October's conference", "September's figures"): the month it was in or
    will be, by the clause's tense."""
    found = []
    # the pattern opens with a word boundary: tried only where a month's name is written, not at every character
    for m in matches_at(_month_patterns()[1], text, written(text, month_prefixes())):
        month = month_numbers()[m["month"].lower()]
        first = dt.date(month_of_year(month, "", clause_tense(text, m.start(), m.end()), ref), month, 1)
        found.append(DateMatch(m.start(), m.end("month"), m["month"], first.strftime("%Y-%m"), "month", first))
    return found


def _weekday(match: re.Match[str], text: str, ref: dt.date) -> DateMatch:
    target = _WEEKDAYS[match["weekday"].lower()]
    rel = (match["rel"] or "").lower()
    future = rel == "next" or (rel != "last" and is_future(text, match.start(), match.end()))
    if future:
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7)
    else:
        day = ref - dt.timedelta(days=(ref.weekday() - target) % 7)
    if rel in ("next", "last") and day == ref:
        day += dt.timedelta(days=7 if rel == "next" else -7)
    return DateMatch(match.start(), match.end(), match.group().strip(), day.isoformat(), "day", day)


def _month_day(match: re.Match[str], text: str, ref: dt.date) -> DateMatch | None:
    month = month_numbers()[match["month"].lower().rstrip(".")]
    day = int(match["day"])
    # the year the tense points to ("will stop on July 22": the next one), else the one nearest
    # the publication date
    tense = clause_tense(text, match.start(), match.end())
    weekday = _WEEKDAYS[match["wd"].lower()] if match["wd"] else None
    first = day_without_year(ref, month, day, weekday, tense if tense in ("future", "past") else None)
    if first is None:
        return None
    value = days_value(first, match["day2"])
    if value is None:
        return None
    start = match.end("wd") if match["wd"] else match.start()
    start += len(match.string[start:match.end()]) - len(match.string[start:match.end()].lstrip(", "))
    return DateMatch(start, match.end(), match.string[start:match.end()], value, "day", first)


def _period(match: re.Match[str], ref: dt.date) -> DateMatch:
    """"next month", "last year": the period that many before or after the reference's. "The next year" or "the
    previous year" after a year the paragraph wrote ("founded in 1990; the next year it got its first order")
    may count from that year: no value."""
    rel, period = match["rel"].lower(), match["period"].lower()
    if period == "year" and rel in ("next", "previous") and match.group().lower().startswith("the") \
            and story_year_before(match.string, match.start(), ref, "en"):
        return DateMatch(match.start(), match.end(), match.group(), None, period, ref)
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    value, first = shifted_period(ref, step, period)
    return DateMatch(match.start(), match.end(), match.group(), value, period, first)


def _ago(match: re.Match[str], ref: dt.date) -> DateMatch | None:
    """"four years ago" -> the year four before the publication's, "a week ago" -> that ISO week, "two to three years
    ago" -> no value (either year); None for spans before the calendar's first year ("5000 years ago")."""
    period = match["period"].lower()
    if match["n2"]:
        return DateMatch(match.start(), match.end(), match.group(), None, period, ref)  # "two to three years ago"
    try:
        value, first = shifted_period(ref, -_count(match["n"]), period)
    except (ValueError, OverflowError):
        return None
    return DateMatch(match.start(), match.end(), match.group(), value, period, first)


def _count(n: str) -> int:
    n = n.lower()
    return 1 if n in ("a", "an") else int(n) if n.isdigit() else count_words()[n]


def _unresolved(match: re.Match[str], ref: dt.date) -> DateMatch:
    """A date the text places against one of its own events ("four years earlier"), or a span whose ends
    the text does not settle ("the past six years"): no value."""
    return DateMatch(match.start(), match.end(), match.group(), None, "year", ref)


_EVENT_ANCHORS = (" after ", " before ", " prior to ", " from ")  # " of " only after "within"
_STEP = {"this": 0, "last": -1, "next": 1}
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")




def part_of_year(match: re.Match[str], year: int) -> DateMatch:
    """The months of a half or a quarter of a year, as an interval: 2020-01/2020-06."""
    size = 6 if match["part"].lower() == "half" else 3
    count = 12 // size
    nth = min({"first": 1, "second": 2, "third": 3, "fourth": 4, "last": count}[match["nth"].lower()], count)
    first_month = (nth - 1) * size + 1
    value = f"{year:04d}-{first_month:02d}/{year:04d}-{first_month + size - 1:02d}"
    return DateMatch(match.start(), match.end(), match.group(), value, "month", dt.date(year, first_month, 1))


def edge(match: re.Match[str], text: str, ref: dt.date) -> DateMatch:
    """The month at an edge of a year, or the month itself (`patterns()["edge"]`): "the end of 2025" -> 2025-12, "the
    end of the year" -> the reference year's December, "the start of next month" -> that month, "the end of
    November" -> November, placed as "in November" is (`date_tense.month_of_year`). A year's number needs no
    reference."""
    step = _STEP.get((match["rel"] or "this").lower(), 0)
    if match["month"]:
        month = month_numbers()[match["month"].lower()]
        first = dt.date(month_of_year(month, "", clause_tense(text, match.start(), match.end()), ref), month, 1)
    elif match["period"] and match["period"].lower() == "month":
        first = shifted_period(ref, step, "month")[1]
    else:
        year = int(match["year"]) if match["year"] else ref.year + step
        first = dt.date(year, EDGE_MONTHS[match["edge"].lower()], 1)
    return DateMatch(match.start(), match.end(), match.group(), first.strftime("%Y-%m"), "month", first)


def parts_and_edges(text: str, low: str, ref: dt.date) -> tuple[list[DateMatch], list[DateMatch]]:
    """The parts and edges of a year or a month in a paragraph, each pattern scanned once: (those that write their
    year, "the first half of 2020", "the end of 2025", which need no reference; those placed against `ref`, "the
    third quarter of last year", "the end of the year", "the start of next month")."""
    p = patterns()
    dated: list[DateMatch] = []
    relative: list[DateMatch] = []
    for m in scan(p["part"], text, low, openers()["part"]) if has_word(low, "half", "quarter") else ():
        if m["year"]:
            dated.append(part_of_year(m, int(m["year"])))
        else:
            relative.append(part_of_year(m, ref.year + _STEP.get((m["rel"] or "this").lower(), 0)))
    edges = has_word(low, "end of", "beginning of", "start of", "middle of")
    for m in scan(p["edge"], text, low, openers()["edge"]) if edges else ():
        (dated if m["year"] else relative).append(edge(m, text, ref))
    return dated, relative


def relative_dates(text: str, low: str, ref: dt.date) -> list[DateMatch]:
    """The forms relative to `ref`. Each pattern is a long alternation, slow to scan: it runs only
    on a paragraph holding a word it needs (`low` is the text lower-cased)."""
    p = patterns()
    found: list[DateMatch] = calendar_parts(text, low, ref)
    restated: list[int] = []  # weekdays that restate a date given beside them
    # the month and weekday patterns are case-sensitive: one of their names, as they write it, must be there
    has_month = has_word(low, *_MONTH_STEMS) and has_word(text, *month_forms())
    for name in ("month_day", "day_month") if has_month else ():
        # "July 3" opens with its month, "3 July" with its day (a digit at a word's start), either maybe
        # after a weekday: tried only there, not at every character
        places = written(text, month_prefixes() + WEEKDAY_NAMES) if name == "month_day" else sorted(
            {*(at for at in capital_starts(text) if text[at] <= "9"), *written(text, WEEKDAY_NAMES)})
        for m in matches_at(p[name], text, places):
            match = _month_day(m, text, ref)
            if match:
                found.append(match)
                restated.extend([m.start("wd")] if m["wd"] else [])
    for m in rel_periods(text, low) if has_word(low, *REL_PERIODS) else ():
        found.append(_period(m, ref))
    # "ago" as a word of its own, not inside "Chicago": the lower-case runs of letters hold it where it matches
    ago_held = "ago" in low and "ago" in lower_words(text)
    for m in scan(p["ago"], text, low, openers()["ago"], digit_starts(text)) if ago_held else ():  # a count opens it
        ago = _ago(m, ref)
        found.extend([ago] if ago else [])
    # counted from an event of the text, or a span whose ends are not settled ("the past six years")
    unresolved = [*around(p["after_event"], text, low, (" earlier", " later"), 30, 10, PERIODS),
                  *around(p["to_event"], text, low, _EVENT_ANCHORS + ((" of ",) if "within" in low else ()), 40, 30,
                          COUNTED),
                  *around(p["after_count"], text, low, ("after ",), 0, 40, COUNTED),
                  *(p["half_century"].finditer(text) if "half" in low and "century" in low else ()),
                  *around(p["counted_span"], text, low, tuple(f"{w} " for w in date_words()["span_openers"]), 4, 40,
                          COUNTED),
                  *around(p["recent"], text, low, (" ago",), 30, 4, CLOCK)]
    found.extend(_unresolved(m, ref) for m in unresolved)
    for m in scan(p["day_word"], text, low, openers()["day_word"]) if has_word(low, *date_words()["day_words"]) else ():
        if _in_name(text, m.start()):
            continue
        shift = date_words()["day_words"][m["word"].lower()]
        day = ref + dt.timedelta(days=shift)
        found.append(DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day))
    for m in matches_at(p["rel_month"], text, before_months(text)) if has_month else ():
        rel = m["rel"].lower()
        if m["month"] == "May" and rel not in ("last", "next", "this") and not _may_is_month(text, m.end()):
            continue  # "may" is a verb far more often than a month
        month = month_numbers()[m["month"].lower().rstrip(".")]
        tense = "past" if rel == "since" else clause_tense(text, m.start(), m.end())  # "since" looks back
        year = month_of_year(month, rel, tense, ref)
        start = m.start() if rel in ("last", "next", "this", "early", "late", "mid", "mid-") else m.start("month")
        first = dt.date(year, month, 1)
        found.append(DateMatch(start, m.end(), text[start:m.end()], first.strftime("%Y-%m"), "month", first))
        found.extend(_listed_month(text, m.end(), tense, ref))
    if has_month and ("'s" in text or "’s" in text):
        found.extend(_possessive_months(text, ref))
    has_weekday = "day" in low and has_word(text, *WEEKDAY_NAMES)  # calendar.day_name formats each name anew
    # "Friday" opens a match as written, "last" in any case
    for m in scan(p["weekday"], text, low, WEEKDAY_RELS, written(text, WEEKDAY_NAMES)) if has_weekday else ():
        if not _in_name(text, m.start("weekday")) and m.start("weekday") not in restated:
            found.append(_weekday(m, text, ref))
    return found

