"""The date and line-joining shortcuts find what the full scans find.

`date_context._named_years` scans a paragraph for a year after its noun ("im Jahr 1681") only where a run of digits
opening with "1" or "20" stands after white space (`_year_after_space`); `repair._trailing_word` reads the last word
of a line from its last characters reversed, not the whole line. Checked on texts made of the pieces that matter: the
year nouns of several languages in both cases, years of every century, digits glued to letters, to a hyphen or to
other digits, white space of four kinds (the no-break space and a line break among them), and words longer than the
stretch the shortcut reads.
"""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean.repair import _TAIL, _trailing_word
from scoexport.date_text import DateMatch
from scoexport.extract import date_context
from scoexport.extract.base import forget_paragraphs

_PIECES = ["the year", "The Year", "THE YEAR", "im Jahr", "im Jahre", "des Jahres", "nell'anno", "nell’anno", "el año",
           "del año", "l'an", "l'année", "o ano de", "year", "Jahr", " ", "  ", "\u00a0", "\n", "\t", "-", ".", ",", "%",
           "/", "1681", "1524", "2019", "2099", "2100", "0999", "19", "1", "20", "12345", "x", "a1999", "٢٠١٩", "in"]
texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


def _full_scan(text: str) -> list[DateMatch]:
    """`_named_years` without its shortcut: the pattern run over the whole text."""
    return [DateMatch(m.start("year"), m.end(), m["year"], m["year"], "year", dt.date(int(m["year"]), 1, 1))
            for m in date_context._year_noun().finditer(text)]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_named_years_shortcut_changes_nothing(text: str) -> None:
    forget_paragraphs()
    assert date_context._named_years(text) == _full_scan(text)


def test_named_years_shortcut_skips_paragraphs_without_a_year_after_a_space() -> None:
    """The shortcut does leave paragraphs out (so the test above compares something): a year glued to what stands
    before it, or another number, is no year after a noun; one after a space is tried and found."""
    forget_paragraphs()
    assert not date_context._year_after_space("Model X-2019 costs 350 dollars")
    assert date_context._year_after_space("das ist im Jahr\u00a01681 geschehen")
    assert [d.text for d in date_context._named_years("das ist im Jahr\u00a01681 geschehen")] == ["1681"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "9", "_", " ", "-", ".", "x" * (_TAIL - 1), "y" * _TAIL, "z" * (_TAIL + 5)]),
                max_size=8).map("".join))
def test_trailing_word_reads_the_whole_word(text: str) -> None:
    assert _trailing_word(text) == len(re.match(r"\w*", text[::-1]).group())
