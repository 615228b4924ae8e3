"""An interview or testimony: the person a paragraph opens with speaks the paragraphs of quotes that follow it and
name no speaker, past the subheads set between them (issue 15). Examples written for these tests."""
from __future__ import annotations

import datetime as dt

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _speakers(*texts: str, kinds: tuple[str, ...] = ("body",) * 8, language: str = "en") -> list[str | None]:
    facts, _ = facts_of(*texts, kinds=kinds, metadata=Metadata(published_date=dt.date(2023, 11, 2), language=language))
    names = {f.entity_id: f.text for f in of_kind(facts, "entity")}
    return [names.get(q.entity_id) for q in of_kind(facts, "quote")]


def test_the_person_introduced_speaks_the_quotes_after_in_french_marks() -> None:
    assert _speakers(
        "Karim Haddad, 41 ans, habite à Rafah avec sa femme et leurs quatre enfants depuis la fin de la guerre.",
        "« La nuit, on ne dort pas. On entend les avions au-dessus de nous et on attend le matin. »",
        "Les coupures d’eau",
        "« Chaque matin, je fais la queue pendant trois heures pour remplir deux bidons. »",
        kinds=("body", "body", "heading", "body"), language="fr") == ["Karim Haddad", "Karim Haddad"]


def test_the_person_introduced_speaks_in_english_too() -> None:
    assert _speakers(
        "Maria Lopez has run the bakery on Elm Street for twenty years and plans to close it in March.",
        "“The rent doubled in two years. I cannot pass that on to people who buy bread every morning.”",
    ) == ["Maria Lopez"]


def test_a_paragraph_that_does_not_open_with_a_person_introduces_no_one() -> None:
    assert _speakers(
        "The bakery on Elm Street, which Maria Lopez has run for twenty years, will close in March.",
        "“The rent doubled in two years. Nobody can pass that on to people who buy bread every morning.”",
    ) == [None]


def test_a_quote_with_its_own_verb_of_speech_keeps_its_speaker() -> None:
    assert _speakers(
        "Maria Lopez has run the bakery on Elm Street for twenty years and plans to close it in March.",
        "“The rent doubled in two years,” said her landlord, Tom Becker, who owns the building.",
    ) == ["Tom Becker"]


def test_a_verb_alone_after_a_quote_takes_who_spoke_last_where_the_language_drops_the_subject() -> None:
    assert _speakers(
        "“La deuda supera los 300 millones de soles”, afirmó el ministro Carlos Rivera.",
        "Recordó que el acuerdo ya se paga. “Con ambos montos se cubre parte de la reparación”, señaló.",
        language="es") == ["Carlos Rivera", "Carlos Rivera"]


def test_english_keeps_a_subjectless_verb_without_speaker() -> None:
    assert _speakers(
        "“The debt is above 300 million dollars,” said the minister Carlos Rivera.",
        "The deal is being paid. “Both amounts cover part of the damages,” noted the report.",
    )[1] is None
