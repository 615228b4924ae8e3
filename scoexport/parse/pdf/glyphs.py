"""A second reading of a page's glyphs, through pdfminer.six: PDF bytes and a page number in, `Glyph`s out.

PDFium draws a font that the PDF does not embed with a font of the system; where the system has
none with the glyph (Korean set in `HYSMyeongJo-Medium` on a machine without a Korean font),
the glyph has no outline, its text object no width, and PDFium's text page leaves out every
object that draws one such glyph alone: "그건 이 사안을" reads "그건 사안을". The characters are
still in the file: the font's CMap (a predefined CJK CMap, a ToUnicode map) says which they are,
and its widths say where they stand. pdfminer.six (MIT, pure Python) decodes them from those
alone, without drawing anything, so `reader` asks it for the pages where PDFium drew glyphs
without ink. The glyphs come in drawing order, in the page's own unrotated points like PDFium's,
with the spaces the file draws; a space is added where the next glyph on the line starts more
than `WORD_GAP` font sizes after the last one ends (pdfminer's own `word_margin`), as PDFium adds
the spaces that the file leaves to the pen.
"""
from __future__ import annotations

import io
import logging
import math
from collections.abc import Iterator

from pdfminer.layout import LTChar
from pdfminer.pdfdevice import PDFTextDevice
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from .fonts import bold_font, monospaced, set_as_code
from .frames import SPACE, Glyph, direction

log = logging.getLogger(__name__)

WORD_GAP = 0.1  # a gap this many font sizes wide between two glyphs of a line is a word space
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class _Collector(PDFTextDevice):
    """Every glyph the content stream draws, as a `Glyph`; bold, monospace and direction decided as `reader` decides
    them."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        self.glyphs: list[Glyph] = []
        self._fonts: dict[int, tuple[bool, bool]] = {}

    def render_char(self, matrix, font: PDFFont, fontsize: float, scaling: float, rise: float, cid: int, ncs,
                    graphicstate) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:  # a glyph no map names: PDFium does not know it either
            text = ""
        char = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid), ncs,
                      graphicstate)
        if not text:
            return char.adv
        if text.isspace():
            self.glyphs.append(SPACE)
            return char.adv
        a, b, c, d, e, f = matrix
        if id(font) not in self._fonts:
            described = getattr(font, "descriptor", {}) or {}
            flags = _number(described.get("Flags"))
            self._fonts[id(font)] = (bold_font(font.fontname or "", flags, _number(described.get("FontWeight"))),
                                     monospaced(font.fontname or "", flags))
        size = fontsize * (math.hypot(c, d) or 1.0)
        bold, mono = self._fonts[id(font)]
        self.glyphs.append((text, e + rise * c, f + rise * d, char.x0, char.x1, char.y0, char.y1, size, direction(a, b),
                            bold, set_as_code(text, mono)))
        return char.adv


def _number(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def _along(g: Glyph) -> tuple[float, float, float]:
    """Where a glyph starts and ends along its line, and where its line lies across, in its own direction."""
    turn = g[8]
    if turn == 0:
        return g[3], g[4], g[2]
    if turn == 1:
        return g[5], g[6], g[1]
    if turn == 2:
        return -g[4], -g[3], g[2]
    return -g[6], -g[5], g[1]


def _spaced(glyphs: list[Glyph]) -> list[Glyph]:
    """A space between two glyphs of one line where the pen skipped more than a word gap, in whichever
    direction the line runs (a table's column heads are often set sideways)."""
    out: list[Glyph] = []
    last: Glyph | None = None
    for g in glyphs:
        if g[0] == " ":
            last = None
        elif last is not None and g[8] == last[8]:
            start, _, across = _along(g)
            _, end, last_across = _along(last)
            if abs(across - last_across) < 0.5 * g[7] and start - end > WORD_GAP * max(g[7], last[7]):
                out.append(SPACE)
        out.append(g)
        if g[0] != " ":
            last = g
    return out


class PageReader:
    """One document's pages read through pdfminer.six, in order; the document is parsed once, when first asked."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._pages: Iterator[PDFPage] | None = None
        self._next = 0
        self._rsrc = PDFResourceManager(caching=True)

    def glyphs(self, number: int) -> list[Glyph] | None:
        """The glyphs of page `number` (from 0), or None where pdfminer.six cannot read it."""
        try:
            page = self._page(number)
            if page is None:
                return None
            device = _Collector(self._rsrc)
            # the identity, not pdfminer's own page matrix: PDFium's points are the page's unrotated ones
            PDFPageInterpreter(self._rsrc, device).render_contents(page.resources, page.contents, ctm=_IDENTITY)
        except Exception as exc:  # a second reading of a damaged file: whatever fails, PDFium's reading stands
            log.debug("pdfminer.six cannot read page %d: %s", number + 1, exc)
            return None
        return _spaced(device.glyphs)

    def _page(self, number: int) -> PDFPage | None:
        if self._pages is None or number < self._next:
            self._pages = PDFPage.create_pages(PDFDocument(PDFParser(io.BytesIO(self._data))))
            self._next = 0
        for page in self._pages:
            self._next += 1
            if self._next - 1 == number:
                return page
        self._pages = None
        return None
