"""Numbers on pages nobody tuned for (issue 15, eleventh round): languages whose numbers were not read, times of day
in a language's words, dotted days and ordinals, recurrences, the verb "second", "N or M" ranges, label-value fields."""
from __future__ import annotations

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def found(text: str, language: str | None = "en") -> list[tuple[str, str, float | None, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return [(f.kind, f.text, f.value_num, f.unit) for f in of_kind(facts, *NUMERIC)]


def texts(text: str, language: str | None = "en") -> list[str]:
    return [t for _, t, _, _ in found(text, language)]


@pytest.mark.parametrize("language", ["no", "nb"])
def test_norwegian_spaced_thousands_and_decimal_comma(language: str) -> None:
    # pages tag Norwegian "no", the guesser "nb": one table (clean.language.language_alias)
    assert found("Det er en nedgang fra fjorårets 70 000 deltagere.", language) == [
        ("number", "70 000", 70000.0, "deltagere")]
    assert found("Fotballskole for over 1,5 millioner barn og unge i hele Norge.", language)[0][1:3] == (
        "1,5 millioner", 1500000.0)


def test_norwegian_thousands_alone_is_no_count() -> None:
    assert texts("Arena for aktivitet og fellesskap for mange tusen barn.", "no") == []


def test_ukrainian_scale_and_currency() -> None:
    got = found("Той отримав 13 тисяч доларів за реєстрацію поправок і просив ще 200 тисяч за голосування.", "uk")
    assert got[0] == ("money", "13 тисяч", 13000.0, "USD")
    assert got[1][1:3] == ("200 тисяч", 200000.0)


@pytest.mark.parametrize(("text", "language"), [
    ("Die Doku läuft am Montag um 20.15 Uhr im Ersten.", "de"),
    ("Sie lief vor der 20-Uhr-Tagesschau im Ersten.", "de"),
    ("Ludzie czekali, by zagłosować o godz. 3 nad ranem.", "pl"),
    ("Опівночі, о 21 годині того ж дня, приїхав заступник.", "uk"),
])
def test_time_of_day_in_the_language_words(text: str, language: str) -> None:
    assert texts(text, language) == []


def test_hours_counted_stay_numbers() -> None:
    assert texts("Er arbeitete 8 Stunden am Tag.", "de") == ["8"]
    assert texts("Ludzie czekali 6 godzin w kolejce.", "pl") == ["6"]


def test_day_written_with_points_is_no_number() -> None:
    assert texts("Sie erscheint zum Geburtstag (12.11.) des Komikers.", "de") == []
    assert texts("Der Zinssatz lag bei 2,11 Prozent.", "de") == ["2,11 Prozent"]


def test_german_dotted_ordinal_after_a_determiner() -> None:
    assert found("Sie erscheint zum 100. Geburtstag des Komikers.", "de") == [("ordinal", "100.", 100.0, "Geburtstag")]
    assert found("Wir dürfen uns auf einen 2. Teil freuen.", "de") == [("ordinal", "2.", 2.0, "Teil")]
    assert texts("Das war am 31. Oktober im 17. Jahrhundert.", "de") == []


def test_german_amount_before_a_full_stop_is_kept() -> None:
    # the stop after a currency word is the sentence's, no ordinal's
    assert found("Es klafft eine Lücke von rund 20 Milliarden US-Dollar. Die Geber zögern.", "de") == [
        ("money", "20 Milliarden", 20e9, "USD")]
    assert found("Er bekam 250’000 Schweizer Franken für gewisse Dienste.", "de")[0][::3] == ("money", "CHF")


def test_german_dative_fraction() -> None:
    assert found("Das Geld landet zu mindestens drei Vierteln in den Taschen der Elite.", "de")[0][1:3] == (
        "drei Vierteln", 0.75)


def test_french_ordinal_endings() -> None:
    assert [(t, v) for _, t, v, _ in found("Les 2ème et 4ème mercredis du mois, et la 3e fois.", "fr")] == [
        ("2ème", 2.0), ("4ème", 4.0), ("3e", 3.0)]


@pytest.mark.parametrize("text", [
    "Updates are processed at least once a month by the keyring maintainers.",
    "The committee meets twice a year in Geneva.",
    "The board meets three times per week.",
    "Backups run once every week.",
])
def test_recurrence_is_no_number(text: str) -> None:
    assert texts(text) == []


def test_counted_times_stay() -> None:
    assert texts("He scored just once in a 10-game stretch.") == ["once", "10"]
    assert texts("He was arrested three times in 2019.") == ["three times"]


@pytest.mark.parametrize("text", [
    "The process asks parties likely to be interested to review and second patches.",
    "CC people who you think are likely to want to second your patch.",
    "Developers review and second or object to proposals.",
    "The page says how to make, second and vote on proposals.",
])
def test_the_verb_second(text: str) -> None:
    assert texts(text) == []


def test_second_as_a_rank_stays() -> None:
    assert texts("The first and second rounds of voting were close.") == ["first", "second"]
    assert texts("She moved up to second place.") == ["second"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("One of the best ways to help is to pick one or two bugs and fix them.", "en", ("one or two", 1.0, "bugs")),
    ("It takes 2 or 3 days to arrive.", "en", ("2 or 3", 2.0, "days")),
    ("C'era una bimba di otto o nove anni nella casa.", "it", ("otto o nove", 8.0, "anni")),
])
def test_or_joins_one_range(text: str, language: str, expected: tuple) -> None:
    assert [(t, v, u) for _, t, v, u in found(text, language)] == [expected]


def test_one_or_more_stays_no_count() -> None:
    assert texts("There is one or more matching files.") == []


def test_adverb_first_before_a_parenthesis() -> None:
    assert texts("Pick a bug (checking on the list first), then say so.") == []


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Tempo di lettura: 3 minuti", "it", []),
    ("Reading time: 5 minutes", "en", []),
    ("Note: 3 people died.", "en", ["3"]),  # a sentence after the colon is prose
])
def test_label_and_value_field(text: str, language: str, kept: list[str]) -> None:
    assert texts(text, language) == kept


