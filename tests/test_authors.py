"""Authors of both routes come from scoexport.authors: byline lines and author fields."""
from __future__ import annotations

from scoexport.authors import document_authors, page_authors, parse_byline, split_names
from scoexport.records import AuthorEvidence


def test_a_byline_gives_names_without_honorifics_and_the_affiliation_after_them() -> None:
    assert parse_byline("By Dr. Ana Silva and JOHN ROE, Senior Fellow, Eastern Studies Institute") == (
        ["Ana Silva", "John Roe"], "Senior Fellow, Eastern Studies Institute")
    assert parse_byline("Written by Prof. Lee Min") == (["Lee Min"], None)


def test_an_author_field_is_a_list_of_names_without_links_or_roles() -> None:
    assert split_names("Ann Lee, Bo Chan & Cy Diaz") == ["Ann Lee", "Bo Chan", "Cy Diaz"]
    assert split_names("https://example.org/staff") == []


def test_the_most_explicit_place_that_names_anyone_wins() -> None:
    both = AuthorEvidence(structured=["Ann Lee"], meta="Bo Chan", itemprop="Cy Diaz", bylines=["By Di Eng"])
    assert page_authors(both) == ["Ann Lee"]
    assert page_authors(AuthorEvidence(meta="https://example.org", itemprop="Cy Diaz")) == ["Cy Diaz"]
    assert page_authors(AuthorEvidence(bylines=["https://example.org/share", "By Di Eng and Di Eng"])) == ["Di Eng"]


def test_a_page_without_named_authors_takes_the_byline_blocks_with_its_affiliation() -> None:
    assert document_authors([], AuthorEvidence(), "By Ana Silva, Reuters") == (["Ana Silva"], "Reuters")
    assert document_authors([], AuthorEvidence(meta="Bo Chan"), "By Ana Silva, Reuters") == (["Bo Chan"], "Reuters")
