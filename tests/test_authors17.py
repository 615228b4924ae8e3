"""Authors a document names where news pages have no byline: a book's title page crediting a body or people by their
initials (authors17). Examples are made up in the shape of the cause."""
from __future__ import annotations

import hashlib

from scoexport.clean import clean
from scoexport.clean.bylines import credit_names
from scoexport.parse.text import parse_text
from scoexport.records import Metadata, Source

FILLER = ("The volunteers counted the birds along the shore every weekend and wrote their numbers into a shared "
          "notebook, which the society kept in its library for anyone who wished to read it later on.")


def _book(title_page: str, title: str = "A Field Guide to Harbour Birds") -> Metadata:
    """A book as pdftotext writes it: the title page, then pages under a running header repeating the title."""
    pages = [f"{title}\n{title_page}\nlast updated 9 April 2021\n"]
    pages += [f"{title}\n\n{FILLER}\n\n{FILLER}\n\n{n}\n" for n in range(1, 5)]
    text = "\f".join(pages)
    source = Source("book.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    return clean(parse_text(source))[2]


def test_a_title_page_credit_names_a_team_and_people_by_initials() -> None:
    assert credit_names("Harbour Survey Team") == ["Harbour Survey Team"]
    assert credit_names("Ingrid Moe and the Harbour Survey Team") == ["Ingrid Moe", "Harbour Survey Team"]
    assert credit_names("K. L. Fenwick, T. Osei") == ["K. L. Fenwick", "T. Osei"]
    assert credit_names("and the Harbour Survey Team") == ["Harbour Survey Team"]
    assert credit_names("Coastal Bird Group (https://birds.example.org)") == ["Coastal Bird Group"]


def test_a_subtitle_or_an_edition_line_is_no_credit() -> None:
    assert credit_names("Notes on Birds: A Guide for Walkers and Watchers") == []
    assert credit_names("Reference Documentation for Birders") == []
    assert credit_names("Edition 3.1 (2021-04-09)") == []
    assert credit_names("Ingrid Moe") == []  # a person's full name alone: `names_line`'s
    assert credit_names("By the Harbour Survey Team") == []  # a byline's label: `parse_byline`'s


def test_a_manual_signed_by_its_team_on_the_title_page_has_that_team_as_author() -> None:
    assert _book("Harbour Survey Team").authors == ["Harbour Survey Team"]
    assert _book("Ingrid Moe\nand the Harbour Survey Team").authors == ["Ingrid Moe", "Harbour Survey Team"]
    assert _book("K. L. Fenwick, T. Osei\nand the Harbour Survey Team").authors == [
        "K. L. Fenwick", "T. Osei", "Harbour Survey Team"]
    assert _book("Notes on Birds: A Guide for Walkers and Watchers").authors == []


def test_an_institution_after_a_persons_name_is_no_author_even_with_and_in_it() -> None:
    assert credit_names("Research Fellow, Centre for Trade and Society") == []
    assert credit_names("Ingrid Moe, Institute of Birds and Society") == []


def _article(role: str) -> Metadata:
    pages = [f"Gulls Return to the Harbour\nBy Ingrid Moe,\n{role}\nPublished on 9 April 2021\n\n{FILLER}\n"]
    pages += [f"{FILLER}\n\n{FILLER}\n\n{n}\n" for n in range(2, 5)]
    text = "\f".join(pages)
    source = Source("a.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    return clean(parse_text(source))[2]


def test_a_labelled_byline_and_the_role_line_under_it_keep_the_byline_reading() -> None:
    # the desk or institution under a news byline is where the author works, not a second author
    assert _article("Research Fellow, Centre for Trade and Society").authors == ["Ingrid Moe"]
    assert _article("Harbour Survey Team").authors == ["Ingrid Moe"]


def _hcard_page(body: str) -> list[str]:
    from lxml import html as lxml_html

    from scoexport.authors import page_authors
    from scoexport.parse.html.meta import page_metadata

    root = lxml_html.fromstring(f"<html><head><title>A walk</title></head><body>{body}</body></html>")
    return page_authors(page_metadata(root, [])[2])


def test_the_entrys_author_hcard_names_the_author_where_no_byline_does() -> None:
    header = ('<header><span class="posted-on">April 9, 2021</span> <span class="byline">Posted by '
              '<span class="author vcard"><a class="url fn n" href="/author/im/">Ingrid Moe</a></span></span></header>')
    assert _hcard_page(f"<article>{header}<p>We walked to the harbour.</p></article>") == ["Ingrid Moe"]
    # the card's own element may be the formatted name
    assert _hcard_page('<p class="meta">by <span class="author vcard fn">Tomas Berg</span></p><p>x</p>') == ["Tomas Berg"]


def test_a_commenters_hcard_or_a_desk_label_is_no_author() -> None:
    comments = ('<p>We walked to the harbour.</p><ol class="comment-list"><li><div class="comment-author vcard">'
                '<cite class="fn">Tomas Berg</cite></div><p>Nice walk!</p></li></ol>')
    assert _hcard_page(comments) == []
    assert _hcard_page('<p>x</p><div class="commentlist"><span class="author vcard"><span class="fn">Tomas Berg'
                       '</span></span></div>') == []
    assert _hcard_page('<p>x</p><span class="author vcard"><span class="fn">Redaktion</span></span>') == []


def _acronyms(text: str) -> list[tuple[str, str]]:
    from scoexport.extract.acronyms import find_definitions

    return [(d.short, d.long) for d in find_definitions(text)]


def test_an_apposition_may_set_the_long_form_in_quotation_marks() -> None:
    assert _acronyms("Maps are kept in HMA, the “Harbour Map Archive” (see below).") == [("HMA", "Harbour Map Archive")]
    assert _acronyms('Maps are kept in HMA, the "Harbour Map Archive", for years.') == [("HMA", "Harbour Map Archive")]
    assert _acronyms("Maps are kept in HMA, the Harbour Map Archive, for years.") == [("HMA", "Harbour Map Archive")]


def test_or_closing_a_list_joins_an_item_not_a_long_form() -> None:
    # the letters of "PASCAL" can be picked from inside the words before: the list is no definition
    assert _acronyms("It lets people access scripts compiled as Lisp, C++, or PASCAL programs.") == []
    assert _acronyms("The Office of Fisheries, Oceans and Lighthouses, or OFOL, said so.") == [
        ("OFOL", "Office of Fisheries, Oceans and Lighthouses")]


def test_a_closing_guillemet_set_apart_by_a_space_ends_the_long_form() -> None:
    assert _acronyms("Elle suit la « Charte des Ports Libres » (CPL) depuis 2001.") == [("CPL", "Charte des Ports Libres")]
    assert _acronyms("Elle suit la «\u00a0Charte des Ports Libres\u00a0» (CPL) depuis 2001.") == [
        ("CPL", "Charte des Ports Libres")]
