"""Round eight: documents of other kinds (rules, change logs, manuals) and the date conventions they settle.
Examples of our own, shaped as such documents write them."""
from __future__ import annotations

import pytest

from tests.facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "quantity", "percent", "money", "fraction")


def _dates_and_numbers(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    facts, _ = facts_of(text)
    return [(f.text, f.value) for f in of_kind(facts, "date")], [f.text for f in of_kind(facts, *NUMERIC)]


@pytest.mark.parametrize(("text", "span"), [
    ("You cure the violation prior to 30 days after your receipt of the notice.", "30 days after"),
    ("Six weeks before the vote, he left the party.", "Six weeks before"),
    ("Nominations close 36 hours prior to the ballot.", "36 hours prior to"),
    ("A trustee sits for no term: she serves two years from her appointment.", "two years from"),
    ("Objections must be filed within ten days of the hearing.", "within ten days of"),
    ("The count resumes 12 hours after the polls close.", "12 hours after"),
    ("Fees fall due three months from when the invoice is sent.", "three months from"),
    ("The warranty runs out two years from now.", "two years from"),
    ("Four days after signing the deal, the firm folded.", "Four days after"),
    ("Reviewers answered in the past 48 hours.", "the past 48 hours"),
])
def test_a_span_counted_to_an_event_is_a_date_without_a_value(text: str, span: str) -> None:
    dates, numbers = _dates_and_numbers(text)
    assert dates == [(span, None)]
    assert numbers == []


@pytest.mark.parametrize(("text", "number"), [
    ("She was jailed for six years after being found guilty.", "six"),  # a length: the sentence served
    ("There is a cooling-off period of two weeks before the contract binds.", "two"),
    ("The chair may move the deadline by up to 3 days from its first setting.", "3"),
    ("The smog has shaved 2.5 years from the average life.", "2.5"),
    ("The smog has shaved two years from his life.", "two"),
    ("Delivery takes 5 days before noon orders ship.", "5"),
])
def test_a_length_or_a_change_beside_an_event_stays_a_number(text: str, number: str) -> None:
    dates, numbers = _dates_and_numbers(text)
    assert number in numbers
    assert not [d for d in dates if d[0].startswith(number)]


@pytest.mark.parametrize(("text", "numbers"), [
    ("Once a motion has been seconded, nobody may withdraw it.", []),
    ("Once an objection is raised the count stops.", []),
    ("The board meets once a month.", ["once"]),
    ("The pump runs once an hour.", ["once"]),
])
def test_once_opening_a_clause_counts_nothing(text: str, numbers: list[str]) -> None:
    assert _dates_and_numbers(text)[1] == numbers
