"""Session 12's number rules and clean-ups, on sentences written as the documents write them."""
from __future__ import annotations

import re

import pytest

from scoexport.data import load_json
from scoexport.extract.numerals import cjk_numeral_class, number_table
from scoexport.extract.word_quantities import is_indefinite_one

from .test_facts_numbers_round11 import found, texts


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


def test_portuguese_thousands_word_and_real_sign() -> None:
    # "mil" after digits is their thousand, "R$" the Brazilian real
    assert found("A meta estabelecida na vaquinha é de R$ 6 mil.", "pt") == [("money", "R$ 6 mil", 6000.0, "BRL")]
    assert found("Já tinham sido arrecadados mais R$ 1,3 mil.", "pt")[0][1:] == ("R$ 1,3 mil", 1300.0, "BRL")
    assert found("A cidade tem 5 mil moradores.", "pt") == [("number", "5 mil", 5000.0, "moradores")]
    assert found("El proyecto costó 2 mil millones de soles.", "es")[0][1:3] == ("2 mil millones", 2e9)


def test_dollar_signs_of_other_countries() -> None:
    assert found("The club paid A$ 40 million for the site.")[0][0::3] == ("money", "AUD")
    assert found("Tickets cost HK$120 each.")[0][0::3] == ("money", "HKD")


def test_versions_given_as_examples_are_no_numbers() -> None:
    assert texts("A comma-separated list of multiple individual versions (e.g. 3.3, 3.4, 3.5) in "
                 "XS-Python-Version will continue to be supported.") == []
    assert texts("Release Managers manage all further development (called “revisions”, ex: 10.1, 10.2, 10.3 for "
                 "version 10).") == []
    assert texts("To ensure smooth transition to the normal version scheme such as 0.1 in the future, use it.") == []
    # an amount after the same words stays one
    assert texts("Each new release adds costs, such as 2.5 million dollars in fees.") == ["2.5 million dollars"]


def test_ordinal_before_a_count_word_selects() -> None:
    assert found("The ordering is determined by at most the first two items.") == [("number", "two", 2.0, "items")]


@pytest.mark.parametrize("sentence", [
    "First let us take a look at the particular case of the stable release.",
    "First we install the package on the server.",
    "To sort by grade and then age, do the age sort first and then sort again using grade.",
    "\"I'd first like to say they're five-inch heels,\" she said.",
    "Applicants must first register with the office.",
])
def test_first_as_an_adverb_ranks_nothing(sentence: str) -> None:
    assert [t for t in texts(sentence) if t.lower() == "first"] == []


def test_first_that_ranks_stays() -> None:
    assert found("She was the first woman to lead the agency.") == [("ordinal", "first", 1.0, "woman")]


def test_a_day_before_its_month_is_no_count() -> None:
    assert texts("Il portavoce ha detto che \"dal 7 ottobre, 70 suoi dipendenti sono stati uccisi\".", "it") == ["70"]
    # English capitalizes its months: "5 may" is a count and the verb
    assert texts("Only 5 may enter the room.") == ["5"]


def test_capitals_and_a_slash_before_digits_write_a_name() -> None:
    assert texts("Architectures: IA-64, HP PA-RISC, MIPS and S/390.") == []
    assert texts("The team won 3/4 of its games.") != []


def test_ordinal_indicator_before_a_capitalized_name() -> None:
    assert texts("una delle più grandi battaglie condotte dal 13° Battaglione Golani.", "it") == []
    assert texts("Il 2º posto fu suo.", "it") == ["2º"]
    assert found("It was 30 Celsius in the shade.") == [("quantity", "30", 30.0, "Celsius")]


def test_a_count_out_of_itself_is_counted_once() -> None:
    # "24 heures sur 24": round the clock; the annotators give the first count with its noun
    assert found("Il passait ses nuits dans une supérette ouverte 24 heures sur 24.", "fr") == [
        ("number", "24", 24.0, "heures")]
    assert found("Huit véhicules sur dix sont neufs.", "fr")[0][:3] == ("fraction", "Huit véhicules sur dix", 0.8)


def test_a_section_with_its_item_is_a_reference() -> None:
    assert texts("Any Developer may make decisions initially, however; see 6.3(5).") == []
    assert texts("Turnout rose to 2.5 (a record) in the district.") == ["2.5"]


def test_hindi_scale_and_currency_after_digits() -> None:
    # read on a page whose language the guesser took for English too: scales and currencies are read everywhere
    text = "जनवरी तक कुल निर्यात 265.3 अरब रुपये रहा। भारत ने 399 अरब डॉलर का आयात किया है।"
    for language in ("hi", "en"):
        assert [f[:4] for f in found(text, language)] == [("money", "265.3 अरब", 265.3e9, "INR"),
                                                           ("money", "399 अरब", 399e9, "USD")]
    assert found("निर्यात 8.1 प्रतिशत कम है।", "hi") == [("percent", "8.1 प्रतिशत", 8.1, None)]


def test_a_scale_of_one_language_only() -> None:
    # English slang writes "mil" for a million: the amount is left out rather than read as six thousand
    assert texts("He signed a $6 mil deal with the club.") == []


def test_every_and_a_period_is_a_recurrence() -> None:
    assert texts("Given that releases tend to happen every 2 years, there can be up to 3 supported releases.") == ["3"]
    assert texts("The committee meets every three months.") == []
    assert texts("Every 5 members elect one delegate.") == ["5"]


def test_a_minute_of_the_game_clock_is_no_count() -> None:
    assert texts("O único gol da partida saiu apenas aos 47 minutos da etapa final.", "pt") == []
    assert texts("Marcó a los 90 minutos y el equipo jugó 90 minutos sin descanso.", "es") == ["90"]
    assert texts("O jogo durou 90 minutos.", "pt") == ["90"]


def test_every_and_each_one_list_for_both_recurrence_readings():
    """number_context.json's every_words is the one list of "every" words: after a count of times ("three times
    each week") and before a count and a period ("each three months") alike."""
    from scoexport.extract.word_quantities import is_every_period, is_recurrence

    text = "Audits happen each three months, and the board meets three times each year."
    start = text.index("three")
    assert is_every_period(text, start, start + len("three"))
    assert is_recurrence(text, text.index("times") + len("times"))
    plain = "The audit took three months."
    assert not is_every_period(plain, plain.index("three"), plain.index("three") + 5)
