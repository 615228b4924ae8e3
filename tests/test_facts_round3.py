"""Facts, third round: how English news writes speakers, places and businesses. Examples of our own,
each with a near miss the rule must leave alone."""
from __future__ import annotations

import pytest

from scoexport.extract.gazetteer import find, lookup
from scoexport.extract.organizations import find_organizations
from scoexport.extract.people import find_people
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind
from .test_facts_quotes_acronyms import quotes


def entities(*texts: str) -> list[tuple[str, str]]:
    facts, _ = facts_of(*texts)
    return [(f.text, f.entity_type) for f in of_kind(facts, "entity")]


# -- quotes ------------------------------------------------------------------------------------------

def test_she_passes_over_a_man_named_last() -> None:
    got = quotes("Senator Laura Pike clashed with Governor Rahul Menon.", "“Keep my family out of this,” she said.")
    assert got == [("Keep my family out of this", "Laura Pike")]


def test_he_passes_over_a_woman_named_last() -> None:
    got = quotes("Mayor Daniel Ortiz met Judge Helen Marsh.", "“We settled it,” he said.")
    assert got == [("We settled it", "Daniel Ortiz")]


def test_a_pronoun_still_takes_a_person_whose_given_name_says_nothing() -> None:
    # "Casey" is carried by both sexes: "she" may stand for her
    got = quotes("Coach Casey Brandt watched the drill.", "“Again,” she said. “And faster this time.”")
    assert ("And faster this time", "Casey Brandt") in got


def test_a_speaker_with_a_long_apposition() -> None:
    text = ("“The model works,” Nora Lindqvist, a researcher at the Institute for Ocean Studies in Bergen, Norway, "
            "and lead author of the study, said in a statement.")
    assert quotes(text) == [("The model works", "Nora Lindqvist")]


def test_the_speaker_is_not_the_listener_after_a_long_apposition() -> None:
    text = ("Dr. Paula Grant, an associate professor in the department of family science at Westbrook University, "
            "told Reporter Weekly that the figures “set off alarm bells.”")
    assert quotes(text) == [("set off alarm bells", "Paula Grant")]


def test_an_acronym_that_speaks_is_an_organization() -> None:
    got = entities("Members will return to work, the NWU said.")
    assert ("NWU", "organization") in got
    assert quotes("“Members will return to work,” the NWU said.") == [("Members will return to work", "NWU")]


# -- people ------------------------------------------------------------------------------------------

def test_a_given_name_that_ends_a_place_opens_no_person() -> None:
    text = "They were joined by Senator from South Carolina Tim Scott."
    names = [text[s:e] for s, e, _ in find_people(text, "body")]
    assert "Tim Scott" in names and not any("Carolina" in n for n in names)


def test_two_unknown_words_before_who_or_of_a_place_are_a_person() -> None:
    for text in ("Ilhaan Warsame of Portland was elected.", "Ilhaan Warsame who runs the clinic spoke."):
        assert [text[s:e] for s, e, _ in find_people(text, "body")] == ["Ilhaan Warsame"]
    text = "the Kestrel Vantor of the fleet"  # "of" and no place: a thing's name stays unknown
    assert find_people(text, "body") == []


def test_a_chinese_name_ending_in_he() -> None:
    text = "talks between the envoys and Vice Premier Zhou He, due next week"
    assert [text[s:e] for s, e, _ in find_people(text, "body")] == ["Zhou He"]
    assert [text[s:e] for s, e, _ in find_people("Nobody said. He left", "body")] == []


def test_a_persons_name_before_a_legal_form_is_a_company() -> None:
    assert ("Hartley Distilling Co.", "organization") in entities("He buys grain from Hartley Distilling Co. in spring.")


@pytest.mark.parametrize(("text", "not_person"), [
    ("An inquest at Westfield Coroners’ Court is due.", "Westfield Coroners"),
    ("Try a “Marla Voss” with tonic.", "Marla Voss"),
])
def test_no_person_in_a_longer_name_or_alone_in_quotation_marks(text: str, not_person: str) -> None:
    assert (not_person, "person") not in entities(text)


