"""Read a PDF's text layer with positions: PDF bytes in, one page of `Run`s at a time out.

PDFium (through pypdfium2, Apache-2.0 / BSD-3-Clause, wheels for every platform) gives each
character its Unicode value, baseline origin, box and font; the font tells whether the character is bold and
whether it is set in a monospaced font (`fonts`: how manuals set code, commands and file names). Characters are
grouped into runs in the order the content stream draws them (`runs`: a run ends where a new line or column begins, or
where a column gutter or a table cell's gap opens). Pages are loaded and
closed one at a time, so memory does not grow with the page count; a page with more characters
than `MAX_PAGE_CHARS`, or one that takes longer than `MAX_PAGE_SECONDS`, is cut short and said so.

A page where PDFium drew glyphs without ink (a font the PDF does not embed and the system cannot
draw) has lost every text object that draws one such glyph alone; it is read again through
pdfminer.six (`glyphs`), which decodes the characters from the file's own maps, and said so.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import logging
import math
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .. import ParseError
from .fonts import bold_font, monospaced, set_as_code
from .frames import SPACE, Glyph, direction, turned
from .runs import Run, runs_of

log = logging.getLogger(__name__)

MAX_PAGE_CHARS = 200_000  # far above a dense page (about 10,000); bounds a hostile one
MAX_PAGE_SECONDS = 10.0
_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?")
_SKIP = {0xFFFE, 0xFFFF, 0}
_LINE_END_HYPHEN = 0x02
NO_INK = 0.01  # a glyph box thinner than this many font sizes has no outline (the thinnest stroke drawn is ~0.04)


class PdfError(ParseError):
    """A PDF that cannot be read; the message says why in one line."""


@dataclass
class Page:
    number: int  # from 0
    width: float
    height: float
    runs: list[Run]
    truncated: str | None = None  # why the page was cut short, if it was
    turn: int = 0  # quarter turns from the page's own frame to the one its text reads in (`page_box`)
    reread: str | None = None  # why the page's text was read through pdfminer.six, if it was (logged)
    missing: str | None = None  # why some of its text may be missing, if it may (a warning of the document)


class PdfFile(pdfium.PdfDocument):
    """A PDFium document that keeps its bytes, for the pages that must be read a second way (`glyphs`)."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.data = data
        self.second_reader = None  # glyphs.PageReader, made when a page first needs it


def open_pdf(data: bytes) -> PdfFile:
    """Open PDF bytes; an encrypted file opens only when its password is empty."""
    try:
        return PdfFile(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise PdfError("encrypted PDF: it needs a password") from exc
        if "format" in message or "file" in message:
            raise PdfError("malformed or truncated PDF: PDFium cannot read its structure") from exc
        if "security" in message:
            raise PdfError("encrypted PDF with an unsupported security handler") from exc
        raise PdfError(f"unreadable PDF: {exc}") from exc


def pdf_date(value: str | None) -> dt.date | None:
    """The date of an info-dictionary date string (D:YYYYMMDDHHmmSS...)."""
    m = _DATE.match((value or "").strip())
    return calendar_date(*m.groups()) if m and m.group(2) else None


def calendar_date(year: str, month: str, day: str | None) -> dt.date | None:
    """The date a metadata field writes in digits, for the info dictionary and XMP alike: one given to the month
    is its first day; one no calendar holds (a month 13, a 30 February: a writer's slip) is none."""
    try:
        return dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return None


def info(doc: pdfium.PdfDocument) -> dict[str, str]:
    """The info dictionary's non-empty entries (Title, Author, CreationDate, ...)."""
    try:
        return {k: v.strip() for k, v in doc.get_metadata_dict(skip_empty=True).items() if v and v.strip()}
    except pdfium.PdfiumError:
        return {}


def page_runs(page: pdfium.PdfPage, number: int) -> Page:
    """The runs of one page, in drawing order, in the frame where most of its text reads upright.

    A landscape table on a portrait page, or a page turned by /Rotate, draws its text sideways;
    its coordinates are turned so that lines run left to right (`Page.turn` says how; `page_box`
    turns boxes back into the page's own points). Text running another way than most is kept as
    runs that are not upright.
    """
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        glyphs, truncated, inkless = _glyphs(textpage.raw)
    finally:
        textpage.close()
    reread = missing = None
    if inkless or (not glyphs and _draws_text(page)):
        why = f"{inkless} glyphs PDFium cannot draw" if inkless else "text objects PDFium reads no text from"
        again = _read_again(page, number)
        if isinstance(again, str):
            missing = f"{why}; {again}, so some of its text may be missing"
        else:
            glyphs, reread = again, why
    votes = [0, 0, 0, 0]
    for g in glyphs:
        votes[g[8]] += g[0] != " "
    turn = votes.index(max(votes))
    runs = runs_of([turned(g, turn, width, height) for g in glyphs])
    if turn % 2:
        width, height = height, width
    return Page(number, width, height, runs, truncated, turn, reread, missing)


def _draws_text(page: pdfium.PdfPage) -> bool:
    """Whether a page whose text page is empty draws text objects all the same (asked of empty pages only)."""
    return any(raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, i)) == raw.FPDF_PAGEOBJ_TEXT
               for i in range(raw.FPDFPage_CountObjects(page.raw)))


