"""Acronym definitions tied by words: cue phrases inside brackets and in running text, colon pairs, numeronyms."""
from __future__ import annotations

import pytest

from scoexport.extract.acronym_phrases import is_numeronym
from scoexport.extract.acronyms import find_definitions
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


@pytest.mark.parametrize(("text", "short", "long"), [
    ("A case-in-point is the Softlanding Linux System (better known as SLS). It is quite possibly the most bug-ridden.",
     "SLS", "Softlanding Linux System"),
    ("Die Bewilligung nach der Bundesförderung für effiziente Gebäude (kurz: BEG) wird gestoppt.",
     "BEG", "Bundesförderung für effiziente Gebäude"),
    ("GNOME (originally an acronym for GNU Network Object Model Environment) is a desktop.",
     "GNOME", "GNU Network Object Model Environment"),
    ("Plasma by KDE (formerly known as K Desktop Environment) is popular.", "KDE", "K Desktop Environment"),
    ("Alle Staaten waren aufgerufen, ihre Klimaziele (NDCs: nationally determined contributions) zu erhöhen.",
     "NDCs", "nationally determined contributions"),
    ("We also have Stable Release Managers, often abbreviated SRM, who manage and select updates.",
     "SRM", "Stable Release Managers"),
    ("In this guide, API stands for application programming interface and is used widely.",
     "API", "application programming interface"),
    ("LTS, short for Long Term Support, is a recent initiative.", "LTS", "Long Term Support"),
    ("I18N (internationalization) means modification of software.", "I18N", "internationalization"),
    ("You need to take care of the so-called release-critical bugs (RC bugs). All bug reports", "RC", "release-critical"),
    ("Releases get Long Term Support (short: LTS) from a team of volunteers.", "LTS", "Long Term Support"),
    ("La Commission nationale de l’informatique et des libertés (ci-après CNIL) a tranché.", "CNIL",
     "Commission nationale de l’informatique et des libertés"),
])
def test_definitions_tied_by_words(text: str, short: str, long: str) -> None:
    found = [(d.short, d.long, text[slice(*d.short_span)], text[slice(*d.long_span)]) for d in find_definitions(text)]
    assert found == [(short, long, short, long)]


@pytest.mark.parametrize("text", [
    "The A4 (paper) and the F13 (Flugzeug) were shown; the G20 (summit) met.",
    "See the note (see: Section 4) and the CPU (note: slow).",
    "The UN (New York) said so, and API stands for nothing here.",
])
def test_no_definition_without_spelling_letters(text: str) -> None:
    assert find_definitions(text) == []


def test_numeronym_counts_the_letters_left_out() -> None:
    assert is_numeronym("L10N", "localization") and is_numeronym("a11y", "accessibility")
    assert not is_numeronym("L9N", "localization") and not is_numeronym("F13", "Flugzeug")


def test_a_german_body_before_the_short_form_of_another_language() -> None:
    """"Europäische Arzneimittelbehörde (EMA)": the body's capitalized words, the last ending in a head noun, and a
    short form starting with the name's letter; not in English text, nor where the letter differs."""
    text = "Am Donnerstag will die Europäische Arzneimittelbehörde (EMA) über die weitere Verwendung entscheiden."
    assert [(d.short, d.long) for d in find_definitions(text, "de")] == [("EMA", "Europäische Arzneimittelbehörde")]
    assert find_definitions(text) == []
    assert find_definitions("Der Bericht der Bundesregierung (PDF) ist da.", "de") == []
    assert find_definitions("Die Zahlen der Statistik (BIP) sanken.", "de") == []


@pytest.mark.parametrize("text", [
    "Ein Sprecher der Behörde (BKA) bestätigte am Montag den Vorfall in Wiesbaden.",
    "Laut der Agentur (AFP) gab es am Montag mehrere Tote.",
    "Das Bundesamt (BAMF) prüft die Anträge nun.",
    "Auch das Bundesamt (BSI) warnte am Dienstag vor Angriffen auf Behörden.",
    "Die Bank (BNP) meldete Verluste.",
])
def test_a_bare_german_head_noun_is_no_long_form(text: str) -> None:
    """"der Behörde (BKA)": the head noun alone is any body of its kind; the bracket says which body, not what its
    short form stands for. A compound naming one body is still a long form."""
    assert find_definitions(text, "de") == []


def test_a_german_compound_naming_one_body_is_a_long_form() -> None:
    text = "Die Weltgesundheitsorganisation (WHO) warnte am Montag."
    assert [(d.short, d.long) for d in find_definitions(text, "de")] == [("WHO", "Weltgesundheitsorganisation")]


def test_a_known_body_keeps_its_name_after_a_bare_head_noun() -> None:
    """The gazetteer's AFP stays Agence France-Presse, and two bodies after "das Bundesamt" stay two."""
    facts, _ = facts_of("Laut der Agentur (AFP) gab es am Montag mehrere Tote.", metadata=Metadata(language="de"))
    assert {(f.text, f.value) for f in of_kind(facts, "entity") if f.text == "AFP"} == {("AFP", "Agence France-Presse")}
    facts, _ = facts_of("Das Bundesamt (BAMF) prüft die Anträge.", "Auch das Bundesamt (BSI) warnte am Dienstag.",
                        metadata=Metadata(language="de"))
    assert not [f for f in of_kind(facts, "entity") if f.value == "Bundesamt"]
    assert not of_kind(facts, "acronym")


@pytest.mark.parametrize("text", [
    "Set it up carefully (NOTE: never use the root account here) and continue.",
    "The company denied the report (UPDATE: users reported the problem was fixed later).",
    "Please read the attached file (PS: please see the notes too).",
    "He was born in 1950 (USA: under some accounts) in Ohio.",
    "Die Anleitung gibt es auch auf Deutsch (DE: die englische Version) und Englisch.",
])
def test_a_label_and_its_remark_in_brackets_are_no_pair(text: str) -> None:
    """A lower-case remark after a colon defines a short form only where its words' initials spell it, and never a
    name the gazetteer knows ("USA"), as a lower-case aside after the short form does not."""
    assert find_definitions(text) == []


@pytest.mark.parametrize(("text", "short", "long"), [
    ("We also have Stable Release Managers, often abbreviated SRM. The SRM team meets weekly.",
     "SRM", "Stable Release Managers"),
    ("The country is the United States, often abbreviated U.S. in tables.", "U.S.", "United States"),
])
def test_the_sentence_full_stop_is_no_part_of_an_abbreviated_short_form(text: str, short: str, long: str) -> None:
    found = [(d.short, d.long, text[slice(*d.short_span)]) for d in find_definitions(text)]
    assert found == [(short, long, short)]
