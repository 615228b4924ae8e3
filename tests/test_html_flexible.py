"""Flexible matching runs the regex `pattern(text)` without compiling it: same span on every source."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.parse.html.decoded import DecodedSource
from scoexport.parse.html.flexible import Flexible, pattern
from scoexport.parse.html.offsets import TextLocator

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


def _first_outside_markup(text: str, source: str, pos: int, letters_too: bool) -> tuple[int, int] | None:
    """The regex's match, passing over every match that starts inside a tag (searching on from the tag's end)."""
    locator = TextLocator(source)
    compiled = pattern(text, letters_too)
    while (m := compiled.search(source, pos)) is not None:
        tag_end = locator._inside_tag(m.start())
        if tag_end is None:
            return m.span()
        pos = tag_end
    return None


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(TEXT_PIECES), min_size=1, max_size=8),
       st.lists(st.sampled_from([*SOURCE_PIECES, '<a href="/a?b=1&amp;c=ab">', "<!-- a b -->", "<i class='ab x'>"]), max_size=30),
       st.integers(0, 5), st.booleans())
def test_starts_inside_markup_are_passed_over(text: list[str], source: list[str], pos: int, letters_too: bool) -> None:
    text_str, source_str = "".join(text), "".join(source)
    locator = TextLocator(source_str)
    expected = _first_outside_markup(text_str, source_str, pos, letters_too)
    assert Flexible(text_str, letters_too).search(source_str, pos, locator._inside_tag) == expected


def test_backtracking_past_a_run_of_spaces_that_took_an_entity() -> None:
    # the run of spaces takes " &amp; " first; the match needs it to give back the entity to the "&"
    source = '<a href="/x?a=1&amp;b=2">Risk &amp; Compliance</a> <p>Risk  &amp;&nbsp;Compliance</p>'
    for text in ("Risk & Compliance", "Risk &  Compliance"):
        assert Flexible(text).search(source) == pattern(text).search(source).span()
    locator = TextLocator(source)
    start = source.index("Risk")
    assert Flexible("Risk & Compliance").search(source, 0, locator._inside_tag) == (start, source.index("</a>"))


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(TEXT_PIECES), min_size=1, max_size=8),
       st.lists(st.sampled_from([*SOURCE_PIECES, "&lt;", "&#59;", "&#35;", "&#x26;", " &amp; ", '<a href="/a?b=1&amp;c=ab">',
                                 "<!-- a b -->"]), max_size=30), st.integers(0, 5))
def test_a_text_found_decoded_is_where_the_flexible_search_finds_it(text: list[str], source: list[str], pos: int) -> None:
    # the decoded source's answer is taken only where it is the flexible search's: same span, same cursor after
    text_str, source_str = "".join(text).strip(), "".join(source)
    if not text_str:
        return
    fast, flexible = TextLocator(source_str), TextLocator(source_str)
    fast.cursor = flexible.cursor = pos
    assert fast._locate_spelled(text_str) == flexible._locate_flexibly(text_str)
    assert fast.cursor == flexible.cursor


def test_the_decoded_source_maps_its_offsets_to_the_sources() -> None:
    source = '<p class="x">Don&rsquo;t stop &amp; go &#8212; &bogus; now</p>'
    decoded = DecodedSource(source)
    assert decoded.text == '<p class="x">Don’t stop & go — &bogus; now</p>'
    for d in range(len(decoded.text) + 1):
        assert decoded.to_decoded(decoded.to_source(d)) == d
    locator = TextLocator(source)
    start, end = decoded.find("Don’t stop & go —", 0, locator._inside_tag)
    assert source[start:end] == "Don&rsquo;t stop &amp; go &#8212;"


def test_a_spelling_the_flexible_pattern_reads_otherwise_is_left_to_it() -> None:
    # "Risk &amp; Compliance": the run of spaces takes "&amp;" first, then gives it back at once ("C" is no "&")
    plain = DecodedSource("<li>Risk &amp; Compliance</li>")
    assert plain.plainly_spelled(4, plain.source.index("</li>"))
    # after "&amp;" another reference: the "&" may match it, and the match the pattern finds is another
    doubled = DecodedSource("<li>Tom &amp;&#8217;s</li>")
    assert not doubled.plainly_spelled(4, doubled.source.index("</li>"))
    # a letter written as a reference: words are matched as written
    letter = DecodedSource("<li>R&#105;sk</li>")
    assert not letter.plainly_spelled(4, letter.source.index("</li>"))
