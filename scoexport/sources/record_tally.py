"""What a file's records without a document field come to: counted, named and reported once per file.

Enters: each record of one file (its pointer, the record, and `make`, which turns a record into a `Source` or
`Failure`, or None where it has no text or HTML field) and the fields looked for. Leaves: the records' Sources and
Failures as they come, and at the file's end (`closing`) one `Skipped` counting the records without a document
field and naming the first (with runs of their pointers), or, where no record has one, the whole file skipped
(under the default field names: a JSON file of settings in a folder of articles) or failed (under a field the
user named: the run did not do what was asked), with the fields the records do have so that the user can name the
right one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..records import Failure, Skipped, Source, pointer_parts, printable_path
from .record_fields import RecordFields

_MAX_FIELDS_SHOWN = 12


class RecordTally:
    """Records without a text field, counted per file; the fields those records have, for the message."""

    def __init__(self, path: str, fields: RecordFields,
                 make: Callable[[str, str, dict[str, Any], RecordFields], Source | Failure | None]) -> None:
        self.path, self.fields, self.make = path, fields, make
        self.documents = 0
        self.missing = 0
        self.first: str | None = None
        self.seen: dict[str, None] = {}
        # the records without one, each of which may have had a document: runs of pointers (`Skipped.members`)
        self.left_out: list[tuple[str, str, int, int]] = []

    def add(self, pointer: str, record: Any) -> tuple[Source | Failure, ...]:
        """What one record gives: its Source or Failure, or nothing (it is counted) when it has no document field."""
        made = self.make(self.path, pointer, record, self.fields) if isinstance(record, dict) else None
        if made is None:
            self.missing += 1
            self.first = self.first or pointer
            self._leave_out(pointer)
            if not isinstance(record, dict):
                self.seen[f"({type(record).__name__} values)"] = None
            elif len(self.seen) <= _MAX_FIELDS_SHOWN:  # enough for the message, whatever the number of records
                self.seen.update((str(k), None) for k in record)
            return ()
        if isinstance(made, Source):
            self.documents += 1
        return (made,)

    def _leave_out(self, pointer: str) -> None:
        head, n = pointer_parts(pointer)
        last = self.left_out[-1] if self.left_out else None
        if last is not None and last[1] == head and last[3] == n - 1 and n >= 0:
            self.left_out[-1] = (last[0], head, last[2], n)
        else:
            self.left_out.append((printable_path(self.path), head, n, n))

    def looked_for(self) -> str:
        if self.named():
            return self.named()
        text, page = self.fields.names("text"), self.fields.names("html")
        return ", ".join([*text[:3], *page[:2]]) + ", ..."

    def named(self) -> str:
        """The text or HTML field the user named, as the message says it ("" when the defaults were looked for)."""
        named = [f"{self.fields.named[k]!r} named by --{k}-field" for k in ("text", "html") if self.fields.named.get(k)]
        return " or ".join(named)

    def closing(self) -> Iterator[Skipped | Failure]:
        """What the file's records without a document field come to: none at all under a field the user named is
        a failure (the run did not do what was asked); under the default names the file is skipped (a JSON file
        of settings in a folder of articles); some records without one are one counted skip naming the first."""
        if not self.missing:
            return
        shown = list(self.seen)[:_MAX_FIELDS_SHOWN]
        have = ", ".join(shown) + (", ..." if len(self.seen) > len(shown) else "")
        if self.documents == 0 and self.named():
            yield Failure(printable_path(self.path), "read", f"no record has the field {self.named()} "
                          f"(the records have {have or 'no fields'})")
        elif self.documents == 0:
            yield Skipped(printable_path(self.path), f"no record has a text or HTML field (looked for {self.looked_for()}; "
                          f"the records have {have or 'no fields'}): name one with --text-field or --html-field")
        else:
            yield Skipped(printable_path(self.path), f"records without a text or HTML field (the first at "
                          f"#{self.first}; looked for {self.looked_for()})", self.missing, tuple(self.left_out))
