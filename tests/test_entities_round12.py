"""Issue 15, twelfth round: recall on pages nobody tuned for, in languages other than English: names listed or
paired by the text's own "and" ("Aron und Gianni", "Huawei, Honor y Xiaomi"), and what such a list must not take
(nouns, places, sentence openings, appositions)."""
from __future__ import annotations

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _entities(*texts: str, language: str = "en") -> set[tuple[str, str]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language))
    return {(f.value, f.entity_type) for f in of_kind(facts, "entity")}


def _names(*texts: str, language: str = "en") -> set[str]:
    return {value for value, _ in _entities(*texts, language=language)}


# two given names joined by the language's "and"


def test_two_given_names_joined_by_und_are_people() -> None:
    found = _entities("Evans Kolumne macht auf Paarberatung – für Aron und Gianni. Das queere Paar hat sich gemeldet.",
                      language="de")
    assert {("Aron", "person"), ("Gianni", "person")} <= found
    found = _entities("Er macht ein Foto von Charlie und Nick und schickt es ihr.", language="de")
    assert {("Charlie", "person"), ("Nick", "person")} <= found


def test_a_pair_of_nouns_months_or_towns_is_no_pair_of_people() -> None:
    # German capitalizes its nouns, some of which are given names too; a month; two towns that are given names
    for text in ("Bund und Länder einigten sich am Abend.", "Der Kranz und Rose lagen auf dem Tisch.",
                 "Im April und Juni wird gewählt.",
                 "Auch Tiere aus den Nachbarstädten wie Hagen oder Unna halten ihn auf Trab."):
        assert not any(kind == "person" for _, kind in _entities(text, language="de")), text


def test_a_pair_in_quotation_marks_is_a_title() -> None:
    assert not any(kind == "person" for _, kind in _entities("Sie lasen „Aron und Gianni“ im Zug.", language="de"))


# a list joined by the language's own "and"


def test_a_name_listed_with_known_bodies_is_a_body() -> None:
    assert ("Honor", "organization") in _entities(
        "He utilizado varios dispositivos de Huawei, Honor y Xiaomi, y puedo decir que funcionan.", language="es")
    assert ("Alpenwerk", "organization") in _entities(
        "Les constructeurs comme Renault, Stellantis et Alpenwerk ont annoncé des baisses.", language="fr")
    assert ("Quantagon", "organization") in _entities(
        "Gefördert wird das Projekt von Siemens, Infineon und Quantagon.", language="de")


def test_a_listed_person_in_a_portuguese_sentence() -> None:
    assert ("Ozimar Queiroz", "person") in _entities(
        "Os borracheiros Ozimar Queiroz e Lindomar Queiroz encontraram o animal em meio ao mato.", language="pt")


def test_a_list_holding_a_noun_names_no_one_by_it() -> None:
    # "Söhne" is a noun: the comma after the firm's name sets off its town, not a list of people
    found = _entities("Ruster Ausbruch Weingut Heidi Schröck & Söhne, Rust heidi-schroeck.com", language="de")
    assert ("Rust", "person") not in found


def test_commas_without_a_join_are_an_apposition() -> None:
    found = _entities("Come ha anticipato il portavoce del dipartimento di Stato, Matthew Miller, State Department "
                      "spokesperson, Blinken vuole un aggiornamento.", language="it")
    assert ("Stato", "organization") not in found


def test_a_list_opening_a_sentence_takes_no_capital_word_of_the_sentence() -> None:
    # "Dann" opens the sentence; capitals there say nothing
    found = _names("Dann Merkel, Macron und Scholz trafen sich in Brüssel.", language="de")
    assert "Dann" not in found and "Dann Merkel" not in found


def test_english_lists_are_judged_as_before() -> None:
    # the English rule is unchanged: "Star Wars" stays a product in a list with companies
    found = _names("Disney owns Pixar, Marvel and Star Wars, analysts said.")
    assert "Star Wars" not in found


# a family business named by its trade


def test_a_winery_is_named_by_its_trade_and_its_owner() -> None:
    found = _entities("Ruster Ausbruch DAC Weingut Feiler-Artinger, Rust feiler-artinger.at", language="de")
    assert ("Weingut Feiler-Artinger", "organization") in found
    found = _entities("Ruster Ausbruch – Auf den Flügeln der Morgenröte Weingut Heidi Schröck & Söhne, Rust",
                      language="de")
    assert ("Weingut Heidi Schröck & Söhne", "organization") in found
    assert ("Heidi Schröck", "person") not in found  # the owner's name is the firm's here
    found = _entities("Ruster Ausbruch DAC Weingut Günter + Regina Triebaumer, Rust triebaumer.at", language="de")
    assert ("Weingut Günter + Regina Triebaumer", "organization") in found


