"""Findings of session 11's review of PDF manuals' front matter and contents: each test fails on the code before its
fix. A page of dot leaders is a table of contents only when its leaders close on page numbers that do not fall; a
copyright line does not make a page of running text front matter; a contents page's rows stop at its last entry; a
paragraph closed by dots is no contents entry without its page number; a superscript digit at a page's edge is no page
number; both routes read a contents entry by one definition."""
from __future__ import annotations

import io

import pytest

from scoexport import process
from scoexport.clean.kinds import body_kind
from scoexport.contents import is_contents_entry, is_contents_page

from .test_clean import wrap
from .test_pdf import source_of
from .test_pdf_manuals import _text_route

PROSE = ("The foundation spent 4.2 million dollars on rural clinics in 2021, up from 3.1 million in 2020, and opened "
         "twelve new sites in Kenya and Uganda. Staff trained 1,250 community health workers during the year. ")


class _Pages:
    """A4 pages set line by line in Times, as a word processor or reportlab sets a report."""

    def __init__(self) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=A4, invariant=1)
        self.y, self.page = 770.0, 1

    def line(self, text: str, size: float = 10, font: str = "Times-Roman") -> None:
        self.c.setFont(font, size)
        self.c.drawString(72, self.y, text)
        self.y -= size * 1.25

    def gap(self, points: float = 12) -> None:
        self.y -= points

    def para(self, text: str) -> None:
        for ln in wrap(text, 95).split("\n"):
            self.line(ln)
        self.gap(6)

    def leader(self, label: str, number: int) -> None:
        self.line(f"{label} {'.' * (70 - len(label))} {number}")
        self.gap(4)

    def new(self) -> None:
        self.c.setFont("Times-Roman", 9)
        self.c.drawString(297, 40, str(self.page))
        self.c.showPage()
        self.page, self.y = self.page + 1, 770.0

    def body(self, chapters: range) -> None:
        for n in chapters:
            self.line(f"{n} Section {n}", 14, "Times-Bold")
            self.gap(6)
            for _ in range(4):
                self.para(PROSE * 2)
            self.new()

    def pdf(self) -> bytes:
        self.new()
        self.c.save()
        return self.buf.getvalue()


def _kinds(data: bytes) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in process(source_of(data)).paragraphs]


def test_a_forms_fill_in_lines_are_no_table_of_contents() -> None:
    # a grant form: a page of instructions in short lines, two pages of text, then a page of lines to fill in
    d = _Pages()
    d.line("Application for a Research Grant", 18, "Times-Bold")
    d.gap(10)
    for text in ("Applications close on 30 June 2022.", "Grants of up to 50,000 euros are awarded each year.",
                 "The panel meets in Geneva on 12 September 2022."):
        d.line(text)
        d.gap(8)
    d.new()
    d.body(range(2, 4))
    for field in ("Name of applicant", "Institution", "Address", "Telephone", "Title of the project", "Date"):
        d.line(f"{field} {'.' * 60}")
        d.gap(8)
    result = process(source_of(d.pdf()))
    assert [p.kind for p in result.paragraphs if "50,000 euros" in p.text] == ["body"]
    assert any(f.text.startswith("50,000") for f in result.facts)


@pytest.mark.parametrize(("texts", "contents"), [
    (["Contents", "1 Introduction .......... 3", "2 Methods .......... 5", "3 Results .......... 9"], True),
    (["Preface .......... vii", "1 Introduction .......... 1", "2 Methods .......... 5"], True),
    (["Name of applicant ..........", "Institution ..........", "Address .........."], False),  # no page numbers
    (["Prices", "Tea .......... 12", "Coffee .......... 4", "Cake .......... 7"], False),  # numbers falling
    (["Duties of the citizen .......... civil", "Rights of the crown .......... mill"], False),  # no numerals
])
def test_a_contents_page_leads_along_dots_to_rising_page_numbers(texts: list[str], contents: bool) -> None:
    assert is_contents_page(texts) is contents


