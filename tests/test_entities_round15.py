"""Issue 15, fifteenth round: organizations named beyond the gazetteers (firms by their trade's head word, German
bodies by capitalized adjectives), keeping what names none.

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.extract.language_bodies import adjective_bodies
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _entities(text: str, language: str = "en") -> set[tuple[str, str]]:
    facts, _ = facts_of(text, metadata=Metadata(language=language))
    return {(f.value, f.entity_type) for f in of_kind(facts, "entity")}


def _bodies(text: str) -> list[str]:
    return [text[start:end] for start, end in adjective_bodies(text, "de")]


def test_an_investment_firm_is_named_by_its_trades_plural() -> None:
    found = _entities("The fund was seeded by Harrowgate Investments and audited by Kellner Securities last year.")
    assert ("Harrowgate Investments", "organization") in found
    assert ("Kellner Securities", "organization") in found
    found = _entities("Money managers at Tamsin Wealth Management and Orrin Funds were cautious.")
    assert ("Tamsin Wealth Management", "organization") in found and ("Orrin Funds", "organization") in found


def test_two_firms_joined_by_and_are_two() -> None:
    found = _entities("Analysts at Pellow Securities and Marrick Partners doubted the forecast.")
    assert ("Pellow Securities", "organization") in found and ("Marrick Partners", "organization") in found
    # a plain word that opens the run is a field the one body lists
    assert ("Securities and Exchange Commission", "organization") in _entities(
        "He filed the papers with the Securities and Exchange Commission on time.")


def test_a_german_noun_of_the_firms_kind_is_no_part_of_its_name() -> None:
    found = _entities("Das sagte Anna Berg, Analystin bei dem Fonds-Anbieter Harrowgate Investments, am Montag.", "de")
    assert ("Harrowgate Investments", "organization") in found
    assert not any(name.startswith("Fonds-Anbieter") for name, _ in found)


def test_capitalized_german_adjectives_before_a_head_name_a_body() -> None:
    assert _bodies("Gestern traf sich die Altlutherische Kirche der Pfalz mit Gästen.") == [
        "Altlutherische Kirche der Pfalz"]
    assert _bodies("Der Vorschlag kam vom Ökumenischen Rat der Kirchen in Genf.") == ["Ökumenischen Rat der Kirchen"]
    assert _bodies("Auch die Evangelisch-lutherische Landeskonferenz hat zugestimmt.") == [
        "Evangelisch-lutherische Landeskonferenz"]
    assert _bodies("Das Nationale Paralympische Komitee lud ein.") == ["Nationale Paralympische Komitee"]


def test_lower_case_adjectives_or_an_indefinite_article_name_any_body() -> None:
    assert _bodies("Gestern sprach die katholische Kirche von Reformen.") == []
    assert _bodies("Sie forscht an einer Technischen Universität im Norden.") == []
    # a capital that opens the sentence is the sentence's
    assert _bodies("Staatliche Stiftung und Kirche arbeiten zusammen.") == []


def test_two_unread_words_after_an_office_are_a_name() -> None:
    # a given name no list holds and its surname, neither a German noun nor a place
    found = _entities("Am Freitag empfing Präsident Tovoniaina Rakotobe die Delegation.", "de")
    assert ("Tovoniaina Rakotobe", "person") in found
    # a noun after the first word still ends it: no name of two words
    assert not any(name.startswith("Zarkow") for name, _ in _entities(
        "Damit hat Präsident Zarkow Steuern erhöht.", "de") if " " in name)


def test_a_short_name_may_end_in_an_umlaut() -> None:
    # Austrian parties and firms write their letters with umlauts ("KPÖ", "SPÖ"); the member noun places them
    assert ("XYÖ", "organization") in _entities("Sie ist seit Jahren Mitglied der XYÖ und sitzt im Vorstand.", "de")


def test_a_team_or_consortium_is_named_by_a_word_of_its_own() -> None:
    assert ("Harbourview Consortium", "organization") in _entities("The Harbourview Consortium publishes the charts.")
    assert ("Zentyal Testing Security Team", "organization") in _entities(
        "The Zentyal Testing Security Team answered within a day.")
    # plain words before the head only describe a unit
    assert not any("Team" in name for name, _ in _entities("Please read the Security Team FAQ before writing."))


def test_an_english_long_form_ending_in_a_lower_case_noun_is_a_term() -> None:
    found = _entities("Every year the Zentyal Project coordinator's (ZPC) term ends in April.")
    assert not any(t == "organization" and "coordinator" in name for name, t in found)
    assert ("Harbour Research Center", "organization") in _entities("The Harbour Research Center (HRC) opened today.")


def test_a_given_name_that_is_an_english_word_opens_a_german_name_before_an_unread_surname() -> None:
    assert ("Urban Kowalczyk", "person") in _entities("Zum Schluss sprach Urban Kowalczyk über den Dialog.", "de")
    # after an article the word is the language's noun ("die Art Anopheles": the kind)
    assert not any(t == "person" for _, t in _entities("Gefährlich ist vor allem die Art Anopheles im Süden.", "de"))
    # a plain English word after it makes a phrase of English, no name (an article before would decide it anyway)
    assert ("Urban Window", "person") not in _entities("Danach las Urban Window aus dem Buch vor.", "de")
