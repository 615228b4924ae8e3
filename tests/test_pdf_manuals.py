"""A PDF manual's front matter and page furniture: title page, copyright page, contents over several pages, running
headers with the manual's title or the chapter's name and the page number (arabic or roman). None of it is running
text, so none of it gives facts; the edition's date on the copyright page is the manual's published date."""
from __future__ import annotations

import datetime as dt
import io

import pytest

from scoexport import process
from scoexport.page_numbers import carry_page_numbers, furniture_key

from .test_clean import wrap
from .test_pdf import source_of

SENTENCE = ("A shell waits for each command it runs to finish before it reads the next one, unless the command "
            "is run in the background, and it keeps the exit status of the last one.")
NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _copyright_page(c) -> None:
    c.setFont("Times-Roman", 11)
    c.drawString(90, 700, "This is Edition 5.2, last updated 19 September 2022, of the Shell Handbook.")
    c.drawString(90, 680, "Copyright \u00a9 1988\u20132022 Free Software Foundation, Inc.")
    c.drawString(110, 650, "Permission is granted to copy, distribute and modify this document under the terms")
    c.drawString(110, 637, "of the GNU Free Documentation License, Version 1.3 or any later version.")
    c.showPage()


def _manual(copyright_after: bool = False) -> bytes:
    """Ten pages set as Texinfo and DocBook set a manual: a title page, a copyright page, three contents pages under
    the running header "Shell Handbook ii" (chapter entries in a larger bold type without leaders, sections with dot
    leaders), then chapters whose first pages carry their number alone at the foot and whose other pages carry "Chapter 1:
    Introduction 2" at the head."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(90, 700, "Shell Handbook")
    c.setFont("Helvetica", 14)
    c.drawString(90, 670, "Edition 5.2, for Version 5.2.")
    c.drawString(90, 650, "September 2022")
    c.drawString(90, 200, "Jane Morrow")
    c.showPage()
    if not copyright_after:
        _copyright_page(c)
    chapter = 1
    for roman in ("i", "ii", "iii"):
        c.setFont("Times-Roman", 11)
        c.drawString(90, 800, "Shell Handbook")
        c.drawRightString(505, 800, roman)
        y = 740.0
        if roman == "i":
            c.setFont("Helvetica-Bold", 16)
            c.drawString(90, y, "Contents")
            y -= 40
        for _ in range(4):
            # a chapter's entry in a larger bold type, its number further right than the leaders' numbers
            c.setFont("Times-Bold", 13)
            c.drawString(90, y, f"{chapter} Basic Shell Features")
            c.drawRightString(515, y, str(12 * chapter + 25))
            y -= 18
            c.setFont("Times-Roman", 11)
            for section in range(1, 6):
                c.drawString(105, y, f"{chapter}.{section} Shell Syntax of {section} Kinds {'. ' * 28}")
                c.drawRightString(505, y, str(12 * chapter + 25 + section))
                y -= 14
            chapter += 1
        c.showPage()
    if copyright_after:  # as Sphinx sets it: after the contents, before the first chapter
        _copyright_page(c)
    for page in range(1, 6):
        c.setFont("Times-Roman", 11)
        if page % 2:
            c.drawCentredString(297, 60, str(page))
        else:
            c.drawString(90, 800, f"Chapter {page // 2}: Introduction")
            c.drawRightString(505, 800, str(page))
        y = 740.0
        for k in range(30):
            c.drawString(90, y, SENTENCE[:88] if k % 6 < 5 else "and it keeps the exit status of 3 jobs.")
            y -= 14
        c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("copyright_after", [False, True])
def test_a_manuals_front_matter_contents_and_running_headers_give_no_facts(copyright_after: bool) -> None:
    result = process(source_of(_manual(copyright_after)))
    running = [p for p in result.paragraphs if p.kind in ("body", "heading")]
    assert not any("Copyright" in p.text or "September 2022" in p.text or "Edition" in p.text for p in running)
    assert not any("Basic Shell Features" in p.text or "Shell Syntax" in p.text for p in running)
    assert not any(p.text.startswith(("Shell Handbook", "Chapter")) for p in running)
    numbers = {f.text for f in result.facts if f.kind in NUMERIC and f.paragraph_id in {p.paragraph_id for p in running}}
    assert numbers == {"3"}
    assert result.metadata.published_date == dt.date(2022, 9, 19)
    assert result.metadata.authors == ["Jane Morrow"]  # the title page's line of names
    # the title and copyright pages give the metadata, and no facts: not the edition's date, not the copyright years
    front = {p.paragraph_id for p in result.paragraphs if p.kind == "front_matter"}
    assert front and not [f.text for f in result.facts if f.paragraph_id in front]


def test_a_contents_pages_entries_without_leaders_are_its_rows() -> None:
    result = process(source_of(_manual()))
    chapters = [p for p in result.paragraphs if "Basic Shell Features" in p.text]
    assert chapters and {p.kind for p in chapters} == {"table"}


def test_a_running_header_with_a_roman_page_number_repeats_as_furniture() -> None:
    assert furniture_key("Debian Reference iv") == furniture_key("Debian Reference v") == "debian reference #"
    assert furniture_key("xii Preface") == furniture_key("ix Preface")
    assert furniture_key("Using the civil code") != furniture_key("Using the code")


def test_a_header_keeps_step_with_the_page_numbers_standing_alone() -> None:
    # two chapters' headers alone are too few to tell a numbering; the page numbers alone between them say it is one
    headers = [(7, "Chapter 1: Introduction 2"), (9, "Chapter 2: Definitions 4")]
    assert carry_page_numbers(headers) == set()
    assert carry_page_numbers(headers, [(6, 1), (8, 3)]) == {0, 1}
    assert carry_page_numbers([(9, "Figure 4")], [(6, 1), (8, 3)]) == set()  # one line in step by chance


def test_a_left_hand_pages_header_opens_with_the_page_number() -> None:
    # LaTeX's book classes head a left-hand page with its number first ("4 Chapter 1. Scope of This Document")
    headers = [(11, "4 Chapter 1. Scope of This Document"), (13, "6 Chapter 2. Applying to Become a Member")]
    assert carry_page_numbers(headers, [(10, 3)]) == {0, 1}
    assert carry_page_numbers([(3, "3 Basic Shell Features"), (9, "4 Shell Builtin Commands")], [(10, 3)]) == set()


def _text_route(text: str) -> list:
    import hashlib

    from scoexport.clean import clean
    from scoexport.parse.text import parse_text
    from scoexport.records import Source

    source = Source("m.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    return clean(parse_text(source))[0]


def test_a_manual_extracted_to_text_keeps_its_front_matter_and_contents_out_of_the_text() -> None:
    # pdftotext without its layout: the title page, the copyright page, the contents with each entry's number on a
    # line of its own and its leader closing the title, then the text; pages end with form feeds
    title = "Shell Handbook\n\nEdition 5.2, for Version 5.2.\n\nSeptember 2022\n\nChet Ramey, Case Western Reserve University\n"
    notice = ("This is Edition 5.2, last updated 19 September 2022, of the Shell Handbook.\n\n"
              "Copyright c 1988\u20132022 Free Software Foundation, Inc.\n\n"
              "Permission is granted to copy, distribute and modify this document under the terms of\n"
              "the GNU Free Documentation License, Version 1.3 or any later version.\n")
    entries = "".join(f"{n}\n\n{name} {'. ' * 30}\n\n{3 * n + 1}\n\n" for n, name in
                      enumerate(["Introduction", "Definitions", "Basic Shell Features", "Shell Builtin Commands"], 1))
    body = "\n\n".join(wrap(SENTENCE) for _ in range(6))
    blocks = _text_route("\f".join([title, notice, "Table of Contents\n\n" + entries, "1 Introduction\n\n" + body]))
    running = [b for b in blocks if b.kind in ("body", "heading")]
    assert not any("Copyright" in b.text or "last updated" in b.text or "September 2022" in b.text for b in running)
    assert not any(b.text.strip().isdigit() or "Definitions" in b.text for b in running)
    assert any(SENTENCE[:40] in b.text for b in running)
