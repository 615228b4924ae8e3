"""German capitalizes every noun: a common noun the lexicon lists (data/common_nouns_languages.json) opens or ends no
person's name in German text, while names that are also nouns ("Koch", "Bauer") and bodies' names keep working."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.name_stops import common_nouns
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _entities(text: str, kind: str) -> set[str]:
    facts, _ = facts_of(text, metadata=Metadata(language="de"))
    return {f.text for f in of_kind(facts, "entity") if f.entity_type == kind}


@pytest.mark.parametrize("text", [
    "Was erhält sie zurück? Jede Menge Zeichen, die mir sagen, es ist das Richtige.",  # "Menge": no given name
    "Die Sterblichkeit ist hoch: Erste Daten des britischen Registers deuten darauf hin.",
    "Dichter Rauch hing im Herbst des Jahres 1997 über Indonesien.",
    "Sie erzählt, dass ihr die engen Klamotten für die Rolle Bauchschmerzen machten.",
    "Evans Kolumne macht auf Paarberatung für zwei Männer.",  # a given name's genitive before a noun
    "Dann sollte Aron das respektieren und Giannis Entscheidung mittragen.",
    "Dey bestellt Gianni Snacks und eine Suppe, die sich Gianni nur warm machen muss.",
    "Er muss dem Direktor Bericht erstatten.",  # a noun after an office is the verb's object
    "Warum der Minister Antwort schuldig blieb, weiß niemand.",
])
def test_a_common_noun_is_no_part_of_a_name(text: str) -> None:
    people = _entities(text, "person")
    assert not {p for p in people if any(w in common_nouns("de")[0] for w in p.split())}, people
    assert not {"Menge Zeichen", "Erste Daten", "Dichter Rauch", "Rolle Bauchschmerzen"} & people


@pytest.mark.parametrize(("text", "person"), [
    ("In der Talkshow sagte Loriot im Gespräch mit Marianne Koch einst selbst, Satire richte sich nach oben.",
     "Marianne Koch"),
    ("Helge Schneider meint zu den Sketchen, man habe sich sehr amüsiert.", "Helge Schneider"),
    ("Auf dem Hof arbeitet seit Jahren Thomas Bauer mit seiner Familie.", "Thomas Bauer"),
    ("Der Verband hat Birgit Fischer als Rednerin eingeladen.", "Birgit Fischer"),
    ("Die Fotos hat Dominik Landwehr gemacht.", "Dominik Landwehr"),  # a surname that is also a noun
])
def test_surnames_that_are_also_nouns_stay_names(text: str, person: str) -> None:
    assert person in _entities(text, "person")


def test_a_name_after_a_title_ends_before_a_noun() -> None:
    assert _entities("Morgen muss SPD-Chef Klingbeil Bericht erstatten.", "person") == {"Klingbeil"}
    assert _entities("Das hat Frau Hoffmann Journalisten erzählt.", "person") == {"Hoffmann"}


@pytest.mark.parametrize(("text", "body"), [
    ("Das Bundesamt für Migration und Flüchtlinge hat die Zahlen veröffentlicht.", "Bundesamt für Migration"),
    ("Die Aktie der Deutschen Bank fiel am Morgen.", "Deutschen Bank"),
    ("Laut dem Robert Koch-Institut sind die Zahlen gestiegen.", "Robert Koch-Institut"),
])
def test_bodies_named_with_nouns_stay_names(text: str, body: str) -> None:
    assert any(name.startswith(body) for name in _entities(text, "organization"))


def test_the_lexicon_holds_no_name() -> None:
    nouns, given_nouns = common_nouns("de")
    assert {"Zeichen", "Kolumne", "Entscheidung", "Bericht"} <= nouns
    assert not {"Koch", "Bauer", "Fischer", "Schneider", "Landwehr", "Essen", "Berlin", "Christian"} & nouns
    assert {"Menge", "Rolle", "Dichter"} <= given_nouns
    assert not {"Rose", "Karen", "Christian", "Peter"} & given_nouns
    assert common_nouns("en") == (frozenset(), frozenset())


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(("Katrin", "Helmut", "Christian", "Marianne", "Dieter", "Ursula")),
       st.sampled_from(sorted(common_nouns("de")[0])))
def test_no_person_ends_in_a_common_noun(first: str, noun: str) -> None:
    """Whatever noun stands after a given name in German text, the person found (if any) does not end in it."""
    people = _entities(f"Gestern hat {first} {noun} gesehen, sagte die Sprecherin.", "person")
    assert all(not p.endswith(noun) for p in people), people


@pytest.mark.parametrize(("text", "person"), [
    # a given name and a noun opening a main clause are one constituent: a name ("Vettel" is also a noun)
    ("Sebastian Vettel gewann im Herbst sein viertes Rennen in Folge.", "Sebastian Vettel"),
    ("Das Rennen war knapp. „Sebastian Vettel fuhr fehlerlos“, schrieb die Zeitung.", "Sebastian Vettel"),
    # a surname made of a noun's genitive ("Hummels"), which Wiktionary's surname row ("Hummel") does not list
    ("Im Spiel gegen Mainz traf Julia Hummels per Kopf zum Ausgleich.", "Julia Hummels"),
])
def test_a_surname_that_is_also_a_noun_after_a_given_name(text: str, person: str) -> None:
    assert person in _entities(text, "person")


@pytest.mark.parametrize("text", [
    "Annas Zimmer war leer.",  # the given name's genitive owns the noun after it
    "Weil das Lager leer war, bestellte Tobias Geld beim Verein.",  # a second object, not the sentence's opening
])
def test_a_noun_after_a_given_name_elsewhere_stays_a_noun(text: str) -> None:
    assert not {p for p in _entities(text, "person") if " " in p}


def test_a_surnames_genitive_is_no_noun_of_the_lexicon() -> None:
    nouns = common_nouns("de")[0]
    assert "Hummels" not in nouns and "Vettel" in nouns  # the rule above, not the list, reads "Sebastian Vettel"
