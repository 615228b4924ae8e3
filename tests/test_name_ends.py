"""Where a person's name ends: a verb's past tense after it, a particle left alone by a cut."""
from __future__ import annotations

import pytest

from scoexport.extract.name_contexts import kin_people
from scoexport.extract.people import find_people

from .facts_util import facts_of, of_kind


def _people(text: str, english: bool = True) -> list[str]:
    return sorted({text[a:b] for a, b, _ in find_people(text, "body", english, english)})


@pytest.mark.parametrize(("text", "people"), [
    # a change log whose stops went missing: the next sentence's verb is no surname
    ("Fixed the intro with help from Nadia Okonkwo Changed the appendix.", ["Nadia Okonkwo"]),
    ("Merged a patch sent by Tomas Lindqvist Updated the examples.", ["Tomas Lindqvist"]),
    ("Thanks to Oscar B. Reyes Removed an old link.", ["Oscar B. Reyes"]),
    # surnames that end in "-ed" are no verb's past tense
    ("Lou Reed and Ted Danson arrived.", ["Lou Reed", "Ted Danson"]),
    ("Alfred Nobel founded the prize.", ["Alfred Nobel"]),
])
def test_a_verbs_past_tense_ends_a_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_a_particle_left_by_a_cut_is_no_name() -> None:
    # "Ville" is a given name (Finnish), Montréal a city: what is left, "Ville de", names nobody
    assert _people("Le contrat de la Ville de Montréal expire.") == []
    assert _people("The Ville de Paris fund paid.") == []
    assert _people("Ursula von der Leyen spoke.") == ["Ursula von der Leyen"]


def test_a_missing_stop_does_not_make_every_sentence_opener_a_person() -> None:
    facts, _ = facts_of("Fixed links in a patch by Ruben Sousa Added a section. Added more notes. Added a table.")
    assert {f.value for f in of_kind(facts, "entity")} == {"Ruben Sousa"}


@pytest.mark.parametrize(("text", "people"), [
    ("Selon Étienne Marchal, le projet avance.", ["Étienne Marchal"]),
    ("Rzecznik Łukasz Nowicki zapowiedział zmiany.", ["Łukasz Nowicki"]),
    ("Trener Željko Babić je rekao.", ["Željko Babić"]),
])
def test_a_name_may_open_with_an_accented_capital(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(("text", "language", "people"), [
    ("Er spielte an der Seite seines Bruders Jonas.", "de", ["Jonas"]),
    ("Elle vit avec sa fille Chloé et son mari.", "fr", ["Chloé"]),
    ("Mi hermano Diego llegó tarde.", "es", ["Diego"]),
    # a capitalized word after the given name makes it a longer name, which the other rules read
    ("Mi hermano Diego Torres llegó.", "es", []),
    # a word that is no given name is no relative's name ("Bruder Tod", "Brother Death")
    ("Der Roman heißt Bruder Tod.", "de", []),
])
def test_a_given_name_after_a_kinship_noun_of_the_language(text: str, language: str, people: list[str]) -> None:
    assert [text[a:b] for a, b, _ in kin_people(text, language)] == people


@pytest.mark.parametrize(("text", "people"), [
    # a surname the lists hold keeps its place though its stem is a word ("say", "rash")
    ("The deal was signed by Ali Sayed on Monday, officials said.", ["Ali Sayed"]),
    ("The report was written by Amr Rashed and published in May.", ["Amr Rashed"]),
])
def test_a_listed_surname_is_no_past_tense(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_a_listed_surname_opening_a_company_is_no_verb() -> None:
    from scoexport import process

    facts = process(text="Harding Holdings said its profits rose last year.").facts
    assert [(f.text, f.entity_type) for f in facts if f.kind == "entity"] == [("Harding Holdings", "organization")]
