"""Dates by the languages' grammar (session 12, issue 15): each test fails on the code before its rule. The
publication date is Sunday 5 November 2023 or Monday 6 November 2023, so that a month's or a weekday's side shows."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

SUNDAY, MONDAY = dt.date(2023, 11, 5), dt.date(2023, 11, 6)


def _dates(text: str, language: str, published: dt.date = SUNDAY) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language=language))
    return [(f.text, f.value) for f in of_kind(facts, "date")]


def _people(text: str, language: str) -> list[str]:
    facts, _ = facts_of(text, metadata=Metadata(published_date=SUNDAY, language=language))
    return [f.text for f in of_kind(facts, "entity") if f.entity_type == "person"]


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Ab Montag gilt die neue Regel.", "Montag", "2023-11-06"),
    ("Ab Freitag sind die Schwimmbäder wieder geöffnet.", "Freitag", "2023-11-10"),
])
def test_a_preposition_the_name_lists_hold_before_a_weekday_opens_no_name(text: str, written: str, value: str) -> None:
    # "Ab" is a Dutch given name ("Ab Osterhaus"); in German it is the preposition, and a weekday is no surname
    assert (written, value) in _dates(text, "de")
    assert _people(text, "de") == []


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # the perfect: the auxiliary 'have' and a participle, in the date's own clause
    ("de", "Die Landesregierung hat im Dezember die Reform beschlossen.", "Dezember", "2022-12"),
    ("de", "Im Dezember hat der Verein seinen neuen Vorstand gewählt.", "Dezember", "2022-12"),
    ("de", "Die Brücke, die im Dezember eröffnet hat, ist schon gesperrt.", "Dezember", "2022-12"),
    ("de", "Der Konzern hatte im Dezember Kurzarbeit angemeldet.", "Dezember", "2022-12"),
    ("de", "Die Schule wurde im Dezember geschlossen.", "Dezember", "2022-12"),
    ("fr", "Le gouvernement a annoncé en décembre une hausse des tarifs.", "décembre", "2022-12"),
    ("fr", "Le ministre a également déclaré en décembre vouloir agir.", "décembre", "2022-12"),
    ("it", "Il ministro ha detto a dicembre che i conti erano in ordine.", "dicembre", "2022-12"),
    ("it", "Il sindaco ha poi aggiunto a dicembre nuove regole.", "dicembre", "2022-12"),
    ("es", "El ministro ha dicho en diciembre que la economía crecerá.", "diciembre", "2022-12"),
])
def test_a_month_alone_in_a_past_made_with_words_is_the_last_such_month(language: str, text: str, written: str,
                                                                       value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # 'have' as a main verb, 'be' with a plan's participle, 'zu' and an infinitive: no past, the nearest month
    ("de", "Meine Tochter hat im Dezember Geburtstag.", "Dezember", "2023-12"),
    ("de", "Die Eröffnung der Halle ist im Dezember geplant.", "Dezember", "2023-12"),
    ("de", "Der Stadtrat hat im Dezember über den Haushalt zu entscheiden.", "Dezember", "2023-12"),
    ("fr", "Le concert est prévu en décembre au Zénith.", "décembre", "2023-12"),
    ("it", "Il concerto è previsto a dicembre allo stadio.", "dicembre", "2023-12"),
    # the past of the main clause does not reach the clause it reports
    ("fr", "Le ministre a annoncé qu’en décembre les prix augmenteront.", "décembre", "2023-12"),
    ("de", "Der Minister hat gesagt, dass die Regel im Dezember kommen wird.", "Dezember", "2023-12"),
])
def test_no_past_made_with_words_leaves_a_month_where_it_was(language: str, text: str, written: str,
                                                            value: str) -> None:
    assert (written, value) in _dates(text, language)


def test_a_weekday_in_a_perfect_clause_is_the_last_one_despite_a_future_word_after_it() -> None:
    text = "Der Minister hat am Montag angekündigt, er werde im Frühjahr zurücktreten."
    assert ("Montag", "2023-10-30") in _dates(text, "de")


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # a word that leaves the count open: which year "more than four years ago" is, the words do not say
    ("de", "Der Chef gründete die Firma vor über vier Jahren als Hausmeisterservice.", "vor über vier Jahren", None),
    ("it", "L'azienda è nata più di due anni fa a Torino.", "più di due anni fa", None),
    ("fr", "L'association a été créée il y a plus de 3 ans.", "il y a plus de 3 ans", None),
    ("ru", "Компания появилась более 20 лет назад.", "более 20 лет назад", None),
    # a word that rounds it keeps the count's value
    ("it", "I carabinieri hanno arrestato circa tre settimane fa due giovani.", "circa tre settimane fa", "2023-W41"),
    ("de", "Die Halle wurde vor rund zwei Jahren eröffnet.", "vor rund zwei Jahren", "2021"),
    # hours and minutes are counted as days are, a date without a value
    ("de", "Eine Stunde später liegt Gianni mit seiner Freundin im Bett.", "Eine Stunde später", None),
    ("fr", "Deux heures plus tard, les pompiers étaient sur place.", "Deux heures plus tard", None),
    ("it", "Il post è stato pubblicato due ore fa.", "due ore fa", None),
    ("de", "Ein Jahr später kehrte er nach Wien zurück.", "Ein Jahr später", None),
])
def test_counts_back_and_on_with_hedges_hours_and_the_article_one(language: str, text: str, written: str,
                                                                 value: str | None) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Ab Dezember eröffnet eine Zweigstelle in Wien.", "Dezember", "2023-12"),
    # "Mai" is a month however short (dates18): the two months are one span, as "von ... bis" writes it
    ("de", "Von März bis Mai war die Halle geschlossen.", "März bis Mai", "2023-03/2023-05"),
    ("it", "I lavori saranno conclusi entro dicembre.", "dicembre", "2023-12"),
    ("es", "La ley entrará en vigor a partir de diciembre.", "diciembre", "2023-12"),
])
def test_a_month_after_the_prepositions_that_bound_a_span(language: str, text: str, written: str, value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("fr", "En décembre, le gouvernement a annoncé une hausse des tarifs.", "décembre", "2022-12"),
    ("it", "A dicembre, il governo ha deciso di alzare le tasse.", "dicembre", "2022-12"),
])
def test_a_comma_after_a_date_that_opens_its_clause_does_not_end_the_clause(language: str, text: str, written: str,
                                                                           value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("text", "written", "value"), [
    ("当社は20年以上前より岐阜県庁に近いエリアに店舗を出店しております。", "20年以上前", None),
    ("这家公司成立于20多年前。", "20多年前", None),
    ("그는 20여 년 전 회사를 세웠다.", "20여 년 전", None),
    ("3年ほど前に東京へ引っ越しました。", "3年ほど前", "2020"),
])
def test_a_counted_period_back_left_open_by_its_script_has_no_value(text: str, written: str, value: str | None) -> None:
    assert (written, value) in _dates(text, "ja")


@pytest.mark.parametrize(("value", "first", "last"), [
    ("1997-FA", dt.date(1997, 9, 1), dt.date(1997, 11, 30)),
    ("2019-WI", dt.date(2019, 12, 1), dt.date(2020, 2, 29)),
    ("2020-SP", dt.date(2020, 3, 1), dt.date(2020, 5, 31)),
    ("2012-SU", dt.date(2012, 6, 1), dt.date(2012, 8, 31)),
    ("2024-07", dt.date(2024, 7, 1), dt.date(2024, 7, 31)),
])
def test_the_timeline_places_a_season_written_as_timeml_writes_it(value: str, first: dt.date, last: dt.date) -> None:
    con = duckdb.connect()
    con.execute((Path(__file__).parent.parent / "sql" / "20_timeline.sql").read_text().split("-- timeline:")[0])
    assert con.execute("SELECT iso_first_day(?), iso_last_day(?)", [value, value]).fetchone() == (first, last)


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Bis ins 17. Jahrhundert wurden Beisetzung und Trauer von Laien getragen.", "17. Jahrhundert", "1600/1699"),
    ("de", "Die Kirche wurde Anfang des 19. Jahrhunderts gebaut.", "19. Jahrhunderts", "1800/1899"),
    ("fr", "Au XVIIe siècle, la ville comptait dix mille habitants.", "XVIIe siècle", "1600/1699"),
    ("it", "La chiesa fu costruita nel XVII secolo.", "XVII secolo", "1600/1699"),
    ("es", "El puente se construyó en el siglo XVII.", "siglo XVII", "1600/1699"),
    ("ru", "Собор построили в XIX веке.", "XIX веке", "1800/1899"),
])
def test_a_century_as_the_language_writes_its_ordinal_and_noun(language: str, text: str, written: str,
                                                                value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Традиция живёт уже 2 века."),  # two centuries: a count
    ("es", "La editorial Siglo XXI Editores publicó el libro."),  # a name
    ("fr", "Le roi Louis XIV régna longtemps."),  # a king's number, no century noun
])
def test_no_century_without_its_ordinal_and_noun(language: str, text: str) -> None:
    assert not [w for w, _ in _dates(text, language) if "XXI" in w or "2 века" in w or "XIV" in w]


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # a noun whose case ends as a past verb does, after a preposition or an adjective in an oblique case
    ("ru", "В декабре выйдет первый выпуск нового журнала.", "декабре", "2023-12"),
    ("ru", "В декабре стартует показ для канала.", "декабре", "2023-12"),
    ("pl", "W grudniu w tej chwili nie ma planów.", "grudniu", "2023-12"),
    # a verb stays past
    ("ru", "В декабре ей позвонили из банка.", "декабре", "2022-12"),
])
def test_a_slavic_past_ending_after_a_preposition_or_an_oblique_adjective_is_a_nouns(language: str, text: str,
                                                                                    written: str, value: str) -> None:
    assert (written, value) in _dates(text, language)


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Auf die Osternacht 2019 hat sich Marianne Ricking damals sehr gefreut.", "Osternacht 2019", "2019-04-20"),
    ("de", "Zu Pfingsten 2020 blieben die Kirchen leer.", "Pfingsten 2020", "2020-05-31"),
    ("fr", "À Noël 2020, les familles sont restées chez elles.", "Noël 2020", "2020-12-25"),
    ("it", "La Pasqua 2019 è caduta il 21 aprile.", "Pasqua 2019", "2019-04-21"),
])
def test_a_holiday_with_its_year_is_its_day_that_year(language: str, text: str, written: str, value: str) -> None:
    assert (written, value) in _dates(text, language)


def test_a_holiday_without_a_year_is_left_alone() -> None:
    assert _dates("Weihnachten ist ein Fest der Familie.", "de") == []


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # "from ... on" right before the weekday opens a span ahead, in a present clause
    ("fr", "À partir de lundi, le masque est obligatoire dans les écoles.", "lundi", "2023-11-13"),
    ("es", "A partir del lunes el uso de mascarilla es obligatorio.", "lunes", "2023-11-13"),
    ("it", "A partire da lunedì la mascherina è obbligatoria.", "lunedì", "2023-11-13"),
])
def test_from_on_before_a_weekday_points_ahead(language: str, text: str, written: str,
                                                                         value: str) -> None:
    assert (written, value) in _dates(text, language, dt.date(2023, 11, 8))


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Den Hangar hat sie am vorletzten Donnerstag schon einmal verlassen.", "vorletzten Donnerstag", "2023-10-26"),
    ("Der Rat stimmt am übernächsten Montag ab.", "übernächsten Montag", "2023-11-13"),
])
def test_a_weekday_a_week_before_the_last_or_after_the_next(text: str, written: str, value: str) -> None:
    assert (written, value) in _dates(text, "de")


@pytest.mark.parametrize(("text", "written"), [
    ("The papers should arrive within five business days of the initial request.", "within five business days of"),
    ("If there is still no response after an additional week, please write to us.", "after an additional week"),
    ("The results come three working days after the vote.", "three working days after"),
])
def test_a_counted_span_with_a_word_qualifying_its_days(text: str, written: str) -> None:
    assert (written, None) in _dates(text, "en")


@pytest.mark.parametrize(("language", "text", "written"), [
    ("uk", "Документи надали їй за 5 днів до виступу в Раді.", "за 5 днів до"),
    ("ru", "Закон приняли за две недели до выборов.", "за две недели до"),
    ("fr", "Le texte a été déposé trois jours avant le vote.", "trois jours avant"),
    ("it", "La società è fallita due anni prima della pandemia.", "due anni prima"),
    ("es", "La empresa cerró dos años antes de la crisis.", "dos años antes"),
])
def test_a_count_before_an_event_is_a_date_without_a_value(language: str, text: str, written: str) -> None:
    assert (written, None) in _dates(text, language)


def test_a_count_before_until_is_no_date() -> None:
    # "до" alone says "until": cook ten minutes until soft
    assert _dates("Брокколи варить около 10 минут до средней мягкости.", "ru") == []


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Das Bürgerbüro ist von Montag bis Freitag geöffnet."),
    ("fr", "Le bureau est ouvert du lundi au vendredi de 9 h à 17 h."),
    ("it", "Lo sportello è aperto da lunedì a venerdì."),
])
def test_a_span_from_one_weekday_to_another_is_a_schedule_no_date(language: str, text: str) -> None:
    assert _dates(text, language) == []




@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Die Regierung hat am 28. Dezember die Reform beschlossen.", "28. Dezember", "2022-12-28"),
    ("fr", "Le gouvernement a annoncé le 28 décembre une hausse des tarifs.", "28 décembre", "2022-12-28"),
    ("de", "Am 28. Dezember beginnt die Reform.", "28. Dezember", "2023-12-28"),  # the present: the nearest
    # the past that set a span does not place the date that opens it
    ("de", "Ursprünglich war dies für die Woche ab dem 28. Dezember vorgesehen.", "28. Dezember", "2023-12-28"),
])
def test_a_day_and_month_in_a_past_made_with_words_is_the_last_such_day(language: str, text: str, written: str,
                                                                       value: str) -> None:
    assert (written, value) in _dates(text, language)
