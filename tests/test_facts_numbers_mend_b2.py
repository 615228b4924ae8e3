"""Reviewer B's findings on numbers (session 11): amounts after words that also introduce versions, minutes that
are no game's clock, a day before its month, the degree sign, on sentences written as the documents write them."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of
from .test_facts_numbers_round11 import texts


def kinds_texts(text: str, language: str) -> list[tuple[str, str]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language, published_date=dt.date(2023, 11, 6)))
    return [(f.kind, f.text) for f in facts]


@pytest.mark.parametrize("sentence, number", [
    ("The new version is like 1.5 seconds faster on startup.", "1.5"),
    ("The Android version lasts like 6.5 hours on a charge.", "6.5"),
    ("The revision raised rates, e.g. 0.5 points for savers.", "0.5"),
    ("The version of events, i.e. 3.5 hours of testimony, was accepted.", "3.5"),
    ("Versions differ, for example 2.5 points on the scale.", "2.5"),
])
def test_an_amount_after_a_versions_example_marker_stays(sentence: str, number: str) -> None:
    assert number in texts(sentence)


def test_versions_given_as_examples_end_a_list_or_a_clause() -> None:
    assert texts("Revisions such as 1.2 and 1.3 fixed 40 bugs.") == ["40"]
    assert texts("Older releases, e.g. 2.4; they are unsupported.") == []


@pytest.mark.parametrize("sentence, language, number", [
    ("A los 15 años empezó a trabajar y a los 20 minutos de llegar se fue.", "es", "20"),
    ("Retirar del fuego a los 10 minutos y dejar reposar.", "es", "10"),
    ("O bolo deve ser retirado do forno aos 40 minutos de cozimento.", "pt", "40"),
])
def test_minutes_after_something_are_no_game_clock(sentence: str, language: str, number: str) -> None:
    assert number in texts(sentence, language)


def test_a_minute_of_a_game_needs_the_game_in_its_sentence() -> None:
    assert texts("Ele marcou aos 15 minutos do primeiro tempo.", "pt") == []
    assert texts("El partido se decidió a los 88 minutos. Luego llovió 30 minutos.", "es") == ["30"]


@pytest.mark.parametrize("sentence, language, number", [
    ("The museum offers a 360° Virtual Tour of its galleries.", "en", "360"),
    ("Turn the knob 90° Clockwise.", "en", "90"),
    ("The town lies at 45° North, near the border.", "en", "45"),
    ("Il termometro segna 35° Domenica a Roma.", "it", "35"),
    ("La città si trova a 45° Nord.", "it", "45"),
])
def test_a_degree_sign_is_no_ordinal_indicator_outside_its_languages_or_before_a_weekday(
        sentence: str, language: str, number: str) -> None:
    assert number in texts(sentence, language)


def test_ordinal_indicators_before_a_name_still_make_a_ranked_name() -> None:
    assert texts("una delle più grandi battaglie condotte dal 13° Battaglione Golani.", "it") == []
    assert texts("The 2ª Guerra Mundial changed Europe.") == []


@pytest.mark.parametrize("sentence, language, day", [
    ("The spokesman said that since 7 October, 70 of his staff have been killed.", "en", "7 October"),
    ("The spokesman said that since October 7, 70 of his staff have been killed.", "en", "October 7"),
    ("Il portavoce ha detto che \"dal 7 ottobre, 70 suoi dipendenti sono stati uccisi\".", "it", "7 ottobre"),
    ("O porta-voz disse que desde 7 de outubro, 70 funcionários foram mortos.", "pt", "7 de outubro"),
    ("Представитель сказал, что «с 7 октября 70 его сотрудников были убиты».", "ru", "7 октября"),
])
def test_a_day_and_month_before_a_count_stay_a_date(sentence: str, language: str, day: str) -> None:
    facts = kinds_texts(sentence, language)
    assert ("date", day) in facts and ("number", "70") in facts and ("number", "7") not in facts


def test_a_year_after_the_day_and_month_is_still_no_count() -> None:
    assert ("date", "October 7") not in kinds_texts("On October 7, 2021 the plant closed.", "en")
    assert texts("Only 5 may enter the room.") == ["5"]


def test_one_list_of_the_languages_that_capitalize_every_noun() -> None:
    from scoexport.extract.language_bodies import NOUNS_CAPITALIZED
    from scoexport.extract.numerals import context_lists
    assert NOUNS_CAPITALIZED == frozenset(context_lists()["noun_capitalizing_languages"]) >= {"de", "lb"}


def test_a_day_before_its_month_in_a_list_of_days_is_no_count() -> None:
    # the date side leaves "7 ottobre, 8 e 9" (a list of days); the day before its month is still no count
    assert "7" not in texts("Il festival si tiene il 7 ottobre, 8 e 9 a Roma.", "it")
    assert "7" not in texts("Фестиваль пройдёт 7 октября, 8 и 9 в Москве.", "ru")


def test_four_digits_after_a_day_and_month_may_be_an_old_year() -> None:
    text = "Die früheste Erwähnung ist eine Rechnung vom 13. März 1435 von Klaus Klein Fisch an seinen Herrn."
    assert ("date", "13. März") not in kinds_texts(text, "de")
