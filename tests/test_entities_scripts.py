"""Names in other scripts and languages: Russian people and places in any case, countries as the text's own
language writes them, and entity keys that keep names of other scripts apart. Each sentence is written for
the test, in the way Russian and Portuguese news write such names."""
from __future__ import annotations

import pytest

from scoexport.extract.country_names import find_translated
from scoexport.extract.cyrillic import find_cyrillic
from scoexport.extract.noun_case_names import noun_case_people
from scoexport.records import Metadata
from scoexport.resolve import entity_id, fold, person_key

from .facts_util import facts_of, of_kind


def _hits(text: str) -> list[tuple[str, str, str]]:
    return [(text[h.start:h.end], h.entry.type, h.entry.name) for h in find_cyrillic(text)]


def test_a_given_name_and_surname_in_any_case_are_one_person_in_the_nominative() -> None:
    assert _hits("Победителем стала Оля Малышева, а второе место занял Андрей Рудьков.") == [
        ("Оля Малышева", "person", "Оля Малышева"), ("Андрей Рудьков", "person", "Андрей Рудьков")]
    # genitive after "архив": the same person, the surname the dictionary inflects given in the nominative
    assert _hits("Фото: личный архив Оли Малышевой") == [("Оли Малышевой", "person", "Оля Малышева")]
    # a surname Russian does not inflect for a woman stays as written; the given name still agrees in case
    assert _hits("Фото: личный архив Олеси Куприн") == [("Олеси Куприн", "person", "Олеся Куприн")]
    # a patronymic between them belongs to the name
    assert _hits("Вчера Владимир Владимирович Путин приехал.") == [
        ("Владимир Владимирович Путин", "person", "Владимир Владимирович Путин")]


def test_places_are_places_and_countries_are_the_gazetteers() -> None:
    got = _hits("Она жила в России, потом во Вьетнаме и в Москве.")
    # a large city the CLDR names in Russian (its exemplar cities) is the gazetteer's city
    assert got == [("России", "country", "Russia"), ("Вьетнаме", "country", "Vietnam"), ("Москве", "city", "Moscow")]


def test_words_that_open_sentences_are_no_names() -> None:
    # capitalized after a full stop, but no reading of them is a name or a place
    assert _hits("Сейчас я готовлю каждый день. Каждую пятницу пеку хлеб. Пять лет назад начала.") == []
    # a place's name that is also a surname, or a planet that is also a given name, is not taken as a place
    assert all(kind == "person" for _, kind, _ in _hits("Рудькова там не было. Венера пришла позже."))


def test_a_name_alone_in_guillemets_is_a_title() -> None:
    facts, _ = facts_of("Мой любимый десерт – «Павлова», а Оля Малышева любит торты.")
    assert [f.value for f in of_kind(facts, "entity")] == ["Оля Малышева"]


def test_cyrillic_names_are_entities_with_keys_of_their_own() -> None:
    facts, _ = facts_of("Оля Малышева и Андрей Рудьков приехали из России.", "Малышева рассказала о рецепте.")
    entities = of_kind(facts, "entity")
    assert [(f.text, f.value) for f in entities] == [
        ("Оля Малышева", "Оля Малышева"), ("Андрей Рудьков", "Андрей Рудьков"), ("России", "Russia"),
        ("Малышева", "Оля Малышева")]
    ids = {f.value: f.entity_id for f in entities}
    assert len(set(ids.values())) == 3  # folded to nothing, every Cyrillic name had one key
    assert entity_id("person", "Оля Малышева") != entity_id("person", "Андрей Рудьков")


def test_fold_keeps_other_scripts_and_folds_latin_as_before() -> None:
    assert fold("Türkiye’s") == "turkiyes"
    assert fold("Straße Øst") == "strae st"
    assert fold("Малышева") == "малышева"
    assert fold("이하늘") != ""
    assert person_key("Maria Smith") != person_key("Мария Смит")


