"""Acronym definitions tied by words: cue phrases inside brackets and in running text, colon pairs, numeronyms."""
from __future__ import annotations

import pytest

from scoexport.extract.acronym_phrases import is_numeronym
from scoexport.extract.acronyms import find_definitions


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
