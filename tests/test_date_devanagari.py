"""Hindi dates in Devanagari, read by their script in a text of any guessed language (the language guess knows no
language of this script): sentences as Hindi business news writes them."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.extract.date_context import find_dates_in_context
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

_PUBLISHED = dt.date(2020, 2, 14)  # a Friday


def _dates(text: str, language: str | None = "en", published: dt.date | None = _PUBLISHED) -> dict[str, str | None]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language=language))
    return {f.text: f.value for f in of_kind(facts, "date")}


@pytest.mark.parametrize(("text", "written", "value"), [
    ("जनवरी में लगातार छठे महीने निर्यात में कमी आई है।", "जनवरी", "2020-01"),
    ("यह दिसंबर के 1.8 प्रतिशत गिरावट की तुलना में कम है।", "दिसंबर", "2019-12"),
    ("वाणिज्य विभाग की ओर से सोमवार को जारी आंकड़ों के मुताबिक निर्यात घटा है।", "सोमवार", "2020-02-10"),
    ("भारत ने अप्रैल-जनवरी के दौरान 399 अरब डॉलर का आयात किया है।", "अप्रैल-जनवरी", "2019-04/2020-01"),
    ("यह पिछले साल की समान अवधि की तुलना में 8.1 प्रतिशत कम है।", "पिछले साल", "2019"),
    ("पिछले महीने इसमें 8 प्रतिशत गिरावट दर्ज हुई थी।", "पिछले महीने", "2020-01"),
    ("मंत्री ने 14 फरवरी 2020 को बयान जारी किया।", "14 फरवरी 2020", "2020-02-14"),
    # Hindi papers also write the day and year in Devanagari digits
    ("मंत्री ने १४ फरवरी २०२० को बयान जारी किया।", "१४ फरवरी २०२०", "2020-02-14"),
    ("मंत्री ने ३ फरवरी को बयान जारी किया।", "३ फरवरी", "2020-02-03"),
    ("मंगलवार को परिषद की बैठक होगी।", "मंगलवार", "2020-02-18"),
])
def test_a_hindi_date_is_read_whatever_language_was_guessed(text: str, written: str, value: str) -> None:
    assert _dates(text).get(written) == value
    assert _dates(text, None).get(written) == value


def test_a_month_named_alone_needs_the_postposition_of_a_time() -> None:
    # "मार्च" is also a march, a procession
    assert _dates("किसानों ने मार्च निकाला और नारे लगाए।") == {}


def test_without_a_reference_only_a_written_year_has_a_value() -> None:
    found = {d.text: d.value for d in find_dates_in_context("जनवरी में निर्यात घटा; 14 फरवरी 2020 को बयान आया।")}
    assert found == {"जनवरी": None, "14 फरवरी 2020": "2020-02-14"}
