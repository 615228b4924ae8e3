"""A long form's words are cut one way in every acronym rule (`acronym_words.long_words`): a hyphen between letters
parts a compound's words as a space does, so its second part gives an initial too. Examples of our own."""
from __future__ import annotations

import pytest

from scoexport.extract.acronym_phrases import spelled_by_initials
from scoexport.extract.acronyms import find_definitions


@pytest.mark.parametrize(("short", "long"), [("CBPO", "Cross-Border Payment Office"), ("NLP", "Non-Linear Programs"),
                                             ("HWA", "Hill-Walkers' Association")])
def test_a_hyphenated_compound_gives_an_initial_for_each_part(short: str, long: str) -> None:
    assert spelled_by_initials(short, long)


def test_a_long_form_after_stands_for_may_hold_a_hyphenated_compound() -> None:
    text = "In the minutes, CBPO stands for Cross-Border Payment Office and nothing else."
    assert [(d.short, d.long) for d in find_definitions(text)] == [("CBPO", "Cross-Border Payment Office")]


def test_the_short_form_as_a_part_of_a_compound_is_no_long_form_of_itself() -> None:
    # the short form standing as a word of the long form, hyphenated or not, makes no definition
    assert not find_definitions("Our SDK-based Tools (SDK) are free.")
