"""Absolute dates as newspapers and reports write them, normalized to ISO 8601 with a precision.

`find_dates` finds every date in a text; `parse_date` reads a string that is one date (a
dateline, a meta tag). Month names in several languages come from `data/months.json`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from .data import alternation, load_json, prefix_tree
from .spans import SpanSet

YEAR = r"(?:1[6-9]|20)\d\d"  # the years documents write about: from the 1600s to this century
# a year after a day and a month's name ("vom 13. März 1435", "May 29, 1453"): four digits there are a year of any
# century since 1000, as the day and the month leave them nothing else to count
DAY_YEAR = r"(?:1\d|20)\d\d"
# digits that are no year (four digits may be one before the years YEAR reads: "vom 13. März 1435 von Klaus") and a
# word after them: a count of what the word opens ("since October 7, 70 of his
# staff", "dal 7 ottobre, 70 suoi dipendenti"), so the day and month before it keep no year and stay a date; not a
# word that joins days ("May 5, 6 and 7": another day of a list, `day_list_joiners` in data/date_words.json)
COUNT_NOT_YEAR = (r"(?!\d{4}(?!\d))\d+(?:[.,]\d+)*\s+"
                  rf"(?!(?i:{'|'.join(load_json('date_words.json')['day_list_joiners'])})(?![\w-]))[^\W\d_]")
# a date's words stand between these: no letter, digit or hyphen joins them to the next word ("mid-2021" aside)
WORD_START, WORD_END = r"(?<![\w-])", r"(?![\w-])"
# a day's number opens a date (after `WORD_START`) not right after a number and its stop: a section's number sets its
# parts close ("4.13.7. November 2003: servers hacked" is section 4.13.7, dated November 2003), a day stands apart
DAY_START = r"(?<!\d\.)"


def either_apostrophe(pattern: str) -> str:
    """A pattern built from words the data files write with the typographic apostrophe (’: "l’an prochain",
    "qu’") that matches either apostrophe where the words have one: texts write both ("l'an prochain")."""
    return pattern.replace("’", "['’]")


def typographic(word: str) -> str:
    """A matched word with its straight apostrophes written as the data files write them (’): the key it is
    looked up by ("l'an prochain" -> "l’an prochain")."""
    return word.replace("'", "’")


def iso_date(separator: str = "-") -> str:
    """The ISO 8601 calendar date (2024-07-03) as a pattern with the groups year, mnum and day.

    Attributes also write it without separators (20240703): pass "-?" to read both forms.
    """
    return rf"(?P<year>{YEAR}){separator}(?P<mnum>[01]\d){separator}(?P<day>[0-3]\d)"


@dataclass
class DateMatch:
    start: int
    end: int
    text: str
    value: str | None  # ISO 8601: 2024-07-03, 2024-07, 2024, an interval 2024-07-03/2024-07-04; None: unresolved
    precision: str  # day, month or year
    first: dt.date  # the first day the value covers
    # a date whose words name no year ("July 18th", "12. - 17. Juli") read where no reference day was given: the value
    # it takes in the years around a stand-in day (`date_reference.NO_REFERENCE`), whose year the text around it may
    # give instead
    guess: str | None = None



@cache
def month_numbers() -> dict[str, int]:
    table: dict[str, int] = {}
    for names in load_json("months.json").values():
        for number, forms in enumerate(names, start=1):
            for form in forms:
                table.setdefault(form, number)
    return table


@cache
def day_range_joiners() -> tuple[str, ...]:
    """The words that join two days of one month into one span as a dash does (`date_words.json`)."""
    return tuple(load_json("date_words.json")["day_range_joiners"])


@cache
def full_month_names() -> frozenset[str]:
    return frozenset(forms[0] for names in load_json("months.json").values() for forms in names)


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    # a prefix tree (the same matches as the plain alternation): the month names of every language are tried at each
    # place of a year's window, and the alternation tried them there one by one
    month = rf"(?P<month>{prefix_tree(month_numbers())})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
    day2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th|\.)?"
    year = rf"(?P<year>{YEAR})"
    day_year = rf"(?P<year>{DAY_YEAR})"
    dash = r"\s*[-–—]\s*"
    # two days of one month joined as a dash joins them, by the languages' words for "to" ("from 11 to 18 August
    # 2013", "August 1st to 7th, 2010", "vom 14. bis 22. Mai 2006", "du 5 au 9 juillet 2000"): the month and year
    # written once belong to both days, so the words are one span, as "11-18 August 2013" is
    to = rf"(?:{dash}|\s+(?:{alternation(day_range_joiners())})\s+)"
    b, e = WORD_START, WORD_END
    return [
        ("iso", re.compile(b + iso_date() + r"(?![\d])")),
        ("dmy_range", re.compile(b + DAY_START + day + to + day2 + r"\s+(?:of\s+|de\s+)?" + month + r",?\s+(?:de\s+)?"
                                 + day_year + e, re.I)),
        ("mdy_range", re.compile(b + month + r"\s+" + day + to + day2 + r",?\s+" + day_year + e, re.I)),
        # "August-December 1993", "January/February 2003": two months of one year joined by a dash or a slash, one span
        ("my_range", re.compile(b + month + rf"(?:{dash}|/)" + month.replace("<month>", "<month2>") + r",?\s+" + year + e,
                                re.I)),
        ("dmy", re.compile(b + DAY_START + day + r"\s*(?:of\s+|de\s+)?" + month + r",?\s+(?:de\s+)?" + day_year + e, re.I)),
        ("mdy", re.compile(b + month + r"\s+" + day + r",?\s+" + day_year + e, re.I)),
        ("numeric_dmy", re.compile(b + r"(?P<day>[0-3]?\d)\.(?P<mnum>[01]?\d)\." + year + e)),
        # 18/11/2019 and 11/18/2019: read day first unless only the other order is a date
        ("numeric_slash", re.compile(r"(?<![\w/-])(?P<day>[0-3]?\d)/(?P<mnum>[0-3]?\d)/" + year + r"(?![\w/-])")),
        # "April of 2004": English may join the month to its year with "of", Spanish and Portuguese with "de"
        ("my", re.compile(b + month + r",?\s+(?:of\s+|de\s+)?" + year + e, re.I)),
    ]


def _make(kind: str, m: re.Match[str]) -> DateMatch | None:
    g = m.groupdict()
    try:
        year = int(g["year"])
        month = int(g["mnum"]) if g.get("mnum") else month_numbers()[g["month"].lower()]
        if kind == "numeric_slash" and month > 12 >= int(g["day"]):
            g["day"], month = g["mnum"], int(g["day"])
        if kind == "my_range":
            # both months written in full: short forms between dashes are too often other words
            last = month_numbers()[g["month2"].lower()]
            if last <= month or not {g["month"].lower(), g["month2"].lower()} <= full_month_names():
                return None
            first = dt.date(year, month, 1)
            return DateMatch(m.start(), m.end(), m.group(), f"{year:04d}-{month:02d}/{year:04d}-{last:02d}", "month", first)
        if kind == "my":
            # "set 2020" or "mar 2021" are words more often than months: short forms need their full stop
            if g["month"].lower() not in full_month_names() and not m.group().split()[0].endswith("."):
                return None
            first = dt.date(year, month, 1)
            return DateMatch(m.start(), m.end(), m.group(), f"{year:04d}-{month:02d}", "month", first)
        first = dt.date(year, month, int(g["day"]))
        value = first.isoformat()
        if g.get("day2"):
            last = dt.date(year, month, int(g["day2"]))
            if last <= first:
                return None
            value = f"{value}/{last.isoformat()}"
        return DateMatch(m.start(), m.end(), m.group(), value, "day", first)
    except (ValueError, KeyError):
        return None


_YEAR = re.compile(DAY_YEAR)  # every pattern's year, the older ones after a day and a month included
_ISO_AT_START = re.compile(r"\s*" + iso_date())
_BEFORE_YEAR, _AFTER_YEAR = 48, 8  # the longest text a pattern puts before a year, and after it (ISO)


def _year_windows(text: str) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for m in _YEAR.finditer(text):
        start, end = max(0, m.start() - _BEFORE_YEAR), min(len(text), m.end() + _AFTER_YEAR)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def find_dates(text: str) -> list[DateMatch]:
    """Every absolute date in the text, longest first where two overlap, in text order."""
    # every absolute date holds a year, so the patterns (long alternations of month names, slow to
    # scan) run only on windows around years: most text is never scanned by them
    windows = _year_windows(text)
    if not windows:  # most lines of a page hold no year
        return []
    taken = SpanSet(len(text))
    found: list[DateMatch] = []
    for kind, pattern in _patterns():
        for m in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            if taken.overlaps(m.start(), m.end()):
                continue
            match = _make(kind, m)
            if match is not None:
                found.append(match)
                taken.add(match.start, match.end)
    return sorted(found, key=lambda d: d.start)


def calendar_date(year: str, month: str, day: str) -> dt.date | None:
    """The date of written year, month and day fields, or None when no such day exists (31 April)."""
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(text: str | None) -> dt.date | None:
    """The first day-precise date in a short string such as a dateline or a meta tag value."""
    if not text:
        return None
    iso = _ISO_AT_START.match(text)
    if iso:
        return calendar_date(iso["year"], iso["mnum"], iso["day"])
    return first_day(text)


def first_day(text: str) -> dt.date | None:
    """The first date written to the day in a text (a month or a year alone does not date a page)."""
    return next((match.first for match in find_dates(text) if match.precision == "day"), None)


# a copyright notice: the sign, or the word as a notice writes it (opening its line, or before the sign
# or the year: "Copyright 2019 Reuters"); the noun in prose ("the WIPO copyright treaty adopted on
# 20 December 1996", "copyright law") opens no notice
_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|(?:^|(?<=\n))\s*[Cc]opyright\b|\b[Cc]opyright\s+(?:©|\([cC]\)|\d))[^.!?\n]*$")


def in_copyright_line(text: str, start: int) -> bool:
    """Does text[start:] stand after a copyright notice in its sentence ("(c) Thomson Reuters 2020")?
    Such a year dates the text's rights, not an event, and counts nothing."""
    first = max(0, start - 80)
    before = text[first:start]
    if "©" not in before and "opyright" not in before and "(c)" not in before and "(C)" not in before:
        return False  # every notice writes one of these (a search of the pattern tries it at each character)
    return bool(_COPYRIGHT.search(text, first, start))
