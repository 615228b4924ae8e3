from __future__ import annotations

import datetime as dt

import pytest

from scoexport.date_text import find_dates
from scoexport.extract.date_context import find_dates_in_context

from .facts_util import facts_of, of_kind

FRIDAY = dt.date(2023, 3, 17)  # a Friday in March


@pytest.mark.parametrize(("text", "found"), [
    ("The ministers met on Tuesday.", [("Tuesday", "2023-03-14", "day")]),
    ("The vote will take place on Monday.", [("Monday", "2023-03-20", "day")]),
    ("Talks opened on Thursday and will close on Saturday.",
     [("Thursday", "2023-03-16", "day"), ("Saturday", "2023-03-18", "day")]),
    ("The bank cut rates last November.", [("last November", "2022-11", "month")]),
    ("Elections are due next June.", [("next June", "2023-06", "month")]),
    ("Exports rose this year and will rise next year.", [("this year", "2023", "year"), ("next year", "2024", "year")]),
    ("Prices fell last month.", [("last month", "2023-02", "month")]),
    ("The accord was signed on February 28.", [("February 28", "2023-02-28", "day")]),
    ("The fair runs 2-5 April.", [("2-5 April", "2023-04-02/2023-04-05", "day")]),
    ("He said so yesterday.", [("yesterday", "2023-03-16", "day")]),
    ("The treaty dates from 1648 and the bank from the 1990s.", [("1648", "1648", "year"), ("the 1990s", "1990/1999", "decade")]),
    ("Output peaked in mid-2021.", [("mid-2021", "2021", "year")]),
    ("The plan runs until 2030.", [("2030", "2030", "year")]),
])
def test_contextual_dates(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(d.text, d.value, d.precision) for d in find_dates_in_context(text, FRIDAY)] == found


def test_without_a_reference_only_self_sufficient_dates() -> None:
    found = find_dates_in_context("On Tuesday, last May, in 2019, on 5 March 2020", None)
    assert [d.value for d in found] == ["2019", "2020-03-05"]


def test_counts_are_not_years() -> None:
    assert find_dates_in_context("They planted 2000 trees and paid $1999.", FRIDAY) == []


def test_absolute_finder_unchanged_for_other_callers() -> None:
    assert [d.value for d in find_dates("in 2001 and on 3 May 2021")] == ["2021-05-03"]


def test_date_facts_resolve_against_the_dateline_when_no_publication_date() -> None:
    facts, _ = facts_of("Published on 4 January 2022", "The board met on Monday.", kinds=("dateline", "body"))
    dates = of_kind(facts, "date")
    assert [(f.text, f.value, f.precision) for f in dates] == [
        ("4 January 2022", "2022-01-04", "day"), ("Monday", "2022-01-03", "day")]
    assert dates[1].sentence_id == "doc-p0001-s000" and (dates[1].start, dates[1].end) == (17, 23)
