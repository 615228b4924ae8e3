"""The PDF route of parse: PDF bytes in, a `Parsed` out (blocks with kinds, furniture as artifacts).

Pages are read one at a time (`reader`), their runs put in reading order and cut into blocks
(`layout`), furniture found across pages (`furniture`). The document's text is the lines in
reading order, one per text line, pages ended by form feeds: it becomes the source text the
paragraphs' and artifacts' offsets point into, so nothing of the page is lost. The info
dictionary, then the XMP packet (`xmp`), are kept as a fallback for title, authors and dates.
"""
from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import pypdfium2 as pdfium

from ...authors import field_names
from ...records import Artifact, Block, Line, Metadata, Parsed, Source
from ...text import ends_sentence, figure_label
from .breaks import body_sized
from .columns import reading_order
from .frames import page_box
from .furniture import find_furniture, line_numbers, mark_front_matter
from .layout import PdfBlock, PdfLine, Style, blocks, body_style
from .reader import PdfError, info, iter_pages, open_pdf, pdf_date
from .xmp import xmp_metadata

__all__ = ["PdfError", "parse_pdf"]

log = logging.getLogger(__name__)

TITLE_SIZE = 1.15  # the title is set at least this much larger than the body
HEADING_SIZE = 1.1
FOOTNOTE_SIZE = 0.92
MAX_HEADING_LINES = 3
MAX_CAPTION_LINES = 3


