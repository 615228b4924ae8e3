"""Paragraph breaks the PDF route reads from where a line stops, in documents set without indents or spacing."""
from __future__ import annotations

import io

import pytest
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from scoexport.parse.pdf.breaks import ends_short
from scoexport.parse.pdf.layout import PdfLine
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
    nxt = _line("Harbour dues were raised twice since the storms of the winter before last", 60, 425, 688)
    assert not ends_short(wrapped, nxt, 435)  # 15 points left: "Harbour" did not fit
    assert ends_short(wrapped, nxt, 535)  # 115 points left: it would have, so the paragraph ended
    text_of_one_character = _line("港", 60, 70, 676)
    assert ends_short(wrapped, text_of_one_character, 445)  # unspaced text wraps at any character


def test_a_line_ending_in_a_hyphen_or_a_comma_or_going_on_in_lower_case_goes_on() -> None:
    nxt = _line("Programme Director of the institute", 60, 240, 688)
    assert not ends_short(_line("By Jane Morrow,", 60, 140, 700), nxt, 535)  # a byline broken before the role
    assert not ends_short(_line("the increase pro-", 60, 150, 700), nxt, 535)
    assert ends_short(_line("the increase proposed.", 60, 170, 700), nxt, 535)
    going_on = _line("(h)(10) of this directive and the figures", 60, 250, 688)
    assert not ends_short(_line("add the information in figure 9 to paragraph", 60, 280, 700), going_on, 535)
    assert ends_short(_line("add the information in figure 9.", 60, 220, 700), going_on, 535)


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


QUOTE = ("Organics are very important for the possibility of life on Titan, which many of us think likely would "
         "have evolved in the liquid water ocean under the icy crust, said the geologist who led the mapping.")


def _with_quote(indent: float, right_indent: float) -> bytes:
    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, alignment=TA_JUSTIFY)
    quote = ParagraphStyle("quote", parent=body, leftIndent=indent, rightIndent=right_indent)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="")
    doc.build([Paragraph("Harbour Trade Figures", title), Paragraph(PARAGRAPHS[0], body),
               Paragraph(QUOTE, quote), Paragraph(PARAGRAPHS[1], body), Paragraph(PARAGRAPHS[3], body)])
    return buf.getvalue()


@pytest.mark.parametrize(("indent", "right_indent"), [(30.0, 30.0), (40.0, 0.0)])
def test_a_block_quote_is_one_paragraph(indent: float, right_indent: float) -> None:
    result = process(source_of(_with_quote(indent, right_indent)))
    assert [p.text for p in result.paragraphs if p.kind == "body"] == [PARAGRAPHS[0], QUOTE, PARAGRAPHS[1],
                                                                        PARAGRAPHS[3]]


def _words_to(width: float, words: list[str]) -> str:
    """As many of `words` as fit in `width` points of 10-point Helvetica."""
    line = words[0]
    for word in words[1:]:
        if stringWidth(f"{line} {word}", "Helvetica", 10) > width:
            break
        line = f"{line} {word}"
    return line


def test_indented_one_line_paragraphs_in_a_row_are_not_a_quote() -> None:
    # an indented one-line paragraph, then an indented opening that goes on at the margin: lines sharing an
    # indent and ending within a word of each other, as a block quote's do, but no block
    words = " ".join(PARAGRAPHS).split()
    lines = [_words_to(425, PARAGRAPHS[1].split()) + ".", _words_to(440, words),  # 419 and 432 points
             "the money needed for the breakwater, whose repair has been postponed twice."]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 740, "Harbour Dues")
    c.setFont("Helvetica", 10)
    c.drawString(60, 712, _words_to(470, words))  # a full line above: the measure is 470 points
    for n, line in enumerate(lines):
        c.drawString(60 + (18 if n < 2 else 0), 700 - 12 * n, line)  # paragraphs open indented
    c.showPage()
    c.save()
    result = process(source_of(buf.getvalue()))
    assert [p.text for p in result.paragraphs if p.kind == "body"][1:] == [lines[0], " ".join(lines[1:])]


def test_a_byline_and_the_authors_role_stay_together() -> None:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 760, "Harbour Trade Figures")
    c.setFont("Helvetica", 10)
    front = ["By Helen Whitfield", "Associate Researcher, Northwind Institute", "May 9, 2021"]
    for n, line in enumerate(front):
        c.drawString(60, 730 - 12 * n, line)
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, alignment=TA_JUSTIFY)
    y = 680.0
    for text in PARAGRAPHS[:2]:
        para = Paragraph(text, style)
        _, height = para.wrap(451, 600)  # the measure the other tests set these paragraphs to
        para.drawOn(c, 60, y - height)
        y -= height
    c.showPage()
    c.save()
    result = process(source_of(buf.getvalue()))
    assert [p.text for p in result.paragraphs if p.kind == "body"] == PARAGRAPHS[:2]
    assert result.metadata.authors == ["Helen Whitfield"]


TWO_LINE_QUOTE = ("Organics are very important for the possibility of life on Titan, which many of us think likely "
                  "would have evolved in the ocean under the crust.")


