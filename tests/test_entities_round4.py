"""Entities from how English writes names (fourth round): a list coordinates like with like, brands
written with an inner capital, a university's campus, an organization whose tail is a list, a town alone
after "in", a name in apposition with a noun of what people are, a rank before a name. Examples of our
own, each with a near miss the rule must leave alone."""
from __future__ import annotations

import pytest

from scoexport.clean.kinds import is_follow_line
from scoexport.extract.coordination import brands
from scoexport.extract.organizations import find_organizations
from scoexport.extract.people import find_people
from scoexport.extract.sources import find_sources
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def entities(*texts: str, language: str | None = None) -> list[tuple[str, str]]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language))
    return [(f.text, f.entity_type) for f in of_kind(facts, "entity")]


def test_a_name_listed_with_organizations_is_one() -> None:
    got = entities("You can stream films from Disney, Quillory, Brennex, and Uber on one app.")
    assert ("Quillory", "organization") in got and ("Brennex", "organization") in got


def test_a_name_listed_with_people_is_a_person_by_the_lists_majority() -> None:
    got = entities("Her favourite artists: Bob Marley, Bruno Mars, Tovaric, The Eagles, Frank Sinatra.")
    assert ("Tovaric", "person") in got


def test_a_list_member_made_of_plain_words_or_a_comma_clause_is_no_name() -> None:
    got = dict(entities("It streams Disney, Netflix, Hulu, and Water Wars titles."))
    assert "Water Wars" not in got  # plain words: a title or a thing
    got = dict(entities("With Quillory, Balmond Studio builds a maze."))  # one comma sets off a clause
    assert "Quillory" not in got


@pytest.mark.parametrize(("text", "name"), [
    ("Delivery apps such as DoorDash, Lugg and Instacart.", "DoorDash"),
    ("BrightPath has cut its fees.", "BrightPath"),  # the subject of a verb
    ("The lender GoBank said fees would fall.", "GoBank"),
])
def test_a_name_with_an_inner_capital_is_a_brand(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e in brands(text)]


@pytest.mark.parametrize("text", [
    "Senator Mitch McConnell spoke.",  # a surname's particle
    "It comes with Apple CarPlay as standard.",  # after another name: a product's
    "Sign up to the MyTown newsletter here.",  # before a lower-case noun: a product's
    "Share it with #MeToo and @JaneDoe online.",  # a hashtag, a handle
    "Rebels known as MaT took the town.",  # an acronym's own capitals
])
def test_a_surname_product_hashtag_or_acronym_is_no_brand(text: str) -> None:
    assert brands(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("They met at the University of Norland, Westbury in 1990.", "University of Norland, Westbury"),
    ("She teaches at Corvin University–Easton now.", "Corvin University–Easton"),
    ("A researcher at Ashby School of Medicine at Mount Carran Hospital helped.",
     "Ashby School of Medicine at Mount Carran Hospital"),
])
def test_a_universitys_campus_goes_with_its_name(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e, _ in find_organizations(text)]


def test_a_unit_named_by_its_kind_stops_before_at() -> None:
    text = "He leads the School of Engineering at Corvin University today."
    names = [text[s:e] for s, e, _ in find_organizations(text)]
    assert "School of Engineering" in names and "Corvin University" in names


def test_an_organizations_tail_set_out_as_a_list_is_part_of_its_name() -> None:
    text = "An analyst at the Council on Energy, Environment and Water said so."
    assert "Council on Energy, Environment and Water" in [text[s:e] for s, e, _ in find_organizations(text)]
    text = "The Bank of England, France and Spain agreed."  # the list names places: no tail
    assert "Bank of England" in [text[s:e] for s, e, _ in find_organizations(text)]


def test_a_name_no_list_knows_after_in_is_a_town() -> None:
    got = entities("The health department named an exposure site in Quorndale on Friday.")
    assert ("Quorndale", "city") in got
    # a word or a known name after "in" is no town; nor in another language's text
    assert not [g for g in entities("It was written in Python by Smith.") if g[1] == "city"]
    assert not [g for g in entities("Il gioco è venduto in Scatola rossa.", language="it") if g[1] == "city"]


@pytest.mark.parametrize(("text", "name"), [
    ("“The wind changed,” Tarun Velkari, a research analyst at the institute, told reporters.", "Tarun Velkari"),
    ("The club signed Basque keeper Iker Zubeldia this week.", "Iker Zubeldia"),
])
def test_a_name_in_apposition_with_a_noun_of_people_is_a_person(text: str, name: str) -> None:
    assert name in [text[s:e] for s, e, _ in find_people(text, "body")]


def test_a_rank_before_a_name_is_no_part_of_it() -> None:
    text = "The agency's spokesman Inspector Frank Lemberg told news outlets."
    names = [text[s:e] for s, e, _ in find_people(text, "body")]
    assert "Frank Lemberg" in names and "Inspector Frank Lemberg" not in names


def test_a_quoted_pair_of_given_names_and_a_contraction_are_no_people() -> None:
    got = entities("It began when the “Melvin and Howard” star woke up. We’ve asked him to share some tips.")
    assert not [g for g in got if g[1] == "person"]


def test_a_name_no_list_knows_with_a_plural_verb_is_a_team_or_company() -> None:
    assert ("Dunmore", "organization") in entities("Dunmore have this morning paid the fee to the club.")
    # a word ("Fewer are"), a place, or one of two joined subjects ("Smith and Jonas have") is none
    got = entities("Fewer are coming. Smith and Jonas have agreed. Madrid are happy.")
    assert not [g for g in got if g[1] == "organization"]


def test_an_embassy_is_an_organization() -> None:
    assert ("US Embassy", "organization") in entities("The US Embassy in the capital keeps its own monitors.")


def test_a_town_after_in_may_open_with_a_saints_abbreviation_and_point_ends_a_place() -> None:
    got = entities("She moved to a farm in St. Quillan last year. The church in Stony Point, on Sunday, was shut.")
    assert ("St. Quillan", "city") in got and ("Stony Point", "region") in got


def test_a_paragraph_opening_with_a_copyright_notice_is_furniture() -> None:
    assert is_follow_line("Copyright 2021 Harbour News Agency. All rights reserved. This material may not be published.")
    assert is_follow_line("© 2019 Example Media")
    assert not is_follow_line("Copyright law protects the work of artists, the court said in 2020.")


def test_a_name_whose_figures_show_something_is_a_source() -> None:
    text = "Tradewell figures show that overnight stays rose."
    assert [text[s:e] for s, e in find_sources(text)] == ["Tradewell"]
    text = "Census figures show a rise."  # a word, not a name
    assert find_sources(text) == []
