"""A closed compound abbreviated by its parts (German "Strafgesetzbuch" = StGB), and where one word is no long form."""
from __future__ import annotations

import pytest

from scoexport.extract.acronym_words import compound_spells, long_words
from scoexport.extract.acronyms import find_definitions


def _pairs(text: str, language: str = "de") -> list[tuple[str, str]]:
    return [(d.short, d.long) for d in find_definitions(text, language)]


@pytest.mark.parametrize(("text", "short", "long"), [
    # the long form first, declined as the sentence needs it; the capitals open the parts, lower-case letters follow
    ("Die Strafe regelt § 12 des Jagdwaffengesetzes (JWaG) seit Jahren.", "JWaG", "Jagdwaffengesetzes"),
    ("Laut Hafenbetriebsordnung (HbO) darf niemand ankern.", "HbO", "Hafenbetriebsordnung"),
    # all capitals: each still opens a part
    ("Der neue Lärmschutzwall (LSW) wächst schnell.", "LSW", "Lärmschutzwall"),
    # the short form first, the compound in brackets after it
    ("Nach der WaStrVO (Wasserstraßenverkehrsordnung) gilt Vorfahrt.", "WaStrVO", "Wasserstraßenverkehrsordnung"),
])
def test_a_compound_spelled_by_its_parts(text: str, short: str, long: str) -> None:
    found = find_definitions(text, "de")
    assert [(d.short, d.long) for d in found] == [(short, long)]
    assert text[slice(*found[0].short_span)] == short and text[slice(*found[0].long_span)] == long


@pytest.mark.parametrize("text", [
    # a code whose letters only occur in the word: the second capital opens no part of three letters or more
    "Die Fähre fuhr nach Dänemark (DK) und zurück.",
    "Er arbeitet bei Kolbe (KBE) in der Stadt.",
    # the first capital must open the word
    "Sie wohnt in Mittelfranken (FR) seit Jahren.",
    # one capital is no abbreviation of parts
    "Er lebt in Stuttgart (S) seit Jahren.",
])
def test_no_compound_where_the_parts_do_not_open(text: str) -> None:
    assert _pairs(text) == []


def test_only_a_language_that_closes_its_compounds() -> None:
    """English writes its compounds apart: one word before a bracket is no long form there."""
    assert _pairs("The Lärmschutzwall (LSW) grows.", "en") == []
    assert _pairs("Der Lärmschutzwall (LSW) wächst.", "de") == [("LSW", "Lärmschutzwall")]


def test_compound_parts_and_words() -> None:
    assert compound_spells("StGB", "Strafgesetzbuches") and compound_spells("GG", "Grundgesetz")
    assert not compound_spells("GG", "Gesang")  # the last "g" would be a part of one letter
    assert not compound_spells("StGB", "Strafgesetz")  # a capital left without a part
    assert not compound_spells("GB", "gesetzbuch")  # a compound is a noun, capitalized
    # a hyphen between letters parts words, a slash sets alternatives side by side and does not
    assert long_words("Bourne-Again SHell") == ["Bourne", "Again", "SHell"]
    assert long_words("Haus/Gebäude 55") == ["Haus/Gebäude", "55"]