def test_a_two_line_quotation_going_on_in_lower_case_is_one_paragraph() -> None:
    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, alignment=TA_JUSTIFY)
    quote = ParagraphStyle("quote", parent=body, leftIndent=30, rightIndent=30)
    item = ParagraphStyle("item", parent=body, leftIndent=30)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
    items = ["bottled water", "a baby carrier", "snack bars"]
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="")
    doc.build([Paragraph("Harbour Trade Figures", title), Paragraph(PARAGRAPHS[0], body),
               Paragraph(TWO_LINE_QUOTE, quote), Paragraph(PARAGRAPHS[1], body),
               Paragraph("What to take:", body), *[Paragraph(t, item) for t in items], Paragraph(PARAGRAPHS[3], body)])
    result = process(source_of(buf.getvalue()))
    texts = [p.text for p in result.paragraphs if p.kind == "body"]
    assert texts[1] == TWO_LINE_QUOTE  # two lines set in as far, the sentence going on in lower case
    assert texts[-4:-1] == items  # short items in lower case, each set in: no sentence runs on


# a justified report's paragraphs, set line by line as a typesetter sets them: every line but a paragraph's last
# stretched to the measure; the first paragraph's last line happens to end close to the edge, where the next
# paragraph's first word ("Notwithstanding") would not have fitted
JUSTIFIED = [
    ["The port authority reported that container volumes rose by a fifth in the",
     "third quarter, the strongest growth since the harbour was dredged, and that",
     "bulk cargo held steady despite lower grain exports from the plains, while the",
     "new gantry cranes cut the turnaround of a vessel to thirty hours at most."],
    ["Notwithstanding the figures, the council will debate the harbour dues next",
     "month. Several members argued that the increase proposed by the authority",
     "would drive smaller operators to the rival terminal across the estuary.",
     "Others said the money was needed."],
    ["Trade unions welcomed the figures but warned that overtime had risen sharply",
     "in the months since the cranes were installed, and that the authority had",
     "not yet agreed to the new rosters the dockers asked for in the spring of",
     "last year."],
]


def _justified(paragraphs: list[list[str]]) -> tuple[bytes, float]:
    """The paragraphs drawn in Helvetica 10 at a measure a little wider than their longest line; returns the PDF
    and how far the first paragraph's last line stops short of the measure."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    measure = max(stringWidth(ln, "Helvetica", 10) for p in paragraphs for ln in p) + 2
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "Harbour Trade Figures")
    y = 730.0
    for lines in paragraphs:
        for n, ln in enumerate(lines):
            text = c.beginText(72, y)
            text.setFont("Helvetica", 10)
            if n < len(lines) - 1:  # stretched to the measure: the spaces take up the room
                text.setWordSpace((measure - stringWidth(ln, "Helvetica", 10)) / ln.count(" "))
            text.textLine(ln)
            c.drawText(text)
            y -= 12
    c.save()
    return buf.getvalue(), measure - stringWidth(JUSTIFIED[0][-1], "Helvetica", 10)


def test_in_justified_text_a_line_stopping_short_of_the_edge_ends_its_paragraph() -> None:
    pdf, room = _justified(JUSTIFIED)
    # the room left is more than half an em, but less than the next word needed: only the justification tells
    assert 5 < room < stringWidth("Notwithstanding ", "Helvetica", 10)
    result = process(source_of(pdf))
    assert [p.text for p in result.paragraphs if p.kind == "body"] == [" ".join(p) for p in JUSTIFIED]


ITEMS = [
    "The maker confirmed on Tuesday that the new model, assembled at the plant outside the city since the autumn, "
    "will be sold in two versions from the spring:",
    "– It will feature a boost mode, activated when the driver shifts to sport and stomps on the accelerator "
    "pedal, for as long as eight seconds at a time.",
    "– That cranks out 300 kW and almost 490 lb-ft of torque, which the maker says is enough to reach the "
    "motorway's speed in under four seconds from a standstill.",
    "The price has not been announced.",
]


def test_a_dash_item_wrapped_under_its_text_is_one_paragraph() -> None:
    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, alignment=TA_LEFT, spaceBefore=6)
    item = ParagraphStyle("item", parent=body, firstLineIndent=-12, leftIndent=14, spaceBefore=2)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="")
    doc.build([Paragraph("Harbour Trade Figures", title)]
              + [Paragraph(t, item if t.startswith("–") else body) for t in ITEMS])
    result = process(source_of(buf.getvalue()))
    assert [p.text for p in result.paragraphs if p.kind == "body"] == ITEMS


def test_centred_front_matter_does_not_make_paragraphs_read_as_indented() -> None:
    # the byline, the author's role and the date are centred one-liners, set in from the margin like an indented
    # opening; the paragraphs open flush, so the one starting the second page is a paragraph of its own
    from reportlab.lib.enums import TA_CENTER
    from reportlab.platypus import PageBreak

    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, alignment=TA_LEFT, spaceBefore=6)
    front = ParagraphStyle("front", fontName="Helvetica-Oblique", fontSize=10, leading=12, alignment=TA_CENTER)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, alignment=TA_CENTER,
                           spaceAfter=12)
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="")
    story = [Paragraph("Harbour Trade Figures", title)]
    story += [Paragraph(t, front) for t in ("By Jane Morrow", "Policy Analyst, Harbour Institute", "Date: 19 July 2017")]
    story += [Paragraph(t, body) for t in PARAGRAPHS[:2]] + [PageBreak()] + [Paragraph(t, body) for t in PARAGRAPHS[3:]]
    doc.build(story)
    result = process(source_of(buf.getvalue()))
    bodies = [p.text for p in result.paragraphs if p.kind == "body"]
    assert bodies[-3:] == [PARAGRAPHS[1], PARAGRAPHS[3], PARAGRAPHS[4]]