# -- organizations and places -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("He worked at Ridgeway Distillery for years.", "Ridgeway Distillery"),
    ("They met at 22nd Street Brewery on Friday.", "22nd Street Brewery"),
    ("She stayed at the Lakeview Suites near the airport.", "Lakeview Suites"),
])
def test_businesses_by_their_head_words(text: str, name: str) -> None:
    assert any(text[s:e] == name and kind == "organization" for s, e, kind in find_organizations(text))


def test_a_place_with_an_abbreviated_saint() -> None:
    text = "The council of St. Anselm Park voted."
    assert any(text[s:e] == "St. Anselm Park" for s, e, _ in find_organizations(text))


def test_a_dateline_names_a_town_and_its_state() -> None:
    text = "GREENFORD, Calif. — The plant closed on Monday."
    got = [(text[s:e], kind) for s, e, kind in find_organizations(text)]
    assert ("GREENFORD", "city") in got
    # the state's abbreviation is the gazetteer's: the state itself, by its name
    assert [(text[h.start:h.end], h.entry.name) for h in find(text) if h.entry.type == "region"] == [("Calif.", "California")]
    # a word in capitals that is no known city opens no dateline (a known one alone does: test_entities_boundaries)
    assert find_organizations("UPDATE (Reuters) - The deal is off.") == []


def test_a_town_named_with_its_kind() -> None:
    text = "He was treated in the county of Lanxi in the north."
    assert (text.index("Lanxi"), text.index("Lanxi") + 5, "city") in find_organizations(text)


def test_a_country_name_placed_in_a_state_is_a_town() -> None:
    first = find("grain from Lebanon, Indiana. Then")[0]
    assert (first.entry.type, first.entry.name) == ("city", "Lebanon")
    # a list of places keeps the country
    assert find("in Ireland, Northern Ireland and Britain")[0].entry.type == "country"


def test_special_administrative_regions_are_cities_and_demonyms_are_nationalities() -> None:
    assert lookup("Hong Kong").type == "city"
    assert lookup("Somali").demonym
    assert lookup("New Orleans").type == "city"


def test_a_text_names_its_publisher_short() -> None:
    facts, _ = facts_of("A nurse told Quillpost that wards were full.", "The Herald’s poll agrees.",
                        metadata=Metadata(publisher="Quillpost.com"))
    got = {(f.text, f.value) for f in of_kind(facts, "entity")}
    assert ("Quillpost", "Quillpost.com") in got
    facts, _ = facts_of("It was first reported by the Herald on Monday.", metadata=Metadata(publisher="Dunmore Herald"))
    assert ("Herald", "Dunmore Herald") in {(f.text, f.value) for f in of_kind(facts, "entity")}
    facts, _ = facts_of("Herald Smith spoke.", metadata=Metadata(publisher="Dunmore Herald"))
    assert "Dunmore Herald" not in {f.value for f in of_kind(facts, "entity")}


def test_a_given_name_alone_after_a_kinship_noun_or_paired_with_another() -> None:
    text = "She sent me and my cousin Delroy to fetch him."
    assert [text[s:e] for s, e, _ in find_people(text, "body")] == ["Delroy"]
    text = "We thank producers Lou and Ben from the studio."
    assert [text[s:e] for s, e, _ in find_people(text, "body")] == ["Lou", "Ben"]
    for text in ("Salt and Pepper were served.", "Will and Grace aired again."):  # words, or a title of two word-names
        assert find_people(text, "body") == []


def test_films_is_an_organizations_head_word() -> None:
    text = "The series was made by Kestrel Films in 2019."
    assert any(text[s:e] == "Kestrel Films" and k == "organization" for s, e, k in find_organizations(text))


def test_a_companys_unit_for_a_part_of_the_world() -> None:
    got = entities("Stellantis North America chief Jo Park thanked the teams.", "Sales in North America rose.")
    assert ("Stellantis North America", "organization") in got and ("North America", "region") in got
    assert ("North America", "region") in entities("Stellantis sells cars in North America.")
