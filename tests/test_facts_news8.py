"""Dates, counts and speakers English news writes loosely (issue 15, eighth round): weekends, seasons, holidays,
centuries, the edges and lists of months, the noun a count governs past an owner, a person's statement as speaker.
The sentences are written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport.extract.date_context import find_dates_in_context
from scoexport.extract.date_seasons import easter, holiday, season_words
from scoexport.extract.number_units import unit_after

from .facts_util import facts_of, of_kind

TUESDAY = dt.date(2021, 10, 12)  # a Tuesday in autumn
SATURDAY = dt.date(2021, 10, 16)


def dates(text: str, ref: dt.date = TUESDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates_in_context(text, ref, "en")]


@pytest.mark.parametrize(("text", "found"), [
    # the weekend news tells of is the last one, unless the clause looks ahead
    ("The band played two shows at the weekend.", [("the weekend", "2021-10-09/2021-10-10")]),
    ("The market will reopen over the weekend.", [("the weekend", "2021-10-16/2021-10-17")]),
    ("The exhibition opens this weekend.", [("this weekend", "2021-10-16/2021-10-17")]),
    ("Rain spoiled last weekend's regatta.", [("last weekend", "2021-10-09/2021-10-10")]),
    ("They met again that weekend.", [("that weekend", None)]),
    # a weekend of an event the story names is not one the publication day places
    ("Votes are counted on the last weekend of the fair.", []),
])
def test_weekends(text: str, found: list) -> None:
    assert dates(text) == found


def test_a_weekend_seen_from_a_saturday_is_its_own() -> None:
    assert dates("Crowds gathered at the weekend.", SATURDAY) == [("the weekend", "2021-10-16/2021-10-17")]


# a season's value is its year and TimeML's code ("2021-SU"), the convention of the annotation rounds since the fifth
# (bench/devset/README.md), in English as in the other languages (session 13)
@pytest.mark.parametrize(("text", "found"), [
    ("The striker joined the club in the summer.", [("the summer", "2021-SU")]),
    ("The ferry service will resume in the spring.", [("the spring", "2022-SP")]),
    ("Sales slowed this autumn.", [("this autumn", "2021-FA")]),
    ("The trial starts next spring and ends by summer 2023.", [("next spring", "2022-SP"), ("summer 2023", "2023-SU")]),
    ("She wrote most of it during the Summer of 1969.", [("the Summer of 1969", "1969-SU")]),
    # winter runs across a year's end: placed only where its year is written
    ("Snow closed the pass last winter; the road reopened in winter 2019.",
     [("last winter", None), ("winter 2019", "2019-WI")]),
    ("They married that summer.", [("that summer", None)]),
    # a present tense alone tells of every summer; a noun of the season's span names this one
    ("In the summer the attic gets too hot to work in.", []),
    ("Hotels fill up as the summer holiday season begins.", [("the summer", "2022-SU")]),
    # "fall" is a drop as often as a season, and a season before a noun may be no time at all
    ("The fall of the wall was followed by a fall in prices.", []),
    ("Summer clothes and spring water are on sale.", []),
    ("The committee meets this fall.", [("this fall", "2021-FA")]),
])
def test_seasons(text: str, found: list) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("year", "day"), [(2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
                                           (2038, "2038-04-25"), (1818, "1818-03-22")])
def test_easter_by_the_computus(year: int, day: str) -> None:
    assert easter(year).isoformat() == day


@given(st.integers(1583, 4099))
def test_easter_is_a_sunday_between_march_22_and_april_25(year: int) -> None:
    day = easter(year)
    assert day.weekday() == 6 and dt.date(year, 3, 22) <= day <= dt.date(year, 4, 25)


@given(st.sampled_from(sorted(season_words()["holidays"])), st.integers(1900, 2100))
def test_every_holiday_falls_in_its_year(name: str, year: int) -> None:
    assert holiday(name, year).year == year


@pytest.mark.parametrize(("text", "found"), [
    ("The shops will close on Christmas Eve and reopen after Boxing Day.",
     [("Christmas Eve", "2021-12-24"), ("Boxing Day", "2021-12-26")]),
    ("Turnout fell before Easter.", [("Easter", "2021-04-04")]),
    ("The parade returns at Thanksgiving.", [("Thanksgiving", "2021-11-25")]),
    ("Workers marched on Labor Day, 2019.", [("Labor Day, 2019", "2019-09-02")]),
    ("Pools open on Memorial Day.", [("Memorial Day", "2022-05-30")]),
    # a holiday's name before a noun or inside a name is no date
    ("The Christmas decorations went up early on Christmas Island.", []),
])
def test_holidays(text: str, found: list) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Since the start of the 21st century the river has flooded twice.", [("the 21st century", "2000/2099")]),
    ("Mills spread in the nineteenth century and the mid-20th century.",
     [("the nineteenth century", "1800/1899"), ("the mid-20th century", "1900/1999")]),
    ("Tolls date from the 14th Century.", [("the 14th Century", "1300/1399")]),
    ("The twenty-first century began quietly.", [("The twenty-first century", "2000/2099")]),
    # a company's name and an adjective are no century
    ("21st Century Fox sold a 21st-century studio.", []),
    # spans to the time of writing without a count have no value
    ("Output doubled over the past decade and may halve in the next decade.",
     [("the past decade", None), ("the next decade", None)]),
    ("Growth returns in the early 2030s.", [("the early 2030s", "2030/2039")]),
])
def test_centuries_and_decades(text: str, found: list) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Bookings open from the end of November.", [("the end of November", "2021-11")]),
    ("The regulator asked for the files in June and July.", [("June", "2021-06"), ("July", "2021-07")]),
    ("I spoke at September's summit.", [("September", "2021-09")]),
    ("Fares rose from January to March 2020.", [("January to March 2020", "2020-01/2020-03")]),
    # "in May," ends its clause: the month; a paragraph that names someone May reads none of its "May"s so
    ("In May, the board approved it.", [("May", "2021-05")]),
    ("Theresa May spoke. Few had faith in May, he said.", []),
    ("Prices in may be lower.", []),
])
def test_months_without_a_year(text: str, found: list) -> None:
    assert dates(text) == found


@pytest.mark.parametrize(("text", "found"), [
    # a part of the day makes a weekday after a place's name a day, not a name
    ("Police were called to a yard in Fresno Sunday morning.", [("Sunday morning", "2021-10-10")]),
    ("The minister flew to Oslo yesterday evening and will report later today.",
     [("yesterday evening", "2021-10-11"), ("later today", "2021-10-12")]),
    ("Queues formed for Black Friday night deals.", []),
    # a day counted from the story's own day is not the publication's
    ("The next morning the ferry left.", [("The next morning", None)]),
])
def test_days_and_parts_of_days(text: str, found: list) -> None:
    assert dates(text) == found


def test_the_seasons_reach_the_facts_table() -> None:
    facts, _ = facts_of("The museum reopened in the spring and will close again this winter.", published=TUESDAY)
    assert [(f.text, f.value, f.precision) for f in of_kind(facts, "date")] == [
        ("the spring", "2021-SP", "season"), ("this winter", None, "season")]


@pytest.mark.parametrize(("text", "end", "value", "after_of", "unit"), [
    ("12 of Canada's largest ports, officials said", 2, 12, False, "largest ports"),
    ("9 of the 14 districts reported", 1, 9, False, "districts"),
    ("45% of Norway's sovereign wealth fund, it said", 3, 0.45, True, "sovereign wealth fund"),
    ("a third of the mayor's voters stayed home", 7, 0.33, True, "voters"),
    # no owner: a share of a singular whole keeps its head after an adjective, not a verb after it
    ("half of the population lives there", 4, 0.5, True, "population"),
])
def test_a_count_past_an_owner_or_another_number(text: str, end: int, value: float, after_of: bool,
                                                unit: str) -> None:
    assert unit_after(text, end, value, after_of=after_of) == unit


def test_a_rank_ends_before_a_participle() -> None:
    assert unit_after("the second bank listed in Lagos", len("the second"), 2, ordinal=True) == "bank"
    assert unit_after("the first mixed doubles title", len("the first"), 1, ordinal=True) == "mixed doubles"


def test_a_persons_statement_speaks_for_its_owner() -> None:
    facts, _ = facts_of(
        "Governor Ana Ruiz said the bridge would stay shut.",
        "Her statement continued: “We are inspecting every span before the bridge carries traffic again.”",
        published=TUESDAY)
    people = {f.entity_id for f in of_kind(facts, "entity") if f.value == "Ana Ruiz"}
    quotes = of_kind(facts, "quote")
    assert len(quotes) == 1 and quotes[0].entity_id in people


def test_this_statement_names_no_speaker() -> None:
    facts, _ = facts_of(
        "Governor Ana Ruiz said the bridge would stay shut.",
        "This statement continued: “We are inspecting every span before the bridge carries traffic again.”",
        published=TUESDAY)
    assert [q.entity_id for q in of_kind(facts, "quote")] == [None]


@pytest.mark.parametrize(("text", "found"), [
    ("There will be one parade through the old town.", [("one", "parade")]),
    ("She was charged with one count of fraud.", [("one", "count")]),
    ("Squeeze the juice of one orange over it.", [("one", "orange")]),
    # a pronoun "one" after the same words: no noun follows it
    ("It bought all the assets of one, then sold them.", []),
    ("Each is signed by one or more of the trustees.", []),
])
def test_one_after_be_of_with_counts_a_noun(text: str, found: list) -> None:
    facts, _ = facts_of(text, published=TUESDAY)
    assert [(f.text, f.unit) for f in of_kind(facts, "number")] == found
