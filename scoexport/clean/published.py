"""The publication date: decided here, once, from every date the earlier stages found.

Enters: the date a page's metadata states (JSON-LD, meta tags, <time>, the URL), the other dates
parse saw on the page (`DateEvidence`), and the article's dateline. Leaves: the publication date,
and the reference date that relative dates ("last September") resolve against.

A date the page states for machines is the most deliberate; a byline date overrides it only when
the stated date is a UTC timestamp's day and the byline shows the writer's day on the other side of
midnight. Without a stated date, the dates a reader sees come in the order an article sets them:
its byline, an element the page marks as a date or a labelled date line ("Updated: ..."), its top,
anywhere on the page, then the dateline that plain text opens with.
"""
from __future__ import annotations

import datetime as dt

from ..date_text import parse_date
from ..records import DateEvidence, Paragraph
from .bylines import dateline_date

_ONE_DAY = dt.timedelta(days=1)
_AMERICAS_HOURS = 10  # UTC-10 (Hawaii) to UTC-3 (Brazil): before 10:00 UTC it may still be the day before
_LATE_UTC_HOUR = 20  # from 20:00 UTC it is already the next day from UTC+4 eastwards


def _local_day_of(instant: dt.datetime, day: dt.date) -> bool:
    """Whether a UTC instant can fall on that day where the page was written: the day before when
    early in the UTC day (the Americas), the day after when late (east of Greenwich)."""
    if day == instant.date() - _ONE_DAY:
        return instant.hour < _AMERICAS_HOURS
    if day == instant.date() + _ONE_DAY:
        return instant.hour >= _LATE_UTC_HOUR
    return False


def publication_date(stated: dt.date | None, seen: DateEvidence, dateline: str | None) -> dt.date | None:
    """With a stated date, only the byline's beside a UTC timestamp can change it: parse/html reads the
    page's other dates only for a page that states none (keep `page._parse_page` in step with this rule)."""
    if stated is not None:
        if seen.stated_utc and seen.byline and _local_day_of(seen.stated_utc, seen.byline):
            return seen.byline
        return stated
    return (seen.byline or seen.marked or seen.labelled or seen.top or seen.anywhere
            or (dateline_date(dateline) if dateline else None))


def reference_date(published: dt.date | None, paragraphs: list[Paragraph]) -> dt.date | None:
    """The publication date, else the first full date of the front matter (the paragraphs before the body)."""
    if published:
        return published
    for p in paragraphs:
        if p.kind == "body":
            break
        found = parse_date(p.text)
        if found:
            return found
    return None
