"""Spanish and Portuguese names keep their second surname (issue 15, extract/second_surnames.py). Examples
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _people(text: str, language: str) -> set[str]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=dt.date(2023, 9, 1), language=language))
    return {f.text for f in of_kind(facts, "entity") if f.entity_type == "person"}


@pytest.mark.parametrize(("language", "text", "name"), [
    ("es", "La fiscalía acusó a Alberto Pasco Font (miembro del comité) por colusión.", "Alberto Pasco Font"),
    ("es", "También declaró Sergio Bravo Orellana ante el juez.", "Sergio Bravo Orellana"),
    ("pt", "O relator Carlos Almeida Ferraz votou contra o projeto.", "Carlos Almeida Ferraz"),
])
def test_the_second_surname_belongs_to_the_name(language: str, text: str, name: str) -> None:
    assert name in _people(text, language)


@pytest.mark.parametrize(("language", "text", "name"), [
    # English keeps its rules: a capitalized word after a name is another word there
    ("en", "The board heard Alberto Pasco Font experts on Monday.", "Alberto Pasco Font"),
    # a function word of the language opens the next name
    ("es", "La reunión con Alberto Pasco La Niña fue breve.", "Alberto Pasco La"),
])
def test_no_second_surname_where_the_word_is_not_one(language: str, text: str, name: str) -> None:
    assert name not in _people(text, language)
