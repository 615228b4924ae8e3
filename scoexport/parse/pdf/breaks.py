"""Paragraph breaks the lines of a column show by where they stop, and block quotes by a shared indent.

Enters: a column's lines (`layout.PdfLine`, with their boxes) and its edges (`column_lefts`, `column_rights`:
where its lines start and its longest line ends). Leaves: whether a line ended its
paragraph although the next line follows at the usual pitch and margin (`ends_short`), where the running text
starts (`running_text_from`) and which lines are block quotes (`block_indents`). A typesetter fills each line
of a paragraph until the next word no longer fits, justified or ragged, so only a paragraph's last line leaves
room for the word after it; a block is set in as a whole, a paragraph only on its first line. Justified text
says more: its wrapped lines all end flush at the column's edge, so any line stopping clearly short of it (by more
than `SHORT_OF_FLUSH_EMS`) was a paragraph's last, however long the next word (`justified_columns`).
"""
from __future__ import annotations

from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from ...text import quotation_goes_on, sentence_goes_on

if TYPE_CHECKING:
    from .layout import PdfLine, Style

INDENT_EMS = 0.8  # a first line set in by this much opens a paragraph
SIZE_CHANGE = 0.1  # relative size change that ends a paragraph
FULL_LINE_EMS = 2.0  # a line ending this close to the column's right edge is full
# a word's width from its length: the line's mean character width, with room for a word of capitals
# (about half as wide again as the mean) and the space before it
WORD_WIDTH = 1.5
MIN_QUOTE_LINES = 3  # lines sharing an indent that may make a block quote
FLUSH_EMS = 0.15  # a justified line ends this close to its column's edge (the typesetter stretched its spaces)
# a line of a justified column stopping this far short of the edge was not stretched: a paragraph's last line
SHORT_OF_FLUSH_EMS = 0.5
# most lines of justified text wrap flush; ragged text's lines rarely end within FLUSH_EMS of its longest one
JUSTIFIED_SHARE = 0.5
MIN_JUSTIFIED_LINES = 10
BODY_SIZE_SHARE = 0.05  # a line within this share of the body's size is set in the body's type


def body_sized(line: PdfLine, size: float) -> bool:
    """Whether a line is set in the body's type size `size` (rounding in the PDF's matrices leaves a little play)."""
    return abs(line.size - size) <= BODY_SIZE_SHARE * size


def column_rights(lines: list[PdfLine]) -> dict[tuple[int, tuple[int, int]], float]:
    """The right edge of each column: where its longest line ends."""
    rights: dict[tuple[int, tuple[int, int]], float] = {}
    for ln in lines:
        key = (ln.page, ln.column)
        rights[key] = max(rights.get(key, ln.x1), ln.x1)
    return rights


def column_lefts(lines: list[PdfLine]) -> dict[tuple[int, tuple[int, int]], float]:
    """The left edge of each column: the leftmost start shared by two lines (the indent is read against it).

    Not the most common start: in a text of one-line paragraphs most lines are indented openings.
    """
    starts: dict[tuple[int, tuple[int, int]], Counter[float]] = {}
    for ln in lines:
        starts.setdefault((ln.page, ln.column), Counter())[round(ln.x0)] += 1
    return {key: float(min((x for x in c if c[x] > 1), default=min(c))) for key, c in starts.items()}


def same_style(a: PdfLine, b: PdfLine) -> bool:
    return abs(a.size - b.size) <= SIZE_CHANGE * max(a.size, b.size) and a.bold == b.bold


def ends_short(prev: PdfLine, line: PdfLine, right: float) -> bool:
    """Whether `prev` left room at the column's right edge for the first word of `line`: then it ended a paragraph.

    The word's width is read from the two lines' mean character width (their boxes over their characters),
    generously, so a wrapped line's ragged end is not taken for a paragraph's; a line ending in a hyphen
    broke inside a word, and one ending in a comma was broken by hand inside a unit that goes on (a byline
    and the author's role, an address): no paragraph ends on a comma, nor mid-sentence before a line going on
    in lower case. Text without spaces between words (Chinese, Japanese) wraps at any character.
    """
    if _goes_on(prev, line):
        return False
    word = line.text.split(" ", 1)[0]
    if any(_unspaced(ch) for ch in word[:1]):
        word = word[:1]
    mean = (prev.x1 - prev.x0 + line.x1 - line.x0) / max(1, len(prev.text) + len(line.text))
    return right - prev.x1 > WORD_WIDTH * (len(word) + 1) * mean


