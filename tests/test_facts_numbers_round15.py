"""Session 15's number rules for German pages, on sentences written as German writes them (made up here)."""
from __future__ import annotations

from scoexport.records import Fact, Metadata

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _facts(text: str, language: str = "de") -> list[Fact]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return of_kind(facts, *NUMERIC)


def _read(text: str, language: str = "de") -> list[tuple[str, str, str | None]]:
    return [(f.text, f.value, f.unit) for f in _facts(text, language)]


def test_unit_compounded_with_what_it_measures() -> None:
    # the number measures the compound's first part, a unit; the head is what has the measure
    assert _read("Der Bohrhammer läuft mit einem 36 Volt-Akku.") == [("36", "36", "Volt")]
    assert _read("Das Telefon hat eine 48 Megapixel-Hauptkamera.") == [("48", "48", "Megapixel")]
    assert [f.kind for f in _facts("Der Bohrhammer läuft mit einem 36 Volt-Akku.")] == ["quantity"]
    # a compound whose first part is no unit: the number counts its head, as written
    assert _read("Es gibt 3 Bitcoin-Fonds.") == [("3", "3", "Bitcoin-Fonds")]


def test_second_number_after_its_article_shares_the_unit() -> None:
    assert _read("Die Leuchte nimmt eine 5 oder eine 10 Watt-Birne.") == [("5", "5", "Watt"), ("10", "10", "Watt")]
    assert _read("Es kamen 4 oder 7 Gäste.") == [("4", "4", "Gäste"), ("7", "7", "Gäste")]


def test_german_duration_adjective_counts_its_noun_of_time() -> None:
    assert _read("Die 42-jährige Ärztin kam.") == [("42", "42", "Jahre")]
    assert _read("Nach einer 3-stündigen Wanderung ruhten sie.") == [("3", "3", "Stunden")]
    assert _read("Der Chor feiert sein 120-jähriges Bestehen.") == [("120", "120", "Jahre")]
    # the noun made of the adjective is a person, taken as written
    assert _read("Der 42-Jährige kam.") == [("42", "42", "Jährige")]


def test_counts_in_words_joined_by_bis_are_one_range() -> None:
    assert _read("Im Saal standen sechs bis neun Stühle.") == [("sechs bis neun", "6/9", "Stühle")]
    # not a descending pair, and not English, whose "from nine to 13" is a change
    assert [f.text for f in _facts("Im Saal standen neun bis sechs Stühle.")] == ["neun", "sechs"]
    assert [f.text for f in _facts("Sales rose from five to 12 on Monday.", "en")] == ["five", "12"]


def test_what_follows_the_digits_decides_a_clock_or_a_name_not_what_follows_the_currency() -> None:
    # "am" after the currency is German's "an dem", no "a.m." after the digits
    assert [f.value for f in _facts("Die Stadt erhielt 4 Millionen Euro am Montag.")] == ["4000000"]
    # a capitalized noun before the digits and a lower-case word after the currency: still a count
    assert [f.value for f in _facts("Im Rahmen des Vertrags 12 Milliarden Euro ausgeben.")] == ["12000000000"]
    # the digits' own clock marker is still one
    assert _facts("He arrived at 9 am on the day.", "en") == []


def test_german_billionen_are_ten_to_the_twelfth() -> None:
    assert [(f.kind, f.value) for f in _facts("Die Schulden betragen 1,5 Billionen Euro.")] == [("money", "1500000000000")]


def test_german_share_counts_what_follows_its_genitive_article() -> None:
    # "des" is German's genitive article of masculine and neuter nouns, as "der" is of feminine and plural ones
    assert _read("Gut achtzig Prozent des Materials kamen an.") == [("achtzig Prozent", "80", "Materials")]
    assert [f.unit for f in _facts("Sie spendete die Hälfte des Erlöses.")] == ["Erlöses"]
    assert [f.unit for f in _facts("Gut 80 Prozent der Güter kamen an.")] == ["Güter"]


def test_german_adjective_of_a_half_after_an_indefinite_article() -> None:
    assert _read("Der Zug kam eine halbe Stunde zu spät.") == [("eine halbe", "0.5", "Stunde")]
    assert _read("Sie wartete nach einem halben Jahr noch immer.") == [("einem halben", "0.5", "Jahr")]
    # the half is a length; the number of the set after it still names the set, no count
    assert _read("Nach einer halben Stunde Pause begann Satz eins.") == [("einer halben", "0.5", "Stunde")]
    # no noun after it: the adjective stands for a thing named before ("eine halbe" of a cake), no count
    assert _read("Er hat eine halbe gegessen.") == []


def test_first_time_of_a_span_shares_the_hour_word_after_the_second() -> None:
    assert _facts("Das Museum ist täglich 10.30 bis 18.30 Uhr geöffnet.") == []
    assert _facts("Der Markt ist von 8 bis 13 Uhr geöffnet.") == []
    # a span of a count: a range as before
    assert _read("Es kamen 8 bis 13 Helfer.") == [("8 bis 13", "8/13", "Helfer")]
