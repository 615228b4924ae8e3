"""Small PDFs made by the tests themselves (reportlab): reports with known paragraphs and furniture.

Each maker returns the PDF bytes; the text it sets is known, so a test can say what the PDF route
must recover. Nothing here is a committed binary.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

BODY_FONT, BODY_SIZE, LEADING = "Helvetica", 10.0, 12.4
LEFT, RIGHT, TOP, BOTTOM = 60.0, 535.0, 770.0, 70.0


@dataclass
class Report:
    """What to set: a letterhead, title, byline, dateline, sections of paragraphs, furniture on every page."""

    title: str = "Harbour Trade Figures for the Third Quarter"
    letterhead: str = "NORTHWIND INSTITUTE FOR PORT STUDIES"
    byline: str = "By Jane Morrow, Senior Fellow"
    dateline: str = "Published on 3 May 2021"
    paragraphs: list[str] = field(default_factory=list)
    headings: dict[int, str] = field(default_factory=dict)  # heading set before paragraph i, in bold
    header: str = "Northwind Institute"
    footer: str = "Page {n}"
    indent: float = 18.0  # first-line indent; 0 for spaced paragraphs
    space: float = 0.0  # extra space between paragraphs
    footnotes: dict[int, str] = field(default_factory=dict)  # page (from 1) -> footnote at its foot
    columns: int = 1


def _new_page(c: Canvas, report: Report, page: int) -> None:
    c.setFont("Helvetica", 8)
    if page > 1 and report.header:
        c.drawString(LEFT, 805, report.header)
    if report.footer:
        c.drawString(LEFT, 40, report.footer.format(n=page))
    if report.footnotes.get(page):
        c.setFont("Helvetica", 7.5)
        y = BOTTOM - 5
        for line in simpleSplit(report.footnotes[page], "Helvetica", 7.5, RIGHT - LEFT):
            c.drawString(LEFT, y, line)
            y -= 9


def make_report(report: Report) -> bytes:
    """A report set the way word processors set them, one or more columns, pages as needed."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("")
    page = 1
    _new_page(c, report, page)
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString((LEFT + RIGHT) / 2, TOP, report.letterhead)
    y = TOP - 50
    c.setFont("Helvetica-Bold", 20)
    for line in simpleSplit(report.title, "Helvetica-Bold", 20, RIGHT - LEFT):
        c.drawString(LEFT, y, line)
        y -= 24
    c.setFont("Helvetica-Oblique", 9.5)
    for text in (report.byline, report.dateline):
        c.drawString(LEFT, y, text)
        y -= 12
    y -= 14
    gutter = 20.0
    width = (RIGHT - LEFT - gutter * (report.columns - 1)) / report.columns
    column = 0
    top = y

    def next_line(y: float) -> tuple[float, float]:
        nonlocal page, column, top
        y -= LEADING
        if y < BOTTOM + (15 if report.footnotes.get(page) else 0):
            column += 1
            if column == report.columns:
                c.showPage()
                page += 1
                _new_page(c, report, page)
                c.setFont(BODY_FONT, BODY_SIZE)
                column, top = 0, TOP
            y = top
        return y, LEFT + column * (width + gutter)

    x = LEFT
    y += LEADING
    for i, text in enumerate(report.paragraphs):
        if i in report.headings:
            y, x = next_line(y - report.space)
            c.setFont("Helvetica-Bold", BODY_SIZE)
            c.drawString(x, y, report.headings[i])
        c.setFont(BODY_FONT, BODY_SIZE)
        lines = simpleSplit(text, BODY_FONT, BODY_SIZE, width - report.indent)
        first, rest = lines[0], " ".join(lines[1:])
        y, x = next_line(y - (report.space if i else 0))
        c.drawString(x + report.indent, y, first)
        for line in simpleSplit(rest, BODY_FONT, BODY_SIZE, width) if rest else []:
            y, x = next_line(y)
            c.drawString(x, y, line)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_blank(pages: int = 1) -> bytes:
    """Pages with drawings and no text: what a scan without OCR looks like to a text reader."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    for _ in range(pages):
        c.rect(100, 100, 300, 500, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def make_pages(pages: int, lines_per_page: int = 40) -> bytes:
    """A long document of numbered pages of running text, for streaming and speed."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    sentence = "The committee reviewed {n} submissions on harbour dues and port tariffs before the vote. "
    for page in range(1, pages + 1):
        c.setFont("Helvetica", 8)
        c.drawString(LEFT, 40, f"Page {page}")
        c.setFont(BODY_FONT, BODY_SIZE)
        y = TOP
        text = "".join(sentence.format(n=page * 100 + k) for k in range(lines_per_page))
        for k, line in enumerate(simpleSplit(text, BODY_FONT, BODY_SIZE, RIGHT - LEFT)[:lines_per_page]):
            c.drawString(LEFT + (18 if k % 8 == 0 else 0), y, line)
            y -= LEADING
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypt(data: bytes, user: str, owner: str = "owner-secret") -> bytes:
    """The same PDF encrypted with pikepdf (AES-256); an empty user password opens without asking."""
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=user, owner=owner, R=6))
    return out.getvalue()
