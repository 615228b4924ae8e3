"""Query results as a terminal table, CSV or JSON.

CSV and JSON are written batch by batch (`write_csv`, `write_json`), so a result of millions of
rows streams to its file without being held in memory; the terminal table needs every row to size
its columns.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from typing import Any, TextIO

Rows = list[tuple[Any, ...]]


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    return value


def write_csv(columns: list[str], batches: Iterable[Rows], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(columns)
    for rows in batches:
        writer.writerows([["" if v is None else v for v in row] for row in rows])


def write_json(columns: list[str], batches: Iterable[Rows], out: TextIO) -> None:
    """A JSON array of records, laid out as json.dumps(records, indent=2) would, one record at a time."""
    first = True
    for rows in batches:
        for row in rows:
            record = json.dumps(dict(zip(columns, map(_jsonable, row), strict=True)), ensure_ascii=False, indent=2)
            out.write(("[\n  " if first else ",\n  ") + record.replace("\n", "\n  "))
            first = False
    out.write("[]\n" if first else "\n]\n")


def render(columns: list[str], rows: Rows, fmt: str = "table", max_width: int = 60) -> str:
    if fmt in ("csv", "json"):
        buf = io.StringIO()
        (write_csv if fmt == "csv" else write_json)(columns, [rows], buf)
        return buf.getvalue()
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: " │ ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(columns), "─┼─".join("─" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