def _page_em(runs: list) -> float:
    sizes: Counter[float] = Counter()
    for r in runs:
        sizes[round(r.size, 1)] += len(r.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


Frame = tuple[int, float, float]  # a page's turn and its own width and height


def _read(doc: pdfium.PdfDocument, path: str, start: int = 0,
          stop: int | None = None) -> tuple[list[PdfLine], list[PdfLine], list[str], list[Frame]]:
    """The lines of pages `start` to `stop` in reading order, the margin's lines, warnings, each page's frame."""
    lines: list[PdfLine] = []
    margin: list[PdfLine] = []  # sideways text and line numbers: artifacts, outside the reading order
    warnings: list[str] = []
    frames: list[Frame] = []
    for page in iter_pages(doc, start, stop):
        own = (page.height, page.width) if page.turn % 2 else (page.width, page.height)
        frames.append((page.turn, *own))
        if page.truncated:
            warnings.append(f"page {page.number + 1} cut short: {page.truncated}")
        if page.reread:
            log.info("%s: page %d: %s; its text read through pdfminer.six", path, page.number + 1, page.reread)
        if page.missing:
            warnings.append(f"page {page.number + 1}: {page.missing}")
        numbers = line_numbers(page.runs)
        if numbers:
            margin.extend(PdfLine(page.number, [r], (-1, -1)) for r in numbers)
            page.runs = [r for r in page.runs if all(r is not n for n in numbers)]
        lines.extend(reading_order(page, _page_em(page.runs)))
        margin.extend(PdfLine(page.number, [r], (-1, -1)) for r in page.runs if not r.upright)
    return lines, margin, warnings, frames


def _title_line(lines: list[PdfLine], style: Style) -> int | None:
    """The first line set in the first page's largest type, when that is clearly larger than the body."""
    if not lines:
        return None
    first = [i for i, ln in enumerate(lines) if ln.page == lines[0].page]
    biggest = max(lines[i].size for i in first)
    if biggest < TITLE_SIZE * style.size:
        return None
    return min((i for i in first if lines[i].size >= biggest - 0.1), key=lambda i: -lines[i].y1)


def _kind(block: PdfBlock, style: Style, body_bottom: dict[tuple, float]) -> str:
    """table, code, heading, footnote or caption where the page shows it.

    A footnote is set smaller below its column's body; a caption is a short block opening with a
    numbered figure or table label ("Figure 3:", "Tableau 2 -"); code is a block set in a monospaced font
    throughout where the body is not (a listing, a command shown on its own line), unless it is set larger
    than the body (a heading).
    """
    first = block.lines[0]
    if "table" in block.tags:
        return "table"
    if len(block.lines) <= MAX_CAPTION_LINES and figure_label().match(first.text):
        return "caption"
    larger = first.size >= HEADING_SIZE * style.size
    if not (style.mono or larger) and all(ln.monospaced for ln in block.lines):
        return "code"
    bolder = first.bold and not style.bold
    if (larger or bolder) and len(block.lines) <= MAX_HEADING_LINES:
        return "heading"
    if first.size <= FOOTNOTE_SIZE * style.size and first.y1 <= body_bottom.get((first.page, first.column), -1):
        return "footnote"
    return "body"


def _join_across(out: list[PdfBlock], style: Style) -> list[PdfBlock]:
    """A paragraph broken by a page or column end goes on in the next column's first block.

    It does when the next column opens in the same type without an indent, and either the
    document marks paragraphs by indents, or the broken one's last line is full and stops
    mid-sentence, or the next line goes on in lower case.
    """
    joined: list[PdfBlock] = []
    last_body: PdfBlock | None = None
    for block in out:
        goes_on = (
            last_body is not None and block.kind == "body" and "column_start" in block.tags
            and "indented" not in block.tags
            and abs(last_body.lines[-1].size - block.lines[0].size) <= 0.1 * block.lines[0].size
            and (style.indented or block.lines[0].text[:1].islower()
                 or ("full_end" in last_body.tags and not ends_sentence(last_body.lines[-1].text)))
        )
        if goes_on and last_body is not None:  # footnotes between the two parts stay where they are
            last_body.lines.extend(block.lines)
            continue
        joined.append(block)
        last_body = block if block.kind == "body" else (last_body if block.kind in ("footnote",) else None)
    return joined


def _document_text(lines: list[PdfLine], margin: list[PdfLine], frames: list[Frame], first_page: int = 0,
                   pos: int = 0, code_font: bool = True) -> tuple[str, dict[int, Line]]:
    """The text of every line, page by page in reading order; and each line's `Line` with offsets, and with the
    spans its monospaced font sets as literals where that font marks code (`code_font`: the body is not set in it).

    For a group of pages of a long document, `first_page` is its first page's number and `pos` where its
    text starts in the document's text."""
    by_page: dict[int, list[PdfLine]] = {}
    for ln in lines + margin:
        by_page.setdefault(ln.page, []).append(ln)
    parts: list[str] = []
    located: dict[int, Line] = {}
    for page, frame in enumerate(frames, start=first_page):
        for ln in by_page.get(page, []):
            located[id(ln)] = Line(ln.text, pos, pos + len(ln.text), page, page_box((ln.x0, ln.y0, ln.x1, ln.y1), *frame),
                                   tuple(ln.mono) if code_font else ())
            parts.append(ln.text + "\n")
            pos += len(ln.text) + 1
        parts.append("\f")
        pos += 1
    return "".join(parts), located


def _fallback(meta: dict[str, str], xmp: dict) -> Metadata:
    """What the file says of itself: the info dictionary first, its XMP packet where that is silent."""
    authors = field_names(meta.get("Author", ""))
    return Metadata(title=meta.get("Title") or xmp.get("title"), authors=authors or list(xmp.get("authors", [])),
                    published_date=pdf_date(meta.get("CreationDate")) or xmp.get("created"),
                    modified_date=pdf_date(meta.get("ModDate")) or xmp.get("modified"))


@dataclass
class Group:
    """What the first group of pages of a long PDF decided for the groups after it (`scoexport.windows`): the
    body style (with whether paragraphs open indented), where the text has reached, and the paragraph
    left open at the group's end, with the footnotes after it, which the next group may continue."""

    style: Style
    pos: int = 0
    held: list[PdfBlock] = field(default_factory=list)
    located: dict[int, Line] = field(default_factory=dict)  # the held blocks' lines, already placed in the text


def _held(joined: list[PdfBlock]) -> int:
    """Where the tail that the next page group may continue starts: the last body block and the footnotes after
    it (`_join_across` carries a paragraph over footnotes only); len(joined) when there is none."""
    for n in range(len(joined) - 1, -1, -1):
        if joined[n].kind == "body":
            return n
        if joined[n].kind != "footnote":
            break
    return len(joined)


def _parse_group(source: Source, lines: list[PdfLine], margin: list[PdfLine], frames: list[Frame], first_page: int,
                 group: Group | None, last: bool) -> tuple[Parsed, Group]:
    """One group of pages (or the whole document): blocks with kinds, furniture as artifacts, and the group's text."""
    style = body_style(lines) if group is None else group.style
    title = _title_line(lines, style) if group is None else None
    furniture = find_furniture(lines, style, title)
    kept = [ln for i, ln in enumerate(lines) if i not in furniture]
    indented = style.indented
    found = blocks(kept, style)
    if group is not None:  # whether paragraphs open indented is read once, on the first group
        style.indented = indented
    bottom: dict[tuple, float] = {}
    for ln in kept:
        if body_sized(ln, style.size):
            key = (ln.page, ln.column)
            bottom[key] = min(bottom.get(key, ln.y0), ln.y0)
    title_obj = lines[title] if title is not None else None
    for block in found:
        block.kind = "title" if title_obj is not None and title_obj in block.lines else _kind(block, style, bottom)
    if group is None:
        mark_front_matter(found)
    found = _join_across((group.held if group else []) + found, style)
    text, located = _document_text(lines, margin, frames, first_page, group.pos if group else 0, not style.mono)
    if group is not None:
        located.update(group.located)
    cut = len(found) if last else _held(found)
    after = Group(style, (group.pos if group else 0) + len(text), found[cut:])
    after.located = {id(ln): located[id(ln)] for b in after.held for ln in b.lines}
    source = dataclasses.replace(source, text=text)
    artifacts = [Artifact(kind, lines[i].text, located[id(lines[i])].start, located[id(lines[i])].end, lines[i].page,
                          located[id(lines[i])].box) for i, kind in sorted(furniture.items())]
    artifacts += [Artifact("rotated" if not ln.runs[0].upright else "line_number", ln.text, located[id(ln)].start,
                           located[id(ln)].end, ln.page, located[id(ln)].box) for ln in margin]
    result = [Block([located[id(ln)] for ln in b.lines], kind=b.kind, tag="pdf") for b in found[:cut]]
    log.debug("%s: pages %d-%d, %d lines, %d blocks, %d furniture", source.path, first_page + 1,
              first_page + len(frames), len(lines), len(result), len(furniture))
    return Parsed(source, result, artifacts, Metadata()), after


def parse_pdf(source: Source) -> Parsed:
    """Read a PDF's text layer with its layout; raises `PdfError` for a file it cannot read."""
    doc = open_pdf(source.data)
    try:
        meta = info(doc)
        lines, margin, warnings, frames = _read(doc, source.path)
    finally:
        doc.close()
    pages = len(frames)
    if not any(ln.text for ln in lines + margin):
        raise PdfError(f"scanned, no text layer ({pages} pages of images; OCR is not done here)")
    parsed, _ = _parse_group(source, lines, margin, frames, 0, None, last=True)
    parsed.fallback = _fallback(meta, xmp_metadata(source.data))
    parsed.warnings, parsed.n_pages = warnings, pages
    return parsed


def page_count(source: Source) -> int:
    doc = open_pdf(source.data)
    try:
        return len(doc)
    finally:
        doc.close()


def parse_pdf_groups(source: Source, pages: int) -> Iterator[Parsed]:
    """A long PDF read `pages` pages at a time: each group's `Parsed` holds its blocks and artifacts, and its
    `source.text` is the group's part of the document's text (offsets point into the whole). A paragraph
    going on past a group's last page is given with the group it ends in. Raises `PdfError` as `parse_pdf`."""
    doc = open_pdf(source.data)
    try:
        fallback = _fallback(info(doc), xmp_metadata(source.data))
        total = len(doc)
    finally:
        doc.close()
    group: Group | None = None
    seen_text = False
    for start in range(0, total, pages):
        # opened again for each group: PDFium keeps every object it has parsed until the document is closed
        doc = open_pdf(source.data)
        try:
            lines, margin, warnings, frames = _read(doc, source.path, start, start + pages)
        finally:
            doc.close()
        seen_text = seen_text or any(ln.text for ln in lines + margin)
        last = start + pages >= total
        if last and not seen_text:
            raise PdfError(f"scanned, no text layer ({total} pages of images; OCR is not done here)")
        parsed, group = _parse_group(source, lines, margin, frames, start, group, last)
        parsed.fallback, parsed.warnings, parsed.n_pages = fallback, warnings, total
        yield parsed
