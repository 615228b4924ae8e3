from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    # a span of years is one date, "and" only after "between"; the edge of a numbered year is its month
    ("The probe flew from 2004 to 2017, the survey between 1990 and 1995.",
     [("2004 to 2017", "2004/2017", "year"), ("1990 and 1995", "1990/1995", "year")]),
    ("Votes in 2004 and 2017 differ; the 2010-2012 drought ended.",
     [("2004", "2004", "year"), ("2017", "2017", "year"), ("2010-2012", "2010/2012", "year")]),
    ("The fleet grows by the end of 2025.", [("the end of 2025", "2025-12", "month")]),
    # a span writes its year once, after its end: the start is of that year, days as months ("from November to
    # February 2020"), not the one nearest the publication date; a date listed before a year shares it
    ("The show ran from July 10 to July 16, 2019.", [("July 10 to July 16, 2019", "2019-07-10/2019-07-16", "day")]),
    ("He served from December 28 to January 3, 2020.",
     [("December 28 to January 3, 2020", "2019-12-28/2020-01-03", "day")]),
    ("Prices rose from November to February 2020.", [("November to February 2020", "2019-11/2020-02", "month")]),
    ("The polls closed on March 3 and May 5, 2019.", [("March 3", "2019-03-03", "day"), ("May 5, 2019", "2019-05-05", "day")]),
    # words that place a date keep it where they place it, before a year written after it
    ("Prices rose last March and May 2019.", [("last March", "2022-03", "month"), ("May 2019", "2019-05", "month")]),
    ("It ends by the end of the year and the end of 2025.",
     [("the end of the year", "2023-12", "month"), ("the end of 2025", "2025-12", "month")]),
])
def test_contextual_dates(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(d.text, d.value, d.precision) for d in find_dates_in_context(text, FRIDAY)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Crowds queued for Black Friday and Good Friday services.", []),  # names that hold a weekday
    ("Super Tuesday decided it, USA Today said.", []),
    ("Shares list on the Hong Kong Exchange next Tuesday.", [("next Tuesday", "2023-03-21", "day")]),
    ("The shop opened on Friday.", [("Friday", "2023-03-17", "day")]),
    ("They met four years ago and again a week ago.", [("four years ago", "2019", "year"), ("a week ago", "2023-W10", "week")]),
    ("It was founded fifteen years ago.", [("fifteen years ago", "2008", "year")]),  # any number word, not one to twelve
    ("Two decades ago it lost out to Paris in 2013 as planned.",
     [("Two decades ago", "2000/2009", "decade"), ("2013", "2013", "year")]),
    ("He was seen on Sunday night.", [("Sunday night", "2023-03-12", "day")]),
    ("It closed on Sept. 30 and reopened Dec. 4.", [("Sept. 30", "2022-09-30", "day"), ("Dec. 4", "2022-12-04", "day")]),
    ("The tour will stop in Ohio on July 22.", [("July 22", "2023-07-22", "day")]),  # future: the next July 22
    ("Sales open at 10 a.m. Friday, April 7.", [("April 7", "2023-04-07", "day")]),  # the weekday restates the date
    ("It happened at 6 p.m. on Thursday, May 19.", [("May 19", "2022-05-19", "day")]),  # the year it was a Thursday
    ("Prices fell the previous week.", [("the previous week", "2023-W10", "week")]),
    ("Shipments slip to the first half of 2024.", [("the first half of 2024", "2024-01/2024-06", "month")]),
    ("Sales fell in the last quarter of last year.", [("the last quarter of last year", "2022-10/2022-12", "month")]),
    ("A vote is due before the end of the year.", [("the end of the year", "2023-12", "month")]),
    ("The 2021 RAV4 Prime followed a 2018 analysis.", [("2018", "2018", "year")]),  # a model year is part of a name
    # a time after the day is not its year: an event listing's "Month day, hours"
    ("The reception is on Saturday, March 25, 5-8pm.", [("March 25", "2023-03-25", "day")]),
    ("Tickets go on sale April 7, 10 a.m. sharp.", [("April 7", "2023-04-07", "day")]),
])
def test_names_and_relative_forms(text: str, found: list[tuple[str, str, str]]) -> None:
    assert [(d.text, d.value, d.precision) for d in find_dates_in_context(text, FRIDAY)] == found


def test_clock_times_take_the_day_their_sentence_names() -> None:
    facts, _ = facts_of("Doors open at 7:30 p.m. on Saturday, March 25. Kickoff moved to 1 p.m. after the game "
                        "clock showed 7:14.", published=FRIDAY)
    assert [(f.text, f.value, f.precision) for f in of_kind(facts, "date")] == [
        ("7:30 p.m.", "2023-03-25T19:30", "time"), ("March 25", "2023-03-25", "day"), ("1 p.m.", None, "time")]
    assert of_kind(facts, "number") == []


def test_a_copyright_line_is_not_in_the_timeline() -> None:
    facts, _ = facts_of("Trade grew in 2019.", "© Thomson Reuters 2020. All rights reserved.", "Copyright 2018 Acme Ltd.",
                        "All content (c) 2017 the authors, used with permission.", published=FRIDAY)
    assert [f.text for f in of_kind(facts, "date")] == ["2019"]
    assert of_kind(facts, "number") == []


def test_without_a_reference_relative_dates_are_found_unresolved() -> None:
    found = find_dates_in_context("On Tuesday, last May, in 2019, on 5 March 2020, two years ago", None)
    assert [(d.text, d.value) for d in found] == [
        ("Tuesday", None), ("last May", None), ("2019", "2019"), ("5 March 2020", "2020-03-05"), ("two years ago", None)]


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


@given(st.lists(st.sampled_from(["5000 years ago", "99999 days ago", "900 decades ago", "the fourth half of 2020",
                                 "Friday, February 30", "31 April", "last Sunday night", "Sept. 31", "the 1600s",
                                 "early 1601", "the end of next month", "a week ago", "1 p.m."]), min_size=1, max_size=5),
       st.sampled_from([None, dt.date(1600, 1, 5), dt.date(2024, 2, 29), dt.date(2099, 12, 20)]))
def test_odd_dates_never_fail(parts: list[str], reference: dt.date | None) -> None:
    # publication dates are read in the years 1600-2099 (date_text), so references stay there
    text = "It happened " + ", ".join(parts) + "."
    for d in find_dates_in_context(text, reference):
        assert text[d.start:d.end] == d.text
