"""A given name before a surname in capitals is looked for only at the capital before each word in capitals that a
space opens (`capital_names._given_places`), and found there wherever a scan of every capital finds it: checked on
texts made of given names, words in capitals with apostrophes and hyphens, capitals with marks, and the characters
between (spaces, hyphens, apostrophes, digits, letters joined to the words)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import capital_names
from scoexport.extract.base import forget_paragraphs, matches_at
from scoexport.extract.tokens import tokens

PIECES = ["Tomohiro", "KUBOTA", "Jean", "DUPONT", "O'BRIEN", "VELEZ-GREEN", "Zoë", "Émile", "ÉMILE", " ", "  ", "-", "'",
          "’", ",", ".", "x", "7", "MR", "A", "J", "iPHONE", "eBay", "Ab", "\n", "_"]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_given_places_find_every_pair(text: str) -> None:
    forget_paragraphs()
    pattern = capital_names._SURNAME_IN_CAPITALS
    everywhere = [m.span() for m in matches_at(pattern, text, tokens(text).capitals)]
    assert [m.span() for m in matches_at(pattern, text, capital_names._given_places(text))] == everywhere
    assert [m.span() for m in pattern.finditer(text)] == everywhere


def test_given_places_are_few() -> None:
    """Of "Par Jean DUPONT et Marie Curie", only "Jean" is tried: "DUPONT" is the one word in capitals."""
    text = "Par Jean DUPONT et Marie Curie"
    assert capital_names._given_places(text) == [text.index("Jean")]
