"""Dates as Hindi writes them in Devanagari: a month ("जनवरी में" = in January, "14 फरवरी 2020", "अप्रैल-जनवरी"), a
weekday ("सोमवार को" = on Monday) and a period by its distance from the publication date ("पिछले साल" = last year).

Enters: a paragraph's text and the reference day (the publication date, or None). Leaves: `DateMatch`es: a day,
a month or a span of months (a month without its year goes to the one nearest the reference day; the first of two
joined by a hyphen to the last such month before the second), a weekday (the last one, or the next where the words
before it say so or its clause is in the future tense: "अगले सोमवार", "सोमवार को बैठक होगी"), a year, month or week
("पिछले महीने" -> the month before the reference month); without a reference, only what writes its year has a value.

Why it works: the month and weekday names are loans or Sanskrit compounds that mean nothing else (but "मार्च", a
march: a month named alone is read only before the postposition a time takes: "में", "के", "तक"), and the script
is written by no language the language guess knows: the forms are read in a text of any guessed language, as
`date_cjk` reads its scripts. Devanagari's vowel signs are no word characters to the regex engine: the word
boundaries are the script's letters and signs. The words are in `data/date_devanagari.json`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json
from ..date_reference import NO_REFERENCE, day_without_year, month_without_year, shifted_period
from ..date_text import DateMatch

_SCRIPT = re.compile(r"[\u0900-\u097f]")
_B, _E = r"(?<![\u0900-\u097f\w])", r"(?![\u0900-\u097f\w])"


@cache
def _table() -> dict:
    return load_json("date_devanagari.json")


@cache
def _numbers() -> tuple[dict[str, int], dict[str, int]]:
    """(month by written form, weekday by written form: 0 Monday)."""
    w = _table()
    return ({f: i for i, forms in enumerate(w["months"], start=1) for f in forms},
            {f: i for i, forms in enumerate(w["weekdays"]) for f in forms})


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _table()
    months, weekdays = (alternation(sorted(table)) for table in _numbers())
    return {
        # days and years in ASCII or Devanagari digits ("१४ फरवरी २०२०"): `int` reads both
        "month": re.compile(rf"{_B}(?:(?P<day>[0-3०-३]?\d)\s+)?(?P<month>{months})(?:\s*[-–]\s*(?P<month2>{months}))?"
                            rf"(?:,?\s+(?P<year>(?:1[89]|20|१[८९]|२०)\d\d))?{_E}"),
        "weekday": re.compile(rf"{_B}(?:(?P<rel>{alternation(w['next'] + w['last'])})\s+)?(?P<weekday>{weekdays}){_E}"),
        "period": re.compile(rf"{_B}(?P<period>{alternation(sorted(w['periods']))}){_E}"),
        "post": re.compile(rf"\s+(?:{alternation(w['postpositions'])}){_E}"),
        # the future's vowel, maybe nasalized, before its ending: "करेगा", "जाएंगे"; not "लगे", "आगे"
        "future": re.compile(rf"[\u0900-\u097f]+(?:{alternation(w['future_vowels'])})[ंँ]?"
                             rf"(?:{alternation(w['future_endings'])}){_E}"),
    }


def _month(m: re.Match[str], text: str, ref: dt.date | None) -> DateMatch | None:
    months = _numbers()[0]
    month = months[m["month"]]
    if m["year"]:
        year = int(m["year"])
    elif not (m["day"] or m["month2"] or _patterns()["post"].match(text, m.end())):
        return None  # "मार्च" alone: also a march
    elif ref is None:
        return DateMatch(m.start(), m.end(), m.group(), None, "day" if m["day"] else "month", NO_REFERENCE)
    else:
        year = month_without_year(ref, months[m["month2"]] if m["month2"] else month)
    if m["month2"]:  # "अप्रैल-जनवरी": from the last April before that January
        last = months[m["month2"]]
        first = dt.date(year - (month > last), month, 1)
        return DateMatch(m.start(), m.end(), m.group(), f"{first:%Y-%m}/{year}-{last:02d}", "month", first)
    if m["day"]:
        try:
            day = dt.date(year, month, int(m["day"])) if m["year"] or ref is None else \
                day_without_year(ref, month, int(m["day"]))
        except ValueError:
            return None
        return DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day) if day else None
    first = dt.date(year, month, 1)
    return DateMatch(m.start(), m.end(), m.group(), f"{first:%Y-%m}", "month", first)


def _weekday(m: re.Match[str], text: str, ref: dt.date | None) -> DateMatch:
    if ref is None:
        return DateMatch(m.start(), m.end(), m.group(), None, "day", NO_REFERENCE)
    w, target = _table(), _numbers()[1][m["weekday"]]
    step = 1 if m["rel"] in w["next"] else -1 if m["rel"] in w["last"] else 0
    clause = re.split(r"[।.!?]", text[m.end():m.end() + 120])[0]
    if step > 0 or (step == 0 and _patterns()["future"].search(clause)):
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or (7 if step else 0))
    else:  # news reports what happened: the last such day, the reference day itself included
        day = ref - dt.timedelta(days=(ref.weekday() - target) % 7 or (7 if step else 0))
    return DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day)


def devanagari_dates(text: str, ref: dt.date | None) -> list[DateMatch]:
    """The Hindi dates of a paragraph (the caller keeps the longest of overlapping ones)."""
    if not _SCRIPT.search(text):
        return []
    p = _patterns()
    found = [d for m in p["month"].finditer(text) if (d := _month(m, text, ref)) is not None]
    found += [_weekday(m, text, ref) for m in p["weekday"].finditer(text)]
    for m in p["period"].finditer(text):
        unit, step = _table()["periods"][m["period"]]
        value, first = shifted_period(ref, step, unit) if ref else (None, NO_REFERENCE)
        found.append(DateMatch(m.start(), m.end(), m.group(), value, unit, first))
    return found
