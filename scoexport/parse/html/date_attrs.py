"""Dates as HTML attributes and URLs write them: ISO timestamps, compact and slashed forms."""
from __future__ import annotations

import datetime as dt
import re

from ...date_text import calendar_date, iso_date, parse_date

_ISO = re.compile(iso_date("-?") + r"(?:[T\s]|$|\b)")
_SLASHED = re.compile(r"((?:19|20)\d\d)[/.]([01]?\d)[/.]([0-3]?\d)\b")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)(?:([01]\d)([0-3]\d)|[/_-]([01]?\d)[/_-]([0-3]?\d))(?:/|[_-]|$)")
_URL_DAY_FIRST = re.compile(r"/([0-3]\d)[_.-]([01]\d)[_.-]((?:19|20)\d\d)(?:/|[_.-]|$)")
_SECONDS_PRECISION = len("2000-01-01T00:00:00")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


def attribute_date(value: str | None) -> dt.date | None:
    """The date an attribute value states: an ISO timestamp keeps the date as written, before any timezone shift."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value) or _SLASHED.match(value)
    if m:
        return calendar_date(*m.groups())
    if _EPOCH.match(value):
        seconds = int(value[:10])
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
    return parse_date(value)


def url_date(url: str | None) -> dt.date | None:
    """The date in a URL path such as /2019/11/19/ that many news sites use, or day first (/29-10-2021)."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m is not None:
        year, month, day, month2, day2 = m.groups()
        return calendar_date(year, month or month2, day or day2)
    m = _URL_DAY_FIRST.search(url)
    return calendar_date(m.group(3), m.group(2), m.group(1)) if m else None


def any_datetime(value: str) -> dt.datetime | None:
    """An ISO timestamp to the second, with or without its offset."""
    value = value.strip()
    if len(value) < _SECONDS_PRECISION:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def aware_datetime(value: str) -> dt.datetime | None:
    """An ISO timestamp with its offset ('Z' or +hh:mm), else None."""
    parsed = any_datetime(value)
    return parsed if parsed is not None and parsed.tzinfo is not None else None
