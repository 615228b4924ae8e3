"""Spans of days joined by a word for "to", and spans of years that write their end year by its last digits."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.extract.date_context import find_dates_in_context

REF = dt.date(2019, 5, 20)


def _dates(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates_in_context(text, REF, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The workshop ran in Lyon from 4 to 9 March 2016, with a party after.", "en",
     ("4 to 9 March 2016", "2016-03-04/2016-03-09")),
    ("The fair was open from May 2nd to 6th, 2018 for visitors.", "en",
     ("May 2nd to 6th, 2018", "2018-05-02/2018-05-06")),
    ("Das Treffen fand vom 3. bis 7. Juni 2012 in Kassel statt.", "de", ("3. bis 7. Juni 2012", "2012-06-03/2012-06-07")),
    ("Le salon s'est tenu du 12 au 15 octobre 2017 à Nantes.", "fr", ("12 au 15 octobre 2017", "2017-10-12/2017-10-15")),
    ("La feria se celebró del 8 al 11 de junio de 2015 en Sevilla.", "es",
     ("8 al 11 de junio de 2015", "2015-06-08/2015-06-11")),
])
def test_two_days_joined_by_a_word_for_to_before_one_month_and_year_are_one_span(
        text: str, language: str, expected: tuple[str, str]) -> None:
    assert _dates(text, language) == [expected]


def test_a_span_of_days_without_its_year_is_one_date_too() -> None:
    # the month written once belongs to both days, as in "March 4-9"
    assert _dates("A sprint was held from 4 to 9 March, before the release.") == [("4 to 9 March", "2019-03-04/2019-03-09")]
    assert _dates("A sprint was held from March 4th to 9th, before the release.") == \
        [("March 4th to 9th", "2019-03-04/2019-03-09")]


def test_days_in_the_wrong_order_make_no_span() -> None:
    assert ("9 to 4 March 2016", "2016-03-09/2016-03-04") not in _dates("It moved from 9 to 4 March 2016.")
    assert all("/" not in (value or "") for _, value in _dates("It moved from 9 to 4 March 2016."))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The 2015/16 season was the club's best.", "en", ("2015/16", "2015/2016")),
    ("Die Saison 2015/16 war die beste.", "de", ("2015/16", "2015/2016")),
    ("These notes were written in 1987–9 by two lecturers.", "en", ("1987–9", "1987/1989")),
    ("The 2011-12 budget was cut.", "en", ("2011-12", "2011/2012")),
    ("The reforms of 1998–03 changed it.", "en", ("1998–03", "1998/2003")),
    ("Between the wars, 1919-39, it grew.", "en", ("1919-39", "1919/1939")),
])
def test_a_span_of_years_may_write_its_end_year_by_its_last_digits(text: str, language: str,
                                                                   expected: tuple[str, str]) -> None:
    assert _dates(text, language) == [expected]


@pytest.mark.parametrize("text", [
    "The archive was created 2004-07 and kept.",   # ISO 8601's year and month, not 2004 to 2007
    "Order 1998-2 was filed.",                      # one digit ends a span within its decade only
    "See https://example.org/2009/10/notes.html",   # a path
    "The value 2016/16 repeats.",                   # an end year no later than the start
    "It runs on Office 2004/8 for the Mac.",        # a slash lists two years that do not follow each other
])
def test_digits_after_a_year_that_cannot_end_its_span_make_none(text: str) -> None:
    assert all("/" not in (value or "") for _, value in _dates(text))
