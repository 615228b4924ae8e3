"""Layout: a page's lines (`PdfLine`, put in reading order by `columns`) become blocks (`PdfBlock`).

Enters: the lines of every page in reading order. Leaves: the document's body style (`body_style`: its size and
line pitch) and the blocks of each page (`blocks`), each with a kind where geometry tells it. A line made of
several runs far apart is a row of a table (`tables` says which lines are rows).

Lines of a column become blocks where typesetting puts a paragraph break: a vertical gap wider
than the usual line pitch of that size, an indented first line, a change of size or weight, or a
line that stops short of the column's measure by more than the next line's first word: a
typesetter fills each line of a paragraph until the next word no longer fits, justified or ragged,
so only a paragraph's last line leaves room for the word after it (the one break a document set
with neither indents nor spacing shows). A listing's lines, set in a typewriter face, stop where the
code does: lines set wholly in one a pitch apart stay one block.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from ...records import Span
from ...text import sentence_goes_on
from .breaks import (
    FULL_LINE_EMS,
    INDENT_EMS,
    block_indents,
    body_sized,
    column_lefts,
    column_rights,
    ends_short,
    justified_columns,
    running_text_from,
    same_style,
    stops_short_of_flush,
)
from .runs import Run
from .tables import table_rows

# lines of a paragraph sit exactly one pitch apart; paragraph spacing adds a fraction of a line or more
GAP_PITCHES = 1.2
# a bullet (symbol fonts draw theirs in the private use area) or an item number opens a list item
_ITEM = re.compile(r"^(?:[•◦▪▫■□●○◆◇►▶➢✓✔*\ue000-\uf8ff]\s*|\(?(?:\d{1,2}|[a-z])[.)]\s)")
# a dash and a space open an item too where the lines below it hang under its text (in running text a dash
# opening a line is a wrapped parenthesis: it opens no paragraph, so only the hanging indent reads it as a marker)
_DASH_ITEM = re.compile(r"^[–—-]\s")
WRAPPED_SHARE = 0.75  # a ragged line that wrapped still runs most of the way across


@dataclass(slots=True)
class PdfLine:
    """One line of a column: its runs left to right, box in PDF points, page from 0."""

    page: int
    runs: list[Run]
    column: tuple[int, int]  # (band, column) it was read in
    text: str = ""
    x0: float = 0.0
    x1: float = 0.0
    y0: float = 0.0
    y1: float = 0.0
    baseline: float = 0.0
    size: float = 0.0
    bold: bool = False
    mono: list[Span] = field(default_factory=list)  # spans of `text` set in a monospaced font (its runs' `mono`)

    def __post_init__(self) -> None:
        self.runs.sort(key=lambda r: r.x0)
        self.text = " ".join(r.text for r in self.runs)
        at = 0
        for r in self.runs:
            self.mono += [(at + a, at + b) for a, b in r.mono]
            at += len(r.text) + 1
        self.x0, self.x1 = min(r.x0 for r in self.runs), max(r.x1 for r in self.runs)
        self.y0, self.y1 = min(r.y0 for r in self.runs), max(r.y1 for r in self.runs)
        main = max(self.runs, key=lambda r: len(r.text))
        self.baseline, self.size = main.baseline, main.size
        self.bold = sum(len(r.text) for r in self.runs if r.bold) * 2 > len(self.text)

    @property
    def cells(self) -> int:
        return len(self.runs)

    @property
    def monospaced(self) -> bool:
        """Whether the whole line is set in a monospaced font (a line of a listing)."""
        return sum(b - a for a, b in self.mono) == len(self.text) > 0


@dataclass
class PdfBlock:
    """Lines the layout reads as one paragraph (or one table), with a kind where geometry tells it."""

    lines: list[PdfLine]
    kind: str = "body"
    opens: bool = True  # False when its first line goes on from the block before (no indent, same style)
    tags: set[str] = field(default_factory=set)


@dataclass
class Style:
    """What the document's body text looks like, measured over all its pages."""

    size: float
    pitch: dict[float, float]  # usual baseline distance for each font size
    bold: bool
    indented: bool  # whether paragraphs open with an indented first line
    # whether the body itself is set in a monospaced font (a typewritten transcript, a text printed in Courier): then
    # the font marks no code, which a typesetter sets apart from the body by setting it in a typewriter face
    mono: bool = False


def body_style(lines: list[PdfLine]) -> Style:
    sizes: Counter[float] = Counter()
    bold = mono = 0
    pitches: dict[float, Counter[float]] = {}
    rights = column_rights(lines)
    for a, b in pairwise(lines):
        # a full line is followed by the next line of its paragraph: their distance is the pitch
        full = a.x1 >= rights[(a.page, a.column)] - FULL_LINE_EMS * a.size
        if full and a.column == b.column and a.page == b.page and abs(a.size - b.size) < 0.05 * a.size:
            pitches.setdefault(round(a.size, 1), Counter())[round(a.baseline - b.baseline, 1)] += 1
    for ln in lines:
        sizes[round(ln.size, 1)] += len(ln.text)
        bold += len(ln.text) if ln.bold else 0
        mono += sum(b - a for a, b in ln.mono)
    size = sizes.most_common(1)[0][0] if sizes else 10.0
    pitch = {s: p for s, c in pitches.items() if (p := _pitch(s, c))}
    total = sum(sizes.values())
    return Style(size, pitch, bold * 2 > total, False, mono * 2 > total)