def test_a_trade_noun_before_a_noun_or_a_function_word_names_no_firm() -> None:
    for text in ("Das Weingut Im Tal liegt am See.", "Sie kaufte im Autohaus Gebrauchtwagen.",
                 "Das Weingut wurde 1950 gegründet."):
        assert not any(kind == "organization" for _, kind in _entities(text, language="de")), text



# a body named by its kind and its seat


def test_a_body_is_named_by_a_compound_head_and_its_seat() -> None:
    found = _names("Die Bezirksregierung Arnsberg unterstützt diese wichtige Arbeit finanziell.", language="de")
    assert "Bezirksregierung Arnsberg" in found
    assert "Stadtsparkasse Dortmund" in _names("Spendenkonto: bei der Stadtsparkasse Dortmund", language="de")


def test_a_head_before_a_noun_or_an_unknown_word_names_no_seat() -> None:
    # a noun after the head is the sentence's ("Der Verband Kritik"), an unknown word may be anything
    assert not _names("Der Verband Kritik übt am Entwurf.", language="de")
    assert "Landesregierung Quarkheim" not in _names("Die Landesregierung Quarkheim prüft das.", language="de")


# a body's unit by its short name and its noun


def test_a_team_named_by_its_letters_is_an_organization() -> None:
    assert "QA team" in _names("Lack of attention to RC bugs is often interpreted by the QA team as a sign.")
    assert "QA group" in _names("From time to time the QA group organizes bug squashing parties.")
    assert "Debian LTS team" in _names("Contributors and companies joined forces to create the Debian LTS team.")


def test_a_known_body_or_place_before_team_is_that_body_or_place() -> None:
    assert "FBI team" not in _names("The agents of the FBI team arrived at noon.")
    assert ("United States", "country") in _entities("Fans cheered the US team at the final.")
    assert "US team" not in _names("Fans cheered the US team at the final.")
    # a team named without "the" or without capitals is no unit's name
    assert not _names("Each qa team meets weekly, and an SRE team is on call.")


# a person's affiliation in parentheses


def test_a_body_in_parentheses_after_a_person_is_their_affiliation() -> None:
    found = _entities("También contra Hernando Graña Acuña y Gonzalo Ferraro Rey (Graña y Montero); Fernando Martín "
                      "Camet Piccone (JJC Contratistas Generales); y José Fernando Castillo Dibos (ICCGSA).",
                      language="es")
    assert {("Graña y Montero", "organization"), ("JJC Contratistas Generales", "organization"),
            ("ICCGSA", "organization")} <= found
    assert ("Freexian", "organization") in _entities("The work was funded by Raphaël Hertzog (Freexian) last year.")


def test_a_parenthesis_after_a_person_holding_no_body() -> None:
    # a role in lower case, a province's abbreviation, an office, a place, a party word, a year, a nationality code
    cases = [("es", "La Fiscalía acusó a Avraham Dan On (seguridad del expresidente) y a otros.",
              "seguridad del expresidente"),
             ("de", "Es sprachen Reinhard Leichtfried (Stmk) und Alois Kögl (Bgld).", "Stmk"),
             ("de", "Es sprach Markus Pump (Vizebürgermeister von Eisenerz).", "Vizebürgermeister von Eisenerz"),
             ("en", "Jane Smith (Democrat) met Paul Smith (2019) in town.", "Democrat"),
             ("en", "South Dakota Gov. Kristi Noem (R) is defending the campaign.", "R")]
    for language, text, words in cases:
        assert (words, "organization") not in _entities(text, language=language), text
    assert ("France", "country") in _entities("John Doe (France) spoke first.")
    found = _names("Dorothea Wierer (ITA) gewann vor Vanessa Voigt (GER) +1:02,3 und Anais Bescond (FRA).",
                   language="de")
    assert not {"ITA", "GER", "FRA"} & found


# a ruler by title, given name and number or realm


