"""Entity rules of the sixth round, for names no list knows: one name after a noun of what people are, a
surname that is also a town or a title. Each sentence is written for the test, in the way news writes such
names."""
from __future__ import annotations

from scoexport.extract.people import find_people

from .facts_util import facts_of, of_kind


def _people(text: str) -> set[str]:
    return {text[start:end] for start, end, _ in find_people(text, "body")}


def _entities(text: str) -> list[tuple[str, str]]:
    facts, _ = facts_of(text)
    return [(f.text, f.entity_type) for f in of_kind(facts, "entity")]


def test_one_name_after_a_noun_of_what_people_are_is_a_person() -> None:
    assert _people("Fans cheered when the singer Adele walked on stage.") == {"Adele"}
    assert _people("The club signed keeper Kepa from Bilbao.") == {"Kepa"}
    # a plain word, a place or a day after the noun names no one
    assert _people("The band hired a singer Monday and a drummer Friday.") == set()
    assert _people("She met the singer Chicago had been waiting for.") == set()


def test_a_towns_name_is_a_surname_after_a_noun_of_what_people_are() -> None:
    assert ("Debola Lagos", "person") in _entities("Guests were invited to an event by media mogul, Debola Lagos.")
    # without the noun, the town is the town
    assert ("Lagos", "city") in _entities("Guests were invited to an event in Lagos.")


def test_a_title_that_is_a_common_surname_ends_a_given_name() -> None:
    assert _people("She told co-host Gayle King that the group would endorse him.") == {"Gayle King"}
    assert _people("Howard Dean ran for president in 2004.") == {"Howard Dean"}
    # "of" after it makes it a title of a place again; a title before a name stays a title
    assert "Mary Queen" not in _people("Mary Queen of Scots was executed in 1587.")
    assert _people("They met King Charles at the palace.") <= {"King Charles", "Charles"}


def test_a_saint_opens_the_name_of_a_church_college_or_square() -> None:
    assert _entities("The owner of the Hotel Saturnia near St. Mark's Square was pleased.")[-1] == ("St. Mark's Square", "region")
    got = _entities("She studied at St. John's College and St. Mary's Hospital.")
    assert got == [("St. John's College", "organization"), ("St. Mary's Hospital", "organization")]
    assert ("St. Pachomius Coptic Orthodox Church" in
            [t for t, _ in _entities("Anyone who visited St. Pachomius Coptic Orthodox Church was exposed.")])


def test_capitals_before_a_noun_of_those_who_lead_a_body_name_the_body() -> None:
    assert ("RJD", "organization") in _entities("BJP spokesperson Nikhil Anand flayed the RJD leader for his comment.")
    assert ("NBA", "organization") in _entities("The NBA chief said the season would resume.")
    # the capitals a country is written in stay the country
    assert ("UK", "country") in _entities("The UK leader met the president.")


def test_an_intercardinal_qualifier_makes_a_region_of_a_place() -> None:
    assert ("Northwest Washington", "region") in _entities("He was found wounded in Northwest Washington on Friday.")
    assert ("Southeast Asia", "region") in _entities("Floods hit Southeast Asia this week.")


def test_studios_labs_and_weeklies_are_organizations() -> None:
    got = _entities("The service is stocked with movies from Pixar Animation and research from Bell Labs.")
    assert ("Pixar Animation", "organization") in got and ("Bell Labs", "organization") in got
    assert ("Publishers Weekly", "organization") in _entities("The novel was reviewed by Publishers Weekly in May.")


def test_the_plural_names_on_each_side_of_vs_are_teams() -> None:
    got = _entities("The best game I saw: Broncos vs. Raiders at Mile High Stadium.")
    assert ("Broncos", "organization") in got and ("Raiders", "organization") in got
    # surnames are people, a party's members are no organization, a case is no match
    assert _entities("Williams vs. Adams was the fight of the year.") == []
    assert _entities("It was Democrats vs. Republicans all over again.") == []
    assert _entities("The court overturned Roe v. Wade last year.") == []


def test_a_full_name_with_an_age_after_it_is_a_person() -> None:
    assert _people("Federal agents took Dijon Williams, 21, into custody on Monday.") == {"Dijon Williams"}
    # words that are no part of a name, or a place, with a number after them name no one
    assert _people("Chapter Two, 3, describes the method.") == set()
    assert _people("He lived in New York, 21, years ago.") == set()


def test_a_full_name_whose_possessive_is_a_known_organization_is_its_owner() -> None:
    assert "Elon Musk" in _people("The upstarts, Jeff Bezos’s Blue Origin and Elon Musk’s SpaceX among them, bid.")
    # a place's possessive is the place's
    assert _people("New York’s NASA center opened.") == set()