@pytest.mark.parametrize("text", [
    "Packages are updated in the old 1.0 source format.",  # a version before a kind of the format
    "See the [copyright format](https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/) page.",
    "Loop over ``git show-ref --heads | awk '{print $2}'`` to list the branches.",  # inline code
    "This checklist is used when the captain’s and first officer’s indicators disagree.",
    "Be on the lookout for extra unneeded files or zero length files.",
    "Strings are zero-terminated.",
    "There are things you should do. First send a mail to the list.",
])
def test_manual_and_title_numbers_count_nothing(text: str) -> None:
    assert texts(text) == []


def test_link_text_in_backticks_is_prose() -> None:
    # reStructuredText writes a link's words in backticks, its trailing "_" marks it a link, not code
    text = "`Your key length must be greater than 2048 bits (4096 bits is preferred) <https://k.example/>`__; see it."
    assert texts(text) == ["2048", "4096"]


def test_first_prize_still_ranks() -> None:
    assert texts("First prize went to Ann.") == ["First"]


def test_vulgar_fractions() -> None:
    # recipes write amounts with one character for the fraction, maybe after whole digits
    assert found("Add ½ cup of sugar and 1½ cups of flour.") == [
        ("quantity", "½", 0.5, "cup"), ("quantity", "1½", 1.5, "cups")]
    assert [(t, v) for _, t, v, _ in found("Вам потребуются: ½ небольшой тыквы и ½ лимона.", "ru")] == [
        ("½", 0.5), ("½", 0.5)]
    assert texts("Version 1½ is out.") == []  # a version's number, after its name


def test_ordinals_of_languages_without_articles() -> None:
    assert found("Выложить в форму первый слой теста.", "ru") == [("ordinal", "первый", 1.0, "слой")]
    assert found("Приїхав перший заступник директора.", "uk") == [("ordinal", "перший", 1.0, "заступник")]
    # before a count it selects ("the first three"); "первое время" is "at first"
    assert texts("Первые три участника прошли дальше.", "ru") == ["три"]
    assert texts("Первое время просто любовалась.", "ru") == []


def test_russian_proportion() -> None:
    assert found("И в 9 случаях из 10 выкидывала еду.", "ru") == [("fraction", "9 случаях из 10", 0.9, "случаях")]


@pytest.mark.parametrize(("text", "language"), [
    ("Nach langem Kampf ging Satz eins an die Gäste.", "de"),  # the set it numbers
    ("Se investigan las irregularidades en los tramos 2 y 3 de la carretera.", "es"),  # sections, and the list's "y"
])
def test_identifier_heads_of_other_languages(text: str, language: str) -> None:
    assert texts(text, language) == []


def test_counts_joined_by_and_stay() -> None:
    assert texts("En la reunión había 2 y 3 personas por mesa.", "es") == ["2", "3"]


def test_german_decades_and_war_names_are_no_ordinals() -> None:
    assert texts("Er prägte die 1970er-Jahre-Fernsehserie und die Spießigkeit der 70er genau.", "de") == []
    assert texts("Die Ausstellung zeigt die Zeit des 2. Weltkrieges in der Stadt.", "de") == []
