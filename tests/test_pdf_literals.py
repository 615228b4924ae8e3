"""Code, commands and file names a PDF sets in a typewriter face: literals of their paragraph, and code blocks.

Manuals set what is typed as it is (a command, an option, a file name, a listing) in a monospaced font within
prose set in another: the PDF route reads each glyph's font, so the paragraph's `literals` cover those spans and a
block set wholly in one is of kind `code`; no fact starts in either. The PDFs are made here (reportlab).
"""
from __future__ import annotations

import io
from itertools import pairwise

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, XPreformatted

from scoexport.clean.literals import font_marks, marked_literals
from scoexport.clean.repair import join_lines
from scoexport.clean.sessions import session_line
from scoexport.parse.pdf.fonts import monospaced, set_as_code
from scoexport.pipeline import process
from scoexport.records import DocumentResult, Line

from .test_pdf import source_of

LISTING = "$ tar -xzf hello-2.10.tar.gz\n$ cd hello-2.10\n$ make -j 8 2>&1 | tee build.log"


def _tt(text: str) -> str:
    return f'<font face="Courier">{text}</font>'


def _manual(body_font: str = "Helvetica") -> bytes:
    """A manual's page: prose with commands set inline in Courier, a listing set in Courier, prose after it."""
    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName=body_font, fontSize=10, leading=12, spaceAfter=8)
    code = ParagraphStyle("code", fontName="Courier", fontSize=9, leading=11, leftIndent=20, spaceAfter=8)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22, spaceAfter=12)
    doc = SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="")
    doc.build([
        Paragraph("Building the Package", title),
        Paragraph(f"Run {_tt('dpkg-buildpackage')} with the option {_tt('-j 4')} to build on four processors, and "
                  f"check that {_tt('python3.11')} is installed before you upload the package to the archive for the "
                  "first time, which the team last did in September 2023.", body),
        XPreformatted(LISTING, code),
        Paragraph("The build takes about 12 minutes on a laptop made in 2019, and the archive holds 3 copies of "
                  f"it. To install everything the build needs at once, type {_tt(INSTALL)} and wait.", body),
    ])
    return buf.getvalue()


# longer than a line of the page: it must wrap inside the literal
INSTALL = ("sudo apt-get install build-essential devscripts debhelper dh-make quilt pbuilder lintian "
           "fakeroot gnupg patchutils")


def _literals(result: DocumentResult) -> list[list[str]]:
    return [[p.text[a:b] for a, b in p.literals] for p in result.paragraphs if p.kind == "body"]


def test_commands_set_in_courier_are_literals_and_hold_no_facts() -> None:
    result = process(source_of(_manual()))
    assert _literals(result) == [["dpkg-buildpackage", "-j 4", "python3.11"], [INSTALL]]
    facts = {(f.kind, f.text) for f in result.facts}
    assert ("number", "4") not in facts and not any("3.11" in text for _, text in facts)
    assert {("number", "four"), ("date", "September 2023"), ("number", "12"), ("date", "2019")} <= facts


def test_a_listing_set_in_courier_is_one_code_paragraph_read_for_no_facts() -> None:
    result = process(source_of(_manual()))
    code = [p for p in result.paragraphs if p.kind == "code"]
    assert [p.text for p in code] == [" ".join(LISTING.split("\n"))]
    assert not [f for f in result.facts if f.paragraph_id == code[0].paragraph_id]
    assert not {"8", "2.10"} & {f.text for f in result.facts}


def test_a_literal_wrapped_over_lines_is_one_span_of_the_joined_text() -> None:
    result = process(source_of(_manual()))
    after = [p for p in result.paragraphs if p.kind == "body"][1]
    (start, end), = after.literals
    assert after.text[start:end] == INSTALL and after.text[end:] == " and wait."


def test_a_document_set_in_courier_throughout_marks_nothing_as_code() -> None:
    # a transcript or a letter typed in Courier: the typewriter face is the body's, and marks no code (the listing's
    # shell session is code by its prompts, as in any plain text: `clean.sessions`, not by its face)
    result = process(source_of(_manual(body_font="Courier")))
    assert not any(p.literals for p in result.paragraphs)
    assert all(p.kind != "code" or session_line(p.text) for p in result.paragraphs)
    assert {("number", "12"), ("date", "2019"), ("number", "3")} <= {(f.kind, f.text) for f in result.facts}


