"""Numbers in other languages and in manuals (issue 15, tenth round): what a number counts, proportions written in
digits, number words with a scale or a part, Finnish percentages, and a manual's versions, stamps and orderings.
Examples written for these tests, in the forms the languages' newspapers and software manuals use."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.records import Metadata

from .facts_util import facts_of

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _numbers(text: str, language: str = "en") -> dict[str, tuple[str, float, str | None]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return {f.text: (f.kind, round(f.value_num, 4), f.unit) for f in facts if f.kind in NUMERIC}


@pytest.mark.parametrize(("language", "text", "written", "unit"), [
    ("it", "Secondo il ministero sono 215 i militari feriti negli scontri.", "215", "militari"),
    ("it", "Nella notte è salito a 48 il numero degli sfollati nel paese.", "48", "sfollati"),
    ("it", "La ditta ha licenziato 40 suoi operai senza preavviso.", "40", "operai"),
    ("it", "Al torneo partecipano le sedici squadre e le quattro migliori squadre passano.", "quattro", "squadre"),
    ("it", "Nel comune, 12 delle 30 scuole restano chiuse da lunedì.", "12", "scuole"),
    ("it", "Le due sorelle, di 17 e 19 anni, sono tornate a casa.", "17", "anni"),
    ("it", "La regione conta circa 2,3 milioni di abitanti secondo l'ultimo censimento.", "2,3 milioni", "abitanti"),
    ("ru", "В городе проживают 40 000 пожилых жителей, сообщили власти.", "40 000", "жителей"),
])
def test_what_a_number_counts_in_the_words_after_it(language: str, text: str, written: str, unit: str) -> None:
    assert _numbers(text, language)[written][2] == unit


def test_a_verb_or_a_preposition_after_a_number_is_not_what_it_counts() -> None:
    found = _numbers("Dei feriti, 31 erano bambini e 12 nei villaggi vicini, ha detto il sindaco.", "it")
    assert found["31"][2] is None and found["12"][2] is None


@pytest.mark.parametrize(("language", "text", "written", "value", "unit"), [
    ("it", "Nella provincia sono chiuse 9 scuole su 40 per la neve.", "9 scuole su 40", 0.225, "scuole"),
    ("fr", "Dans la ville, 3 élèves sur 10 prennent le bus chaque matin.", "3 élèves sur 10", 0.3, "élèves"),
    ("de", "Laut der Umfrage wollen 7 von 10 Befragten wieder reisen.", "7 von 10", 0.7, None),
])
def test_a_proportion_in_digits_is_one_fraction(language: str, text: str, written: str, value: float,
                                                unit: str | None) -> None:
    kind, found, counted = _numbers(text, language)[written]
    assert (kind, found) == ("fraction", value)
    assert unit is None or counted == unit


def test_a_proportion_needs_the_smaller_number_first() -> None:
    found = _numbers("Il punteggio finale è stato 40 punti su 12 tiri liberi tentati.", "it")
    assert "40 punti su 12" not in found and "40" in found


@pytest.mark.parametrize(("language", "text", "written", "kind", "value", "unit"), [
    ("de", "Das Feuer zerstörte in drei Wochen sieben Millionen Hektar Wald.", "sieben Millionen", "number", 7e6, "Hektar"),
    ("de", "Bis zu zwei Drittel der Befragten sind dagegen.", "zwei Drittel", "fraction", 0.6667, None),
    ("it", "La fondazione ha raccolto circa sei milioni di euro per la ricostruzione.", "sei milioni", "money", 6e6, "EUR"),
    ("it", "Il governo ha accolto circa 9 mila profughi nel corso dell'anno.", "9 mila", "number", 9000.0, "profughi"),
    ("fi", "Hallituksen mukaan menot kasvaisivat kolme miljardia euroa ensi vuonna.", "kolme miljardia", "number", 3e9, None),
])
def test_a_number_word_with_its_scale_or_its_part(language: str, text: str, written: str, kind: str, value: float,
                                                 unit: str | None) -> None:
    found = _numbers(text, language)[written]
    assert found[:2] == (kind, value)
    assert unit is None or found[2] == unit


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Työttömyysaste nousi viime kuussa 7,42 prosenttiin koko maassa.", "7,42 prosenttiin", 7.42),
    ("Komissio ehdotti 1,125 prosentin osuutta kansantulosta.", "1,125 prosentin", 1.125),
    ("Ennusteen mukaan talous kasvaa kaksi prosenttia tänä vuonna.", "kaksi prosenttia", 2.0),
])
def test_finnish_percentages_in_every_case_and_their_decimal_comma(text: str, written: str, value: float) -> None:
    assert _numbers(text, "fi")[written][:2] == ("percent", value)


def test_a_space_grouping_language_reads_a_comma_before_three_digits_as_decimal() -> None:
    assert _numbers("Selon l'Insee, le prix a atteint 1,125 euro le litre ce mois-ci.", "fr")["1,125 euro"][1] == 1.125


@pytest.mark.parametrize("text", [
    "Name the tarball with the date as its version, such as 19991231, when upstream gives none.",
    "The versions sort as 1.0 < 1.1 < 1.10 < 2.0 in this scheme.",
    "This package uses the 3.0 (native) format for its source.",
])
def test_a_manuals_stamps_orderings_and_format_versions_are_not_quantities(text: str) -> None:
    assert _numbers(text) == {}


def test_a_comparison_with_a_name_keeps_its_number() -> None:
    assert "0.01" in _numbers("The effect was significant, with p < 0.01 in the second trial of the study.")


@pytest.mark.parametrize(("language", "text", "written", "value", "high", "unit"), [
    ("it", "Potranno partire tra i 40 e i 70 pazienti nel corso della giornata.", "40 e i 70", 40.0, 70.0, "pazienti"),
    ("es", "Los voluntarios tienen entre 18 y 25 años de edad.", "18 y 25", 18.0, 25.0, "años"),
    ("de", "Im Saal saßen zwischen 200 und 300 Gäste.", "200 und 300", 200.0, 300.0, "Gäste"),
])
def test_a_range_between_two_numbers_in_other_languages(language: str, text: str, written: str, value: float,
                                                         high: float, unit: str) -> None:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    found = [f for f in facts if f.text == written]
    assert [(f.value_num, f.value_high, f.unit) for f in found] == [(value, high, unit)]


def test_italian_first_is_a_rank_after_its_determiner_but_not_in_a_title_or_a_fixed_phrase() -> None:
    found = _numbers("Il primo ministro ha visitato la città per la prima volta, e vuole tornare il prima possibile "
                     "con le prime 20 famiglie e il primo gruppo di medici.", "it")
    assert found["prima"] == ("ordinal", 1.0, "volta") and found["primo"] == ("ordinal", 1.0, "gruppo")
    assert sum(1 for f in facts_of("Il primo ministro e il giorno prima.", metadata=Metadata(language="it"))[0]
               if f.kind == "ordinal") == 0


@pytest.mark.parametrize(("language", "text", "written"), [
    ("it", "La polizia ha fermato ieri sera a Milano un 19enne di origine tunisina.", "19"),
    ("it", "Le vittime sono salite ieri. Circa 150 persone sono ancora disperse.", "150"),
    ("de", "Damals hatten sich in Thailand 312 Menschen angesteckt.", "312"),
])
def test_counts_a_capital_or_a_joined_age_does_not_hide(language: str, text: str, written: str) -> None:
    assert written in _numbers(text, language)


def test_a_percent_in_words_of_the_language_counts_what_follows_its_of() -> None:
    assert _numbers("Im Süden gingen 25 Prozent der Wälder verloren.", "de")["25 Prozent"] == ("percent", 25.0, "Wälder")


@pytest.mark.parametrize("text", [
    "1- Escolha bem o lugar da horta",
    "Os anos 2019-2024 foram difíceis para os agricultores da região.",
])
def test_an_items_number_and_a_span_of_years_are_not_counts(text: str) -> None:
    assert _numbers(text, "pt") == {}


def test_a_score_joined_by_the_languages_word_is_no_count_but_a_range_of_a_noun_is_kept() -> None:
    found = _numbers("O time venceu por 3 a 1 contra o líder, e as crianças de 6 a 10 anos entram grátis.", "pt")
    assert "3" not in found and "1" not in found and "10" in found


@pytest.mark.parametrize(("language", "text", "written", "unit"), [
    ("pt", "O clube está na 12ª posição da tabela depois da derrota.", "12ª", "posição"),
    ("es", "El equipo terminó en el 4º lugar de la clasificación general.", "4º", "lugar"),
])
def test_ordinal_indicators_make_a_rank(language: str, text: str, written: str, unit: str) -> None:
    assert _numbers(text, language)[written] == ("ordinal", float(written[:-1]), unit)


def test_a_year_beside_a_count_leaves_the_count() -> None:
    found = _numbers("So wurden in 2020 4 Milliarden Euro für Schulen ausgegeben.", "de")
    assert found["4 Milliarden Euro"] == ("money", 4e9, "EUR")


def test_a_share_of_your_whole_counts_the_whole() -> None:
    assert _numbers("The tool may rewrite half of your files at once.")["half"][2] == "files"


@pytest.mark.parametrize(("language", "text", "written", "value", "unit"), [
    ("it", "Il governo ha speso meno della metà dei fondi promessi alla regione.", "metà", 0.5, "fondi"),
    ("fr", "Selon le sondage, la moitié des habitants veulent partir.", "moitié", 0.5, "habitants"),
    ("de", "Im Winter blieb die Hälfte der Betten leer.", "Hälfte", 0.5, "Betten"),
    ("de", "Damit floss rund ein Viertel der Gelder in die Verwaltung.", "ein Viertel", 0.25, "Gelder"),
])
def test_a_share_written_as_a_noun(language: str, text: str, written: str, value: float, unit: str) -> None:
    assert _numbers(text, language)[written] == ("fraction", value, unit)


def test_the_half_of_a_month_is_no_share() -> None:
    assert "metà" not in _numbers("La decisione arriverà entro la metà di ottobre, ha detto il ministro.", "it")


def test_an_ordinal_before_a_hyphened_adjective_ranks_the_noun() -> None:
    assert _numbers("It was the first German-language novel on the subject.")["first"][:2] == ("ordinal", 1.0)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 998), st.integers(1, 999), st.sampled_from([("it", "scuole su"), ("fr", "écoles sur")]))
def test_a_proportion_is_one_share_below_one_and_never_two_numbers(low: int, high: int, words: tuple[str, str]) -> None:
    language, join = words
    text = f"Nel rapporto, {low} {join} {high} restano chiuse." if language == "it" else \
        f"Dans le rapport, {low} {join} {high} restent fermées."
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    found = [f for f in facts if f.kind in NUMERIC]
    if low < high:
        assert [(f.kind, f.text) for f in found] == [("fraction", f"{low} {join} {high}")]
        assert 0 < found[0].value_num < 1
    else:
        assert all(f.kind == "number" for f in found)


def test_russian_spoon_measures_and_currencies_after_the_amount() -> None:
    found = _numbers("Для соуса возьмите 3 ст. л. сметаны и 2 ч.л. горчицы; всё стоит 250 рублей.", "ru")
    assert found["3"][2] == "ст. л." and found["2"][2] == "ч.л." and found["250"] == ("money", 250.0, "RUB")
