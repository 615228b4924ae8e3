"""Read a PDF's text layer with positions: PDF bytes in, one page of `Run`s at a time out.

PDFium (through pypdfium2, Apache-2.0 / BSD-3-Clause, wheels for every platform) gives each
character its Unicode value, baseline origin, box and font. Characters are grouped into runs in
the order the content stream draws them: a run ends where the baseline moves by more than half
the font size (a new line), where the pen goes back left (a new line or column), or where a gap
wider than `GAP_EMS` font sizes opens (a column gutter or a table cell). Pages are loaded and
closed one at a time, so memory does not grow with the page count; a page with more characters
than `MAX_PAGE_CHARS`, or one that takes longer than `MAX_PAGE_SECONDS`, is cut short and said so.
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

log = logging.getLogger(__name__)

GAP_EMS = 1.5  # a horizontal gap this many font sizes wide is no longer a word space
MAX_PAGE_CHARS = 200_000  # far above a dense page (about 10,000); bounds a hostile one
MAX_PAGE_SECONDS = 10.0
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag
_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?")
_SKIP = {0xFFFE, 0xFFFF, 0}


class PdfError(ParseError):
    """A PDF that cannot be read; the message says why in one line."""


@dataclass
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


@dataclass
class Page:
    number: int  # from 0
    width: float
    height: float
    runs: list[Run]
    truncated: str | None = None  # why the page was cut short, if it was


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open PDF bytes; an encrypted file opens only when its password is empty."""
    try:
        return pdfium.PdfDocument(data)
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
    if not m or not m.group(2):
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


def info(doc: pdfium.PdfDocument) -> dict[str, str]:
    """The info dictionary's non-empty entries (Title, Author, CreationDate, ...)."""
    try:
        return {k: v.strip() for k, v in doc.get_metadata_dict(skip_empty=True).items() if v and v.strip()}
    except pdfium.PdfiumError:
        return {}


def page_runs(page: pdfium.PdfPage, number: int) -> Page:
    """The runs of one page, in drawing order."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        runs, truncated = _runs(textpage.raw)
    finally:
        textpage.close()
    return Page(number, width, height, runs, truncated)


def _runs(tp: raw.FPDF_TEXTPAGE) -> tuple[list[Run], str | None]:
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
    cur_upright = True
    fonts: dict[str, bool] = {}
    runs: list[Run] = []
    chars: list[str] = []
    sizes: dict[float, int] = {}
    bold_chars = 0
    cur: list[float] = []  # x0, x1, y0, y1, baseline, size of the open run
    for i in range(n):
        if i % 4096 == 4095 and time.monotonic() - started > MAX_PAGE_SECONDS:
            truncated = f"reading took over {MAX_PAGE_SECONDS:.0f} s; stopped after {i} characters"
            break
        code = raw.FPDFText_GetUnicode(tp, i)
        if code in _SKIP or code in (10, 13) or (raw.FPDFText_IsGenerated(tp, i) and code != 32):
            continue
        raw.FPDFText_GetCharOrigin(tp, i, x, y)
        # the size as drawn: the font size scaled by the text and page matrices
        raw.FPDFText_GetMatrix(tp, i, matrix)
        size = (raw.FPDFText_GetFontSize(tp, i) or 1.0) * (math.hypot(matrix.c, matrix.d) or 1.0)
        upright = abs(matrix.b) <= abs(matrix.a) * 0.1 and matrix.a > 0
        ch = chr(code)
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
            continue
        raw.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
        x0, x1 = min(left.value, x.value), max(right.value, left.value)
        if cur:
            em = max(size, cur[5])
            new_line = abs(y.value - cur[4]) > 0.5 * em or x.value < cur[1] - 0.5 * em or upright != cur_upright
            if new_line or x.value - cur[1] > GAP_EMS * em:
                runs.append(_close(chars, cur, sizes, bold_chars, cur_upright))
                chars, sizes, bold_chars, cur = [], {}, 0, []
        bold = _is_bold(tp, i, buf, fonts)
        if not cur:
            cur_upright = upright
            cur = [x0, x1, y.value - 0.25 * size, y.value + 0.8 * size, y.value, size]
        else:
            cur[1] = max(cur[1], x1)
            cur[2] = min(cur[2], y.value - 0.25 * size)
            cur[3] = max(cur[3], y.value + 0.8 * size)
        chars.append(ch)
        sizes[round(size, 1)] = sizes.get(round(size, 1), 0) + 1
        bold_chars += bold
    if cur:
        runs.append(_close(chars, cur, sizes, bold_chars, cur_upright))
    return [r for r in runs if r.text], truncated


def _is_bold(tp: raw.FPDF_TEXTPAGE, i: int, buf: ctypes.Array, fonts: dict[str, bool]) -> bool:
    """Bold by the font's name, its ForceBold flag or its weight; decided once per font name."""
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(tp, i, buf, len(buf), flags)
    name = buf.value.decode("latin-1")
    if name not in fonts:
        fonts[name] = bool(_BOLD.search(name) or flags.value & _FORCE_BOLD or raw.FPDFText_GetFontWeight(tp, i) >= 600)
    return fonts[name]


def _close(chars: list[str], cur: list[float], sizes: dict[float, int], bold_chars: int, upright: bool) -> Run:
    text = "".join(chars).strip()
    size = max(sizes, key=sizes.__getitem__) if sizes else cur[5]
    visible = sum(sizes.values()) or 1
    return Run(text, cur[0], cur[1], cur[2], cur[3], cur[4], size, bold_chars * 2 > visible, upright)


def iter_pages(doc: pdfium.PdfDocument) -> Iterator[Page]:
    """Pages one at a time; each is closed before the next is loaded."""
    for number in range(len(doc)):
        try:
            page = doc[number]
        except pdfium.PdfiumError as exc:
            raise PdfError(f"page {number + 1} cannot be loaded: {exc}") from exc
        try:
            yield page_runs(page, number)
        finally:
            page.close()
