"""Issue 15, fourteenth round: what a kind's noun does not name ("la radio di Stato Rtm", "l'agenzia Ue per
l'energia"), and the speaker such a phrase must not take from the person it introduces.

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.extract.language_kinds import kind_bodies
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _bodies(text: str, language: str = "it") -> list[str]:
    return [text[start:end] for start, end in kind_bodies(text, language)]


def _quotes(*texts: str, language: str = "it") -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language))
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_the_capital_after_a_preposition_is_the_kinds_description() -> None:
    # "di Stato" says what kind of radio it is; the radio is named after it
    assert _bodies("Lo ha annunciato la radio di Stato Rtm, senza dare altri dettagli.") == ["Rtm"]
    # alone, the preposition's object is the body ("the newspaper of the CGT")
    assert _bodies("Il a longtemps écrit pour le journal de la CGT, dit-on.", "fr") == ["CGT"]
    # a qualifier in lower case leaves the name whole
    assert _bodies("Lo ha scritto il quotidiano economico Kronika Nova, citando fonti interne.") == ["Kronika Nova"]
    # German's one word between gives examples of the kind, and the name follows it
    assert _bodies("Es lohnt sich, eine Baufirma wie Kastrova zu beauftragen.", "de") == ["Kastrova"]


def test_a_capital_before_the_bodys_remit_is_its_owner() -> None:
    assert _bodies("Il direttore dell'agenzia Ue per l'energia Marco Bianchi è arrivato ieri a Roma.") == []
    assert _bodies("Le directeur de l'agence Otan pour la logistique est arrivé hier.", "fr") == []
    assert _bodies("Lo ha riferito l'agenzia Nova per prima, citando fonti locali.") == []
    # without a remit the capital after the noun is the body's own name
    assert _bodies("Lo ha riferito l'agenzia Nova, citando fonti locali.") == ["Nova"]


def test_the_person_after_an_owned_agency_speaks() -> None:
    got = _quotes("“La situazione è grave”. Lo ha detto il direttore dell'agenzia Ue per l'energia Marco Bianchi, "
                  "dopo la visita.")
    assert got == [("La situazione è grave", "Marco Bianchi")]


def _german(text: str) -> set[tuple[str, str]]:
    facts, _ = facts_of(text, metadata=Metadata(language="de"))
    return {(f.value, f.entity_type) for f in of_kind(facts, "entity")}


def test_a_third_part_of_a_german_name_is_kept() -> None:
    assert ("Sigrid Bakke Rønningen", "person") in _german("Im Ziel lag Sigrid Bakke Rønningen vor allen anderen.")
    assert ("Heinz Roth Kessler", "person") in _german("Der Winzer Heinz Roth Kessler zeigte uns seine Keller.")


def test_a_noun_or_a_place_after_a_german_name_is_no_part_of_it() -> None:
    found = _german("Morgen soll Christian Lindner Bericht erstatten.")
    assert ("Christian Lindner", "person") in found
    found = _german("Gestern war Olaf Scholz Hamburg zu Gast.")
    assert ("Olaf Scholz", "person") in found
    # another capital after the third word: the words go on to something we cannot split
    assert ("Heinz Roth", "person") in _german("Er traf Heinz Roth Kessler Weine am Markt.")
