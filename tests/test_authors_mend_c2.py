"""Reviewer C's findings on authors (session 11): a place or an institution set alone on a title page is no author,
what follows a name in capitals and is no word of it (a roman numeral, a degree, a paper's initials) stays as
written, and a site named for its town ("Charlotte Observer") is no person's own site."""
from __future__ import annotations

import io

import pytest

from scoexport import process
from scoexport.authors import page_authors
from scoexport.clean.bylines import names_line
from scoexport.records import AuthorEvidence

from .test_pdf import source_of

SENTENCE = ("District health teams reported on the supply of medicines to rural clinics, and the workshop agreed on "
            "the steps each team would take before the next meeting of the regional board.")


def _proceedings(lines: list[str]) -> bytes:
    """A workshop's proceedings: a title page (the title, then its lines in a smaller type), a contents page with
    dot leaders, then three pages of running text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 24)
    c.drawString(90, 700, "Rural Health Systems")
    c.setFont("Times-Roman", 12)
    y = 660.0
    for line in lines:
        c.drawString(90, y, line)
        y -= 22
    c.showPage()
    c.setFont("Times-Bold", 14)
    c.drawString(90, 740, "Contents")
    c.setFont("Times-Roman", 11)
    for n, part in enumerate(["Introduction", "Programmes", "Finances", "Outlook", "Annexes"]):
        c.drawString(90, 710 - 16 * n, f"{n + 1} {part} {'. ' * 30}")
        c.drawRightString(505, 710 - 16 * n, str(3 + n))
    c.showPage()
    for page in range(3):
        c.setFont("Times-Roman", 11)
        y = 740.0
        for _ in range(24):
            c.drawString(90, y, SENTENCE[:90])
            y -= 14
        c.drawCentredString(297, 60, str(page + 3))
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_place_on_a_title_page_is_not_the_books_author() -> None:
    lines = ["Proceedings of the Regional Workshop", "Victoria Falls", "12 June 2019"]
    assert process(source_of(_proceedings(lines))).metadata.authors == []


def test_a_person_on_a_title_page_is_still_its_author() -> None:
    lines = ["Proceedings of the Regional Workshop", "12 June 2019", "Osamu Aoki"]
    assert process(source_of(_proceedings(lines))).metadata.authors == ["Osamu Aoki"]


@pytest.mark.parametrize("line", ["Victoria Falls", "Santa Clara, California", "Grace Hopper Academy", "Jackson Free Press"])
def test_places_and_institutions_are_no_line_of_names(line: str) -> None:
    assert names_line(line) is None


@pytest.mark.parametrize("line", ["Osamu Aoki", "Jane Morrow", "Jane Doe | Analyst", "Ann Lee and Bo Chan",
                                  "Jean Dupont et Marie Curie"])
def test_lines_of_peoples_names_are_read(line: str) -> None:
    assert names_line(line) is not None


@pytest.mark.parametrize(("field", "authors"), [
    ("John Smith III", ["John Smith III"]),
    ("JOHN SMITH III", ["John Smith III"]),
    ("Jane Doe MPH", ["Jane Doe MPH"]),
    ("Jane Doe NYT", ["Jane Doe NYT"]),
    ("JANE DOE MBA", ["Jane Doe MBA"]),
    ("Patrick ANGEVIN", ["Patrick Angevin"]),  # a surname in capitals after a given name, as French bylines set it
    ("TOM KRISHER", ["Tom Krisher"]),
    ("XI JINPING", ["Xi Jinping"]),  # a name opens with no numeral
])
def test_what_follows_a_name_in_capitals_and_is_no_word_stays_as_written(field: str, authors: list[str]) -> None:
    assert page_authors(AuthorEvidence(meta=field)) == authors


@pytest.mark.parametrize("site", ["Victoria Advocate", "Charlotte Observer", "Austin Chronicle", "Jackson Free Press"])
def test_a_site_named_for_its_town_alone_in_the_author_field_is_no_author(site: str) -> None:
    assert page_authors(AuthorEvidence(meta=site), publisher=site) == []


def test_a_persons_own_site_named_for_them_is_still_theirs() -> None:
    assert page_authors(AuthorEvidence(meta="Pamela Anderson"), publisher="Pamela Anderson") == ["Pamela Anderson"]
