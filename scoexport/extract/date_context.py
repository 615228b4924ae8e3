"""Dates that need context: years after a preposition, decades, month-day without a year, weekdays
and "last September" / "next month" resolved against the publication date, using tense.

`find_dates_in_context(text, reference)` returns what `date_text.find_dates` finds plus these; with no
reference date only the forms that need none (years, decades) are found.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from ..data import alternation
from ..date_text import DateMatch, find_dates, full_month_names, month_numbers
from ..spans import SpanSet

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_FUTURE = re.compile(
    r"\b(?:will|shall|going to|(?:is|are) (?:set|expected|due) to|next|upcoming|plans? to)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|ago|since|\w{3,}ed)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;,]|\band\b|\bbut\b|\bwhile\b")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    months = alternation(m.capitalize() for m in full_month_names() if m.isascii())
    weekday = "|".join(calendar.day_name)
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    day2 = r"(?:\s*[-–]\s*(?P<day2>[0-3]?\d))?"
    no_year = r"\b(?!,?\s*\d)"
    on_weekday = rf"\b(?:(?:{weekday}),?\s+)?"
    return {
        "month_day": re.compile(rf"{on_weekday}(?P<month>{months})\s+{day}{day2}{no_year}"),
        "day_month": re.compile(rf"{on_weekday}{day}{day2}\s+(?:of\s+)?(?P<month>{months}){no_year}"),
        "weekday": re.compile(rf"\b(?:(?P<rel>last|next|this)\s+)?(?P<weekday>{weekday})\b"),
        "rel_month": re.compile(
            rf"\b(?P<rel>last|next|this|early|late|mid-?|in|since|until|by)\s+(?P<month>{months})\b(?!\s+\d)"),
        "rel_period": re.compile(r"\b(?P<rel>last|next|this|previous|coming|past)\s+(?P<period>year|month|week)\b", re.I),
        "day_word": re.compile(r"\b(?P<word>today|yesterday|tomorrow)\b", re.I),
        "decade": re.compile(r"\b(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0)s\b"),
        # a year standing alone, not counting anything after it ("Vision 2030", "in the 2024 report" stays a year)
        "bare_year": re.compile(r"(?<![\w$€£¥.,:/-])(?P<year>(?:1[89]|20)\d\d)(?![\w%]|[.,:/-]\d|\s+[a-z]+s\b)"),
        "year": re.compile(r"\b(?:(?P<prep>in|since|until|till|by|from|to|before|after|during|through|of|early|late|mid)[\s-]+)"
                           r"(?P<year>(?:1[6-9]|20)\d\d)\b(?![.,]?\d|\s*%)", re.I),
    }


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 80):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def _is_future(text: str, start: int, end: int) -> bool:
    """Tense of the clause holding text[start:end]: does a future marker stand before it in its clause?"""
    return bool(_FUTURE.search(_clause_before(text, start)))


def _tense(text: str, start: int) -> str | None:
    """'future', 'past' or None where the clause before the date shows neither."""
    clause = _clause_before(text, start)
    if _FUTURE.search(clause):
        return "future"
    return "past" if _PAST.search(clause) else None


def _weekday(match: re.Match[str], text: str, ref: dt.date) -> DateMatch:
    target = _WEEKDAYS[match["weekday"].lower()]
    rel = (match["rel"] or "").lower()
    future = rel == "next" or (rel != "last" and _is_future(text, match.start(), match.end()))
    if future:
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7)
    else:
        day = ref - dt.timedelta(days=(ref.weekday() - target) % 7)
    if rel in ("next", "last") and day == ref:
        day += dt.timedelta(days=7 if rel == "next" else -7)
    return DateMatch(match.start(), match.end(), match.group().strip(), day.isoformat(), "day", day)


def _month_of_year(month: int, rel: str, tense: str | None, ref: dt.date) -> int:
    if rel == "last":
        return ref.year if month < ref.month else ref.year - 1
    if rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if rel in ("this", "early", "late", "mid", "mid-"):
        return ref.year
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if tense == "past":
        return ref.year if month <= ref.month else ref.year - 1
    # no tense to go by: the nearest such month
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((y - ref.year) * 12 + month - ref.month))


def _month_day(match: re.Match[str], ref: dt.date) -> DateMatch | None:
    month = month_numbers()[match["month"].lower()]
    day = int(match["day"])
    # the year that puts the date nearest the publication date
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not options:
        return None
    first = min(options, key=lambda d: abs((d - ref).days))
    value = first.isoformat()
    if match["day2"]:
        try:
            last = first.replace(day=int(match["day2"]))
        except ValueError:
            return None
        if last <= first:
            return None
        value = f"{value}/{last.isoformat()}"
    return DateMatch(match.start(), match.end(), match.group(), value, "day", first)


def _period(match: re.Match[str], ref: dt.date) -> DateMatch:
    rel, period = match["rel"].lower(), match["period"].lower()
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
    if period == "year":
        first = dt.date(ref.year + step, 1, 1)
        return DateMatch(match.start(), match.end(), match.group(), str(first.year), "year", first)
    if period == "month":
        index = ref.year * 12 + ref.month - 1 + step
        first = dt.date(index // 12, index % 12 + 1, 1)
        return DateMatch(match.start(), match.end(), match.group(), first.strftime("%Y-%m"), "month", first)
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
    year, week, _ = monday.isocalendar()
    return DateMatch(match.start(), match.end(), match.group(), f"{year}-W{week:02d}", "week", monday)


def _contextual(text: str, ref: dt.date | None) -> list[DateMatch]:
    p = _patterns()
    found: list[DateMatch] = []
    for m in p["decade"].finditer(text):
        decade = int(m["decade"])
        found.append(DateMatch(m.start(), m.end(), m.group(), f"{decade}/{decade + 9}", "decade", dt.date(decade, 1, 1)))
    for m in p["year"].finditer(text):
        year = int(m["year"])
        found.append(DateMatch(m.start("year") if m["prep"].lower() not in ("early", "late", "mid") else m.start(),
                               m.end(), text[m.start("year"):m.end()] if m["prep"].lower() not in ("early", "late", "mid")
                               else m.group(), str(year), "year", dt.date(year, 1, 1)))
    for m in p["bare_year"].finditer(text):
        year = int(m["year"])
        found.append(DateMatch(m.start(), m.end(), m.group(), str(year), "year", dt.date(year, 1, 1)))
    if ref is None:
        return found
    for name in ("month_day", "day_month"):
        for m in p[name].finditer(text):
            match = _month_day(m, ref)
            if match:
                found.append(match)
    for m in p["rel_period"].finditer(text):
        found.append(_period(m, ref))
    for m in p["day_word"].finditer(text):
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["word"].lower()]
        day = ref + dt.timedelta(days=shift)
        found.append(DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day))
    for m in p["rel_month"].finditer(text):
        rel = m["rel"].lower()
        if m["month"] == "May" and rel not in ("last", "next", "this"):
            continue  # "may" is a verb far more often than a month
        month = month_numbers()[m["month"].lower()]
        year = _month_of_year(month, rel, _tense(text, m.start()), ref)
        start = m.start() if rel in ("last", "next", "this", "early", "late", "mid", "mid-") else m.start("month")
        first = dt.date(year, month, 1)
        found.append(DateMatch(start, m.end(), text[start:m.end()], first.strftime("%Y-%m"), "month", first))
    for m in p["weekday"].finditer(text):
        found.append(_weekday(m, text, ref))
    return found


def find_dates_in_context(text: str, reference: dt.date | None = None) -> list[DateMatch]:
    """Absolute dates, then contextual ones that do not overlap them (longest first), in text order."""
    chosen = find_dates(text)
    taken = SpanSet(len(text))
    for c in chosen:
        taken.add(c.start, c.end)
    for match in sorted(_contextual(text, reference), key=lambda d: d.start - d.end):
        if taken.take(match.start, match.end):
            chosen.append(match)
    return sorted(chosen, key=lambda d: d.start)
