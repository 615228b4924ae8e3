"""Issue 15, sixteenth round: German names beyond the gazetteers (a federation's one bodies, a country written with
its form of state, patronymics) and capitalized German words that name nothing (an article or a preposition opening
a sentence).

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _entities(text: str, language: str = "de") -> set[tuple[str, str, str]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return {(f.text, f.value, f.entity_type) for f in of_kind(facts, "entity")}


def test_a_german_article_opening_a_sentence_is_no_part_of_a_bodys_name() -> None:
    assert _entities("Das Team arbeitet seit Jahren an der neuen Version.") == set()
    assert _entities("Die Gruppe traf sich am Abend.") == set()
    # a name after the article keeps its words
    found = _entities("Gestern meldete Die Norrland Media Group einen Verlust.")
    assert ("Norrland Media Group", "Norrland Media Group", "organization") in found


def test_a_german_preposition_that_is_also_a_given_name_opens_no_name() -> None:
    assert not any(t == "person" for _, _, t in _entities("Ab Klasse fünf lernen die Kinder Latein."))
    assert not any(t == "person" for _, _, t in _entities("Ab Stufe drei wird es schwierig."))


def test_a_country_written_with_its_form_of_state_is_the_country() -> None:
    found = _entities("Die Regel gilt innerhalb der Bundesrepublik Deutschland und im Königreich Spanien.")
    assert ("Bundesrepublik Deutschland", "Germany", "country") in found
    assert ("Königreich Spanien", "Spain", "country") in found
    assert ("Republik Österreich", "Austria", "country") in _entities("Er ist Bürger der Republik Österreich.")


def test_the_federal_republic_written_alone_is_germany() -> None:
    assert ("Bundesrepublik", "Germany", "country") in _entities("In der frühen Bundesrepublik war vieles anders.")
    # followed by a name, the form belongs to that name; none the gazetteer knows here
    assert _entities("Die Bundesrepublik Kalvarien gab es nie.") == set()


def test_a_federations_one_body_is_named_by_prefix_and_noun() -> None:
    found = _entities("Die Bundespolizei kontrolliert die Grenze, das Bundesheer übt im Norden.")
    assert ("Bundespolizei", "Bundespolizei", "organization") in found
    assert ("Bundesheer", "Bundesheer", "organization") in found
    # the genitive is the same body, named in the nominative
    assert ("Bundesrates", "Bundesrat", "organization") in _entities("Ein Sprecher des Bundesrates widersprach.")


def test_capitalized_adjectives_before_a_federal_body_are_its_name() -> None:
    found = _entities("Der Antrag kam in der Sitzung des Deutschen Bundestages zur Abstimmung.")
    assert any(text == "Deutschen Bundestages" and t == "organization" for text, _, t in found)


def test_federal_words_that_name_an_office_a_land_or_a_kind_are_no_body() -> None:
    found = _entities("Jedes Bundesland schickt Vertreter, der Bundeskanzler und ein Bundesministerium schweigen.")
    assert not any(t == "organization" for _, _, t in found)
    assert _entities("Die Bundestagswahl findet im Herbst statt.") == set()


def test_a_patronymic_is_part_of_the_persons_name() -> None:
    found = _entities("Nach Ansicht von Rabbi Samuel Ben Levi Ben Aron ist das erlaubt.")
    assert ("Samuel Ben Levi Ben Aron", "Samuel Ben Levi Ben Aron", "person") in found
    assert ("Omar bin Khalid", "Omar bin Khalid", "person") in _entities("Damals verhandelte Omar bin Khalid mit Paris.")


def _authored(author: str, *texts: str, language: str = "de") -> set[tuple[str, str]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language, authors=[author]))
    return {(f.text, f.entity_type) for f in of_kind(facts, "entity")}


def test_the_documents_author_in_a_signature_or_a_byline_is_no_entity() -> None:
    assert _authored("Jana Kolb", "Der Rat hat den Plan beschlossen.", "Jana Kolb") == set()
    assert _authored("Jana Kolb", "Von Jana Kolb Die Stadt hat den Plan beschlossen.") == set()
    assert _authored("Jana Kolb", "Die Stadt hat den Plan beschlossen. Von Jana Kolb") == set()
    assert _authored("Jana Kolb", "Jana Kolb, Redakteurin im Ressort Wissen") == set()
    # a credit line: the author is no entity, a maker the metadata does not name is still read
    assert ("Jana Kolb", "person") not in _authored("Jana Kolb", "Words: Jana Kolb, Tom Berg", language="en")


def test_the_documents_author_inside_the_texts_sentences_is_an_entity() -> None:
    assert ("Jana Kolb", "person") in _authored("Jana Kolb", "Gestern sprach Jana Kolb mit dem Bürgermeister.")
    assert ("Jana Kolb", "person") in _authored("Jana Kolb", "Jana Kolb said the plan was ready.", language="en")
    # a name alone that is not the document's author is not its signature
    assert ("Tom Berg", "person") in _authored("Jana Kolb", "Der Rat tagte.", "Tom Berg, der Bürgermeister, kam.")


def test_an_authors_name_alone_between_paragraphs_of_text_is_an_entrys_and_an_entity() -> None:
    # a changelog credits each entry to its writer on a line of its own: the document's own text
    found = _authored("Jana Kolb", "Added a section on mirrors.", "Jana Kolb", "Fixed the examples in chapter two.",
                      language="en")
    assert ("Jana Kolb", "person") in found
    # names listed after a comma are no role
    assert ("Jana Kolb", "person") in _authored("Jana Kolb", "Fixed typos.", "Jana Kolb, Tom Berg", "Added notes.",
                                                language="en")


def test_an_authors_name_alone_after_a_records_fields_is_an_entrys() -> None:
    # a changelog's first entry: its date line, then its writer, then what changed
    found = _authored("Jana Kolb", "March 2019", "Jana Kolb", "Moved the build to a new format.", language="en")
    assert ("Jana Kolb", "person") in found
    # the name alone above the text is its byline
    assert ("Jana Kolb", "person") not in _authored("Jana Kolb", "Jana Kolb", "Moved the build to a new format.",
                                                    language="en")
