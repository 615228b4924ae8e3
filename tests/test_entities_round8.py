"""Issue 15, eighth round: names in texts of other languages (their function words, titles and places' nouns open
no person's name), surname particles, acronyms written as words, inflected places, bodies named after a seat or a
founder, and words in web addresses and paths."""
from __future__ import annotations

from scoexport.extract.acronyms import find_definitions
from scoexport.extract.country_names import find_inflected
from scoexport.extract.language_bodies import language_bodies
from scoexport.extract.name_shapes import foreign_text, given_name_people
from scoexport.extract.people import find_people
from scoexport.extract.quantities import web_addresses
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _given(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e, _ in given_name_people(text, language == "en", language)]


def _entities(*texts: str, language: str = "en") -> set[tuple[str, str]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language))
    return {(f.value, f.entity_type) for f in of_kind(facts, "entity")}


def test_a_word_of_the_texts_language_opens_no_name() -> None:
    # articles joined to prepositions, titles and places' nouns that the given-name list also holds
    assert _given("Nella Valle i soldati hanno trovato armi.", "it") == []
    assert _given("Sulla Piazza si sono radunati in molti.", "it") == []
    assert _given("Capo Frontex in visita a Lampedusa.", "it") == []
    assert _given("Le riunioni della Casa Rosa sono finite.", "it") == []
    assert _given("Aber Jonas wusste es nicht.", "de") == []
    # the name after a title is still a name
    assert _given("Il ministro Giorgio Bassani ha parlato a lungo.", "it") == ["Giorgio Bassani"]
    assert _given("Ministro Giorgio Bassani ha parlato.", "it") == ["Giorgio Bassani"]


def test_a_name_ends_in_no_article_but_may_in_a_title() -> None:
    assert _given("Juste Le texte suivant.", "fr") == []
    assert "Gonzalo Ferraro Rey" in _given("El juez Gonzalo Ferraro Rey firmó la orden.", "es")


def test_another_languages_function_word_may_end_a_name() -> None:
    # "durante" is Italian and Spanish for "during", but no French word: in a French text it is a surname
    assert _given("Le film de Jimmy Durante est sorti hier.", "fr") == ["Jimmy Durante"]


def test_a_surname_particle_is_no_town() -> None:
    # "Van" is also a town in Turkey; between a given name and a surname it is the surname's particle
    assert _given("Senators Chris Van Hollen and Ben Cardin wrote.", "en") == ["Chris Van Hollen", "Ben Cardin"]
    assert _given("I senatori Chris Van Hollen e Ben Cardin hanno scritto.", "it") == ["Chris Van Hollen", "Ben Cardin"]


def test_a_country_in_the_texts_language_lends_no_surname() -> None:
    # "Stati Uniti" is the United States in Italian: no person "Stati Uniti", so "Stati" is no surname of one
    found = _entities("Il governo ha chiesto aiuto agli Stati Uniti ieri sera.",
                      "I due Stati hanno firmato un accordo.", language="it")
    assert ("United States", "country") in found
    assert not any(kind == "person" for _, kind in found)


def test_acronyms_written_as_words_are_defined_by_their_initials() -> None:
    text = "Lo dice l'allarme dell'Agenzia europea per l'ambiente (Aea) e del Fondo monetario internazionale (Fmi)."
    got = {(d.short, d.long) for d in find_definitions(text)}
    assert got == {("Aea", "Agenzia europea per l'ambiente"), ("Fmi", "Fondo monetario internazionale")}
    # a capitalized word in brackets is as often a place or a name: the initials must spell it
    assert find_definitions("Il sindaco di Bergamo (Bg) ha parlato con Paolo Sardi (Pas).") == []


def test_an_acronym_so_defined_names_the_body() -> None:
    found = _entities("L'Organizzazione mondiale della sanità (Oms) ha chiesto una tregua.",
                      "L'Oms ha poi ripetuto l'appello.", language="it")
    # the gazetteer knows the body by its Italian name too (organizations.json): one entity with an English text's
    assert ("World Health Organization", "organization") in found


def test_finnish_places_inflected_by_case_endings() -> None:
    text = "Saksan hallitus kokoontui Berliinissä, ja Suomen edustajat saapuivat Ruotsista."
    got = {text[h.start:h.end]: h.entry.name for h in find_inflected(text, "fi")}
    assert got == {"Saksan": "Germany", "Berliinissä": "Berlin", "Suomen": "Finland", "Ruotsista": "Sweden"}
    # a stem that is also a given name is no place ("Marin" is no inflected "Mari"); another language has no endings
    assert find_inflected("Pääministeri Sanna Marinin mukaan", "fi") == []
    assert find_inflected("Saksan hallitus", "it") == []


def test_bodies_named_after_a_founder_or_a_seat() -> None:
    text = "Forscher vom Robert-Koch-Institut für Infektionskrankheiten und der Universität Leipzig warnten."
    assert [text[s:e] for s, e in language_bodies(text, "de")] == [
        "Robert-Koch-Institut für Infektionskrankheiten", "Universität Leipzig"]
    assert ("Universität Leipzig", "organization") in _entities(text, language="de")
    assert ("Leipzig", "city") not in _entities(text, language="de")


