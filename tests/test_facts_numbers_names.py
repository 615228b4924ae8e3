"""Numbers that are parts of names or of expressions (issue 15, fourth round): no fact; the counts beside them stay."""
from __future__ import annotations

import pytest

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def texts(text: str, language: str | None = None) -> list[str]:
    from scoexport.records import Metadata

    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return [f.text for f in of_kind(facts, *NUMERIC)]


@pytest.mark.parametrize(("text", "kept"), [
    # a number before a singular name names it
    ("Two crashes of its popular 737 Max jet killed people.", ["Two"]),
    ("Anyone who visited the store at 421 Route 59 was exposed.", []),
    ("You have been named a 40 Under 40 Award recipient.", []),
    # a model's number after a count: the count counts
    ("It comes in addition to five 787 Dreamliner sales this week.", ["five"]),
    # a count before a plural name, or before a name and a plural noun, counts
    ("Apple employs about 450 Dreamers.", ["about 450"]),
    ("Emirates cut its order of 30 Boeing jets on Wednesday.", ["30"]),
    ("At least 6 Democratic candidates spoke.", ["At least 6"]),
    ("Storage is 5 GB per user.", ["5 GB"]),
])
def test_numbers_before_names(text: str, kept: list[str]) -> None:
    got = texts(text)
    assert [g for g in got if g in " ".join(kept) or any(k.endswith(g) for k in kept)] == got, got
    assert len(got) == len(kept)


def test_a_language_that_capitalizes_every_noun() -> None:
    # the capitalized noun after the number is no name; the German scale word is read (number_languages.json)
    assert texts("Das betrifft 80 Millionen Menschen.", language="de") == ["80 Millionen"]


@pytest.mark.parametrize(("text", "kept"), [
    ("This is a new take and one that we think will change the industry.", 0),
    ("She was only half-surprised by the news.", 0),
    ("It is a half-hour drive from the city.", 1),
    ("Williams was charged with first-degree murder.", 0),
    ("One of the habits, put first things first, helps.", 0),
    ("Be the first to know.", 0),
    ("Only one that survived was found.", 0),
])
def test_number_words_that_count_nothing(text: str, kept: int) -> None:
    assert len(texts(text)) == kept, texts(text)


def units(text: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text)
    return [(f.text, f.unit) for f in of_kind(facts, *NUMERIC)]


@pytest.mark.parametrize(("text", "found"), [
    ("NASA released two highly critical reports.", ("two", "highly critical reports")),
    ("NASA said that nine US companies were eligible.", ("nine", "US companies")),
    ("The first thing they found out was the leak.", ("first", "thing")),
    ("The first session I did was a total disaster.", ("first", "session")),
    ("When you woke up that first morning, it rained.", ("first", "morning")),
    ("The best second-place finishers go through.", ("second", "finishers")),
    ("A four-door car was redesigned.", ("four", "door")),  # a count joined to its noun keeps it
])
def test_what_a_number_counts_past_adverbs_and_compounds(text: str, found: tuple) -> None:
    assert found in units(text)


@pytest.mark.parametrize(("text", "found"), [
    ("I only use a cup and a half of honey.", ("a cup and a half", 1.5, "cup")),
    ("The drive takes an hour and a half.", ("an hour and a half", 1.5, "hour")),
    ("It took two years and a half.", ("two years and a half", 2.5, "years")),
])
def test_a_noun_and_a_half_is_one_number(text: str, found: tuple) -> None:
    facts, _ = facts_of(text)
    assert [(f.text, f.value_num, f.unit) for f in of_kind(facts, *NUMERIC)] == [found]
