"""Bodies known by their letters in other languages: placed by a member noun, or defined in the text's language."""
from __future__ import annotations

import pytest

from scoexport.extract.language_bodies import language_bodies, names_body
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


@pytest.mark.parametrize(("text", "language", "bodies"), [
    ("Die Sprecherin der ÖVP widersprach, der CSU-Generalsekretär auch.", "de", ["ÖVP", "CSU"]),
    ("Rzecznik SLD odpowiedział, posłowie KO milczeli.", "pl", ["SLD", "KO"]),
    ("Le porte-parole du PCF a répondu.", "fr", ["PCF"]),
    ("El portavoz del PNV lo confirmó.", "es", ["PNV"]),
    ("Os deputados do PSDB votaram contra.", "pt", ["PSDB"]),
    ("Il segretario del PD ha parlato.", "it", ["PD"]),
])
def test_a_short_name_after_a_member_noun_is_a_body(text: str, language: str, bodies: list[str]) -> None:
    found = sorted(text[a:b] for a, b in language_bodies(text, language))
    assert found == sorted(bodies)


def test_what_a_member_noun_does_not_make_a_body() -> None:
    # a country's letters stay the country's; a word after the noun is no short name; English has its own rule
    assert language_bodies("Die US-Abgeordneten und der USB-Stick.", "de") == []
    assert language_bodies("Lider partii i rzecznik rządu.", "pl") == []
    assert language_bodies("The spokesman of the PNV said.", "en") == []


def test_a_definition_in_the_texts_language_names_a_body_by_its_head_noun() -> None:
    assert names_body("Europäische Wetterbehörde", "de")
    assert names_body("Instituto Nacional de Estadística", "es")
    assert not names_body("Bruttoinlandsprodukt", "de")
    text = "Die Europäische Wetterbehörde (EWB) warnte. Die EWB rechnet mit Sturm."
    facts, _ = facts_of(text, metadata=Metadata(language="de"))
    assert {(f.text, f.value) for f in of_kind(facts, "entity")} >= {("EWB", "Europäische Wetterbehörde")}


def test_head_noun_whole_or_as_ending_one_rule():
    """language_bodies.is_head_noun / ends_in_head_noun: the one reading of a German body's head noun, which
    noun_case_names' pairs use too ("Funke Mediengruppe" a body, "Salome Kammer" no pair either way)."""
    from scoexport.extract.language_bodies import ends_in_head_noun, is_head_noun
    from scoexport.extract.noun_case_names import noun_case_bodies

    assert ends_in_head_noun("Mediengruppe", "de") and not is_head_noun("Mediengruppe", "de")
    assert is_head_noun("Institut", "de") and ends_in_head_noun("Koch-Institut", "de")
    assert not ends_in_head_noun("Mediengruppe", "en")
    text = "Die Funke Mediengruppe teilte mit, dass Salome Kammer kommt."
    assert [text[a:b] for a, b in noun_case_bodies(text, "de")] == ["Funke Mediengruppe"]
