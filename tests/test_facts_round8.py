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
    # a recurrence says how often, not how many: neither a date nor a number (the annotators' tenth round)
    ("The board meets once a month.", []),
    ("The pump runs once an hour.", []),
    ("He scored just once in a 10-game stretch.", ["once", "10"]),
])
def test_once_opening_a_clause_counts_nothing(text: str, numbers: list[str]) -> None:
    assert _dates_and_numbers(text)[1] == numbers


@pytest.mark.parametrize(("text", "numbers"), [
    ("Dropped the notes on 2.2 and 2.4 series kernels.", []),
    ("Prepared the text for the 5.1 release.", []),
    ("Pointer added (Debian bug 512345).", []),
    ("Quote the Charter 2.1 instead of 2.0 as the board asked.", []),
    ("Pipe the output of command 1 into command 2.", []),
    ("Prices rose 2.5 percent and 3 new stores opened.", ["2.5 percent", "3"]),
    ("He bought 3 pears instead of 2.", ["3", "2"]),
])
def test_versions_bug_numbers_and_a_manuals_labels_are_no_numbers(text: str, numbers: list[str]) -> None:
    assert _dates_and_numbers(text)[1] == numbers


def test_two_months_joined_by_a_slash_are_one_span() -> None:
    from scoexport.date_text import find_dates

    assert [(d.text, d.value) for d in find_dates("Revision 4-2 March/April 2011 Jo Roe")] == [
        ("March/April 2011", "2011-03/2011-04")]


@pytest.mark.parametrize("text", [
    "Merged section 4.2 (\"how to harden a small server\") into section 7.",
    "See Section 3.1, “Keep your keys off shared machines” for the details.",
    "Answered the thread \"what should I do after a break-in\" at last.",
])
def test_a_section_or_thread_named_by_its_title_is_no_quote(text: str) -> None:
    facts, _ = facts_of(text)
    assert of_kind(facts, "quote") == []


def test_docbook_author_markup_names_the_authors_in_order() -> None:
    import lxml.html

    from scoexport.parse.html.doc_authors import docbook_authors

    page = lxml.html.fromstring(
        "<html><body><table><tr><td>Revision 2</td><td>May 2010</td><td><span class='author'>"
        "<span class='firstname'>Ana </span> <span class='surname'>Ruiz</span></span>.</td></tr>"
        "<tr><td>Revision 1</td><td>May 2009</td><td><span class='author'><span class='firstname'>Li</span> "
        "<span class='surname'>Wei</span></span></td></tr><tr><td><span class='author'><span class='firstname'>"
        "Ana</span> <span class='surname'>Ruiz</span></span></td></tr></table>"
        "<p class='author'>not a name part</p></body></html>")
    assert docbook_authors(page) == ["Ana Ruiz", "Li Wei"]


@pytest.mark.parametrize(("field", "names"), [
    ('Ana Ruiz, Li Wei, Your Name ("Language")', ["Ana Ruiz", "Li Wei"]),
    ("Ruiz, Ana", ["Ruiz, Ana"]),
    ("Ana Ruiz; Li Wei", ["Ana Ruiz", "Li Wei"]),
    ('Ana Ruiz; Your Name ("Language")', ["Ana Ruiz"]),  # a template's left-over after any separator
    ("", []),
])
def test_a_files_author_field(field: str, names: list[str]) -> None:
    from scoexport.authors import field_names

    assert field_names(field) == names


@pytest.mark.parametrize(("text", "day"), [
    ("Version 2.3 ratified on May 4th, 2019.", "2019-05-04"),
    ("Version 4 adopted on 1 March 2012. Supersedes Version 3 adopted on 2 June 2009.", "2012-03-01"),
    ("Version 2.3 ratified on May 4th, 2019, after a long vote by 300 members.", None),
    ("Supersedes Version 1.8 ratified on January 28th, 2022.", None),
    ("Version 5 of the plan was adopted by the board in May 2019.", None),
])
def test_a_version_line_opening_the_text_dates_it(text: str, day: str | None) -> None:
    import datetime as dt

    from scoexport.clean.published import publication_date
    from scoexport.records import DateEvidence

    found = publication_date(None, DateEvidence(), None, text)
    assert found == (dt.date.fromisoformat(day) if day else None)
    # a date the document states for itself comes first
    assert publication_date(dt.date(2020, 1, 2), DateEvidence(), None, text) == dt.date(2020, 1, 2)
