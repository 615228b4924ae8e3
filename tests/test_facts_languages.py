"""Facts on news text in other languages than English: dates, numbers and quotes as each language writes them
(issue 15, data/date_languages.json, number_languages.json, speech_verbs_languages.json). Examples written
for these tests, in the forms the languages' newspapers use."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.extract.numerals import decimal_point_text
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _facts(text: str, language: str, published: dt.date = dt.date(2021, 3, 20)):
    facts, _ = facts_of(text, metadata=Metadata(published_date=published, language=language))
    return facts


def _dates(text: str, language: str, published: dt.date = dt.date(2021, 3, 20)) -> dict[str, str | None]:
    return {f.text: f.value for f in of_kind(_facts(text, language, published), "date")}


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Der Lockdown gilt bis zum 28. März, sagte die Kanzlerin.", "28. März", "2021-03-28"),
    ("fr", "Il l'a dit dans un entretien ce 8 décembre.", "8 décembre", "2020-12-08"),
    ("es", "La Fiscalía presentó el escrito el pasado 28 de agosto.", "28 de agosto", "2020-08-28"),
    ("pl", "Spotkanie planowane jest na piątek 19 marca.", "piątek 19 marca", "2021-03-19"),
    ("fr", "Ils se sont vus lundi 15 mars à Paris.", "lundi 15 mars", "2021-03-15"),
])
def test_day_and_month_without_a_year(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language)[written] == value


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Die Minister trafen sich am Donnerstag in Berlin.", "Donnerstag", "2021-03-18"),
    ("de", "Das wollen Bund und Länder am kommenden Montag besprechen.", "kommenden Montag", "2021-03-22"),
    ("de", "Ein Händler hatte das bis Montagmorgen nicht gewusst.", "Montagmorgen", "2021-03-15"),
    ("fr", "Hier, nous avons mangé des aubergines.", "Hier", "2021-03-19"),
    ("es", "El ministro habló ayer con la prensa.", "ayer", "2021-03-19"),
    ("pt", "O jogo será amanhã no estádio.", "amanhã", "2021-03-21"),
    ("pl", "Tusk opublikował film we wtorek.", "wtorek", "2021-03-16"),
    ("de", "Die Kinos bleiben auch im April zu.", "April", "2021-04"),
])
def test_weekdays_day_words_and_months_resolved_against_the_publication_date(language: str, text: str,
                                                                              written: str, value: str) -> None:
    assert _dates(text, language)[written] == value


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Viele Händler waren in den vergangenen Tagen unsicher."),
    ("it", "Negli ultimi anni il lago si è ritirato."),
    ("fr", "Les prix ont monté ces dernières semaines."),
])
def test_a_span_to_the_time_of_writing_without_a_count_is_no_date(language: str, text: str) -> None:
    # like "in recent years": no count and no end a reader could place on a timeline (bench/devset/README.md)
    assert _dates(text, language) == {}


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Wir treffen uns am Morgen danach."),  # "Morgen": the morning, a noun
    ("es", "Salió por la mañana hacia Lima."),  # "la mañana": the morning
    ("pt", "Ele jogou a segunda partida."),  # "segunda" alone is an ordinal, not Monday
])
def test_words_that_are_not_days(language: str, text: str) -> None:
    assert not of_kind(_facts(text, language), "date")


def test_today_morning_is_today_not_tomorrow() -> None:
    assert _dates("Wir haben uns heute Morgen getroffen.", "de") == {"heute": "2021-03-20"}


def test_english_text_keeps_english_rules() -> None:
    # "hier" is a French word; in an English document it names no day
    assert not of_kind(_facts("The hier archy of needs was drawn.", "en"), "date")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "2,5 Millionen und 1.400 Menschen am 31.1.2022", "2.5 Millionen und 1,400 Menschen am 31.1.2022"),
    ("es", "más de 1,400 millones", "más de 1,400 millones"),  # a comma before three digits: thousands
    ("fr", "12 000 manifestants en 2013 2017", "12,000 manifestants en 2013 2017"),
    ("en", "2,5 and 1.400", "2,5 and 1.400"),
])
def test_separators_read_by_language_in_place(language: str, text: str, expected: str) -> None:
    assert decimal_point_text(text, language) == expected
    assert len(decimal_point_text(text, language)) == len(text)


@pytest.mark.parametrize(("language", "text", "written", "value", "unit"), [
    ("de", "Von den etwa 2.000 Autohäusern im Freistaat öffnen viele.", "2.000", "2000", "Autohäusern"),
    ("de", "Die Förderung kostete 2,5 Millionen Euro.", "2,5 Millionen Euro", "2500000", "EUR"),
    ("de", "Der Bund gab 5 Mrd. Euro aus.", "5 Mrd. Euro", "5000000000", "EUR"),
    ("es", "La Procuraduría pidió más de 1,400 millones de soles.", "1,400 millones", "1400000000", "PEN"),
    ("pt", "O governo gastou 3,2 bilhões de reais.", "3,2 bilhões", "3200000000", "BRL"),
    ("fr", "Il a quatre enfants, dont Ro’a (10 mois).", "10", "10", "mois"),
    ("pl", "To tam ludzie czekali 6 godzin, by zagłosować.", "6", "6", "godzin"),
    ("de", "fand der 24-Jährige gut ins Match", "24", "24", "Jährige"),
])
def test_numbers_as_the_language_writes_them(language: str, text: str, written: str, value: str, unit: str) -> None:
    numbers = {f.text: f for f in _facts(text, language) if f.kind in ("number", "money", "quantity")}
    assert numbers[written].value == value
    assert numbers[written].unit == unit


def test_english_number_words_are_not_read_in_another_language() -> None:
    # Polish "ten" is a determiner ("this"), not the English number
    assert not [f for f in _facts("Ten rząd nie przetrwa długo.", "pl") if f.kind == "number"]


def test_a_date_is_not_a_number_in_another_language() -> None:
    facts = _facts("Le 10 octobre, toute notre famille est partie.", "fr")
    assert [f.text for f in facts if f.kind == "number"] == []
    assert [f.text for f in facts if f.kind == "date"] == ["10 octobre"]


@pytest.mark.parametrize(("language", "text", "quoted"), [
    ("de", "„Unsere Forderung ist es, dass der Gipfel umgehend stattfindet“, sagte der Vorsitzende.",
     "Unsere Forderung ist es, dass der Gipfel umgehend stattfindet"),
    ("fr", "« Nous ne sommes pas que des chiffres », a déclaré le professeur.",
     "Nous ne sommes pas que des chiffres"),
    ("de", "»Ich bin froh, hier zu sein«, sagte der Spieler nach dem Match.", "Ich bin froh, hier zu sein"),
])
def test_quotes_in_the_languages_own_marks(language: str, text: str, quoted: str) -> None:
    assert [f.text for f in of_kind(_facts(text, language), "quote")] == [quoted]


def test_a_scare_quote_in_low_marks_is_no_quote() -> None:
    # two words in marks with no verb of speech: a term, not speech
    assert not of_kind(_facts("Die Opposition nennt das eine „schwere Fehlentscheidung“ der Regierung.", "de"), "quote")


def test_a_name_particle_is_no_short_form_of_the_person() -> None:
    facts = _facts("El expresidente Faenón de Toledo habló. La sede de la empresa está en Lima.", "es")
    assert not [f for f in of_kind(facts, "entity") if f.text == "de"]


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Il “venerdì nero” è una consuetudine importata."),  # a name of a day of the year
    ("it", "Negli USA, il venerdì dopo il Giorno del Ringraziamento, i negozi offrono sconti."),  # every year
    ("es", "El mercado abre cada lunes."),
])
def test_named_and_generic_weekdays_are_no_dates(language: str, text: str) -> None:
    assert not [f for f in of_kind(_facts(text, language), "date") if "nerd" in f.text or "lunes" in f.text]


def test_a_weekday_before_a_date_restates_it() -> None:
    dates = _dates("Publicado sexta-feira, 22 de outubro de 2010 às 20:13.", "pt")
    assert dates == {"22 de outubro de 2010": "2010-10-22"}


def _people(text: str, language: str) -> set[str]:
    return {f.text for f in of_kind(_facts(text, language), "entity") if f.entity_type == "person"}


def test_german_given_name_and_surname() -> None:
    text = ("Grünen-Fraktionschefin Katrin Göring-Eckardt sagte den Zeitungen der Funke Mediengruppe, "
            "der Verband habe sich geirrt. Auch Helmut Peter äußerte sich.")
    assert _people(text, "de") == {"Katrin Göring-Eckardt", "Helmut Peter"}


@pytest.mark.parametrize("text", [
    "Im April Hilfe zu bekommen, war schwer.",  # a month opens no name
    "Die Neue Zeit hat das berichtet.",  # capitalized nouns and a function word are no name
])
def test_german_nouns_are_no_people(text: str) -> None:
    assert _people(text, "de") == set()


def test_a_german_title_names_a_person() -> None:
    assert "Hoffmann" in _people("Das bestätigte Frau Hoffmann am Telefon.", "de")


def test_german_speech_verb_gives_the_speaker() -> None:
    facts = _facts("Ähnlich äußerte sich Fraktionsgeschäftsführer Jan Korte: „Wann, wenn nicht jetzt, "
                   "muss über das Impfdebakel gesprochen werden?“", "de")
    quotes = of_kind(facts, "quote")
    people = {f.entity_id: f.text for f in of_kind(facts, "entity")}
    assert [people.get(q.entity_id) for q in quotes] == ["Jan Korte"]


@pytest.mark.parametrize(("language", "text", "written", "kind", "value", "unit"), [
    ("de", "und das möglicherweise für weitere vier Wochen", "vier", "number", "4", "Wochen"),
    ("de", "Im zweiten Durchgang bot der Kalifornier allerdings mehr.", "zweiten", "ordinal", "2", "Durchgang"),
    ("de", "soll der geplante vierte Öffnungsschritt ausgesetzt werden", "vierte", "ordinal", "4", "Öffnungsschritt"),
    ("fr", "ce père de cinq enfants est professeur de français", "cinq", "number", "5", "enfants"),
    ("fr", "La deuxième nuit, les bombardements ont repris.", "deuxième", "ordinal", "2", "nuit"),
    ("pt", "O gol saiu nos acréscimos do segundo tempo.", "segundo", "ordinal", "2", "tempo"),
])
def test_number_words_of_the_language(language: str, text: str, written: str, kind: str, value: str, unit: str) -> None:
    found = {f.text: f for f in _facts(text, language) if f.kind in ("number", "ordinal")}
    assert (found[written].kind, found[written].value, found[written].unit) == (kind, value, unit)


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Las aplicaciones se quedan en segundo plano."),  # "in the background": no rank
    ("pt", "Segundo o ministro, a obra termina em breve."),  # "according to"
    ("de", "Die Erste Bank meldete Gewinne."),  # a capital inside a sentence: a name's part
])
def test_words_that_only_look_like_numbers(language: str, text: str) -> None:
    assert not [f for f in _facts(text, language) if f.kind in ("number", "ordinal")]


def test_guillemets_opened_in_each_paragraph_and_closed_in_the_last() -> None:
    facts, _ = facts_of("« Le pire, c’est la nuit. On est dans le noir et on sursaute avec les explosions.",
                        "« Nous sommes des êtres humains, avec une famille, une vie. »",
                        metadata=Metadata(published_date=dt.date(2023, 11, 2), language="fr"))
    assert [q.text[:12] for q in of_kind(facts, "quote")] == ["Le pire, c’e", "Nous sommes "]


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("fr", "Il a appelé entre le lundi 30 octobre et le mercredi 1er novembre.",
     "lundi 30 octobre et le mercredi 1er novembre", "2023-10-30/2023-11-01"),
    ("es", "La feria abre del 3 de noviembre al 5 de noviembre.", "3 de noviembre al 5 de noviembre",
     "2023-11-03/2023-11-05"),
])
def test_two_days_written_as_one_span(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language, dt.date(2023, 11, 2)) == {written: value}


def test_a_reflexive_verb_of_speech_keeps_its_subject() -> None:
    facts = _facts("Das sei eine Fehlentscheidung, wie der Vorsitzende Christian Lindner sich ausdrückte. „Unsere "
                   "Forderung ist es, dass der Gipfel umgehend stattfindet.“ Fraktionschefin Katrin Göring-Eckardt "
                   "sagte: „Genau jetzt braucht es dringend mehr Austausch und Koordination.“", "de")
    people = {f.entity_id: f.text for f in of_kind(facts, "entity")}
    assert [(q.text[:6], people.get(q.entity_id)) for q in of_kind(facts, "quote")] == [
        ("Unsere", "Christian Lindner"), ("Genau ", "Katrin Göring-Eckardt")]


def _organizations(text: str, language: str) -> set[str]:
    return {f.text for f in of_kind(_facts(text, language), "entity") if f.entity_type == "organization"}


@pytest.mark.parametrize(("language", "text", "body"), [
    ("es", "La acusación fue presentada por la Fiscalía ante el Poder Judicial.", "Fiscalía"),
    ("es", "La acusación fue presentada por la Fiscalía ante el Poder Judicial.", "Poder Judicial"),
    ("pt", "A medida foi anunciada pelo Ministério da Saúde nesta semana.", "Ministério da Saúde"),
    ("de", "Das teilte die Bundesregierung am Abend mit.", "Bundesregierung"),
    ("de", "Das sagte Dietmar Hoffmann vom Landesverband des Kfz-Gewerbes.", "Landesverband des Kfz-Gewerbes"),
])
def test_bodies_named_by_their_head_noun(language: str, text: str, body: str) -> None:
    assert body in _organizations(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Das Ministerium teilte mit, der Verband habe sich geirrt."),  # German nouns: generic
    ("es", "Gobierno y oposición no llegaron a un acuerdo."),  # a capital that opens a sentence
])
def test_capitalized_nouns_that_name_no_body(language: str, text: str) -> None:
    assert _organizations(text, language) == set()


@pytest.mark.parametrize(("language", "text", "written"), [
    ("fr", "Il a séjourné en France de 2013 à 2017.", "2013 à 2017"),
    ("de", "Er lebte von 2010 bis 2015 in Weimar.", "2010 bis 2015"),
])
def test_two_years_written_as_one_span(language: str, text: str, written: str) -> None:
    assert _dates(text, language) == {written: written[:4] + "/" + written[-4:]}


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # published on Saturday 2021-03-20: a verb in the future tense puts the weekday ahead
    ("it", "Da giovedì il sole tornerà su tutte le regioni del paese.", "giovedì", "2021-03-25"),
    ("es", "El martes el presidente viajará a Lima con su equipo.", "martes", "2021-03-23"),
    ("fr", "Mardi, les ministres se réuniront à Bruxelles.", "Mardi", "2021-03-23"),
    ("de", "Er sagte, das Gericht werde am Montag entscheiden.", "Montag", "2021-03-22"),
    # and without one, news reports what happened
    ("it", "Giovedì il sole è tornato su tutte le regioni.", "Giovedì", "2021-03-18"),
    ("fr", "Le front a tenu mardi, selon l'armée.", "mardi", "2021-03-16"),  # "front" is no verb
])
def test_the_future_tense_of_the_language_places_a_weekday(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language)[written] == value


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("fr", "Ils ont compté les trajets entre le 21 juin et le 15 novembre 2019.", "21 juin et le 15 novembre 2019",
     "2019-06-21/2019-11-15"),
    ("fr", "Le festival a eu lieu du 28 décembre au 3 janvier 2020.", "28 décembre au 3 janvier 2020",
     "2019-12-28/2020-01-03"),
    ("de", "Er war zwischen Mai 2016 und Juli 2017 in Haft.", "Mai 2016 und Juli 2017", "2016-05/2017-07"),
    ("it", "La media calcolata tra il 1971 ed il 2000 era più bassa.", "1971 ed il 2000", "1971/2000"),
    # a span of months, as of days: the first month takes the year the second writes, not the nearest one
    ("it", "La mostra è rimasta aperta da marzo a maggio 2019.", "marzo a maggio 2019", "2019-03/2019-05"),
])
def test_spans_write_their_year_once(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language)[written] == value


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("fr", "Il a fini ses études au début des années 2000.", "années 2000", "2000/2009"),
    ("it", "Una canzone degli anni ’70 è tornata di moda.", "anni ’70", "1970/1979"),
])
def test_a_decade_is_no_year(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language) == {written: value}


@pytest.mark.parametrize(("language", "text", "written", "unit"), [
    ("fr", "Sept conducteurs sur dix roulent trop vite.", "Sept conducteurs sur dix", "conducteurs"),
    ("es", "Ocho de cada diez hogares tienen internet.", "Ocho de cada diez", "hogares"),
    ("de", "Drei von vier Befragten waren dafür.", "Drei von vier", "Befragten"),
])
def test_a_proportion_of_two_number_words_is_one_fraction(language: str, text: str, written: str, unit: str) -> None:
    found = [f for f in _facts(text, language) if f.kind in ("number", "fraction")]
    assert [(f.kind, f.text, f.unit) for f in found] == [("fraction", written, unit)]
    assert float(found[0].value) < 1


def test_the_winds_of_a_weather_report_are_no_number() -> None:
    assert not [f for f in _facts("Domani soffieranno forti venti di maestrale sulle isole.", "it")
                if f.kind in ("number", "quantity")]


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("da", "Flyet styrtede ned i marts 2019 ved kysten.", "marts 2019", "2019-03"),
    ("da", "Loven trådte i kraft den 2. januar 2020.", "2. januar 2020", "2020-01-02"),
    ("ru", "Выборы прошли 8 октября 2020 года в Москве.", "8 октября 2020", "2020-10-08"),
    ("hu", "A törvényt 2019. március 15. fogadták el.", "2019. március 15", "2019-03-15"),
    ("cs", "Schůze se konala 15. února v Praze.", "15. února", "2021-02-15"),
])
def test_month_names_of_the_languages_the_guess_tells_apart(language: str, text: str, written: str,
                                                            value: str) -> None:
    assert _dates(text, language)[written] == value


def test_another_languages_month_is_not_read_in_english() -> None:
    # Turkish "mart" (March) and Czech "leden" (January) are no months in an English text
    assert _dates("The mart 2020 sales and the leden 12 pipes were sold.", "en") == {}
    assert _dates("Satışlar mart 2020 döneminde arttı.", "tr") == {"mart 2020": "2020-03"}


@pytest.mark.parametrize(("language", "text", "written", "kind", "unit"), [
    ("de", "Die Mieten sind im letzten Jahr um sechs Prozent gestiegen, sagt der Verband.", "sechs Prozent",
     "percent", None),
    ("fr", "Les loyers ont augmenté de 12 pour cent en un an, selon l'agence.", "12 pour cent", "percent", None),
    ("da", "Aktien er steget med omkring seks procent i værdi siden mandag.", "seks procent", "percent", None),
    ("fr", "Il a dit que seulement 20 % des trottinettes ont été garées sur le trottoir.", "20 %", "percent",
     "trottinettes"),
])
def test_the_languages_word_for_per_cent(language: str, text: str, written: str, kind: str, unit: str | None) -> None:
    found = {f.text: f for f in _facts(text, language) if f.kind in ("number", "percent")}
    assert (found[written].kind, found[written].unit) == (kind, unit)
    assert "cent" not in found  # "pour cent" is no hundred


@pytest.mark.parametrize(("language", "text", "written"), [
    ("fr", "La police a donné 400 constats, dont 324 concernant le port du casque.", "324"),
    ("it", "Sono due finora le vittime della tempesta in Italia, dice la protezione civile.", "due"),
])
def test_an_adverb_or_a_participle_after_a_number_is_not_what_it_counts(language: str, text: str,
                                                                        written: str) -> None:
    found = {f.text: f for f in _facts(text, language) if f.kind == "number"}
    assert found[written].unit is None


def test_danish_number_words() -> None:
    found = {f.text: f for f in _facts("Ulykken kostede to mennesker livet, og tre blev såret.", "da")
             if f.kind == "number"}
    assert (found["to"].value, found["to"].unit) == ("2", "mennesker")


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    ("de", "Das Werk wurde vor zwei Jahren geschlossen.", "vor zwei Jahren", "2019"),
    ("fr", "L'usine a fermé il y a 3 ans, selon le maire.", "il y a 3 ans", "2018"),
    ("es", "La fábrica cerró hace diez años.", "hace diez años", "2011"),
    ("it", "La fabbrica ha chiuso cinque anni fa.", "cinque anni fa", "2016"),
    ("ru", "Завод закрылся четыре года назад.", "четыре года назад", "2017"),
    ("ru", "Завод закрылся 13 лет назад.", "13 лет назад", "2008"),
    # counted on from an event the text tells: a date without a value
    ("de", "Elf Tage nach dem Aus in Melbourne gewann er wieder.", "Elf Tage nach", None),
    ("fr", "Trois ans plus tard, l'usine a rouvert.", "Trois ans plus tard", None),
    ("de", "Anderthalb Jahre später kam die Wende.", "Anderthalb Jahre später", None),
    # a span counted to the time of writing ("the past 40 years"): a date without a value, its count no number
    ("de", "In den vergangenen 30 Jahren schrumpfte der See.", "vergangenen 30 Jahren", None),
    ("ru", "Последние 8 лет он жил в Берлине.", "Последние 8 лет", None),
    ("pt", "Nos últimos dez anos a cidade cresceu.", "últimos dez anos", None),
])
def test_periods_counted_back_or_on(language: str, text: str, written: str, value: str | None) -> None:
    assert _dates(text, language)[written] == value
    assert not [f for f in _facts(text, language) if f.kind == "number"]  # the count is the date's


def test_a_decimal_count_is_not_read_from_its_last_digit() -> None:
    assert "5 года назад" not in _dates("Она пришла где-то 1,5 года назад.", "ru")


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # the CLDR's words, in languages with rules of their own and without
    ("de", "Das Festival fand letztes Jahr zum ersten Mal statt.", "letztes Jahr", "2020"),
    ("it", "Il ponte è stato chiuso la settimana scorsa.", "settimana scorsa", "2021-W10"),
    ("fr", "Le salon reviendra l'an prochain à Lyon.", "l'an prochain", "2022"),
    ("ru", "Завод открылся в прошлом году, сообщил мэр.", "в прошлом году", "2020"),
    ("ru", "Мэр выступил сегодня в городском совете.", "сегодня", "2021-03-20"),
    ("fi", "Presidentti vieraili tiistaina Oulussa.", "tiistaina", "2021-03-16"),  # the form a date writes
    ("fi", "Tehdas suljettiin viime vuonna.", "viime vuonna", "2020"),
    ("sv", "Bron stängdes i går efter olyckan.", "i går", "2021-03-19"),
    # times of the day relative to the page, and the edge of a month
    ("it", "Il ministro ha parlato stamattina alla Camera.", "stamattina", "2021-03-20"),
    ("it", "Due razzi sono caduti questa notte su Ashkelon.", "questa notte", "2021-03-20"),
    ("de", "Das Buch erscheint Ende April im Handel.", "April", "2021-04"),
    ("de", "Die Brücke soll bis Ende des Jahres fertig sein.", "Ende des Jahres", "2021-12"),
])
def test_the_calendars_words_of_every_language(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language)[written] == value


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "Среда обитания этих птиц сокращается."),  # a weekday's name alone may be a noun: the environment
    ("fi", "Keskiviikko on viikon kolmas päivä."),  # the name, not the form a date writes
    ("it", "Negli ultimi anni la città è cambiata."),  # a span without a count
])
def test_words_of_the_calendar_that_place_no_day(language: str, text: str) -> None:
    assert _dates(text, language) == {}


@pytest.mark.parametrize(("language", "text", "written", "value"), [
    # a season the words place, by its year or against the publication date: its year and TimeML code
    ("de", "Im Herbst des Jahres 2004 brannten die Wälder.", "Herbst des Jahres 2004", "2004-FA"),
    ("de", "Letzten Sommer blieb der See leer.", "Letzten Sommer", "2020-SU"),
    ("fi", "Hallitus esitti viime syksynä uuden lain.", "viime syksynä", "2020-FA"),
    ("ru", "Мост открыли весной 2019 года.", "весной 2019 года", "2019-SP"),
    ("fr", "L'été dernier, la rivière était à sec.", "L'été dernier", "2020-SU"),
    ("it", "Il museo ha riaperto nell'estate del 2018.", "estate del 2018", "2018-SU"),
])
def test_placed_seasons_of_other_languages(language: str, text: str, written: str, value: str) -> None:
    assert _dates(text, language)[written] == value


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Im Sommer ist es am See sehr heiß."),  # every summer
    ("fr", "Il a été dernier de la course."),  # "été", been: a season only with its article
    ("ru", "Весной здесь цветут яблони."),  # every spring
])
def test_a_season_the_words_do_not_place_is_no_date(language: str, text: str) -> None:
    assert _dates(text, language) == {}


def test_a_plural_in_s_counts_the_number_only_where_the_language_writes_it() -> None:
    # Finnish, unlike English, makes no plural in -s: a word in -s after a span of years is not what it counts
    assert _dates("Unionin vuosien 2021-2027 rahoituskehys hyväksyttiin.", "fi") == {"2021-2027": "2021/2027"}
    assert "1500-2000" not in _dates("They planted 1500-2000 trees there.", "en")


@pytest.mark.parametrize(("language", "text", "today"), [
    # "today" compared with another time where it closes its clause is the present age, not the publication day
    ("ru", "Тогда йога не была такой модной, как сегодня.", None),
    ("fr", "Le pain coûtait alors moins cher qu’aujourd’hui.", None),
    # the same words before the publication day
    ("it", "Il ministro ha detto che oggi il governo decide.", "oggi"),
    ("ru", "Как сегодня сообщил мэр, мост закрыт.", "сегодня"),
])
def test_today_compared_with_another_time_is_no_day(language: str, text: str, today: str | None) -> None:
    assert [written for written in _dates(text, language)] == ([today] if today else [])


@pytest.mark.parametrize(("language", "text", "found"), [
    # a day and month in digits after the word a date takes, day first
    ("it", "Le vittime dell'attacco del 9/3 sono state ricordate.", {"9/3": "2021-03-09"}),
    ("de", "Die Messe läuft vom 3.4. bis 5.4. in Basel.", {"3.4. bis 5.4.": "2021-04-03/2021-04-05"}),
    # a fraction or a score, not a day
    ("it", "Ha ottenuto il 7/10 dei voti.", {}),
    ("fr", "Il a obtenu 7/10 à l'examen.", {}),
])
def test_a_day_and_month_in_digits(language: str, text: str, found: dict[str, str]) -> None:
    assert _dates(text, language) == found