def _drawn(lines: list[list[tuple[str, str]]]) -> bytes:
    """One paragraph drawn line by line, each line a list of (font, text) pieces; its first line the longest."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 770, "Packaging Notes")
    y = 730.0
    for pieces in lines:
        t = c.beginText(60, y)
        for font, text in pieces:
            t.setFont(font, 10)
            t.textOut(text)
        c.drawText(t)
        y -= 12
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("before", "broken", "rest", "after", "word"), [
    # the document writes the compound whole elsewhere: the hyphen stays ("dpkg-buildpackage")
    ("to build it, run ", "dpkg-", "buildpackage", "; dpkg-buildpackage calls the rules file.", "dpkg-buildpackage"),
    # a word broken at the line's end goes on in lower case: the hyphen goes
    ("the helper reads the ", "configu-", "ration", " from the rules file of the source package.", "configuration"),
])
def test_a_literal_hyphenated_at_a_line_end_is_one_span_of_the_joined_word(before: str, broken: str, rest: str,
                                                                           after: str, word: str) -> None:
    prose = "When the source package is unpacked and its patches applied, " + before
    lines = [[("Helvetica", prose), ("Courier", broken)], [("Courier", rest), ("Helvetica", after)]]
    result = process(source_of(_drawn(lines)))
    (para,) = [p for p in result.paragraphs if p.kind == "body"]
    assert [para.text[a:b] for a, b in para.literals] == [word]
    assert para.text.endswith(word + after)


def test_font_names_say_monospaced() -> None:
    # TeX's typewriter fonts leave the FixedPitch flag unset: the name says it
    for name in ("CMTT10", "ABCDEF+SFTT1000", "LMMono10-Regular", "NimbusMonL-Regu", "Courier-Oblique",
                 "GYNSJC+LiberationMono", "DejaVuSansMono-Bold", "Consolas", "SourceCodePro-Regular",
                 "LucidaSansTypewriter", "Source Code Pro", "Letter Gothic Std"):
        assert monospaced(name, 0x80004), name
    for name in ("CMR10", "Times-Roman", "LiberationSerif", "MonotypeCorsiva", "Helvetica-Bold", "CMMI10",
                 "AmericanTypewriter-Bold"):
        assert not monospaced(name, 0x80004), name
    assert monospaced("SomeFont", 0x80005)  # the descriptor's FixedPitch flag
    # a CJK font is fixed-pitch by design: its ideographs are text, its Latin letters may be code
    assert not set_as_code("漢", True) and set_as_code("a", True) and not set_as_code("a", False)


def test_line_literals_are_handed_over_where_the_joined_text_holds_them() -> None:
    first, second = "Install it with apt-get install build-", "essential and then run make -j 4 in the tree."
    make = second.index("make -j 4")
    lines = [Line(first, 0, len(first), literals=((first.index("apt-get"), len(first)),)),
             Line(second, len(first) + 1, len(first) + 1 + len(second), literals=((0, 9), (make, make + 9)))]
    compounds = frozenset({"build-essential"})
    text = join_lines([ln.text for ln in lines], compounds)
    spans = marked_literals(text, font_marks(lines, compounds))
    assert [text[a:b] for a, b in spans] == ["apt-get install build-essential", "make -j 4"]


@example([("a", False), ("a", False), (" ", True), ("a", True)])  # a literal of white space ends no line's literal
@given(st.lists(st.tuples(st.text("abc -", min_size=1, max_size=12), st.booleans()), min_size=1, max_size=12))
def test_font_literals_are_in_order_and_inside_the_text(pieces: list[tuple[str, bool]]) -> None:
    # lines of pieces, every other set in a typewriter face: what is found lies in the text, in order, apart
    lines, at = [], 0
    for n in range(0, len(pieces), 3):
        text, spans = "", []
        for piece, mono in pieces[n:n + 3]:
            if mono:
                spans.append((len(text), len(text) + len(piece)))
            text += piece
        lines.append(Line(text, at, at + len(text), literals=tuple(spans)))
        at += len(text) + 1
    text = join_lines([ln.text for ln in lines])
    spans = marked_literals(text, font_marks(lines))
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))
    assert len(spans) <= sum(mono for _, mono in pieces)


def test_literals_and_code_are_the_same_when_a_long_pdf_is_read_a_few_pages_at_a_time() -> None:
    from reportlab.platypus import PageBreak

    from scoexport import windows
    from scoexport.windows import Window

    buf = io.BytesIO()
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12, spaceAfter=8)
    code = ParagraphStyle("code", fontName="Courier", fontSize=9, leading=11, leftIndent=20, spaceAfter=8)
    story: list = []
    steps = [("unpack", "tar -xzf hello-2.10.tar.gz", "the archive the project released in the spring"),
             ("configure", "./configure --prefix=/usr", "a tree that holds some forty source files"),
             ("build", "make -j 4", "a machine the team bought in 2021"),
             ("install", "make install DESTDIR=/tmp/stage", "the staging folder the packager cleans each week")]
    for verb, command, rest in steps:
        story += [Paragraph(f"To {verb} the program, type {_tt(command)} in the source tree, which works on {rest}; "
                            f"the manual explains how to {verb} it by hand on older systems.", body),
                  XPreformatted(f"$ {command}\n$ echo $? # {verb} done", code), PageBreak()]
    SimpleDocTemplate(buf, pagesize=A4, invariant=1, title="").build(story)
    whole = process(source_of(buf.getvalue()))
    pieces = [p for piece in windows.iter_windows(source_of(buf.getvalue()), Window(pages=1)) for p in piece.paragraphs]
    assert [(p.kind, p.literals) for p in pieces] == [(p.kind, p.literals) for p in whole.paragraphs]
    assert [p.kind for p in pieces].count("code") == 4
    assert [p.text[a:b] for p in pieces if p.kind != "code" for a, b in p.literals] == [s[1] for s in steps]
