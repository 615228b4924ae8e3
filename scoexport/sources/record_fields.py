"""Which field of a record holds what: the text or the HTML, the URL, title, date, authors, language,
publisher and the record's own ID.

Enters: a record (a JSON object, a Parquet row as a dict) and the names the user gave (`--text-field`,
`--html-field`, `--field KIND=NAME`). Leaves: the values of the fields, found by the given name, else by
the names common scraper exports use (`data/record_fields.json`, in order), matched exactly, then in any
case; a name may reach into nested objects with dots (`content.rendered`). Only picks fields: what a
value means (a date, a list of names) is read by `parse.stated`.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..data import load_json

KINDS = ("html", "text", "url", "title", "date", "author", "language", "publisher", "id")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.I)


@cache
def default_fields() -> dict[str, tuple[str, ...]]:
    names = load_json("record_fields.json")
    return {kind: tuple(names[kind]) for kind in KINDS}


@dataclass(frozen=True)
class RecordFields:
    """Which field of a record holds what. `named` maps a kind ("text", "url", ...) to the field the user
    named ("" for none: that kind is not read); the other kinds are looked for under `default_fields()`.
    A named text or HTML field replaces both defaults: the document is where the user says. A name may
    reach into nested objects with dots (`content.rendered`)."""

    named: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.named) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown record field kind {', '.join(sorted(unknown))}; known: {', '.join(KINDS)}")

    @classmethod
    def of(cls, pairs: Iterable[str] = (), **named: str | None) -> RecordFields:
        """From `KIND=NAME` pairs (as `--field` gives them) and keywords (`text="body"`); an empty NAME reads no
        field of that kind. Raises ValueError naming a pair that is not KIND=NAME or a kind not known."""
        given = {kind: name for kind, name in named.items() if name is not None}
        for pair in pairs:
            kind, eq, name = pair.partition("=")
            if not eq:
                raise ValueError(f"--field {pair!r}: give KIND=NAME, e.g. date=published_at")
            given[kind.strip().lower()] = name.strip()
        return cls(given)

    def names(self, kind: str) -> tuple[str, ...]:
        if kind in self.named:
            return (self.named[kind],) if self.named[kind] else ()
        if kind in ("text", "html") and ({"text", "html"} & set(self.named)):
            return ()
        return default_fields()[kind]

    def document_names(self) -> tuple[str, ...]:
        return self.names("html") + self.names("text")

    def columns(self, available: Iterable[str]) -> list[str]:
        """The top-level columns any of the names may read (a Parquet file reads only those)."""
        wanted = {name.split(".", 1)[0].lower() for kind in KINDS for name in self.names(kind)}
        wanted |= {name.lower() for kind in KINDS for name in self.names(kind)}
        return [c for c in available if c.lower() in wanted]


def _get(record: dict[str, Any], name: str) -> Any:
    """The value of a field: the exact name, then the name in any case, then a dotted path into objects."""
    if name in record:
        return record[name]
    lowered = name.lower()
    for key, value in record.items():
        if isinstance(key, str) and key.lower() == lowered:
            return value
    head, dot, rest = name.partition(".")
    if dot:
        inner = _get(record, head)
        if isinstance(inner, dict):
            return _get(inner, rest)
    return None


def first_value(record: dict[str, Any], names: Iterable[str]) -> tuple[str, Any]:
    for name in names:
        value = _get(record, name)
        if value not in (None, "", [], {}):
            return name, value
    return "", None


def stated_fields(record: dict[str, Any], fields: RecordFields) -> dict[str, Any]:
    """The metadata fields a record has, by kind ("title", "date", ...), values as the record holds them;
    parse reads them (`parse.stated`). A URL under a default name (such as "source") must look like one."""
    stated = {}
    for kind in ("url", "title", "date", "author", "language", "publisher"):
        value = first_value(record, fields.names(kind))[1]
        if value is None:
            continue
        if kind == "url" and "url" not in fields.named and not (isinstance(value, str) and _ADDRESS.match(value)):
            continue
        stated[kind] = value
    return stated
