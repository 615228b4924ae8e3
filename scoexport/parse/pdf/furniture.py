"""Page furniture of a PDF: running headers and footers, page numbers, a first page's letterhead.

A line is furniture when it sits at a page's top or bottom edge and either repeats across pages
(digits masked, so "Page 3" and "Page 4" are one line), has the shape of a page number (the same
patterns the text route uses), ends with its page's number in step with other pages' ("Chapter 2: Getting
Help 1", "Chapter 6: Legal Matters 5"), or stands apart from the page's text: set no larger than the body
and separated from the next line by more than two line pitches, the way a page template places
it. On the first page, whatever is set above the title is the letterhead. Numbers down the margin
that count the lines (`line_numbers`) are taken out before the page is read.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from ...contents import is_contents_page
from ...frontmatter import mark_front_matter as mark_pages
from ...page_numbers import carry_page_numbers, drop_stray_numerals, furniture_key, page_number_patterns
from .layout import PdfBlock, PdfLine, Style, pitch_of
from .runs import Run

_NOTE = re.compile(r"^(?:\d{1,3}|[*†‡§¶])\s*[^\W\d]")  # a footnote opens with its mark
MIN_NOTE_WORDS = 5
EDGE_LINES = 2
MAX_FURNITURE_CHARS = 120
APART_PITCHES = 2.0


def _edges(lines: list[PdfLine]) -> dict[int, tuple[list[int], list[int]]]:
    """Per page: indices of its top and bottom lines by position."""
    by_page: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        by_page.setdefault(ln.page, []).append(i)
    out = {}
    for page, idx in by_page.items():
        ordered = sorted(idx, key=lambda i: -lines[i].y1)
        out[page] = (ordered[:EDGE_LINES], ordered[::-1][:EDGE_LINES])
    return out


def _apart(lines: list[PdfLine], i: int, page_idx: list[int], top: bool, style: Style) -> bool:
    """The line is no larger than the body text and far from every other line of its page."""
    ln = lines[i]
    # set apart and smaller: body-size lines far from the rest are headings or short paragraphs
    if ln.size > style.size * 0.95 or len(ln.text) > MAX_FURNITURE_CHARS:
        return False
    if not top and _NOTE.match(ln.text) and len(ln.text.split()) >= MIN_NOTE_WORDS:
        return False  # a one-line footnote: apart and small too, but a sentence under its mark
    others = [lines[j] for j in page_idx if j != i]
    if top:
        below = [o.baseline for o in others if o.baseline < ln.baseline]
        gap = ln.baseline - max(below) if below else 0.0
    else:
        above = [o.baseline for o in others if o.baseline > ln.baseline]
        gap = min(above) - ln.baseline if above else 0.0
    return gap > APART_PITCHES * pitch_of(style, style.size)


def _ascii_number(text: str) -> bool:
    """Digits 0-9 only: what int() reads as a page or line number ("¹" and "²" pass isdigit() and fail int())."""
    return text.isascii() and text.isdecimal()


def find_furniture(lines: list[PdfLine], style: Style, title_line: int | None) -> dict[int, str]:
    """Indices of furniture lines and their artifact kind."""
    bare, with_text = page_number_patterns()
    edges = _edges(lines)
    by_page: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        by_page.setdefault(ln.page, []).append(i)
    candidates = {i: top for tops, bottoms in edges.values() for top, ids in ((True, tops), (False, bottoms)) for i in ids}
    repeats = Counter(furniture_key(lines[i].text) for i in candidates)
    pages_with = {m: {lines[i].page for i in candidates if furniture_key(lines[i].text) == m} for m in repeats}
    # set no larger than the body: a chapter's heading opening each page is larger, and its number no page's
    small = [i for i in candidates if lines[i].size <= style.size * 1.05]
    # ASCII digits only: a superscript "¹" is a digit to isdigit() but no int() (a footnote mark alone at the edge)
    alone = [(lines[i].page, int(lines[i].text)) for i in small if _ascii_number(lines[i].text.strip())]
    numbered = {small[n] for n in carry_page_numbers([(lines[i].page, lines[i].text.strip()) for i in small], alone)}
    found: dict[int, str] = {}
    for i, top in candidates.items():
        ln = lines[i]
        if title_line is not None and ln.page == lines[title_line].page and i >= title_line and (top or i == title_line):
            continue  # the title itself is never furniture, though a running header may repeat its words
        text = ln.text.strip()
        if bare.match(text):
            found[i] = "page_number"
        elif len(text) <= MAX_FURNITURE_CHARS and (
            with_text.match(text) or len(pages_with[furniture_key(text)]) >= 2 or i in numbered
            or _apart(lines, i, by_page[ln.page], top, style)
        ):
            found[i] = "page_header" if top else "page_footer"
    drop_stray_numerals(found, lambda i: lines[i].text.strip(), len(by_page))
    if title_line is not None:
        for i in by_page[lines[title_line].page]:
            if lines[i].y0 > lines[title_line].y1 and i not in found:
                found[i] = "banner"
    return found


MIN_LINE_NUMBERS = 5


def line_numbers(runs: list[Run]) -> list[Run]:
    """Runs that number the lines in the margin (transcripts, legal filings, drafts).

    Each is a bare integer with nothing to its left on its baseline, the numbers stand aligned on
    their right edge, and they count up from the top of the page: a column of furniture, not text.
    """
    candidates = [r for r in runs if r.upright and _ascii_number(r.text) and len(r.text) <= 3]
    alone = sorted((r for r in candidates
                    if not any(o.upright and o.x1 <= r.x0 and abs(o.baseline - r.baseline) < 0.3 * r.size for o in runs)),
                   key=lambda r: r.x1)
    columns: list[list[Run]] = []
    for r in alone:  # right edges within half an em: glyph boxes of different digits end a little apart
        if columns and r.x1 - columns[-1][0].x1 <= 0.5 * r.size:
            columns[-1].append(r)
        else:
            columns.append([r])
    found: list[Run] = []
    for column in columns:
        column.sort(key=lambda r: -r.baseline)
        values = [int(r.text) for r in column]
        if len(column) >= MIN_LINE_NUMBERS and all(b > a for a, b in pairwise(values)):
            found.extend(column)
    return found


FRONT_KINDS = ("body", "heading", "footnote")  # what the layout calls a front-matter page's lines by their type alone


def mark_front_matter(found: list[PdfBlock]) -> None:
    """A book's front matter (`frontmatter.front_matter_pages`: title, copyright and collaborators pages) is kind
    `front_matter`: no running text. The table of contents is found here by its pages most of whose lines are rows
    with dot leaders (`contents.is_contents_page`, the test both routes read pages by)."""
    mark_pages(found, lambda page: is_contents_page([ln.text for b in page for ln in b.lines]), FRONT_KINDS)