def test_a_ruler_is_named_with_the_number_or_the_realm() -> None:
    assert ("Leopold I.", "person") in _entities(
        "Die Stadt erkaufte sich im Jahr 1681 bei Kaiser Leopold I. das Stadtrecht.", language="de")
    # a realm after "von" stays the country: the alias rules would read it as a surname elsewhere in the text
    found = _entities("1524 erteilte Königin Maria von Ungarn die Erlaubnis. Ungarn war reich.", language="de")
    assert ("Ungarn", "person") not in {(f, k) for f, k in found}


def test_a_rulers_title_that_is_a_surname_takes_no_noun() -> None:
    # "Kaiser" and "König" are surnames as well: a noun after them is no ruler's name
    for text in ("Beim Konzert von Roland Kaiser Hits singen alle mit.", "Der König Fußball regiert hier."):
        assert not any(value in ("Hits", "Fußball") for value, _ in _entities(text, language="de")), text


# a body after the noun of its kind, in languages that write nouns in lower case


def test_a_body_is_named_after_the_noun_of_its_kind() -> None:
    assert ("Spa", "organization") in _entities(
        "Lo ha riferito l'agenzia di stampa saudita Spa, precisando che il re ha donato otto milioni.", language="it")
    assert ("Odebrecht", "organization") in _entities(
        "El caso involucra al expresidente y a la constructora brasileña Odebrecht.", language="es")
    assert ("Don’t Kill My App", "organization") in _entities(
        "Por esta razón el sitio Don’t Kill My App puntea a los fabricantes.", language="es")
    assert ("Serelepe", "organization") in _entities("Uma palinha das brincadeiras do grupo Serelepe na escola.",
                                                     language="pt")


def test_a_kind_noun_before_a_verb_a_person_or_a_place_names_no_body() -> None:
    cases = [("it", "La rete ha detto Rossi che tornerà.", "Rossi"),
             ("it", "Il gruppo di Roma ha vinto.", "Roma"),
             ("fr", "Le parti de Marine Le Pen a gagné.", "Marine Le Pen"),
             ("es", "El diario de Mayo fue publicado.", "Mayo")]
    for language, text, name in cases:
        assert (name, "organization") not in _entities(text, language=language), text


def test_an_institution_is_named_with_its_noun() -> None:
    assert ("ospedale Shifa", "organization") in _entities(
        "L'ospedale aveva sostituito il reparto maternità dell'ospedale Shifa, che ora viene utilizzato.", language="it")
    # named after a person, the hospital is the institution
    assert ("ospedale italiano Umberto I", "organization") in _entities(
        "Al Cairo c'è l'ospedale italiano Umberto I e quando vorranno potranno tornare.", language="it")
    assert ("université Al-Azhar de Gaza", "organization") in _entities(
        "Il est professeur de français à l’université Al-Azhar de Gaza, la même dont il est sorti.", language="fr")
    assert ("Al Manar", "organization") in _entities(
        "Lo riferisce l'emittente tv Al Manar del movimento sciita.", language="it")


def test_an_institution_noun_before_a_place_is_no_name() -> None:
    found = _entities("L'ospedale di Gaza è pieno da giorni.", language="it")
    assert ("Gaza", "city") in found
    assert not any(kind == "organization" for _, kind in found)


def test_a_list_opening_after_a_preposition_lends_no_kind_to_its_first_word() -> None:
    # "del Metronome": a thing's name after a preposition, though people follow it in the list
    found = _entities("I due artisti progettarono l'installazione originale del Metronome, Kristin Jones e Andrew "
                      "Ginzel, alla fine degli anni Novanta.", language="it")
    assert ("Metronome", "person") not in found
    assert ("Kristin Jones", "person") in found


def test_a_german_body_after_its_kind_noun() -> None:
    found = _entities("Ein Meeting mit Managern der Bergbaugesellschaft Gemfields Group Ltd. in London.", language="de")
    assert ("Gemfields Group Ltd.", "organization") in found
    assert ("Bergbaugesellschaft Gemfields Group Ltd.", "organization") not in found  # the kind is no part of it
    assert ("Filana", "organization") in _entities(
        "Welche Vorteile bietet es, eine professionelle Reinigungsfirma wie Filana zu engagieren?", language="de")


def test_a_german_kind_before_a_noun_or_the_sentences_words_names_nothing() -> None:
    for text in ("Das Unternehmen Geld verdient nicht.", "Die Firma schaltete die britische Polizei ein.",
                 "Die Stiftung Warentest prüft die Geräte."):
        found = _entities(text, language="de")
        assert not any(value in ("Geld", "Warentest") for value, _ in found), text
