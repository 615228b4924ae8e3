"""What a date that leans on a reference day means: the day the text was written (its publication date), or
`NO_REFERENCE` where none is known.

Enters a reference day and what the text wrote (a day and month without their year, a month alone, a count of
periods and their kind, the last day of a span); leaves calendar dates and ISO 8601 values, or None where the
calendar has no such day. A writer leaves out what the reader can take from the day of writing: the year of
"May 18" is the nearest one the weekday and the tense allow, "four years ago" and "next month" count whole
periods of the calendar from the reference's own. The patterns that find such dates live with their languages
(extract/date_*.py); this module is the one place their arithmetic is decided.
"""
from __future__ import annotations

import datetime as dt


def day_without_year(ref: dt.date, month: int, day: int, weekday: int | None = None,
                     side: str | None = None) -> dt.date | None:
    """The day `day` of `month` that a text written on `ref` means when it gives no year: of the three years
    around `ref`, the one whose day falls on `weekday` ("Saturday, May 18"; "lundi 30 octobre"), then the ones
    on the `side` the text points to ("future": "will stop on July 22", "el próximo"; "past": "el pasado 28 de
    agosto"), each only where some year qualifies, and of those the nearest to `ref`. A writer leaves the year
    out when the reader can only take the nearest one; the weekday and the tense say which where two are near.
    None where no year has such a day (29 February)."""
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        options = [d for d in options if d.weekday() == weekday] or options
    if side == "future":
        options = [d for d in options if d >= ref] or options
    elif side == "past":
        options = [d for d in options if d <= ref] or options
    return min(options, key=lambda d: abs((d - ref).days)) if options else None


def month_without_year(ref: dt.date, month: int) -> int:
    """The year of `month` that a text written on `ref` means when it gives no year and no tense: the one that
    puts the month nearest the reference's ("11月", "im April")."""
    return min((ref.year - 1, ref.year, ref.year + 1), key=lambda y: abs((y - ref.year) * 12 + month - ref.month))


def days_value(first: dt.date, last_day: str | None) -> str | None:
    """The value of a day, or of a span of days of its month to `last_day` ("July 3-5", "6. bis 9. November" ->
    2023-11-06/2023-11-09); None where that last day does not exist or does not come after the first."""
    if not last_day:
        return first.isoformat()
    try:
        last = first.replace(day=int(last_day))
    except ValueError:
        return None
    return f"{first.isoformat()}/{last.isoformat()}" if last > first else None


# the month at each edge of a year: "the end of 2025" is its December, "Anfang des Jahres" its January
EDGE_MONTHS = {"beginning": 1, "start": 1, "middle": 6, "end": 12}

# any day: the relative forms are read where no reference date resolves them (the caller drops their values)
NO_REFERENCE = dt.date(2001, 1, 3)


def shifted_period(ref: dt.date, shift: int, period: str) -> tuple[str, dt.date]:
    """The calendar period `shift` periods after the one holding `ref` (before it where `shift` is negative), as
    (ISO value, first day): a decade ("1990/1999"), a year ("2019"), a month ("2019-03"), an ISO week
    ("2019-W10", from its Monday) or a day. "four years ago", "vor zwei Jahren" and "next month" all count whole
    periods of the calendar from the publication date's own. Raises ValueError or OverflowError before the
    calendar's first year ("5000 years ago") and before the year 1000 ("2000 years ago"): ISO 8601 writes a year
    in four digits, and no text dates the events it counts back to so."""
    value, first = _shifted(ref, shift, period)
    if first.year < 1000:
        raise ValueError(f"{first.year} is before the years a value is given for")
    return value, first


def _shifted(ref: dt.date, shift: int, period: str) -> tuple[str, dt.date]:
    if period == "decade":
        decade = (ref.year + 10 * shift) // 10 * 10
        return f"{decade}/{decade + 9}", dt.date(decade, 1, 1)
    if period == "year":
        first = dt.date(ref.year + shift, 1, 1)
        return str(first.year), first
    if period == "month":
        index = ref.year * 12 + ref.month - 1 + shift
        first = dt.date(index // 12, index % 12 + 1, 1)
        return first.strftime("%Y-%m"), first
    if period == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=shift)
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}", monday
    day = ref + dt.timedelta(days=shift)
    return day.isoformat(), day
