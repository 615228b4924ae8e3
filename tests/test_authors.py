"""Authors of both routes come from scoexport.authors: byline lines and author fields."""
from __future__ import annotations

from scoexport.authors import parse_byline, split_names


def test_a_byline_gives_names_without_honorifics_and_the_affiliation_after_them() -> None:
    assert parse_byline("By Dr. Ana Silva and JOHN ROE, Senior Fellow, Eastern Studies Institute") == (
        ["Ana Silva", "John Roe"], "Senior Fellow, Eastern Studies Institute")
    assert parse_byline("Written by Prof. Lee Min") == (["Lee Min"], None)


def test_an_author_field_is_a_list_of_names_without_links_or_roles() -> None:
    assert split_names("Ann Lee, Bo Chan & Cy Diaz") == ["Ann Lee", "Bo Chan", "Cy Diaz"]
    assert split_names("https://example.org/staff") == []