def _read_again(page: pdfium.PdfPage, number: int) -> list[Glyph] | str:
    """The page's glyphs through pdfminer.six (imported here: ordinary pages never need it), or why not."""
    doc = page.pdf
    if not isinstance(doc, PdfFile):
        return "its bytes are not at hand to read it again"
    try:
        from .glyphs import PageReader
    except ImportError:
        return "pdfminer.six, which would read it again, is not installed"
    if doc.second_reader is None:
        doc.second_reader = PageReader(doc.data)
    again = doc.second_reader.glyphs(number)
    if again is None or not any(g[0] != " " for g in again):
        return "pdfminer.six cannot read it either"
    return again


def _glyphs(tp: raw.FPDF_TEXTPAGE) -> tuple[list[Glyph], str | None, int]:
    """Every character drawn on the page with its origin, box, size as drawn, direction and weight; and how
    many were drawn without ink (a box of no height or width: PDFium has no outline for the glyph)."""
    n = raw.FPDFText_CountChars(tp)
    truncated = None
    if n > MAX_PAGE_CHARS:
        truncated = f"{n} characters; only the first {MAX_PAGE_CHARS} read"
        n = MAX_PAGE_CHARS
    started = time.monotonic()
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    buf = ctypes.create_string_buffer(128)
    matrix = raw.FS_MATRIX()
    fonts: dict[str, tuple[bool, bool]] = {}
    glyphs: list[Glyph] = []
    inkless = 0
    for i in range(n):
        if i % 4096 == 4095 and time.monotonic() - started > MAX_PAGE_SECONDS:
            truncated = f"reading took over {MAX_PAGE_SECONDS:.0f} s; stopped after {i} characters"
            break
        code = raw.FPDFText_GetUnicode(tp, i)
        if code in _SKIP or code in (10, 13) or (raw.FPDFText_IsGenerated(tp, i) and code != 32):
            continue
        # PDFium gives a hyphen that ends a line inside a word as 0x02 (FPDFText_IsHyphen): the page prints "-"
        ch = "-" if code == _LINE_END_HYPHEN else chr(code)
        if ch.isspace():
            glyphs.append(SPACE)
            continue
        raw.FPDFText_GetCharOrigin(tp, i, x, y)
        # the size as drawn: the font size scaled by the text and page matrices
        raw.FPDFText_GetMatrix(tp, i, matrix)
        size = (raw.FPDFText_GetFontSize(tp, i) or 1.0) * (math.hypot(matrix.c, matrix.d) or 1.0)
        raw.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
        x0, x1, y0, y1 = left.value, right.value, bottom.value, top.value
        if x1 - x0 < NO_INK * size or y1 - y0 < NO_INK * size:
            inkless += 1
        bold, mono = _font(tp, i, buf, fonts)
        glyphs.append((ch, x.value, y.value, x0, x1, y0, y1, size, direction(matrix.a, matrix.b), bold,
                       set_as_code(ch, mono)))
    return glyphs, truncated, inkless


def _font(tp: raw.FPDF_TEXTPAGE, i: int, buf: ctypes.Array, fonts: dict[str, tuple[bool, bool]]) -> tuple[bool, bool]:
    """Whether the character's font is bold and whether it is monospaced; decided once per font name."""
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(tp, i, buf, len(buf), flags)
    name = buf.value.decode("latin-1")
    if name not in fonts:
        fonts[name] = (bold_font(name, flags.value, raw.FPDFText_GetFontWeight(tp, i)), monospaced(name, flags.value))
    return fonts[name]


def iter_pages(doc: pdfium.PdfDocument, start: int = 0, stop: int | None = None) -> Iterator[Page]:
    """Pages one at a time (those from `start` to `stop`); each is closed before the next is loaded."""
    for number in range(start, len(doc) if stop is None else min(stop, len(doc))):
        try:
            page = doc[number]
        except pdfium.PdfiumError as exc:
            raise PdfError(f"page {number + 1} cannot be loaded: {exc}") from exc
        try:
            yield page_runs(page, number)
        finally:
            page.close()
