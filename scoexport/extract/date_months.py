"""Dates with a month name in the languages the language guess tells apart and the date rules do not know
(Danish, Czech, Russian, ...): a day, month and year, a month and year, a day and month.

Enters: a paragraph's text, the reference day (the publication date, or None) and the document's language.
Leaves: `DateMatch`es: "2. marts 2019", "8 октября 2020 г.", "2019. március 15." (a day), "marts 2019" (a month),
"15. března" (a day, of the year nearest the reference day).

Why it works: a month's name between a day and a year, or before a year, is a date in any language, and the
CLDR names every language's months as its press writes them, in the form a date writes ("октября", "března")
and the one that stands alone (`data/month_languages.json`, built by scripts/build_month_languages.py). The
names are read only in a document of that language: another language's month may be a word or a name ("Mei",
"mart"). A weekday alone, or a month after a preposition, needs the language's words of tense and of place
("next", "last", "in"), which only `date_languages.json` holds: they are not guessed here.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import load_json, prefix_tree
from ..date_reference import NO_REFERENCE, day_without_year
from ..date_text import COUNT_NOT_YEAR, DAY_START, YEAR, DateMatch
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B


@cache
def _table() -> dict[str, list[list[str]]]:
    return load_json("month_languages.json")


def known(language: str | None) -> bool:
    return bool(language) and language in _table()


@cache
def _months(language: str) -> dict[str, int]:
    return {form: number for number, forms in enumerate(_table()[language], start=1) for form in forms}


@cache
def _patterns(language: str) -> list[tuple[str, re.Pattern[str]]]:
    month = rf"(?P<month>{prefix_tree(_months(language))})"
    day = rf"{DAY_START}(?P<day>[0-3]?\d)\.?"
    year = rf"(?P<year>{YEAR})"
    return [
        ("ymd", re.compile(rf"(?i){_B}{year}\.?\s+{month}\s+{day}{_E}")),  # Hungarian: "2019. március 15."
        ("dmy", re.compile(rf"(?i){_B}{day}\s*{month}\s+{year}{_E}")),
        ("my", re.compile(rf"(?i){_B}{month}\s+{year}{_E}")),
        # no year after it, but maybe a count of what follows ("с 7 октября 70 его сотрудников")
        ("dm", re.compile(rf"(?i){_B}{day}\s*{month}{_E}(?!\s*(?!{COUNT_NOT_YEAR})\d)")),
    ]


def month_dates(text: str, reference: dt.date | None, language: str) -> list[DateMatch]:
    """The dates with a month name of a paragraph in `language` (which `known` must accept); where two overlap,
    the caller keeps the longest. A day and month without a year needs the reference day, else has no value."""
    found: list[DateMatch] = []
    for kind, pattern in _patterns(language):
        for m in pattern.finditer(text):
            month = _months(language)[m["month"].lower()]
            if kind == "my":
                first = dt.date(int(m["year"]), month, 1)
                found.append(DateMatch(m.start(), m.end(), m.group(), first.strftime("%Y-%m"), "month", first))
                continue
            day = _day(int(m["year"]) if kind != "dm" else None, month, int(m["day"]), reference)
            if day is None:
                continue
            value = day.isoformat() if kind != "dm" or reference else None
            end = m.end() - m.group().endswith(".")  # "2019. március 15.": the stop ends the day's number
            found.append(DateMatch(m.start(), end, text[m.start():end], value, "day", day,
                                   None if value else day.isoformat()))
    return found


def _day(year: int | None, month: int, day: int, reference: dt.date | None) -> dt.date | None:
    if year is None:
        return day_without_year(reference or NO_REFERENCE, month, day)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
