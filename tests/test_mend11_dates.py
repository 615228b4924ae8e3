"""Mends of session 11's review of dates (reviewer B): each test fails on the code before its mend. The
publication date is a Monday (2023-11-06) or a Wednesday (2023-11-08), so that a weekday's side shows."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

MONDAY, WEDNESDAY = dt.date(2023, 11, 6), dt.date(2023, 11, 8)


def _dates(text: str, language: str, published: dt.date = MONDAY) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language=language))
    return [(f.text, f.value) for f in of_kind(facts, "date")]


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # a year phrase right after the month gives its year
    ("ru", "В мае прошлого года компания объявила о банкротстве.", "мае прошлого года", "2022-05"),
    ("ru", "В феврале этого года компания обанкротилась.", "феврале этого года", "2023-02"),
    ("pl", "W październiku ubiegłego roku firma zbankrutowała.", "październiku ubiegłego roku", "2022-10"),
    ("it", "A metà febbraio dell'anno scorso l'azienda è fallita.", "febbraio dell'anno scorso", "2022-02"),
    ("es", "A finales de enero del año pasado la empresa quebró.", "enero del año pasado", "2022-01"),
    ("de", "Im Februar vergangenen Jahres meldete die Firma Insolvenz an.", "Februar vergangenen Jahres", "2022-02"),
    ("uk", "У вересні минулого року компанія збанкрутувала.", "вересні минулого року", "2022-09"),
    # a past verb in the clause: the last such month, not the nearest one ahead
    ("pl", "W lutym firma zbankrutowała.", "lutym", "2023-02"),
    ("pt", "Ao final de março, 12 estados decretaram quarentena.", "março", "2023-03"),
    ("uk", "У лютому ціни зросли.", "лютому", "2023-02"),
    ("ru", "В феврале компания обанкротилась.", "феврале", "2023-02"),
    # the present or a perfective future speaks of the months ahead: the nearest, as before
    ("ru", "Награждение победителей пройдет в феврале.", "феврале", "2024-02"),
    ("de", "Konzerthallen und Kinos bleiben auch im Februar zu.", "Februar", "2024-02"),
])
def test_a_month_alone_takes_the_year_after_it_or_its_clauses_tense(language: str, text: str, written: str,
                                                                    value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Der Minister wird, wie das Ministerium mitteilte, am Montag nach Kiew reisen.", "Montag", "2023-11-13"),
    ("de", "Die Regierung will, so ein Sprecher, am Freitag entscheiden.", "Freitag", "2023-11-10"),
    ("de", "Das Parlament soll, nach Angaben der Fraktionen, am Dienstag abstimmen.", "Dienstag", "2023-11-14"),
    ("nl", "De minister zal, zo meldt het ministerie, op maandag naar Kiev reizen.", "maandag", "2023-11-13"),
    # a verb-final clause closed by its auxiliary is that clause's future, not the date's
    ("de", "Ob sie noch in diesem Jahr abheben wird, hängt laut der am Montag veröffentlichten Pressemitteilung ab.",
     "Montag", "2023-11-06"),
])
def test_an_auxiliary_before_an_aside_keeps_its_clauses_future(language: str, text: str, written: str,
                                                              value: str) -> None:
    assert (written, value) in _dates(text, language, WEDNESDAY)


@pytest.mark.parametrize(("text", "value"), [
    ("Er lehnte das Angebot ab und reiste am Montag nach Berlin.", "2023-11-06"),
    ("Die Polizei sperrte die Straße ab und räumte am Montag das Gelände.", "2023-11-06"),
    ("Die neue Regel gilt ab Montag.", "2023-11-13"),
    ("Die Regel gilt ab kommendem Montag.", "2023-11-13"),
])
def test_german_ab_marks_the_future_only_right_before_the_date(text: str, value: str) -> None:
    assert ("Montag", value) in _dates(text, "de", WEDNESDAY)


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "On Monday the board met. The next day it fired the CEO. The following day the CEO sued.",
     [("Monday", "2023-11-06"), ("The next day", "2023-11-07"), ("The following day", "2023-11-08")]),
    ("de", "Am Montag traf sich der Vorstand. Am nächsten Tag trat der Chef zurück. Am Tag darauf klagte er.",
     [("Montag", "2023-11-06"), ("nächsten Tag", "2023-11-07"), ("Tag darauf", "2023-11-08")]),
    ("fr", "Le lundi 6 novembre, le conseil s'est réuni. Le lendemain, le PDG a démissionné. Le jour suivant, il a "
     "porté plainte.", [("lundi 6 novembre", "2023-11-06"), ("Le lendemain", "2023-11-07"),
                        ("Le jour suivant", "2023-11-08")]),
])
def test_story_days_in_a_row_count_each_from_the_one_before(language: str, text: str,
                                                             expected: list[tuple[str, str]]) -> None:
    assert _dates(text, language, WEDNESDAY) == expected


def test_a_since_date_is_no_story_days_anchor() -> None:
    dates = _dates("Since March 3, 2020, orders placed before 2pm ship the same day.", "en")
    assert ("the same day", "2020-03-03") not in dates
    # a single day still is one
    assert ("The next day", "1990-05-04") in _dates("The company was founded on 3 May 1990. The next day its "
                                                    "founder died.", "en")


def test_giorno_dopo_giorno_is_no_date() -> None:
    dates = _dates("Il 3 maggio 2020 è iniziato. Giorno dopo giorno la situazione peggiora.", "it")
    assert dates == [("3 maggio 2020", "2020-05-03")]
    assert ("giorno dopo", "2020-05-04") in _dates("Il 3 maggio 2020 è iniziato. Il giorno dopo è finito.", "it")


@pytest.mark.parametrize(("text", "value"), [
    ("सोमवार को वे रोने लगे।", "2023-11-06"),  # past: "they began to cry"
    ("सोमवार को बारिश होने लगी।", "2023-11-06"),
    ("सोमवार को उसने कहा कि हम आगे बढ़ रहे हैं।", "2023-11-06"),
    ("सोमवार को बैठक होगी।", "2023-11-13"),  # future: "the meeting will be"
    ("सोमवार को वे जाएंगे।", "2023-11-13"),
    ("सोमवार को मैं आऊँगा।", "2023-11-13"),
])
def test_hindi_future_needs_the_future_vowel(text: str, value: str) -> None:
    assert ("सोमवार", value) in _dates(text, "hi", WEDNESDAY)


@pytest.mark.parametrize(("language", "text", "written", "old"), [
    ("de", "1933 kam Hitler an die Macht. In diesem Jahr emigrierte die Familie nach Paris.", "diesem Jahr", "2023"),
    ("de", "Die Firma wurde 1990 gegründet; im nächsten Jahr kam der erste Auftrag.", "nächsten Jahr", "2024"),
    ("en", "The firm was founded in 1990; the next year it got its first order.", "the next year", "2024"),
    ("en", "Use rose in 2017, marking a significant increase from the previous year.", "the previous year", "2022"),
])
def test_a_period_after_another_year_is_not_counted_from_the_publication(language: str, text: str, written: str,
                                                                         old: str) -> None:
    dates = dict(_dates(text, language, WEDNESDAY))
    assert written in dates and dates[written] != old


def test_a_period_without_another_year_before_it_counts_from_the_publication() -> None:
    assert ("diesem Jahr", "2023") in _dates("In diesem Jahr sollen 300 neue Stellen entstehen.", "de")
    assert ("nächsten Jahr", "2024") in _dates("Die Firma wurde 2023 gegründet; im nächsten Jahr wächst sie.", "de")
    # a year that opens a span to the present ("seit 2015"), or a season's ("2009/10"), is no other year of the story
    assert ("diesem Jahr", "2023") in _dates("Die Firma wächst seit 2015. In diesem Jahr kamen 300 Stellen hinzu.", "de")
    assert ("diesem Jahr", "2023") in _dates("Die Schau gibt es seit der Saison 2009/10. In diesem Jahr beginnt sie "
                                             "am 22. November.", "de")
