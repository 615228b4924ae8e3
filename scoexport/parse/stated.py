"""Metadata stated outside the document: the fields of the record a document came in (a JSON, JSON
Lines or Parquet export of scraped articles).

Enters: a `Parsed` document whose source carries `stated` fields (values as the record holds them:
strings, lists, numbers, dates). Leaves: the same document with those fields as its metadata hints,
in place of what the page's own tags say. The hints are what `clean` treats as stated: the author
names go to `authors.document_authors` and the date to `published.publication_date` as the stated
ones, so a record's metadata wins over everything read from the text, through the one place that
decides each. A field that does not read as its kind (a date that is no date) states nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from ..authors import split_names
from ..records import Metadata, Parsed
from .html.date_attrs import attribute_date

_LANGUAGE_SUBTAG = re.compile(r"[-_]")
_PRIMARY = re.compile(r"[a-z]{2,3}")  # BCP 47: an ISO 639 code


def language_code(raw: str | None) -> str | None:
    """The primary language subtag of a language tag as pages and exports write it ("en-US" -> "en"); None
    for what is no tag ("English": the language is then guessed from the text)."""
    if not isinstance(raw, str) or not raw.strip():
        return None
    primary = _LANGUAGE_SUBTAG.split(raw.strip())[0].lower()
    return primary if _PRIMARY.fullmatch(primary) else None


def _one_line(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(int(value))  # seconds or milliseconds since 1970, as attribute values write them
    return attribute_date(value) if isinstance(value, str) else None


def _authors(value: Any) -> list[str]:
    """Names from an author field: a string of names, a list of names, or objects with a "name"."""
    names: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            item = next((v for k, v in item.items() if str(k).lower() == "name"), None)
        if isinstance(item, str):
            names.extend(n for n in split_names(item) if n not in names)
    return names


def stated_metadata(fields: dict[str, Any]) -> Metadata:
    """Metadata from a record's fields by kind (url, title, date, author, language, publisher)."""
    return Metadata(
        title=_one_line(fields.get("title")),
        authors=_authors(fields.get("author")),
        publisher=_one_line(fields.get("publisher")),
        published_date=_date(fields.get("date")),
        language=language_code(fields.get("language")),
        url=_one_line(fields.get("url")),
    )


def with_stated(parsed: Parsed) -> Parsed:
    """The document with its record's metadata over the hints its parser read."""
    if not parsed.source.stated:
        return parsed
    stated = stated_metadata(parsed.source.stated)
    hints = parsed.metadata
    merged = replace(hints, **{k: v for k, v in vars(stated).items() if v not in (None, [])})
    dates = parsed.dates
    if stated.published_date is not None:  # the record's date is the stated one, not the page's UTC instant
        dates = replace(dates, stated_utc=None)
    return replace(parsed, metadata=merged, dates=dates)
