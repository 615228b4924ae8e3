"""Line assembly: a page's glyphs, in the order the content stream draws them, grouped into `Run`s.

Enters: the glyphs `reader` (or `glyphs`, through pdfminer.six) read from one page, each with its origin,
box, size as drawn, direction, weight and whether its font is monospaced. Leaves: runs, the characters drawn on one
baseline with their box, and where in them a monospaced font sets code (`Run.mono`).
A run ends where the baseline moves by more than half the font size (a new line), where the pen goes back
left (a new line or column), or where a gap wider than `GAP_EMS` font sizes opens (a column gutter or a
table cell); sideways text goes on while its characters stay close in one direction. A run's size and
baseline are those of most of its characters, so a raised footnote mark is written as superscript digits.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ...records import Span
from ...text import raised_mark
from .frames import Glyph

GAP_EMS = 1.5  # a horizontal gap this many font sizes wide is no longer a word space


@dataclass(slots=True)
class Run:
    """Characters drawn on one baseline in reading order, with their box in PDF points (origin bottom left)."""

    text: str
    x0: float
    x1: float
    y0: float  # bottom of the box (baseline minus descent)
    y1: float  # top of the box
    baseline: float
    size: float  # font size of most of the characters, in points as drawn
    bold: bool
    upright: bool = True  # False for text drawn rotated (margin notes, stamps)
    mono: list[Span] = field(default_factory=list)  # spans of `text` set in a monospaced font (code, commands, files)


def runs_of(glyphs: list[Glyph]) -> list[Run]:
    """Glyphs grouped into runs: a run ends where the baseline moves, the pen goes back or a wide gap opens."""
    runs: list[Run] = []
    chars: list[str] = []
    monos: list[bool] = []  # whether each character is set in a monospaced font (False for a space)
    shapes: list[tuple[float, float] | None] = []  # each character's size and baseline (None for a space)
    sizes: dict[float, int] = {}
    baselines: dict[float, int] = {}
    bold_chars = 0
    cur: list[float] = []  # x0, x1, y0, y1, baseline, size of the open run
    cur_upright = True
    last = (0.0, 0.0, 0)
    drawn = (0.0, 0.0, 0.0)  # the box of the last glyph: left, right, baseline
    for ch, x, y, left, right, bottom, top, size, way, bold, mono in glyphs:
        if ch == " ":
            if chars and chars[-1] != " ":
                chars.append(" ")
                monos.append(False)
                shapes.append(None)
            continue
        upright = way == 0
        x0, x1 = min(left, x), max(right, left)
        # a ligature ("ﬁ") is one glyph that PDFium gives as its characters, each with the glyph's box: the
        # later ones stand where the first does, which is no step back of the pen
        ligature = cur and (left, right, y) == drawn and right > left
        drawn = (left, right, y)
        if cur and not ligature:
            em = max(size, cur[5])
            if upright:
                new_line = abs(y - cur[4]) > 0.5 * em or x < cur[1] - 0.5 * em or x - cur[1] > GAP_EMS * em
            else:  # sideways text (a margin stamp) goes on while its characters stay close in one direction
                new_line = way != last[2] or math.hypot(x - last[0], y - last[1]) > 2 * em
            if new_line or upright != cur_upright:
                runs.append(_close(chars, monos, shapes, cur, sizes, baselines, bold_chars, cur_upright))
                chars, monos, shapes, sizes, baselines, bold_chars, cur = [], [], [], {}, {}, 0, []
        last = (x, y, way)
        if not upright:  # its box as drawn; the baseline is not a line of the page
            y_low, y_high = bottom, top
        else:
            y_low, y_high = y - 0.25 * size, y + 0.8 * size
        if not cur:
            cur_upright = upright
            cur = [x0, x1, y_low, y_high, y, size]
        else:
            cur[0] = min(cur[0], x0)
            cur[1] = max(cur[1], x1)
            cur[2] = min(cur[2], y_low)
            cur[3] = max(cur[3], y_high)
        chars.append(ch)
        monos.append(mono)
        shapes.append((size, y))
        sizes[round(size, 1)] = sizes.get(round(size, 1), 0) + 1
        baselines[round(y, 1)] = baselines.get(round(y, 1), 0) + 1
        bold_chars += bold
    if cur:
        runs.append(_close(chars, monos, shapes, cur, sizes, baselines, bold_chars, cur_upright))
    return [r for r in runs if r.text]



MARK_SIZE = 0.85  # a footnote mark is set at most this share of the text's size
MARK_RISE = 0.2  # and raised by at least this share of it above the baseline


def _close(chars: list[str], monos: list[bool], shapes: list[tuple[float, float] | None], cur: list[float],
           sizes: dict[float, int], baselines: dict[float, int], bold_chars: int, upright: bool) -> Run:
    """The run's size and baseline are those of most of its characters (not of a raised footnote mark).

    Digits set smaller and raised above the baseline are a footnote's mark ("alert,5 and" as printed
    "alert,⁵"): they are written as superscript digits, as the page shows them, so that no rule reads the
    mark as a quantity in the sentence."""
    size = max(sizes, key=sizes.__getitem__) if sizes else cur[5]
    baseline = max(baselines, key=baselines.__getitem__) if baselines else cur[4]
    if upright and len(sizes) > 1:
        chars = [raised_mark(ch) if shape and ch.isdigit() and shape[0] <= MARK_SIZE * size
                 and shape[1] - baseline >= MARK_RISE * size else ch for ch, shape in zip(chars, shapes, strict=True)]
    text = "".join(chars).strip()
    visible = sum(sizes.values()) or 1
    mono = _mono_spans(chars, monos) if any(monos) else []
    return Run(text, cur[0], cur[1], cur[2], cur[3], baseline, size, bold_chars * 2 > visible, upright, mono)


def _mono_spans(chars: list[str], monos: list[bool]) -> list[Span]:
    """Spans of the run's text set in a monospaced font: a space between two such characters is the code's own
    ("apt-get install foo"), one beside other text is the sentence's. A run opens on a character, never a space,
    so offsets in the characters joined are offsets in its text (a glyph may give several characters: "ﬁ")."""
    spans: list[Span] = []
    at = 0
    start = None
    for n, (ch, mono) in enumerate(zip(chars, monos, strict=True)):
        if ch == " ":
            mono = start is not None and n + 1 < len(chars) and monos[n + 1]
        if mono and start is None:
            start = at
        elif not mono and start is not None:
            spans.append((start, at))
            start = None
        at += len(ch)
    if start is not None:
        spans.append((start, at))
    return spans
