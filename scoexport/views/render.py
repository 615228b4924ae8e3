"""Query results as a terminal table, CSV or JSON."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any


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


def render(columns: list[str], rows: list[tuple[Any, ...]], fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        return buf.getvalue()
    if fmt == "json":
        records = [dict(zip(columns, map(_jsonable, row), strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    cells = [[_cell(v, max_width) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = lambda values: " │ ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()  # noqa: E731
    out = [line(columns), "─┼─".join("─" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
