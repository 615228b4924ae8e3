"""Numbers and dates of session 13 (issue 15), on sentences written as the newly opened documents write them: German
ordinals without an article, dot ordinals, "heuer", a year after its noun, lists of counts closed by "or", binary
byte units. Each test fails on the code before its rule; the "not" cases hold on both."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport.extract.ordinal_uses import bare_rank, noun_ordinal
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")
RACE_DAY = dt.date(2022, 1, 23)


def _numbers(text: str, language: str = "de") -> list[tuple[str, str, float | None, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language, published_date=RACE_DAY))
    return [(f.kind, f.text, f.value_num, f.unit) for f in of_kind(facts, *NUMERIC)]


def _dates(text: str, language: str = "de") -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language, published_date=RACE_DAY))
    return [(f.text, f.value) for f in of_kind(facts, "date")]


@pytest.mark.parametrize(("text", "found"), [
    # an ordinal used as a noun: capitalized, no noun after it, the rank of whom the sentence names
    ("Sie passierte schließlich als Erste die Ziellinie.", [("ordinal", "Erste", 1.0, None)]),
    ("Vierte wurde die Russin Kristina Reztsova, Fünfte die Einzel-Siegerin aus Frankreich.",
     [("ordinal", "Vierte", 4.0, None), ("ordinal", "Fünfte", 5.0, None)]),
    ("Er kam als Dritter ins Ziel.", [("ordinal", "Dritter", 3.0, None)]),
    # the strong ending after a preposition, a possessive's uninflected form
    ("Die Zufriedenheit der Kunden steht an erster Stelle.", [("ordinal", "erster", 1.0, "Stelle")]),
    ("Es ist ihr erster Saisonsieg.", [("ordinal", "erster", 1.0, "Saisonsieg")]),
])
def test_german_ordinals_without_an_article_rank(text: str, found: list) -> None:
    assert _numbers(text) == found


@pytest.mark.parametrize("text", [
    "Das ist fürs Erste erledigt.",  # for now
    "Als Erstes muss man den Antrag stellen.",  # first of all: an enumerator
    "Das betrifft in erster Linie die Kunden.",  # mainly
    "Die Doku läuft um 20.15 Uhr im Ersten.",  # the first television channel
    "Die Erste Bank und die Zweite Liga melden Gewinne.",  # names
    "Erste positive Ergebnisse zeigen das.",  # an adjective before its noun, no article: as before
])
def test_german_ordinals_in_fixed_phrases_and_names_are_no_ranks(text: str) -> None:
    assert [n for n in _numbers(text) if n[0] == "ordinal"] == []


def test_german_dot_ordinals_after_an_adverb_or_in_a_closed_parenthesis() -> None:
    assert _numbers("Für Wierer ist es der insgesamt 13. Weltcupsieg (6. Podestplatz).") == [
        ("ordinal", "13.", 13.0, "Weltcupsieg"), ("ordinal", "6.", 6.0, "Podestplatz")]
    # a noun between the article and the digits closes its phrase: a sentence ends after the digits
    assert [n for n in _numbers("Er zählte die Fälle 30. Danach kam nichts mehr.") if n[0] == "ordinal"] == []


@given(st.sampled_from(["Erste", "Zweite", "Dritter", "Vierte"]), st.sampled_from(["Bank", "Liga", "Welt", "Hilfe"]))
def test_a_capitalized_ordinal_before_a_capitalized_word_is_a_name(ordinal: str, noun: str) -> None:
    text = f"Die Zeitung nennt die {ordinal} {noun} oft."
    start = text.index(ordinal)
    assert not noun_ordinal(text, start, start + len(ordinal), "de")
    assert bare_rank(text, start, start + len(ordinal), "de") is False


def test_english_ordinals_are_left_to_the_article_test() -> None:
    text = "She finished First and left."
    assert bare_rank(text, text.index("First"), text.index("First") + 5, "en") is None


@pytest.mark.parametrize(("text", "found"), [
    ("Zwei Mal ging sie heuer in Antholz leer aus.", [("heuer", "2022")]),
    ("Zum Abschluss der diesjährigen Weltcup-Etappe boten die Biathletinnen viel.", [("diesjährigen", "2022")]),
    ("Der heurige Sommer war heiß.", [("heurige", "2022")]),
    ("Die Uhr von TAG Heuer glänzt.", []),  # a name
])
def test_german_words_for_this_year(text: str, found: list) -> None:
    assert _dates(text) == found


@pytest.mark.parametrize(("text", "language", "found"), [
    ("Die Stadt erkaufte sich im Jahr 1681 bei Kaiser Leopold I. das Recht.", "de", [("1681", "1681")]),
    ("Im Jahre 1524 erteilte Königin Maria von Ungarn die Erlaubnis.", "de", [("1524", "1524")]),
    ("The town bought that right in the year 1681.", "en", [("1681", "1681")]),
    ("They spent a year 1500 km away.", "en", []),  # a length and a distance: no year
])
def test_a_year_after_its_noun_and_article_is_a_year_of_any_century(text: str, language: str, found: list) -> None:
    assert _dates(text, language) == found


@pytest.mark.parametrize(("text", "language", "found"), [
    ("It is turned into a sequence of two, three, or four bytes.", "en",
     [("number", "two, three, or four", 2.0, "bytes")]),
    ("Most characters can be represented with one or two bytes.", "en", [("number", "one or two", 1.0, "bytes")]),
    ("Die Sanierung dauert zwei, drei oder vier Tage.", "de", [("number", "zwei, drei oder vier", 2.0, "Tage")]),
])
def test_a_list_of_counts_closed_by_or_is_one_range(text: str, language: str, found: list) -> None:
    assert _numbers(text, language) == found


@pytest.mark.parametrize("text", [
    "Read it in arbitrary-sized chunks (say, 1024 or 4096 bytes).",  # alternatives, not a range
    "We saw two, three, four birds.",  # a list no "or" closes
])
def test_alternatives_and_open_lists_stay_apart(text: str) -> None:
    assert all("/" not in str(n[1]) and " or " not in n[1] for n in _numbers(text, "en"))
    assert len(_numbers(text, "en")) >= 2


def test_binary_byte_units_are_measures() -> None:
    assert _numbers("If you need to read a 2 GiB file, you need 2 GiB of RAM.", "en") == [
        ("quantity", "2", 2.0, "GiB"), ("quantity", "2", 2.0, "GiB")]


@pytest.mark.parametrize("text", [
    "The ‘8’ means that 8-bit values are used in the encoding.",
    "With format “3.0 (quilt)”, it has a mandatory upstream tarball.",
    "The revision level is incremented (e.g., ‘6.0’ becomes ‘6.0.1’).",
])
def test_a_numeral_alone_in_quotation_marks_is_a_value_shown(text: str) -> None:
    assert [n for n in _numbers(text, "en") if n[0] == "number" and n[3] is None] == []


def test_a_count_quoted_with_its_noun_stays_a_count() -> None:
    assert _numbers("He said it took “three days” to fix.", "en") == [("number", "three", 3.0, "days")]


@pytest.mark.parametrize(("text", "found"), [
    ("The project adopted the foundation documents in April of 2004.", [("April of 2004", "2004-04")]),
    ("El proyecto nació en mayo de 2019.", [("mayo de 2019", "2019-05")]),
])
def test_a_month_joined_to_its_year_by_of(text: str, found: list) -> None:
    assert _dates(text, "es" if "mayo" in text else "en") == found


def test_digits_the_paragraph_called_a_version_are_that_version_again() -> None:
    text = ("The last non-LTS version is version 21.04, nicknamed Hirsute Hippo. Version numbers describe the release "
            "date: 21.04, for example, was released in April 2021.")
    assert _numbers(text, "en") == []
    # an amount written like a version stays an amount where no version's noun names those digits
    assert _numbers("The rate was 2.5 and version 2.5.1 shipped.", "en") == [("number", "2.5", 2.5, None)]
