"""The number and identifier patterns' prefilters find what the patterns find without them.

A prefilter may only leave out work that cannot match: a scale's words are tried only where spaces or a hyphen and
one of their first letters follow (`numerals._scale_guard`), the patterns that read a currency symbol only in a
paragraph that holds one (`number_forms._symbol_pieces`), and a code only at a capital whose group ends at a dash
(`codes._code_starts`). Checked on texts made of the pieces that matter: digits grouped with commas, points and
apostrophes, scale words and their abbreviations in both cases, the characters case-blind matching folds to an
ASCII letter (the Kelvin sign, the long s, the dotted capital I), currency symbols and look-alikes ("A", "R$",
"Rs"), dashes of three kinds, and letters beside them.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.base import forget_paragraphs, matches_at
from scoexport.extract.identifiers import codes
from scoexport.extract.number_forms import _symbol_pieces, patterns
from scoexport.extract.numerals import _scale_guard
from scoexport.extract.tokens import tokens

NUMBER_PIECES = ["1", "2019", "12", "1,234", "250’000", "3'5", "2.5", ".", ",", "’", "'", " ", "  ", "-", "–", "—", "−",
                 " to ", " and ", " in ", " out of ", " every ", "%", " percent", " per cent", " times", "million",
                 " million", "Million", " MILLION", "bn", "m", "M", "k", "K", "\u212a", "ſ", "İ", " Mrd.", " Millionen",
                 " миллиона", " млн", " लाख", " crore", " dozen", " hundred", " thousand", " more", "-billion-year",
                 "$", "US$", "HK$", "£", "€", " €", "Rs", "Rs.", "R$", "A", "C", "S", "U", " USD", "USD ", " dollars",
                 " euros", " de euros", " d'euros", " рублей", "st", "th", "º", "ème", "er", "F", "C", "½", "/", "#",
                 "two", "twenty", "-five", " a half", "a ", "x", "Q"]
# an amount as the patterns read one: what stands before it, digits, what joins a scale, the scale, what follows
_AMOUNTS = st.tuples(st.sampled_from(["", " ", "$", "US$", "£", "Rs. ", "USD ", "A", "x", "-", ".", " between "]),
                     st.sampled_from(["5", "2019", "1,234", "250’000", "2.5", "12", "two", "a"]),
                     st.sampled_from(["", " ", "  ", "-", "\u00a0"]),
                     st.sampled_from(["", "million", "Million", "MILLION", "bn", "m", "M", "k", "K", "\u212a", "ſ", "İ",
                                      "Mrd.", "Millionen", "млн", "миллиона", "लाख", "crore", "dozen", "hundred",
                                      "billion-year", "more", "and", "to"]),
                     st.sampled_from(["", " ", ".", " dollars", " €", "€", "$", "%", " percent", " to 6", "-7", " times",
                                      " of every 3", "st", "x", " de euros"])).map("".join)
numbers = st.lists(_AMOUNTS | st.sampled_from(NUMBER_PIECES), max_size=10).map("".join)


def _unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace(_scale_guard(), ""), pattern.flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(numbers)
def test_scale_guard_changes_no_match(text: str) -> None:
    """Every number pattern finds the same matches, with the same groups, as it does without the scale's guard."""
    for _kind, _where, pattern in patterns():
        assert _found(pattern, text) == _found(_unguarded(pattern), text), pattern.pattern[:80]


def test_scale_guard_is_in_every_scale() -> None:
    """The guard stands before each scale the patterns read (so the test above compares something)."""
    guarded = [p for _k, _w, p in patterns() if _scale_guard() in p.pattern]
    assert len(guarded) >= 10
    assert _found(guarded[0], "2.5 million") == _found(_unguarded(guarded[0]), "2.5 million")


@settings(max_examples=400, deadline=None)
@given(numbers)
def test_symbol_patterns_match_only_where_a_piece_is_written(text: str) -> None:
    """A pattern that reads a currency symbol matches nowhere in a text that holds none of the symbols' pieces."""
    if any(piece in text for piece in _symbol_pieces()):
        return
    for _kind, where, pattern in patterns():
        if where == "symbol" or "after" in pattern.groupindex:
            assert not _found(pattern, text), pattern.pattern[:80]


def test_symbol_pieces_cover_the_dollars() -> None:
    """"US$ 5" and "Rs. 40" hold a piece; "A 5" holds none (the capital alone is no symbol)."""
    assert any(p in "US$ 5" for p in _symbol_pieces()) and any(p in "Rs. 40" for p in _symbol_pieces())
    assert not any(p in "A 5" for p in _symbol_pieces())


CODE_PIECES = ["FAA", "2020", "0686", "AD", " ", "-", "–", "\u2011", "- ", "W12", "140", "mid", "Covid", "19", "iPhone",
               "eBay", "x", "É", "_", ".", "9", "A", "b", "Z", "ß", "Ä", "\u0663", ", ", "(", "NM", "035"]
code_texts = st.lists(st.sampled_from(CODE_PIECES), max_size=16).map("".join)


@settings(max_examples=400, deadline=None)
@given(code_texts)
def test_code_starts_find_every_code(text: str) -> None:
    """Tried at the capitals before a dash, the code pattern finds what it finds at every capital of the text."""
    forget_paragraphs()
    at_capitals = [m.span() for m in matches_at(codes._CODE, text, tokens(text).capitals)]
    assert [m.span() for m in matches_at(codes._CODE, text, codes._code_starts(text))] == at_capitals
    assert [m.span() for m in codes._CODE.finditer(text)] == at_capitals


def test_code_starts_are_few() -> None:
    """In prose only the groups before a dash are tried: "FAA" and "2020" of "FAA-2020-0686"; not the capitals around,
    nor "mid-2019", whose group before the dash opens with no capital."""
    text = "The FAA said Boeing filed FAA-2020-0686 on Monday, a mid-2019 notice."
    assert codes._code_starts(text) == [text.index("FAA-"), text.index("2020")]