def _goes_on(prev: PdfLine, line: PdfLine) -> bool:
    """Whether the text says `prev`'s paragraph goes on in `line`, wherever `prev` stopped: a hyphen or a comma
    at its end (bare, or inside closing quotes before the quotation's attribution), or a sentence going on in
    lower case (the line stopped short of a figure or by hand)."""
    return prev.text.endswith(("-", "\u00ad", "\u2010", ",")) or quotation_goes_on(prev.text) \
        or sentence_goes_on(prev.text, line.text.lstrip("([\"'“‘«"))


def stops_short_of_flush(prev: PdfLine, line: PdfLine, edge: float) -> bool:
    """Whether `prev`, in a justified column ending at `edge`, stopped short: then it ended its paragraph.

    A justified line is stretched to the edge unless it is its paragraph's last; the same exceptions as
    `ends_short` hold (a hyphen or comma at its end, a sentence going on in lower case below it).
    """
    return not _goes_on(prev, line) and edge - prev.x1 > SHORT_OF_FLUSH_EMS * prev.size


def justified_columns(lines: list[PdfLine], size: float, rights: dict) -> set:
    """The columns (page, column) set justified: in a document whose body lines mostly end flush at their
    column's edge, each column where at least two body lines do (a column whose edge one overlong line set,
    a link running past the measure, has one line there and is left to `ends_short`)."""
    body = [ln for ln in lines if body_sized(ln, size)]
    flush: dict = {}
    for ln in body:
        key = (ln.page, ln.column)
        flush[key] = flush.get(key, 0) + (rights[key] - ln.x1 <= FLUSH_EMS * ln.size)
    if len(body) < MIN_JUSTIFIED_LINES or sum(flush.values()) < JUSTIFIED_SHARE * len(body):
        return set()
    return {key for key, n in flush.items() if n >= 2}


def _unspaced(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"  # kana and CJK ideographs


def running_text_from(lines: list[PdfLine], style: Style, rights: dict) -> int:
    """The first line of running text: the first in the body's type that runs to its column's edge.

    Above it stands the front matter (letterhead, title, byline, the author's role, the date), short lines
    broken by hand whose units span several lines: a line stopping short there ends no paragraph.
    """
    for i, ln in enumerate(lines):
        if body_sized(ln, style.size) and not ln.bold \
                and ln.x1 >= rights[(ln.page, ln.column)] - FULL_LINE_EMS * ln.size:
            return i
    return len(lines)


def _quote(lines: list[PdfLine], start: int, stop: int, left: float, right: float) -> bool:
    """Whether lines `start` to `stop`, sharing an indent, are set in as a block rather than stacked openings.

    A block is set in from the left, and its measure ends at the column's edge or as far in from it as its
    indent (a quotation is indented on both sides); its lines but the last wrap at that measure. A run of
    indented first lines (one-line paragraphs in a row, a list of short titles) ends lines anywhere, and the
    last of them goes on at the margin below.
    """
    first, last = lines[start], lines[stop - 1]
    inset = first.x0 - left
    edge = max(ln.x1 for ln in lines[start:stop])
    slack = FULL_LINE_EMS * first.size
    if inset < INDENT_EMS * first.size or not (right - edge <= slack or abs(right - edge - inset) <= slack):
        return False
    if any(ends_short(a, b, edge) for a, b in pairwise(lines[start:stop])):
        return False
    after = lines[stop] if stop < len(lines) else None
    return not (after is not None and after.page == last.page and after.column == last.column
                and after.x0 - left < INDENT_EMS * after.size and same_style(last, after)
                and not ends_short(last, after, edge))


def block_indents(lines: list[PdfLine], lefts: dict, rights: dict) -> dict[int, float]:
    """Lines of block quotes, each with its quote's right edge: three or more lines in a row set in by one indent.

    A paragraph indents its first line only, so a run of lines sharing an indent that `_quote` finds set
    as a block is one (a quotation, a note); within it a line stopping short ends a paragraph as in the text.
    Two lines are not enough: two indented one-line paragraphs (references, short items) often end within a
    word of each other, and a two-line quotation is left as two lines.
    """
    found: dict[int, float] = {}
    start = 0
    for i in range(1, len(lines) + 1):
        a = lines[start]
        same = i < len(lines) and lines[i].page == a.page and lines[i].column == a.column \
            and abs(lines[i].x0 - a.x0) <= 0.1 * a.size and same_style(a, lines[i])
        if same:
            continue
        if i - start >= MIN_QUOTE_LINES and _quote(lines, start, i, lefts[(a.page, a.column)], rights[(a.page, a.column)]):
            right = max(ln.x1 for ln in lines[start:i])
            found.update((k, right) for k in range(start, i))
        start = i
    return found
