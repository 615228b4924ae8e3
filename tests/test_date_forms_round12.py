"""Date forms of other languages read in session 12 (issue 15, fresh8's errors): German periods in the dative after
a preposition, Brazilian weekdays with their day in brackets, a month after a preposition in the case it takes
(Russian, Ukrainian, Polish) or at its middle or edge (Romance languages, Dutch), days counted from the story's day
("am folgenden Tag", "le lendemain"), and the tense of a German clause. Each sentence is written as those newspapers
write them and fails on the code before its rule."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _dates(text: str, language: str, published: dt.date) -> dict[str, str | None]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language=language))
    return {f.text: f.value for f in of_kind(facts, "date")}


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Der Umsatz erreichte im vergangenen Jahr rund 40 Millionen Euro.", "vergangenen Jahr", "2022"),
    ("Ob sie noch in diesem Jahr abheben wird, ist offen.", "diesem Jahr", "2023"),
    ("Morszeck beschrieb das Flugverhalten im vorigen Jahr als gutmütig.", "vorigen Jahr", "2022"),
    ("Die Zahl der Anträge stieg in der vergangenen Woche deutlich.", "vergangenen Woche", "2023-W44"),
    ("Der Bericht soll im kommenden Monat erscheinen.", "kommenden Monat", "2023-12"),
])
def test_a_german_period_after_a_preposition_takes_its_case(text: str, written: str, value: str) -> None:
    assert _dates(text, "de", dt.date(2023, 11, 6)).get(written) == value


def test_the_last_year_of_a_term_is_no_date() -> None:
    # "im letzten Jahr seiner Amtszeit": the final year of something, not the year before publication
    assert "letzten Jahr" not in _dates("Im letzten Jahr seiner Amtszeit reiste er viel.", "de", dt.date(2023, 11, 6))


@pytest.mark.parametrize(("text", "written", "value"), [
    ("O cão foi resgatado na última quinta-feira (5), após ser abandonado.", "última quinta-feira (5)", "2020-03-05"),
    # the number names the day where the weekday's name slipped (5 March 2020 was a Thursday)
    ("Na última quarta-feira (5), a reportagem encontrou o cão na estrada.", "última quarta-feira (5)", "2020-03-05"),
    ("O prefeito anunciou nesta segunda-feira (9) o novo plano.", "segunda-feira (9)", "2020-03-09"),
])
def test_a_brazilian_weekday_takes_the_day_in_brackets(text: str, written: str, value: str) -> None:
    assert _dates(text, "pt", dt.date(2020, 3, 8)).get(written) == value


@pytest.mark.parametrize(("text", "language", "written", "value"), [
    ("Em meados de fevereiro, Benjamin foi abandonado.", "pt", "fevereiro", "2020-02"),
    ("La obra se retrasó hasta finales de enero.", "es", "enero", "2020-01"),
    ("Il cantiere è stato chiuso a metà febbraio.", "it", "febbraio", "2020-02"),
    ("De fabriek sloot eind januari haar deuren.", "nl", "januari", "2020-01"),
    ("Le chantier a été arrêté à la mi-février.", "fr", "février", "2020-02"),
    # in the case the preposition takes ("в октябре", "у грудні", "w październiku": the locative)
    ("В октябре компания сообщила о росте продаж.", "ru", "октябре", "2019-10"),
    ("Выборы пройдут в мае, а итоги подведут до конца сентября.", "ru", "мае", "2020-05"),
    ("У грудні уряд ухвалив нові правила.", "uk", "грудні", "2019-12"),
    ("Ceny wzrosły w październiku o 3 procent.", "pl", "październiku", "2019-10"),
    ("Od stycznia obowiązują nowe przepisy.", "pl", "stycznia", "2020-01"),
])
def test_a_month_after_a_preposition_or_at_its_middle_or_edge(text: str, language: str, written: str, value: str) -> None:
    assert _dates(text, language, dt.date(2020, 3, 8)).get(written) == value


def test_a_german_future_verb_closing_the_clause_before_is_not_the_date_s() -> None:
    text = ("Ob sie noch in diesem Jahr abheben wird, hängt laut der am Montag veröffentlichten Pressemitteilung "
            "vom Wetter ab.")
    assert _dates(text, "de", dt.date(2019, 10, 19))["Montag"] == "2019-10-14"


@pytest.mark.parametrize("text", [
    "Die Regierung wird am Montag entscheiden.",
    "In London wird damit gerechnet, dass Johnson am Montag eine Motion einbringen wird.",
    "Die Ausstellung ist ab Montag wieder geöffnet.",
])
def test_a_german_future_still_places_the_weekday_ahead(text: str) -> None:
    assert _dates(text, "de", dt.date(2019, 10, 19))["Montag"] == "2019-10-21"


@pytest.mark.parametrize(("text", "language", "written", "value"), [
    ("Debian 4.0 Etch (8 April 2007): named for the sketch toy. Sam Hocevar was appointed Project Leader the very "
     "same day.", "en", "the very same day", "2007-04-08"),
    ("O número de mortos aumentou neste sábado para 611, quase 100 a mais que no dia anterior.", "pt", "dia anterior",
     "2020-03-13"),
    ("Am Montag wird Johnson reden. Am folgenden Tag, also am Dienstag, soll abgestimmt werden.", "de",
     "folgenden Tag", "2020-03-17"),
    ("La radio nous annonce le lundi 9 mars que l’émission est supprimée ; elle aurait dû être diffusée le lendemain.",
     "fr", "le lendemain", "2020-03-10"),
    ("10 березня, о 21 годині того ж дня до генпрокурорки приїхав заступник.", "uk", "того ж дня", "2020-03-10"),
])
def test_a_story_day_counts_from_the_day_named_before_it(text: str, language: str, written: str, value: str) -> None:
    assert _dates(text, language, dt.date(2020, 3, 14)).get(written) == value


def test_a_story_day_counted_from_an_event_or_with_no_day_before_it_has_no_value() -> None:
    found = _dates("Le lundi 9 mars, il a parlé. Il est parti le lendemain de sa victoire.", "fr", dt.date(2020, 3, 14))
    assert "le lendemain" in found and found["le lendemain"] is None
    assert _dates("The tally rose over the previous day by 235.", "en", dt.date(2020, 3, 14)) == {
        "the previous day": None}


def test_the_same_day_with_no_day_before_it_is_no_date() -> None:
    text = "He cited an alibi of being at a pizza restaurant on the same day it is alleged the crime took place."
    assert "the same day" not in _dates(text, "en", dt.date(2020, 3, 14))

