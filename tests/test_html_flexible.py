"""Flexible matching runs the regex `pattern(text)` without compiling it: same span on every source."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.parse.html.flexible import Flexible, pattern

# the pieces that make the two disagree if anything does: entities with and without semicolons, stray
# and broken tags, runs of spaces, ampersands, characters written both ways
SOURCE_PIECES = ["a", "b", "ab", "&#97;", "&#x62;", "x", " ", "  ", "\n", "&", ";", "&amp;", "&rsquo;", "&rsquo",
                 "&#8217;", "&nbsp;", "&nbsp", "<b>", "</i>", "<", ">", "<br/>", "’", "é", "&eacute;", ".", ",", "'", "a&b", "#"]
TEXT_PIECES = ["a", "b", "ab", "x", " ", "’", "é", ".", ",", "&", ";", "<", "'", "a’b", "#", "\n"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(TEXT_PIECES), min_size=1, max_size=8),
       st.lists(st.sampled_from(SOURCE_PIECES), max_size=30), st.integers(0, 5), st.booleans())
def test_flexible_finds_what_the_regex_finds(text: list[str], source: list[str], pos: int, letters_too: bool) -> None:
    text_str, source_str = "".join(text), "".join(source)
    m = pattern(text_str, letters_too).search(source_str, pos)
    assert Flexible(text_str, letters_too).search(source_str, pos) == (m.span() if m else None)


def test_a_page_spelling_found() -> None:
    source = "<p>Don&rsquo;t  <b>stop</b>&nbsp;now &amp; then.</p> Don’t stop now & then."
    text = "Don’t stop now & then."
    assert Flexible(text).search(source) == pattern(text).search(source).span() == (3, source.index("</p>"))
    assert Flexible(text).search(source, 4) == pattern(text).search(source, 4).span()
    assert Flexible("nowhere").search(source) is None


def test_a_long_run_of_spaces_is_no_recursion() -> None:
    source = "a" + " " * 5000 + "b"
    assert Flexible("a b").search(source) == (0, 5002)