def test_countries_in_the_texts_language_are_the_gazetteers_countries() -> None:
    hits = find_translated("Os Estados Unidos e o Brasil assinaram o acordo.", "pt")
    assert [(h.entry.name, h.entry.external_id) for h in hits] == [("United States", "USA"), ("Brazil", "BRA")]
    assert find_translated("Os Estados Unidos e o Brasil assinaram o acordo.", "ru") == []
    facts, _ = facts_of("O presidente viajou aos Estados Unidos.", metadata=Metadata(language="pt"))
    assert [(f.text, f.value, f.entity_type) for f in of_kind(facts, "entity")] == [
        ("Estados Unidos", "United States", "country")]
    # English text is matched against the English gazetteer only: "Brasil" is no English name of a country
    facts, _ = facts_of("The Brasil Open was played in Sao Paulo.")
    assert "Brazil" not in [f.value for f in of_kind(facts, "entity")]


def test_a_countrys_name_that_is_a_given_name_or_an_english_word_is_left_to_the_other_rules() -> None:
    # Spanish writes El Salvador "El Salvador", and Salvador is a given name; German writes Iceland "Island"
    # (Chile and Argentina are the English gazetteer's names: find() matches them in any text)
    assert find_translated("Salvador Allende visitó Chile y Argentina.", "es") == []
    assert find_translated("Die Island liegt im Norden.", "de") == []
    assert [h.entry.name for h in find_translated("Er reiste nach Frankreich und Spanien.", "de")] == ["France", "Spain"]


def test_a_countrys_name_that_is_a_given_name_is_the_country_where_no_surname_follows() -> None:
    # Italian writes France "Francia" and Italy "Italia", both given names too: a person has a surname after
    text = "La nave partì dall’Italia verso la Francia, dove Francia Bertelli la aspettava."
    assert [(text[h.start:h.end], h.entry.name) for h in find_translated(text, "it")] == [
        ("Italia", "Italy"), ("Francia", "France")]


def test_a_given_name_with_accents_opens_a_name_in_german_text() -> None:
    # the given-name list is written without marks: "Cécile" is its "Cecile", "Renée" its "Renee"
    spans = noun_case_people("Das Gespräch führte Moderatorin Cécile Brandt im Foyer.", "de")
    assert spans == [(32, 45)]
    assert noun_case_people("Die Klage der Ärztekammer Nordrhein wurde abgewiesen.", "de") == []
    # a surname with an inner capital after its prefix
    text = "Im Finale traf er auf Brandon McKinley aus Ohio."
    assert [text[a:b] for a, b in noun_case_people(text, "de")] == ["Brandon McKinley"]


def test_a_sentences_first_word_is_a_name_only_where_every_reading_is_one() -> None:
    # "Режем" (we cut) reads first as a town's name; "Вера" is faith before it is a name
    assert _hits("Режем помидоры на половинки. Вера в людей важна.") == []
    # a surname the dictionary knows only as a place is still the surname after a given name, in the nominative
    assert _hits("Фото: личный архив Ольги Панковой") == [("Ольги Панковой", "person", "Ольга Панкова")]
    assert _hits("Ольга Панкова готовит торты.") == [("Ольга Панкова", "person", "Ольга Панкова")]


def test_first_level_units_are_named_as_english_and_their_own_language_write_them() -> None:
    # a Californian city does not take the name of the Canadian province; ISO's "Bayern" is English text's "Bavaria"
    facts, _ = facts_of("Flights from Ontario to Bavaria resumed, the ministry in Thüringen said.")
    found = {(f.text, f.entity_type, f.value) for f in of_kind(facts, "entity")}
    assert ("Ontario", "region", "Ontario") in found
    assert ("Bavaria", "region", "Bavaria") in found
    facts, _ = facts_of("Die Regierungen in Bayern und Thüringen einigten sich.", metadata=Metadata(language="de"))
    assert {f.value for f in of_kind(facts, "entity")} >= {"Bavaria", "Thüringen"}


