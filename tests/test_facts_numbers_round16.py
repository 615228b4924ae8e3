"""Session 16's number rules, on sentences made up here in the shape of each cause."""
from __future__ import annotations

from scoexport.records import Fact, Metadata

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _facts(text: str, language: str = "de") -> list[Fact]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return of_kind(facts, *NUMERIC)


def _texts(text: str, language: str = "de") -> list[str]:
    return [f.text for f in _facts(text, language)]


def test_later_releases_listed_after_a_name_in_german() -> None:
    # the language's "und"/"oder" closes a list of releases as English "and" does
    assert _texts("Betroffen sind Nutzer von Debian 10 und 11.") == []
    # a minor release after its major one, and a comma list of whole numbers closed by "und"
    assert _texts("Das Update kommt für Ubuntu 20 und 20.4.") == []
    assert _texts("Das Update kommt für Fedora 36, 37 und 38.") == []
    assert _texts("The fix reaches Fedora 36, 37 and 37.1 today.", "en") == []
    # a plural noun after the last member: it counts ("37.1 users" is no release's name here)
    assert _texts("The fix reaches Fedora 36 and 37.1 users.", "en") == ["37.1"]


def test_a_list_of_counts_is_not_taken_for_releases() -> None:
    # a comma between whole numbers that closes no list ends a clause
    assert _texts("In Chapter 3, 40 people came.", "en") == ["40"]
    # an amount after a version, and a count of a plural noun
    assert _texts("Android 12 and 2.5 million users.", "en") == ["2.5 million"]
    assert _texts("Android 12 and 3 apps were removed.", "en") == ["3"]
    # a list whose first member counts, not a release
    assert _texts("Es kamen 7, 8 und 9 Gäste.") == ["7", "8", "9"]


def test_page_reference_with_following_pages_is_no_number() -> None:
    assert _texts("Vgl. Huber, ZfR 2011, 145 ff. zu dieser Frage.") == []
    assert _texts("Vgl. Huber, ZfR 2011, 146 f. zu dieser Frage.") == []
    assert _texts("So steht es bei Huber 2011, 88ff.") == []
    assert _texts("Discussed at length in Miller, Review 2009, 321 ff. and later.", "en") == []
    # the page itself is a number where no mark of the following pages stands after it
    assert _texts("Sie las 145 Seiten.") == ["145"]


def test_german_count_of_times_written_as_one_word() -> None:
    assert [(f.text, f.value) for f in _facts("Wir haben das Lied zweimal gesungen.")] == [("zweimal", "2")]
    assert [(f.text, f.value) for f in _facts("Ist es schnell? Fünfmal ja.")] == [("Fünfmal", "5")]
    # "einmal" is as often "just" or "again": left out
    assert _texts("Schau dir das noch einmal an.") == []


def test_german_cardinal_word_joined_to_an_adjective_of_length() -> None:
    # written as "10-jährige" is, one word: the count and the noun of time it measures
    assert [(f.text, f.value, f.unit) for f in _facts("Sie feiern die fünfjährige Partnerschaft.")] == \
        [("fünfjährige", "5", "Jahre")]
    assert [(f.text, f.value, f.unit) for f in _facts("Nach einer zweistündigen Pause ging es weiter.")] == \
        [("zweistündigen", "2", "Stunden")]
    # made a noun, capitalized as German writes every noun: the person of that age (in the nominative), no name
    assert [(f.text, f.value, f.unit) for f in _facts("Die Mutter fand ihren Sechsjährigen im Garten.")] == \
        [("Sechsjährigen", "6", "Jährige")]
    # the same noun written with digits and a hyphen names the same unit, whatever its case
    assert [(f.text, f.value, f.unit) for f in _facts("Sie sprach mit dem 6-Jährigen im Garten.")] == [("6", "6", "Jährige")]
    # no cardinal before the adjective: "mehrjährig" is of several years, no count
    assert _facts("Das mehrjährige Projekt endet.") == []
