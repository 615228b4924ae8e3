from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport.extract.numbers import words_value

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money")


def numbers(text: str) -> list[tuple]:
    facts, _ = facts_of(text)
    return [(f.kind, f.text, f.value_num, f.unit, f.qualifier) for f in of_kind(facts, *NUMERIC)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nearly 1,250 people fled.", [("number", "1,250", 1250.0, "people", "almost")]),
    ("The fund holds $4.5 billion.", [("money", "$4.5 billion", 4.5e9, "USD", None)]),
    ("Costs reached €20 million.", [("money", "€20 million", 2e7, "EUR", None)]),
    ("He paid 300 rupees for it.", [("money", "300 rupees", 300.0, "INR", None)]),
    ("Kazakhstan raised KZT 12 billion and 40 million EUR.",
     [("money", "KZT 12 billion", 1.2e10, "KZT", None), ("money", "40 million EUR", 4e7, "EUR", None)]),
    ("Turnout was 67.5% this time.", [("percent", "67.5%", 67.5, None, None)]),
    ("Inflation hit 9 per cent.", [("percent", "9 per cent", 9.0, None, None)]),
    ("Some twenty-four delegations attended.", [("number", "twenty-four", 24.0, "delegations", "about")]),
    ("It was the tenth round and the 3rd try.", [("ordinal", "tenth", 10.0, None, None), ("ordinal", "3rd", 3.0, None, None)]),
    ("Two-thirds of voters agreed.", [("fraction", "Two-thirds", 2 / 3, "voters", None)]),
    ("A quarter of the crop was lost.", [("fraction", "A quarter", 0.25, "crop", None)]),
    ("Brazil has won it five times.", [("number", "five times", 5.0, "times", None)]),
    ("She won twice.", [("number", "twice", 2.0, "times", None)]),
    ("It is a 12 member panel.", [("number", "12", 12.0, "member", None)]),
    ("More than 40 other nations signed.", [("number", "40", 40.0, "other nations", "over")]),
])
def test_numbers(text: str, expected: list[tuple]) -> None:
    got = numbers(text)
    assert [g[:2] for g in got] == [e[:2] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[2] == pytest.approx(e[2]) and g[3:] == e[3:]


@pytest.mark.parametrize(("words", "value"), [("seven", 7), ("ninety-nine", 99), ("two hundred and five", 205),
                                              ("three million", 3_000_000), ("fourteen", 14)])
def test_words_value(words: str, value: int) -> None:
    assert words_value(words) == value


def test_a_date_is_not_also_a_number() -> None:
    facts, _ = facts_of("On 12 March 2020, 30 ships sailed.")
    assert [(f.kind, f.text) for f in facts if f.kind in ("date", "number")] == [("date", "12 March 2020"), ("number", "30")]


def test_values_are_written_in_plain_digits() -> None:
    facts, _ = facts_of("About 20 million people and half the staff.")
    assert [(f.value, f.unit) for f in of_kind(facts, *NUMERIC)] == [("20000000", "people"), ("0.5", None)]


def _spell(n: int) -> str:
    """English words for 0 <= n < 1,000,000, from the package's own word tables."""
    from scoexport.data import load_json

    w = load_json("numbers.json")
    units = {v: k for k, v in w["units"].items()}
    tens = {v: k for k, v in w["tens"].items()}

    def below_thousand(k: int) -> list[str]:
        out = []
        if k >= 100:
            out += [units[k // 100], "hundred"]
            k %= 100
            if k:
                out.append("and")
        if k >= 20:
            out.append(tens[k - k % 10] + (f"-{units[k % 10]}" if k % 10 else ""))
        elif k or not out:
            out.append(units[k])
        return out

    if n >= 1000:
        rest = below_thousand(n % 1000) if n % 1000 else []
        return " ".join([*below_thousand(n // 1000), "thousand", *rest])
    return " ".join(below_thousand(n))


@given(st.integers(min_value=0, max_value=999_999))
def test_spelled_numbers_read_back(n: int) -> None:
    assert words_value(_spell(n)) == n