def test_a_capitalized_noun_beside_a_place_makes_no_name_of_it_in_german() -> None:
    # German capitalizes every noun: "das Land Thüringen" is the Land, "Berlin Geld" no name "Berlin Geld"
    facts, _ = facts_of("Das Land Thüringen zahlt, wer in Berlin Geld verdient, zahlt auch.", metadata=Metadata(language="de"))
    assert {f.value for f in of_kind(facts, "entity")} == {"Thüringen", "Berlin"}
    # in English a capitalized word after a place still makes it part of a name
    facts, _ = facts_of("The Paris Club met in Lyon.")
    assert "Paris" not in {f.value for f in of_kind(facts, "entity")}


def test_a_given_name_with_letters_unicode_does_not_decompose_is_the_lists() -> None:
    # "ł" and "ø" have no decomposition: "Włodzimierz" is the list's "Wlodzimierz", "Søren" its "Soren"
    facts, _ = facts_of("Czy Włodzimierz Kowalik zostanie? Søren Madsen nie wie.", metadata=Metadata(language="pl"))
    assert {f.value for f in of_kind(facts, "entity") if f.entity_type == "person"} == {"Włodzimierz Kowalik", "Søren Madsen"}


def test_a_place_with_a_year_after_it_names_something_else() -> None:
    facts, _ = facts_of("Posłowie Polska 2050 głosowali przeciw.", metadata=Metadata(language="pl"))
    assert [f.value for f in of_kind(facts, "entity")] == []
    facts, _ = facts_of("The Paris 2024 organizers met in Paris, in 2024, and in Lyon.")
    assert [f.text for f in of_kind(facts, "entity")] == ["Paris", "Lyon"]


def test_continents_and_unions_in_the_texts_language_are_the_gazetteers() -> None:
    text = "A ajuda chegou da Europa e da América Latina, disseram as Nações Unidas."
    found = {(text[h.start:h.end], h.entry.type, h.entry.name) for h in find_translated(text, "pt")}
    assert found == {("Europa", "region", "Europe"), ("América Latina", "region", "Latin America"),
                     ("Nações Unidas", "organization", "United Nations")}


def test_a_places_genitive_s_in_german_and_danish_is_the_place() -> None:
    facts, _ = facts_of("Die Zukunft Europas und Frankreichs Haltung zu Thomas Berger.", metadata=Metadata(language="de"))
    places = {(f.text, f.value) for f in of_kind(facts, "entity") if f.entity_type != "person"}
    assert places == {("Europas", "Europe"), ("Frankreichs", "France")}
    facts, _ = facts_of("Danmarks statsminister talte i går.", metadata=Metadata(language="da"))
    assert [(f.text, f.value) for f in of_kind(facts, "entity")] == [("Danmarks", "Denmark")]
    # English has its own possessive: no -s joined to a name there
    facts, _ = facts_of("Thomas Frankreichs is a made-up name.")
    assert "France" not in {f.value for f in of_kind(facts, "entity")}


def test_a_body_named_after_a_person_is_one_organization_in_german() -> None:
    """"Robert Koch-Institut", "Funke Mediengruppe": a given name and a word ending in a body's head noun."""
    doc = ("In Deutschland hat das Robert Koch-Institut Daten bekommen, berichtet die Funke Mediengruppe. "
           "Christian Lindner schwieg.")
    facts, _ = facts_of(doc, metadata=Metadata(language="de"))
    found = {(f.text, f.entity_type) for f in of_kind(facts, "entity")}
    assert {("Robert Koch-Institut", "organization"), ("Funke Mediengruppe", "organization"),
            ("Christian Lindner", "person")} <= found
    assert not any(text in ("Robert", "Koch-Institut") for text, _ in found)


