"""Findings of session 10's review of numbers and text kinds: each test fails on the code before its fix."""
from __future__ import annotations

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def found(text: str, language: str | None = "en") -> list[tuple[str, str, float | None, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return [(f.kind, f.text, f.value_num, f.unit) for f in of_kind(facts, *NUMERIC)]


def texts(text: str, language: str | None = "en") -> list[str]:
    return [t for _, t, _, _ in found(text, language)]


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Death toll: 1,200 people", "en", ["1,200"]),
    ("Update: 12 people died", "en", ["12"]),
    ("Unemployment: 5.4%", "en", ["5.4%"]),
    ("Prezzo: 12 euro", "it", ["12 euro"]),
])
def test_a_field_under_a_label_of_the_text_is_a_fact(text: str, language: str, kept: list[str]) -> None:
    assert texts(text, language) == kept


@pytest.mark.parametrize(("text", "language"), [
    ("Reading time: 5 minutes", "en"), ("Tempo di lettura: 3 minuti", "it"), ("Lesezeit: 4 Minuten", "de"),
    ("Temps de lecture : 6 minutes", "fr"),
])
def test_a_reading_time_is_furniture(text: str, language: str) -> None:
    assert texts(text, language) == []
