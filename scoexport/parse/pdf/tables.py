"""Tables: which lines of a page's reading order are rows of a table, from how tables are set.

Enters the lines of the pages in reading order (`layout.PdfLine`, each with its runs and column); leaves the
indexes of those that are rows of a table, which `layout.blocks` keeps together as blocks of kind `table`
(their text is kept; extract takes no number or date from them, entities still). A table shows itself by
alignment, not by its words: cells whose edges line up from row to row, dot leaders between a label and its
value, or columns so narrow that the gutters took them for the page's columns while their lines sit on
shared baselines (rows read across).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...contents import LEADER, contents_span

if TYPE_CHECKING:
    from .layout import PdfLine

MIN_TABLE_COLUMNS = 2
MIN_TABLE_ROWS = 3
NARROW_COLUMN_EMS = 8.0  # a column this narrow holds no line of prose: a table's cells (a date, an amount)


def _cell_edges(line: PdfLine) -> list[float]:
    return [r.x0 for r in line.runs[1:]] + [r.x1 for r in line.runs[:-1]]


def _column_table(lines: list[PdfLine]) -> set[int]:
    """Lines of a table whose columns the gutters took for the page's columns: a band of two columns or more,
    most of whose lines sit on a baseline another column shares (rows read across), with a column of three
    lines or more too narrow for prose (dates, amounts, codes). Columns of text share baselines too, but
    each is wide enough for a line of words."""
    bands: dict[tuple[int, int], list[int]] = {}
    for i, ln in enumerate(lines):
        if ln.column[1] >= 0:
            bands.setdefault((ln.page, ln.column[0]), []).append(i)
    rows: set[int] = set()
    for members in bands.values():
        columns: dict[int, list[PdfLine]] = {}
        for i in members:
            columns.setdefault(lines[i].column[1], []).append(lines[i])
        if len(columns) < MIN_TABLE_COLUMNS:
            continue
        narrow = any(len(col) >= MIN_TABLE_ROWS
                     and max(ln.x1 for ln in col) - min(ln.x0 for ln in col) < NARROW_COLUMN_EMS * col[0].size
                     for col in columns.values())
        shared = [i for i in members if any(
            any(abs(o.baseline - lines[i].baseline) <= 0.3 * lines[i].size for o in col)
            for c, col in columns.items() if c != lines[i].column[1])]
        if narrow and 2 * len(shared) >= len(members):
            rows.update(members)
    return rows


def _contents_pages(lines: list[PdfLine]) -> set[int]:
    """Every row of a page of a table of contents (`contents.contents_span`, the rule both routes read pages by)."""
    pages: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        pages.setdefault(ln.page, []).append(i)
    rows: set[int] = set()
    for members in pages.values():
        rows.update(members[n] for n in contents_span([lines[i].text for i in members]))
    return rows


def table_rows(lines: list[PdfLine]) -> set[int]:
    """Lines that are rows of a table: split into cells, with a cell edge the next or previous line shares,
    or with their cells joined by dot leaders (a cost table, a table of contents).

    Wide gaps alone are not enough (justified text with few spaces has them); aligned edges are.
    """
    edges = [_cell_edges(ln) for ln in lines]
    rows: set[int] = {i for i, ln in enumerate(lines) if ("..." in ln.text or ". . ." in ln.text or "…" in ln.text)
                      and LEADER.search(ln.text)}
    rows |= _column_table(lines)
    rows |= _contents_pages(lines)
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if a.page == b.page and a.column == b.column and edges[i] and edges[i + 1] \
                and any(abs(x - y) <= 2.0 for x in edges[i] for y in edges[i + 1]):
            rows.update((i, i + 1))
    return rows
