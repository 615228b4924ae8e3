"""Paragraph breaks the PDF route reads from where a line stops, in documents set without indents or spacing."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from scoexport.parse.pdf.layout import PdfLine, ends_short
from scoexport.parse.pdf.runs import Run
from scoexport.pipeline import process

from .test_pdf import source_of

# each paragraph's last line stops well short of the measure, as most do
PARAGRAPHS = [
    "The port authority reported that container volumes rose by a fifth in the third quarter, the strongest "
    "growth since the harbour was dredged, and that bulk cargo held steady despite lower grain exports from "
    "the plains.",
    "Officials said the new gantry cranes had cut the average turnaround of a vessel from two days to thirty "
    "hours. Shipping lines calling at the port have asked for more berths.",
    "Short paragraph here.",
    "The council will debate the harbour dues next month. Several members argued that the increase proposed by "
    "the authority would drive smaller operators to the rival terminal across the estuary, while others said "
    "the money was needed for the breakwater.",
    "Trade unions welcomed the figures but warned that overtime had risen sharply.",
]


def _set(paragraphs: list[str], alignment: int) -> bytes:
    """Paragraphs set flush left with no space between them: only where a line stops shows a break."""
    buf = io.BytesIO()
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, alignment=alignment,
                           firstLineIndent=0, spaceBefore=0, spaceAfter=0)
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="")
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
    doc.build([Paragraph("Harbour Trade Figures", title)] + [Paragraph(text, style) for text in paragraphs])
    return buf.getvalue()


@pytest.mark.parametrize("alignment", [TA_JUSTIFY, TA_LEFT])
def test_a_line_stopping_short_ends_its_paragraph(alignment: int) -> None:
    result = process(source_of(_set(PARAGRAPHS * 3, alignment)))
    assert [p.text for p in result.paragraphs if p.kind == "body"] == PARAGRAPHS * 3


def _line(text: str, x0: float, x1: float, baseline: float) -> PdfLine:
    return PdfLine(0, [Run(text, x0, x1, baseline - 2.5, baseline + 8, baseline, 10.0, False)], (0, 0))


def test_room_for_the_next_word_is_read_from_the_lines_widths() -> None:
    # about 5 points a character: "harbour" and a space need some 40 points, more with a margin for capitals
    wrapped = _line("the authority would drive smaller operators to the rival terminal across", 60, 420, 700)
    nxt = _line("harbour dues were raised twice since the storms of the winter before last", 60, 425, 688)
    assert not ends_short(wrapped, nxt, 435)  # 15 points left: "harbour" did not fit
    assert ends_short(wrapped, nxt, 535)  # 115 points left: it would have, so the paragraph ended
    text_of_one_character = _line("港", 60, 70, 676)
    assert ends_short(wrapped, text_of_one_character, 445)  # unspaced text wraps at any character


def test_a_line_ending_in_a_hyphen_or_a_comma_goes_on() -> None:
    nxt = _line("Programme Director of the institute", 60, 240, 688)
    assert not ends_short(_line("By Jane Morrow,", 60, 140, 700), nxt, 535)  # a byline broken before the role
    assert not ends_short(_line("the increase pro-", 60, 150, 700), nxt, 535)
    assert ends_short(_line("the increase proposed.", 60, 170, 700), nxt, 535)


def test_a_word_hyphenated_at_a_line_end_is_whole_again() -> None:
    # PDFium reads a hyphen ending a line inside a word as a control character, not as "-"
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    lines = ["The road safety slogan was an intentional play on words, but it drew enough cri-",
             "ticism from drivers to be dropped by the department within a week of its launch."]
    for n, line in enumerate(lines):
        c.drawString(60, 700 - 12 * n, line)
    c.showPage()
    c.save()
    text = " ".join(p.text for p in process(source_of(buf.getvalue())).paragraphs)
    assert "enough criticism from" in text