def _pitch(size: float, distances: Counter[float]) -> float | None:
    """The line pitch of a size: the smallest baseline distance that recurs and is at least the size.

    Not the most common one: in a text of short paragraphs the paragraph distance is the commonest.
    """
    total = sum(distances.values())
    usual = [d for d, n in distances.items() if d >= 0.9 * size and n >= max(2, 0.1 * total)]
    return min(usual) if usual else None


def pitch_of(style: Style, size: float) -> float:
    return style.pitch.get(round(size, 1)) or 1.2 * size


def blocks(lines: list[PdfLine], style: Style) -> list[PdfBlock]:
    """Consecutive lines of one column joined while no paragraph break separates them."""
    lefts = column_lefts(lines)
    rights = column_rights(lines)
    rows = table_rows(lines)
    running = running_text_from(lines, style, rights)
    quoted = block_indents(lines, lefts, rights)
    justified = justified_columns(lines, style.size, rights)
    out: list[PdfBlock] = []
    for i, ln in enumerate(lines):
        indent = ln.x0 - lefts[(ln.page, ln.column)]
        prev = lines[i - 1] if i else None
        if prev is not None and prev.page == ln.page and prev.column == ln.column and same_style(prev, ln) \
                and (i in rows) == (i - 1 in rows):
            if i in rows:  # rows of one table stay together whatever their spacing
                out[-1].lines.append(ln)
                continue
            gap = prev.baseline - ln.baseline
            # a listing's lines stop where the code does, not where the measure ends: lines set wholly in a
            # typewriter face one pitch apart are one listing (not where the body itself is set in one)
            if not style.mono and prev.monospaced and ln.monospaced and gap <= GAP_PITCHES * pitch_of(style, ln.size):
                out[-1].lines.append(ln)
                continue
            # centred lines (a title, a heading) start wherever their length puts them: no indent to read
            centred = abs(prev.x0 + prev.x1 - ln.x0 - ln.x1) <= 0.5 * ln.size and ln.x0 - prev.x0 > ln.size
            # a list item wraps under its text, right of its bullet: the hanging indent goes on the item
            # (after a line that ran most of the way across, as wrapped lines do, even ragged ones)
            opening, left = out[-1].lines[0], lefts[(ln.page, ln.column)]
            marked = _ITEM.match(opening.text) is not None or _DASH_ITEM.match(opening.text) is not None
            hanging = (marked and not _ITEM.match(ln.text) and ln.x0 > opening.x0
                       and prev.x1 - left >= WRAPPED_SHARE * (rights[(prev.page, prev.column)] - left))
            # a block quote's lines share their indent and its own right edge is their measure
            quote = i in quoted and quoted.get(i - 1) == quoted[i]
            right = quoted[i] if quote else rights[(prev.page, prev.column)]
            # a sentence going on in lower case under a wrapped line set in as far: a two-line quotation, no new
            # paragraph (an unmarked list's short items in lower case stay apart)
            runs_on = abs(ln.x0 - prev.x0) <= 0.1 * ln.size and sentence_goes_on(prev.text, ln.text) \
                and prev.x1 - left >= WRAPPED_SHARE * (right - left)
            short = (i > running or quote) and not (centred or hanging) and (
                ends_short(prev, ln, right)
                or ((prev.page, prev.column) in justified and body_sized(prev, style.size)
                    and stops_short_of_flush(prev, ln, right)))
            if gap <= GAP_PITCHES * pitch_of(style, ln.size) \
                    and (indent < INDENT_EMS * ln.size or centred or hanging or quote or runs_on) \
                    and not _ITEM.match(ln.text) and not short:
                out[-1].lines.append(ln)
                continue
        block = PdfBlock([ln])
        if i in rows:
            block.tags.add("table")
        if indent >= INDENT_EMS * ln.size:
            block.tags.add("indented")
        if prev is None or prev.page != ln.page or prev.column != ln.column:
            block.tags.add("column_start")
        out.append(block)
    for block in out:
        last = block.lines[-1]
        if last.x1 >= rights[(last.page, last.column)] - FULL_LINE_EMS * last.size:
            block.tags.add("full_end")  # its last line runs to the column's edge: the paragraph may go on
    # paragraphs open indented when a share of the running text's blocks of several lines do: the front matter's
    # centred lines (a byline, the author's role, a date) and a line set in alone (a heading) tell nothing of it
    running_text = {id(ln) for ln in lines[running:]}
    several = [b for b in out if len(b.lines) > 1 and id(b.lines[0]) in running_text]
    style.indented = sum("indented" in b.tags for b in several) * 4 >= len(several) > 0
    return out
