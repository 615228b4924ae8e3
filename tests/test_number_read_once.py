"""The number patterns that read their digits once (`numerals.read_once`) find what they find reading them again.

Each pattern with an atomic group is compared with the same pattern without it, match by match and group by group, on
texts made of digits grouped every way the patterns group them, the separators after a shorter reading of them (a
digit, ",", ".", "’", "'"), scales, and what each pattern needs after a numeral (spaces, per cent, dashes, "to",
"and", "in", "out of", "times", currency codes, symbols and names), and letters right after digits.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.number_forms import patterns
from scoexport.extract.numerals import DIGITS, read_once

_PIECES = ["5", "12", "2019", "1,234", "1,234,567", "250’000", "250’0005", "3'5", "2.5", "1.", ".5", ",5", "’", "'",
           "0", " ", "  ", "-", "–", "—", "−", "/", "%", " %", " percent", " per cent", " to ", " and ", " in ",
           " out of ", " every ", " times", " TIMES", " million", "million", "-million", " Millionen", " bn", "bn",
           "m", "k", " USD", "USD", "EUR", "$", " $", "€", " €", "US$", "R$", "A", "x", "a", " dollars", " euros",
           " de euros", " d'euros", " рублей", " Franken", "two", " five", "st", "th", ")"]
texts = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)

_ONCE = read_once(DIGITS)


def _read_again(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.replace(_ONCE, DIGITS), pattern.flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _read_once_patterns() -> list[re.Pattern[str]]:
    return [pattern for _kind, _where, pattern in patterns() if _ONCE in pattern.pattern]


@settings(max_examples=800, deadline=None)
@given(texts)
def test_digits_read_once_change_no_match(text: str) -> None:
    """Every pattern that reads its digits once finds the same matches, with the same groups, as it does reading them
    again shorter where the rest fails, at every place of the text."""
    for pattern in _read_once_patterns():
        assert _found(pattern, text) == _found(_read_again(pattern), text), pattern.pattern[:80]
        for at in range(len(text)):
            once, again = pattern.match(text, at), _read_again(pattern).match(text, at)
            assert (once and (once.span(), once.groupdict())) == (again and (again.span(), again.groupdict()))


def test_the_patterns_read_once_are_those_a_space_or_a_word_follows() -> None:
    """Money with a code, symbol or currency word after the amount, proportions, ranges, percentages and "N times"
    read their digits once; a plain number, whose look ahead alone follows the digits, reads them as before."""
    kinds = {kind for kind, _where, pattern in patterns() if _ONCE in pattern.pattern}
    assert kinds == {"money", "proportion", "range", "percent", "times"}
    plain = [p for kind, where, p in patterns() if kind == "number" and where == "digit"]
    assert plain and _ONCE not in plain[0].pattern


def test_digits_read_once_where_a_shorter_reading_could_match() -> None:
    """Where a shorter reading would match, the digits must be read again: "250’0005" holds the number 250 before
    its apostrophe (the plain number pattern keeps that reading); read once, "250’000" then "5" leaves none."""
    plain = next(p for kind, where, p in patterns() if kind == "number" and where == "digit")
    assert plain.match("250’0005").group() == "250"
    once = re.compile(plain.pattern.replace(DIGITS, _ONCE, 1), plain.flags)
    assert once.match("250’0005") is None