def test_no_names_in_web_addresses_and_paths() -> None:
    text = "Read https://wiki.example.org/NewMaintainersGuide first, then ask."
    assert [text[s:e] for s, e in web_addresses(text)] == ["https://wiki.example.org/NewMaintainersGuide"]
    assert web_addresses("Games/Board Games") == [(0, 17)]
    # names joined by a slash in a sentence stay names
    assert web_addresses("the Israel/Hamas war and the Smith/Jones report") == []
    assert _entities("Games/Board Games", "Applications/Science Fiction") == set()


def test_an_agent_noun_ends_no_unknown_pair() -> None:
    assert find_people("Read the Zorblax Maintainers guide.", "body") == []
    assert find_people("the Zorblax Installer) runs", "body") == []
    assert [(s, e) for s, e, _ in find_people("The save was by Devan Dubnyk.", "body")] == [(16, 28)]


def test_a_table_row_takes_no_language_from_the_document() -> None:
    # an English table in a document guessed Portuguese: the row's names are still read as English writes them
    assert not foreign_text("27 Bubba Wallace 487 0 0 1 1", False, "pt")
    assert foreign_text("Attentato a Gerusalemme Est", False, "it")


def test_short_names_written_as_words_in_an_italian_text() -> None:
    from scoexport.extract.language_bodies import word_acronyms

    text = "Lo riferisce la Cnn. Secondo l'Afp la Bbc ha sbagliato. Nato a Roma, lavora per la Nato."
    assert [text[s:e] for s, e in word_acronyms(text, "it")] == ["Cnn", "Afp", "Bbc", "Nato"]
    # English writes them in capitals: a capitalized word there is a word or a name
    assert word_acronyms("Nato and Cnn", "en") == []
    found = _entities("Lo riferisce la Cnn in serata.", language="it")
    assert ("CNN", "organization") in found
    # one shape for a short name written as a word, here and in brackets (acronyms.py): up to six letters
    text = "Riparte il campionato della Nascar."
    assert [text[s:e] for s, e in word_acronyms(text, "it")] == ["Nascar"]


def test_russian_places_in_apposition_and_names_of_three_words() -> None:
    from scoexport.extract.cyrillic import find_cyrillic

    def hits(text: str) -> list[tuple[str, str, str]]:
        return [(text[h.start:h.end], h.entry.type, h.entry.name) for h in find_cyrillic(text)]

    # a noun of places before a name no dictionary knows: the name as written
    # (a province the gazetteer knows in Russian, from pycountry's ISO 3166-2 names, is its entry: Limburg)
    assert hits("Он родился в деревне Заречье, а вырос в провинции Лимбург.") == [
        ("Заречье", "city", "Заречье"), ("Лимбург", "region", "Limburg")]
    # an Arabic name gives the father's name unmarked between the given name and the surname
    assert hits("Среди задержанных был Юсуф Ахмеда Халиди.")[0][::2] == ("Юсуф Ахмеда Халиди", "Юсуф Ахмед Халиди")
    # after "в" a word that may be a place in the locative is no given name ("в Эльзасе Фуада")
    assert hits("Он жил в Эльзасе Фуада не знал.") == [("Фуада", "person", "Фуад")]


def test_a_list_in_another_language_lends_no_type_to_its_words() -> None:
    # the members of a list are judged by the English word lists: an Italian noun is unknown to them
    found = _entities("Erano presenti i delegati di Giustizia, Marco Bellini, Reuters e Amnesty International.",
                      language="it")
    assert ("Giustizia", "organization") not in found
    assert ("Marco Bellini", "person") in found


def test_a_point_of_the_compass_is_no_region() -> None:
    # the gazetteer knows "Nord" as a region; in an Italian or French text it is the north
    assert not any(value == "Nord" for value, _ in _entities("I soldati avanzano nel Nord della regione.", language="it"))
    assert not any(value == "Nord" for value, _ in _entities("Il pleut dans le Nord du pays.", language="fr"))


def test_firms_named_after_their_partners() -> None:
    from scoexport.extract.firms import ampersand_firms

    def firms(text: str) -> list[str]:
        return [text[s:e] for s, e in ampersand_firms(text)]

    assert firms("Ela é sócia do escritório Pereira & Lobo Advocacia, em Lisboa.") == ["Pereira & Lobo Advocacia"]
    assert firms("The rifle was made by Harrington & Richardson in 1921.") == ["Harrington & Richardson"]
    # words joined by an ampersand are no partners' names
    assert firms("the Research & Development budget") == []
    assert firms("Sales & Marketing moved upstairs") == []
    assert firms("She reread Crime & Punishment twice.") == []
    # capitalized plain words after the names name a product, of which the firm's name is a part
    assert firms("a pair of Harrington & Richardson Premium Sport boots") == []
    assert ("Pereira & Lobo Advocacia", "organization") in _entities(
        "Ela é sócia do escritório Pereira & Lobo Advocacia, em Lisboa.", language="pt")
