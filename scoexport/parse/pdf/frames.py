"""Text direction and page turns: which way a glyph's line runs, and boxes between a turned frame and the page.

Enters: a glyph's text matrix, or a box or glyph in a frame turned by quarter turns. Leaves: the quarter
turns, or the same box or glyph in the other frame. A page whose text mostly runs sideways (a landscape
table set on a portrait page) is read in the frame where its lines run left to right, so the layout rules
need one direction only; boxes go back to the page's own points for provenance.
"""
from __future__ import annotations


def direction(a: float, b: float) -> int:
    """Which way text advances, in quarter turns counterclockwise from left-to-right (`a`, `b`: the matrix's first column)."""
    if a >= abs(b):
        return 0
    if b > abs(a):
        return 1
    return 2 if -a >= abs(b) else 3


def _turn_point(x: float, y: float, turn: int, width: float, height: float) -> tuple[float, float]:
    if turn == 1:
        return y, width - x
    if turn == 2:
        return width - x, height - y
    if turn == 3:
        return height - y, x
    return x, y


def page_box(box: tuple[float, float, float, float], turn: int, width: float, height: float) -> tuple[float, float, float, float]:
    """A box of the turned frame back in the page's own points (`width`, `height`: the page's own size)."""
    x0, y0, x1, y1 = box
    if turn == 1:
        return width - y1, x0, width - y0, x1
    if turn == 2:
        return width - x1, height - y1, width - x0, height - y0
    if turn == 3:
        return y0, height - x1, y1, height - x0
    return box


Glyph = tuple  # (char, x, y, left, right, bottom, top, size, direction, bold, monospaced)
SPACE: Glyph = (" ", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, False, False)  # a word space: no place, no font


def turned(g: Glyph, turn: int, width: float, height: float) -> Glyph:
    if turn == 0:
        return g
    x, y = _turn_point(g[1], g[2], turn, width, height)
    ax, ay = _turn_point(g[3], g[5], turn, width, height)
    bx, by = _turn_point(g[4], g[6], turn, width, height)
    return (g[0], x, y, min(ax, bx), max(ax, bx), min(ay, by), max(ay, by), g[7], (g[8] - turn) % 4, g[9], g[10])
