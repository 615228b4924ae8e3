"""Counted spans of time and money ranges (session 15, issue 15): each test fails on the code before its rule. The
publication date is Sunday 5 November 2023."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

SUNDAY = dt.date(2023, 11, 5)


def _facts(text: str, language: str) -> tuple[list[tuple[str, str | None]], list[tuple[str, float | None, float | None,
                                                                                       str | None]]]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=SUNDAY, language=language))
    dates = [(f.text, f.value) for f in of_kind(facts, "date")]
    numbers = [(f.text, f.value_num, f.value_high, f.unit) for f in of_kind(facts, "number", "money", "quantity")]
    return dates, numbers


@pytest.mark.parametrize(("language", "text", "written"), [
    # the ordinal "first" counts a span from an event the words name, as "the past" counts one to the time of writing
    ("en", "During the first 90 days of the new rules, complaints doubled.", "the first 90 days"),
    ("en", "Sales fell in the first three years of the venture.", "the first three years"),
    ("de", "In den ersten drei Monaten verkaufte der Laden kaum etwas.", "ersten drei Monaten"),
    ("es", "En los primeros 6 meses del año las ventas cayeron.", "primeros 6 meses"),
    # two counts of one span: its length left open, its place not
    ("en", "Rents will rise over the next 5 to 8 years, the report says.", "the next 5 to 8 years"),
    ("en", "Nobody has called in the past two or three weeks.", "the past two or three weeks"),
    ("en", "The storm moved north over the last 24-48 hours.", "the last 24-48 hours"),
    ("de", "In den kommenden 20 bis 30 Jahren wird das Klima wärmer.", "kommenden 20 bis 30 Jahren"),
    ("de", "In den vergangenen zwei, drei Jahren hat sich im Ort viel getan.", "vergangenen zwei, drei Jahren"),
    ("es", "En los últimos 2 o 3 años la ciudad creció mucho.", "últimos 2 o 3 años"),
    ("it", "Negli ultimi 2-3 anni la città è cresciuta.", "ultimi 2-3 anni"),
    # French writes the span's adjective between the count and the period
    ("fr", "Au cours des cinq dernières années, le quartier a changé.", "cinq dernières années"),
    ("fr", "Les 100 premiers jours du maire ont déçu.", "100 premiers jours"),
])
def test_a_counted_span_is_a_date_without_a_value_and_its_counts_no_numbers(language: str, text: str,
                                                                            written: str) -> None:
    dates, numbers = _facts(text, language)
    assert (written, None) in dates
    assert numbers == []


@pytest.mark.parametrize(("text", "written"), [
    ("The mill was sold two to three years ago.", "two to three years ago"),
    ("The bridge opened 10-15 years ago, locals say.", "10-15 years ago"),
    ("Five to six weeks later, the rules changed again.", "Five to six weeks later"),
])
def test_english_counts_back_or_on_with_two_counts_are_one_date_without_a_value(text: str, written: str) -> None:
    # one count back is valued ("three years ago": 2020); two leave the year open, and neither count is a number
    dates, numbers = _facts(text, "en")
    assert dates == [(written, None)]
    assert numbers == []


def test_a_count_back_with_two_counts_has_no_value() -> None:
    # "vor drei Jahren" is 2020; "vor zwei bis drei Jahren" is 2020 or 2021, which the words leave open
    dates, numbers = _facts("Vor zwei bis drei Jahren war das Viertel noch ruhig.", "de")
    assert dates == [("Vor zwei bis drei Jahren", None)]
    assert numbers == []
    assert _facts("Vor drei Jahren war das Viertel noch ruhig.", "de")[0] == [("Vor drei Jahren", "2020")]


def test_a_year_and_a_length_listed_with_a_comma_are_no_span() -> None:
    # "zwei, drei Jahre" joins two counts, the second the larger; "2010, 5 Jahre" a year and a length
    dates, numbers = _facts("Er lebt seit 2010, 5 Jahre davon im Ausland.", "de")
    assert dates == [("2010", "2010")]
    assert [n[:2] for n in numbers] == [("5", 5)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The first two chapters of the novel are slow."),  # "first" before a count of no period: a selection
    ("en", "He was jailed for four years."),  # a length, no span
    ("de", "Er hat zwei, drei Bücher über das Thema gelesen."),  # joined counts of no period
])
def test_counts_of_no_span_stay_numbers(language: str, text: str) -> None:
    dates, numbers = _facts(text, language)
    assert dates == []
    assert numbers


@pytest.mark.parametrize(("language", "text", "low", "high", "currency"), [
    ("en", "Tickets cost 15 to 25 dollars at the door.", 15, 25, "USD"),
    ("en", "The fund raised 5 to 7 million euros from donors.", 5_000_000, 7_000_000, "EUR"),
    ("en", "The project needs between 4 and 6 billion dollars.", 4_000_000_000, 6_000_000_000, "USD"),
    ("de", "Ein Ticket kostet 30 bis 40 Euro.", 30, 40, "EUR"),
    ("de", "Der Umbau kostet zwischen 3 und 4 Millionen Euro.", 3_000_000, 4_000_000, "EUR"),
])
def test_a_currency_written_once_after_the_high_end_makes_one_money_range(language: str, text: str, low: float,
                                                                          high: float, currency: str) -> None:
    _, numbers = _facts(text, language)
    assert [(n[1], n[2], n[3]) for n in numbers] == [(low, high, currency)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Prices rose from 10 to 12 euros last year."),  # a change: two amounts, a start and an end
    ("en", "She paid 10 and 20 euros on different days."),  # "and" without "between"
    ("de", "Die Preise stiegen von 10 auf 12 Euro."),  # German says a change with "auf"
])
def test_two_amounts_no_range_joins_stay_apart(language: str, text: str) -> None:
    _, numbers = _facts(text, language)
    assert len(numbers) == 2
    assert all(n[2] is None for n in numbers)
