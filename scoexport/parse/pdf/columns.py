"""Reading order: a page's runs become lines, read band by band and column by column.

Enters: a page's runs and its body font size (em). Leaves: its lines (`layout.PdfLine`) in reading order.

Reading order is found from geometry, not from the order the content stream draws things (a
producer may draw footnotes before the body). A vertical gutter is an x position that no run
crosses while text lies on both sides of it; runs that cross every gutter (a title, a rule-wide
header) cut the page into bands, read top to bottom, and within a band the columns are read left
to right, each top to bottom. Runs of one column on one baseline make one line.
"""
from __future__ import annotations

from .layout import PdfLine
from .reader import Page
from .runs import Run

MIN_GUTTER_EMS = 0.9  # narrowest gap between columns, in body font sizes
MIN_COLUMN_SHARE = 0.15  # a side of a gutter holds at least this share of the page's lines


def _gutters(runs: list[Run], width: float, em: float) -> list[tuple[float, float]]:
    """Empty vertical strips with enough text on both sides, as (left, right) x ranges."""
    if len(runs) < 6:
        return []
    # text may stand outside the page's box (a page cropped, a stamp in the margin)
    width = max(width, max(r.x1 for r in runs))
    cover = [0] * (int(width) + 2)
    for r in runs:
        for x in range(max(0, int(r.x0)), min(len(cover), int(r.x1) + 1)):
            cover[x] += 1
    left_edge = max(0, int(min(r.x0 for r in runs)))
    right_edge = int(max(r.x1 for r in runs))
    # a few runs crossing a gutter are spanning lines (titles, headers), not a reason to doubt it
    allowed = max(1, len(runs) // 20)
    gutters, start = [], None
    for x in range(left_edge, right_edge + 1):
        if cover[x] <= allowed:
            start = x if start is None else start
        elif start is not None:
            if x - start >= MIN_GUTTER_EMS * em:
                gutters.append((float(start), float(x)))
            start = None
    need = max(3, int(MIN_COLUMN_SHARE * len(runs)))
    kept = []
    for g0, g1 in gutters:
        left = sum(1 for r in runs if r.x1 <= g0 + 1 and r.x1 - r.x0 > 4 * em)
        right = sum(1 for r in runs if r.x0 >= g1 - 1 and r.x1 - r.x0 > 4 * em)
        if left >= need and right >= need:
            kept.append((g0, g1))
    return kept


def reading_order(page: Page, em: float) -> list[PdfLine]:
    """The page's upright runs as lines in reading order (bands top to bottom, columns left to right)."""
    runs = [r for r in page.runs if r.upright]
    gutters = _gutters(runs, page.width, em)
    bounds = [g[0] for g in gutters]

    def column(r: Run) -> int | None:
        # None: the run crosses a gutter and spans the columns
        for g0, g1 in gutters:
            if r.x0 < g0 - 1 and r.x1 > g1 + 1:
                return None
        return sum(1 for b in bounds if r.x0 >= b)

    lines: list[PdfLine] = []
    band = 0
    pending: dict[int, list[Run]] = {}

    def flush() -> None:
        for col in sorted(pending):
            lines.extend(_lines(pending[col], page.number, (band, col)))
        pending.clear()

    for r in sorted(runs, key=lambda r: (-r.baseline, r.x0)):
        col = column(r)
        if col is None:
            flush()
            band += 1
            lines.extend(_lines([r], page.number, (band, -1)))
            band += 1
        else:
            pending.setdefault(col, []).append(r)
    flush()
    return _merge_spanning(lines)


def _lines(runs: list[Run], page: int, column: tuple[int, int]) -> list[PdfLine]:
    """Runs of one column grouped by baseline, top to bottom."""
    out: list[list[Run]] = []
    for r in sorted(runs, key=lambda r: (-r.baseline, r.x0)):
        last = out[-1] if out else None
        if last and abs(last[0].baseline - r.baseline) <= 0.3 * max(r.size, last[0].size):
            last.append(r)
        else:
            out.append([r])
    return [PdfLine(page, group, column) for group in out]


def _merge_spanning(lines: list[PdfLine]) -> list[PdfLine]:
    """A spanning line and the runs beside it on its baseline (cut into bands of their own) are one line."""
    merged: list[PdfLine] = []
    for line in lines:
        prev = merged[-1] if merged else None
        if prev and prev.column[1] == -1 and line.column[0] == prev.column[0] + 1 \
                and abs(prev.baseline - line.baseline) <= 0.3 * line.size:
            merged[-1] = PdfLine(line.page, prev.runs + line.runs, prev.column)
        else:
            merged.append(line)
    return merged
