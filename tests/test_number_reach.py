"""The number patterns tried only at the places before their reach's last match find what they find at every place.

`number_forms._form` writes a pattern as its opening, its reach and the rest, and `within_reach` leaves out the places
after the reach's last match. Checked on texts made of the pieces each reach reads (currency codes, symbols and names
after an amount, "in", "out of", "every", dashes, "to", "and", per cent, "times", ordinal endings, a temperature's
letter) beside digits, number words and scales, with the places every pattern is tried at: runs of digits, the
starts of numerals and every character.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.base import digit_starts, forget_paragraphs, matches_at
from scoexport.extract.number_forms import _forms, cued_patterns, within_reach
from scoexport.extract.numeral_scan import numeral_starts

_PIECES = ["7", "21", "2019", "1,500", "3.5", "250’000", "1", "3", " ", "  ", "-", "–", "—", "−", "/", ".", ",", "#",
           " in ", " In ", " out of ", " every ", " to ", " TO ", " and ", "%", " percent", " per cent", " times",
           " TIMES", "st", "nd", "th", "rd", "º", "ª", "e", "er", "ère", "ème", "F", "C", "x", "A", " million", "bn",
           " USD", "USD", " EUR", " €", "€", "$", " dollars", " US dollars", " euros", " de euros", " d'euros",
           " рублей", " Franken", "two", "twenty", "five", " a ", "half", " thirds", " quarter", "the ", "İ", "\u212a"]
texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


def _spans(pattern, text: str, places) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [m.span() for m in matches_at(pattern, text, places)]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_places_within_reach_find_every_match(text: str) -> None:
    """Each pattern with a reach finds the same matches at the places within its reach as at all of them: at the
    runs of digits, at the numerals' starts, and at every character."""
    forget_paragraphs()
    everywhere = list(range(len(text)))
    for places in (list(digit_starts(text)), numeral_starts(text), everywhere):
        for _kind, _where, pattern, _cue, reach in cued_patterns():
            if reach is not None:
                assert _spans(pattern, text, within_reach(reach, text, places)) == _spans(pattern, text, places), \
                    (pattern.pattern[:60], reach.pattern[:60])


def test_most_patterns_have_a_reach() -> None:
    """The patterns that need something after their numeral have a reach; a plain number has none."""
    reached = {(kind, reach is not None) for kind, _where, _pattern, reach in _forms()}
    assert {("money", True), ("proportion", True), ("range", True), ("percent", True), ("times", True),
            ("ordinal", True), ("temperature", True), ("number", False)} <= reached


def test_places_after_the_last_reach_are_left_out() -> None:
    """"5 and 6 ... 30" holds a range's joint before 6 only: the places of 6 and 30 are not tried; a text with no
    joint tries none; a pattern with no reach keeps every place."""
    ranges = next(reach for kind, _w, _p, _c, reach in cued_patterns() if kind == "range")
    text = "Between 5 and 6 people came on day 30"
    places = list(digit_starts(text))
    assert within_reach(ranges, text, places) == places[:1]
    assert within_reach(ranges, "On day 30 of 2019", list(digit_starts("On day 30 of 2019"))) == []
    assert within_reach(None, text, places) == places
    codes = next(reach for kind, w, p, _c, reach in cued_patterns() if kind == "money" and "code" in p.groupindex
                 and w == "digit")
    assert within_reach(codes, "It cost 40 USD and 5 more", [8, 19]) == [8]


def test_a_reach_is_read_as_its_pattern_reads_it() -> None:
    """A case-blind pattern's reach is case-blind ("5 TIMES"); an ordinal's ending counts after a digit only ("the"
    holds no "th" a digit ends with)."""
    times = next(reach for kind, _w, p, _c, reach in cued_patterns() if kind == "times" and reach is not None)
    assert within_reach(times, "5 TIMES", [0]) == [0]
    ordinal = next(reach for kind, _w, p, _c, reach in cued_patterns() if kind == "ordinal" and reach is not None)
    assert within_reach(ordinal, "In 2019 the other", [3]) == []
    assert within_reach(ordinal, "the 21st", [4]) == [4]
