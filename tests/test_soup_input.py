"""BeautifulSoup objects handed to the Python API: `scoexport.process(soup)` reads the HTML they hold."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

import scoexport
from scoexport.records import DocumentResult
from scoexport.sources.inputs import read_source
from scoexport.sources.soup import SOUP_PATH, is_soup

from .test_html import FIXTURES


def texts(result: DocumentResult) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in result.paragraphs]


@pytest.mark.parametrize("builder", ["html.parser", "lxml"])
def test_a_soup_gives_the_same_document_as_its_file(builder: str) -> None:
    path = FIXTURES / "furniture.html"
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), builder)
    result = scoexport.process(soup)
    from_file = scoexport.process(read_source(str(path)))
    assert result.source.format == "html" and result.source.path == SOUP_PATH
    assert texts(result) == texts(from_file)
    assert result.metadata == from_file.metadata
    for p in result.paragraphs:  # offsets point into the HTML the soup serializes to
        start, end = p.spans[0]
        assert result.source.text[start:end].split()[0] == p.text.split()[0]


def test_a_tag_of_a_soup_is_read_as_that_part_of_the_page() -> None:
    soup = BeautifulSoup((FIXTURES / "furniture.html").read_text(encoding="utf-8"), "html.parser")
    result = scoexport.process(soup.find("article"))
    kinds = [p.kind for p in result.paragraphs]
    assert kinds[0] == "title" and result.paragraphs[0].text == "River towns vote on flood walls"
    assert "We use cookies" not in result.source.text  # only the article's markup was handed in


def test_only_soups_are_soups() -> None:
    soup = BeautifulSoup("<p>x</p>", "html.parser")
    assert is_soup(soup) and is_soup(soup.p)
    assert not is_soup(soup.p.string) and not is_soup("<p>x</p>") and not is_soup(b"<p>x</p>")