def test_a_short_name_joined_to_president_is_a_body_unless_a_countrys() -> None:
    """"IOC-Präsident": German joins a body's short name to its president; "US-Präsident" is the country's, and a
    state or a region the country list lacks has a president too ("DDR-Präsident", "NRW-Präsident"): only a body the
    gazetteer knows is taken."""
    from scoexport.extract.language_bodies import member_bodies
    text = "Allerdings sei dies erst der erste Schritt, gibt IOC-Präsident Thomas Bach zu bedenken."
    assert [text[a:b] for a, b in member_bodies(text, "de")] == ["IOC"]
    assert member_bodies("US-Präsident Joe Biden sagte, der Präsident FEI komme.", "de") == []
    text = ("DDR-Präsident Wilhelm Pieck empfing den UdSSR-Präsidenten; der BRD-Präsident, der NRW-Präsident und der "
            "NYC-Präsident schwiegen.")
    assert member_bodies(text, "de") == []
    # a member noun that names no state's head keeps the short name the body's ("FDP-Vorsitzende")
    assert [text[a:b] for text in ("Die FDP-Vorsitzende sprach.",) for a, b in member_bodies(text, "de")] == ["FDP"]


def test_an_office_alone_is_a_title_before_a_name_in_german() -> None:
    """"von Präsident Emmanuel Macron", "Deren Chef Dieter Morszeck", "Präsident Putin sagte": the office without a
    compound's first part, before a listed given name or one word."""
    for text, name in (("Die Direktorin des Kabinetts von Präsident Emmanuel Macron reiste nach London.", "Emmanuel Macron"),
                       ("Deren Chef Dieter Morszeck ist die treibende Kraft.", "Dieter Morszeck"),
                       ("Präsident Putin sagte am Montag nichts.", "Putin")):
        assert {text[a:b] for a, b in noun_case_people(text, "de")} == {name}
    assert noun_case_people("Das sagte der präsident Obama nicht.", "de") == []


@pytest.mark.parametrize(("text", "names"), [
    # a country's genitive before the name: the person is the given name and surname, not "Frankreichs Emmanuel"
    ("Der Präsident Frankreichs Emmanuel Macron kam am Montag nach Berlin.", ["Emmanuel Macron"]),
    ("Der Präsident Russlands hat am Montag gesprochen.", []),
    # a word no list holds before a noun: no name of two words
    ("Damit hat Präsident Trump Zölle auf Stahl verhängt.", []),
])
def test_an_office_alone_before_a_noun_or_a_place_names_no_one(text: str, names: list[str]) -> None:
    """An office alone is followed by a noun as often as by a name: the name's first word must be a listed given name,
    or the name one word before no capitalized word, and never a place the gazetteer or the country names know."""
    assert sorted({text[a:b] for a, b in noun_case_people(text, "de")}) == names


def test_a_surname_that_is_a_head_noun_names_no_body() -> None:
    """"Salome Kammer", "Thomas Bund": a surname that is a body's head noun whole, not a compound ending in one, is
    no body; nor is it taken as a person's, since "Stanford Universität" is written so too."""
    from scoexport.extract.noun_case_names import noun_case_bodies
    for text in ("Die Sängerin Salome Kammer trat am Abend auf.", "Darüber sprach Thomas Bund mit den Gästen.",
                 "Sie forscht an der Stanford Universität."):
        assert noun_case_bodies(text, "de") == []
        assert noun_case_people(text, "de") == []
    text = "Das Robert Koch-Institut und die Funke Mediengruppe."
    assert [text[a:b] for a, b in noun_case_bodies(text, "de")] == ["Robert Koch-Institut", "Funke Mediengruppe"]


def test_a_towns_body_named_by_its_adjective_in_german() -> None:
    """"Berliner Feuerwehr", "Dresdner Verkehrsbetriebe": a town's adjective and a body each town has; not an
    adjective of no town ("Deutscher Polizei") nor a noun ending in -er ("Leiter Polizei")."""
    from scoexport.extract.local_bodies import town_bodies
    text = "Für die Berliner Feuerwehr und die Dresdner Verkehrsbetriebe, nicht die Deutscher Polizei oder Leiter Polizei."
    assert [text[a:b] for a, b in town_bodies(text, "de")] == ["Berliner Feuerwehr", "Dresdner Verkehrsbetriebe"]
    # the data's example; a town the gazetteer knows by another name only ("München": "Munich") gives nothing
    assert town_bodies("Die Kölner Staatsanwaltschaft ermittelt.", "de") == [(4, 29)]
    assert town_bodies("Die Münchner Staatsanwaltschaft ermittelt.", "de") == []