def test_a_copyright_line_leaves_the_summary_under_it_running_text() -> None:
    d = _Pages()
    d.line("Annual Report 2021", 24, "Times-Bold")
    d.gap(20)
    d.line("Acme Foundation, Nairobi. Copyright \u00a9 2021 Acme Foundation.")
    d.gap(10)
    d.line("Executive summary", 14, "Times-Bold")
    d.gap(4)
    for _ in range(3):
        d.para(PROSE * 2)
    d.new()
    d.line("Contents", 14, "Times-Bold")
    d.gap(8)
    for n, name in enumerate(["Introduction", "Programmes", "Finances", "Outlook"], 1):
        d.leader(f"{n} {name}", 2 + n)
    d.new()
    d.body(range(1, 4))
    kinds = _kinds(d.pdf())
    assert {k for k, t in kinds if t.startswith("The foundation spent")} == {"body"}
    assert [k for k, t in kinds if "Copyright" in t] == ["front_matter"]


def test_a_contents_pages_rows_stop_at_its_last_entry() -> None:
    # a short report: the title, its contents and the first section's heading and text on one page
    d = _Pages()
    d.line("Field Study of Rural Clinics", 24, "Times-Bold")
    d.gap(14)
    d.line("Contents", 12, "Times-Bold")
    d.gap(4)
    for n, name in enumerate(["Introduction", "Methods", "Results", "Discussion", "Conclusions", "References",
                              "Annex A: Survey", "Annex B: Tables"], 1):
        d.leader(f"{n} {name}", n)
    d.gap(10)
    d.line("1 Introduction", 14, "Times-Bold")
    d.gap(4)
    d.para("In 2021 the ministry counted 312 clinics in the northern districts, of which 48 had closed since 2019.")
    d.new()
    d.body(range(2, 4))
    result = process(source_of(d.pdf()))
    assert [p.kind for p in result.paragraphs if "312 clinics" in p.text] == ["body"]
    assert any(f.text == "312" for f in result.facts)


@pytest.mark.parametrize(("text", "after", "kind"), [
    ("The statute provides that the buyer may recover the price paid . . . . .", "We agree and affirm.", "body"),
    ("He paused, and then said nothing.....", "She waited for him to go on.", "body"),
    ("He paused, and then said nothing……", None, "body"),
    ("Shell Builtin Commands . . . . . . . . . . . .", "41", "table"),  # the number on a line of its own
])
def test_a_paragraph_closed_by_dots_is_an_entry_only_with_its_page_number(text: str, after: str | None,
                                                                         kind: str) -> None:
    assert body_kind(text, "The court heard the appeal in 2021.", after) == kind


def test_a_word_of_numeral_letters_is_no_entrys_number() -> None:
    # "civil" is lower-case numeral letters, no numeral; both routes read an entry by one definition
    assert body_kind("civil", "Preface . . . . . . . . . . vii", None) != "table"
    assert not is_contents_entry("Nobody there was ever..... civil")
    assert not is_contents_page(["Nobody there was ever..... civil"])
    assert is_contents_page(["Preface..................vii"]) and is_contents_entry("Preface..................vii")


def test_a_superscript_digit_at_a_pages_edge_leaves_the_document_whole() -> None:
    d = _Pages()
    d.line("A Note on Clinics", 20, "Times-Bold")
    d.gap(10)
    for _ in range(3):
        for _ in range(4):
            d.para(PROSE * 2)
        d.c.setFont("Times-Roman", 8)
        d.c.drawString(72, 60, "\u00b9")
        d.c.drawString(72, 50, "The survey of 2021, see annex.")
        d.new()
    result = process(source_of(d.pdf()))
    assert any(p.kind == "body" and p.text.startswith("The foundation spent") for p in result.paragraphs)


def test_a_paged_texts_form_page_is_no_table_of_contents() -> None:
    instructions = "Application for a Research Grant\n\nGrants of up to 50,000 euros are awarded each year.\n\n" \
                   "The panel meets in Geneva on 12 September 2022.\n"
    body = "\n\n".join(wrap(PROSE * 2) for _ in range(4))
    form = "\n\n".join(f"{field} {'.' * 40}" for field in ("Name of applicant", "Institution", "Address", "Date"))
    blocks = _text_route("\f".join([instructions, body, body, form]))
    assert [b.kind for b in blocks if "50,000 euros" in b.text] == ["body"]
