"""Session 12's number rules and clean-ups, on sentences written as the documents write them."""
from __future__ import annotations

import re

from scoexport.data import load_json
from scoexport.extract.numerals import cjk_numeral_class, number_table
from scoexport.extract.word_quantities import is_indefinite_one


def test_cjk_numerals_one_table_for_dates_and_numbers() -> None:
    # the date side's counts ("十二年前") are read with the numbers' class: every Chinese numeral it values is in it,
    # with the same value
    numerals = number_table()["cjk_numerals"]
    ago = load_json("date_cjk.json")["ago"]["numbers"]
    hanzi = {c: v for c, v in ago.items() if not re.match(r"[가-힣]", c)}
    assert hanzi and all(numerals[c] == v for c, v in hanzi.items())
    assert re.fullmatch(cjk_numeral_class() + "+", "一百五十") and re.fullmatch(cjk_numeral_class(), "7")


def test_one_before_or_and_a_number_word_is_a_count() -> None:
    text = "We found one or two bugs in the parser."
    start = text.index("one")
    assert not is_indefinite_one(text, start, start + 3)
