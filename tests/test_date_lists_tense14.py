"""Dates of German and other news pages (session 14): a full date of an older century, days listed before one
month, a day ahead where its clause speaks of the future, a day something is moved to, half years counted back."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.extract.date_context import find_dates_in_context

FRIDAY = dt.date(2022, 2, 4)


def _dates(text: str, language: str, reference: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates_in_context(text, reference, language)]


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Die Urkunde vom 13. März 1435 liegt im Stadtarchiv.", "13. März 1435", "1435-03-13"),
    ("en", "The city fell on May 29, 1453, after a long siege.", "May 29, 1453", "1453-05-29"),
    ("fr", "Le traité fut signé le 3 mai 1212 à Paris.", "3 mai 1212", "1212-05-03"),
])
def test_a_day_and_month_give_four_digits_after_them_the_year_of_any_century(language: str, text: str, written: str,
                                                                              value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Die Tagung findet am 11. und 12. März im Rathaus statt.", "11. und 12. März", "2022-03-11/2022-03-12"),
    ("de", "Geöffnet ist am 4., 5. und 6. Juni 2021.", "4., 5. und 6. Juni 2021", "2021-06-04/2021-06-06"),
    ("en", "The fair is open on 11 and 12 March in the old hall.", "11 and 12 March", "2022-03-11/2022-03-12"),
    ("fr", "Le salon ouvre les 11 et 12 mars au parc.", "11 et 12 mars", "2022-03-11/2022-03-12"),
])
def test_days_listed_before_one_month_are_one_date_over_them(language: str, text: str, written: str,
                                                             value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("de", "In Kapitel 3 und 12. März geht es um das Wetter."),  # a German day carries its stop: "3" is no day
    ("de", "Er kommt am 11. oder 12. März."),  # one day or the other: no span
])
def test_no_listed_days_without_a_day_written_alike_and_joined_by_and(language: str, text: str) -> None:
    assert not [w for w, _ in _dates(text, language) if "und" in w or "oder" in w]


@pytest.mark.parametrize(("text", "written", "value"), [
    # the nearest 2 October is behind the reference day, but the clause speaks of the future
    ("Die Messe wird am 2. Oktober eröffnet werden.", "2. Oktober", "2022-10-02"),
    # a day's stop ("25.") does not end the clause that holds "wird"
    ("Die Woche wird vom 25. September bis 2. Oktober begangen.", "25. September bis 2. Oktober",
     "2022-09-25/2022-10-02"),
])
def test_a_day_without_its_year_lies_ahead_where_its_clause_speaks_of_the_future(text: str, written: str,
                                                                                 value: str) -> None:
    assert (written, value) in _dates(text, "de")


def test_a_day_without_its_year_in_a_past_clause_stays_behind() -> None:
    assert ("2. Oktober", "2021-10-02") in _dates("Die Messe hat am 2. Oktober eröffnet.", "de")


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Gipfel auf Freitag verschoben", "Freitag", "2021-03-19"),  # Tuesday 16 March: the coming Friday
    ("Die Sitzung wurde auf Montag vertagt.", "Montag", "2021-03-22"),
])
def test_the_day_something_is_moved_to_lies_ahead(text: str, written: str, value: str) -> None:
    assert (written, value) in _dates(text, "de", dt.date(2021, 3, 16))


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Wir trafen uns vor anderthalb Jahren am See.", "vor anderthalb Jahren", "2020-08"),
    ("Vor eineinhalb Jahren zog sie nach Bonn.", "Vor eineinhalb Jahren", "2020-08"),
    ("Vor zwei Jahren zog sie nach Bonn.", "Vor zwei Jahren", "2020"),
])
def test_half_a_year_counted_back_is_counted_in_months(text: str, written: str, value: str) -> None:
    assert (written, value) in _dates(text, "de")


@pytest.mark.parametrize(("reference", "text", "written", "value"), [
    (dt.date(2023, 11, 6), "Die Demonstration am vergangenen Wochenende blieb friedlich.", "vergangenen Wochenende",
     "2023-11-04/2023-11-05"),
    # written on a Monday, the coming weekend is the one of its own week; written on a Saturday, the next week's
    (dt.date(2023, 11, 6), "Am kommenden Wochenende öffnet der Markt.", "kommenden Wochenende", "2023-11-11/2023-11-12"),
    (dt.date(2023, 11, 11), "Am kommenden Wochenende öffnet der Markt.", "kommenden Wochenende",
     "2023-11-18/2023-11-19"),
    (dt.date(2023, 11, 8), "An diesem Wochenende spielt die Band.", "diesem Wochenende", "2023-11-11/2023-11-12"),
])
def test_a_german_weekend_placed_against_the_publication_day(reference: dt.date, text: str, written: str,
                                                             value: str) -> None:
    assert (written, value) in _dates(text, "de", reference)


def test_a_weekend_with_no_word_that_places_it_is_no_date() -> None:
    assert _dates("Am Wochenende ist das Museum geschlossen.", "de", dt.date(2023, 11, 8)) == []


@pytest.mark.parametrize(("language", "text", "years"), [
    ("de", "Die Urkunden sind auf die Jahre 1312 bzw. 1348 zu datieren.", ["1312", "1348"]),
    ("de", "In den Jahren 1412, 1430 und 1455 brannte die Stadt.", ["1412", "1430", "1455"]),
    ("en", "The abbey was rebuilt in the years 1212 and 1248.", ["1212", "1248"]),
])
def test_years_listed_after_the_plural_noun_for_a_year_are_years_of_any_century(language: str, text: str,
                                                                                 years: list[str]) -> None:
    assert [value for _, value in _dates(text, language)] == years


def test_a_count_after_the_singular_noun_s_year_is_not_listed() -> None:
    # only the plural lists years: after "im Jahr 1435 und" the digits count people
    assert _dates("Im Jahr 1435 und danach lebten dort 1200 Menschen.", "de") == [("1435", "1435")]
