"""Dates by the languages' grammar (session 12, issue 15): each test fails on the code before its rule. The
publication date is Sunday 5 November 2023 or Monday 6 November 2023, so that a month's or a weekday's side shows."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

SUNDAY, MONDAY = dt.date(2023, 11, 5), dt.date(2023, 11, 6)


def _dates(text: str, language: str, published: dt.date = SUNDAY) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language=language))
    return [(f.text, f.value) for f in of_kind(facts, "date")]


def _people(text: str, language: str) -> list[str]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=SUNDAY, language=language))
    return [f.text for f in of_kind(facts, "entity") if f.entity_type == "person"]


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Ab Montag gilt die neue Regel.", "Montag", "2023-11-06"),
    ("Ab Freitag sind die Schwimmbäder wieder geöffnet.", "Freitag", "2023-11-10"),
])
def test_a_preposition_the_name_lists_hold_before_a_weekday_opens_no_name(text: str, written: str, value: str) -> None:
    # "Ab" is a Dutch given name ("Ab Osterhaus"); in German it is the preposition, and a weekday is no surname
    assert (written, value) in _dates(text, "de")
    assert _people(text, "de") == []
