"""Round seven: facts in documents of other kinds than news (licences, terms pages, release histories,
manuals, specifications). Examples of our own, shaped as such documents write them."""
from __future__ import annotations

import pytest

from scoexport.clean.bylines import is_dateline
from scoexport.date_text import find_dates, in_copyright_line
from scoexport.extract.acronyms import find_definitions
from scoexport.extract.coordination import brands
from scoexport.extract.date_context import find_dates_in_context
from scoexport.extract.organizations import find_organizations
from tests.facts_util import facts_of, of_kind


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Jane Roe chaired the board from March 2004 until June 2009.", "March 2004 until June 2009", "2004-03/2009-06"),
    ("The survey ran between May 2001 and January 2002.", "May 2001 and January 2002", "2001-05/2002-01"),
    ("The beta (October-December 2015) had few users.", "October-December 2015", "2015-10/2015-12"),
])
def test_a_span_of_two_months_is_one_date(text: str, span: str, value: str) -> None:
    found = [(d.text, d.value) for d in find_dates_in_context(text)]
    assert (span, value) in found
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "She joined in March 2004 and left until June 2009.",  # no "from": two dates the sentence lists
    "From May 2009 to March 2004 the record is blank.",  # the later month first is no span
])
def test_two_months_the_words_do_not_join_stay_two_dates(text: str) -> None:
    assert len(find_dates_in_context(text)) == 2


def test_a_month_dash_month_span_needs_the_months_in_order_and_in_full() -> None:
    assert [d.value for d in find_dates("sales of March-February 2020")] != ["2020-03/2020-02"]
    assert not any("/" in (d.value or "") for d in find_dates("mar-set 2020"))


@pytest.mark.parametrize(("text", "notice"), [
    ("Copyright © Example Press 2020", True),
    ("(c) Example Wire 2020", True),
    ("© 2020 Example Wire", True),
    ("Copyright Example Wire 2020", True),  # the word opens the line: a notice
    ("the obligations under article 11 of the copyright treaty adopted on 20 December 1996", False),
    ("the national copyright law passed in 1976", False),
])
def test_the_noun_copyright_in_prose_opens_no_notice(text: str, notice: bool) -> None:
    assert in_copyright_line(text, text.rindex(" ") + 1) is notice


def test_a_treaty_date_in_a_licence_is_a_date() -> None:
    facts, _ = facts_of("No work is a measure under any law fulfilling obligations under article 11 of the "
                        "copyright treaty adopted on 20 December 1996, or similar laws.")
    assert [(f.text, f.value) for f in of_kind(facts, "date")] == [("20 December 1996", "1996-12-20")]


@pytest.mark.parametrize(("text", "dateline"), [
    ("Date of Last Revision: August 9, 2017", True),
    ("Last revised on 3 March 2021", True),
    ("Effective date: 1 May 2020", True),
    ("The revision of 3 March 2021 changed the fees.", False),
])
def test_a_revision_date_line_is_a_dateline(text: str, dateline: bool) -> None:
    assert is_dateline(text) is dateline


@pytest.mark.parametrize(("text", "acronyms"), [
    ("This specification uses the Base Directory Specification[BaseDir] to define paths.", []),
    ("Key words are to be read as described in RFC 2119[RFC-2119].", []),
    ("the M in MCH [maternal and child health] was", [("MCH", "maternal and child health")]),
    ("the Belt and Road Initiative (BRI) grew.", [("BRI", "Belt and Road Initiative")]),
])
def test_a_square_bracket_set_against_a_word_is_a_citation_key(text: str, acronyms: list[tuple[str, str]]) -> None:
    assert [(d.short, d.long) for d in find_definitions(text)] == acronyms


@pytest.mark.parametrize(("text", "found"), [
    ("HeaderList: 4 CARD32 N_ITEMS", []),
    ("Each ReverseSuffixTreeNode holds a character.", []),
    ("The cache records a GlobEntry per pattern.", []),
    ("The files live under BaseDir:", []),
    ("DoorDash said it would hire.", ["DoorDash"]),
    ("SunExpress said it would fly.", ["SunExpress"]),
])
def test_a_programming_type_name_is_no_brand(text: str, found: list[str]) -> None:
    assert [text[s:e] for s, e in brands(text)] == found


@pytest.mark.parametrize(("text", "names"), [
    ("Using Images and Videos", []),
    ("Uploading Images", []),
    ("b) Certain Images or Videos may be subject to more terms.", []),
    ("Excluded are modules that cannot be shipped.", []),
    ("He sold the photos to Getty Images last year.", ["Getty Images"]),
    ("the Housing Authority said on Monday", ["Housing Authority"]),
    ("Chelsea have paid the fee.", ["Chelsea"]),
])
def test_a_verb_or_a_determiner_opens_no_organization(text: str, names: list[str]) -> None:
    assert [text[s:e] for s, e, _ in find_organizations(text)] == names


def _entities(*texts: str) -> list[tuple[str, str]]:
    facts, _ = facts_of(*texts)
    return [(f.value, f.entity_type) for f in of_kind(facts, "entity")]


def test_a_capitalized_word_the_document_also_writes_in_lower_case_is_a_defined_term() -> None:
    found = _entities("Your right to use the service ends if you breach the Terms.",
                      "Some photos may be subject to additional terms and conditions.")
    assert not any(name == "Terms" for name, _ in found)


def test_a_town_guessed_from_in_that_the_document_numbers_is_a_product() -> None:
    found = _entities("Packages in Zorblix should use the new toolchain.", "Zorblix 11 ships the new toolchain.")
    assert ("Zorblix", "city") not in found
    # a town the document never numbers stays a town
    found = _entities("There was an exposure site in Monsey last week.", "The site in Monsey is closed.")
    assert ("Monsey", "city") in found


def test_a_release_code_name_written_in_lower_case_is_no_town() -> None:
    found = _entities("If version 2 is still supported in Quokkaby, some packages may stay.",
                      "Starting with release 11 (quokkaby), they are gone.")
    assert ("Quokkaby", "city") not in found


def test_a_name_in_an_address_or_a_path_is_not_written_in_lower_case() -> None:
    # "monsey.gov" and "monsey/alerts" are an address and a path, not the word written in lower case
    found = _entities("There was an exposure site in Monsey last week.", "See monsey.gov and monsey/alerts for more.")
    assert ("Monsey", "city") in found


def _page_date(body: str):
    from scoexport.parse.html.page import parse_html
    from scoexport.records import Source

    page = f"<html><head><title>History</title></head><body><article><h1>History</h1>{body}</article></body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return parsed.dates


def test_a_date_inside_a_sentence_does_not_date_a_page_that_states_none() -> None:
    dates = _page_date("<p>Release 1.2 (December 12th, 1996): Named for a toy dinosaur.  This release consisted "
                       "of 848 packages</p><p>The release was frozen on February 7th, 2017.</p>"
                       "<p>It shipped with many new packages and fixes for old ones.</p>")
    assert dates.top is None and dates.anywhere is None


def test_a_dateline_that_is_no_sentence_still_dates_the_page() -> None:
    dates = _page_date("<p>Posted March 3, 2020</p><p>The council met on Tuesday to vote on the budget for the "
                       "coming year, and the members agreed on most of it.</p>")
    assert dates.anywhere is not None and dates.anywhere.isoformat() == "2020-03-03"


def test_a_text_that_opens_with_prose_has_no_title_and_its_dates_are_body() -> None:
    from tests.test_clean import run, wrap

    body = "\n\n".join(wrap(f"Rule {n}. The members of the club have written these rules, and every member agrees "
                             "to keep them while the club lasts; the rules may be changed by a vote of two thirds "
                             "of the members present at a meeting called for that purpose, and by no other means "
                             "whatever, as the founders of the club wished when they wrote them.") for n in range(5))
    blocks, _, meta = run("Version 2.3 adopted on March 14, 2011. Replaces Version 2.2 adopted by the\n"
                          "members on May 2, 2005.\n\n" + body + "\n")
    assert {b.kind for b in blocks} == {"body"}
    # the version line stays body text; its date dates the version the text is (clean/published.version_date)
    assert meta.title is None and meta.published_date is not None and meta.published_date.isoformat() == "2011-03-14"


def test_a_headline_quoting_a_sentence_stays_a_title() -> None:
    from tests.test_clean import run, wrap

    body = "\n\n".join(wrap("Remember the state's long quest to find a slogan? The new one is out, and the officials "
                             "who chose it say that it was meant to start a conversation about a hard subject in "
                             "every town of the state, from the largest city to the smallest farming village.")
                        for _ in range(5))
    blocks, _, _ = run("Officials double down on ‘Meth. We’re\non it.’ They just might be.\n\n" + body + "\n")
    assert blocks[0].kind == "title"


def test_a_text_that_opens_with_its_title_keeps_it() -> None:
    from tests.test_clean import kinds, run

    blocks, _, meta = run("Rules of the Club\n\n"
                          "The members of the club have written these rules, and every member agrees to keep them.\n")
    assert kinds(blocks)[0] == ("title", "Rules of the Club")
    assert meta.title == "Rules of the Club"


def test_an_acronym_that_is_a_word_names_nothing_in_a_paragraph_set_in_capitals() -> None:
    disclaimer = ("IN NO EVENT WILL ANY COPYRIGHT HOLDER, OR ANY OTHER PARTY WHO MODIFIES THE PROGRAM AS PERMITTED "
                  "ABOVE, BE LIABLE TO YOU FOR DAMAGES ARISING OUT OF THE USE OF THE PROGRAM.")
    assert not any(name == "World Health Organization" for name, _ in _entities(disclaimer))
    # in prose the acronym is the body
    assert ("World Health Organization", "organization") in _entities("The WHO said the outbreak was over.")


@pytest.mark.parametrize(("text", "code"), [
    ('<match type="string" offset="0" value="diff"/>', True),
    ("HeaderList: 4 CARD32 N_ITEMS 8*N_ITEMS HeaderEntry", True),
    ("4 CARD32 FIRST_ITEM_OFFSET", True),
    ("[50:text/x-diff]\\n", True),
    ("The cache file is a simple list of lines holding a weight, a type and a pattern.", False),
    ("Follow @jane_doe on Twitter", False),
    ("See https://example.org/a_b for the 3 forms.", False),
    ("The score was 3-1 at half-time.", False),
    ("______________________________", False),  # a rule drawn with underscores
])
def test_a_paragraph_of_program_text_or_markup_is_code(text: str, code: bool) -> None:
    from scoexport.clean.kinds import body_kind, is_code

    assert is_code(text) is code
    assert (body_kind(text, None, None) == "code") is code


def test_the_digits_of_a_code_paragraph_in_plain_text_are_no_numbers() -> None:
    from tests.test_clean import run

    blocks, _, _ = run("A Cache Format\n\nThe cache file opens with a header of fixed fields that every reader checks.\n\n"
                       "HeaderList: 4 CARD32 N_ITEMS 8*N_ITEMS HeaderEntry\n\n"
                       "Each reader keeps the 12 entries it needs in its own memory.\n")
    assert [b.kind for b in blocks if "CARD32" in b.text] == ["code"]


def test_a_signature_closing_a_text_names_its_authors() -> None:
    from tests.test_clean import run

    blocks, _, meta = run("A Dedication\n\nWe dedicate this release to Jane Roe, who founded the club in 1990 and "
                          "led it for ten years.\n\n-- The Club Members\n")
    assert [b.kind for b in blocks][-1] == "byline"
    assert meta.authors == ["The Club Members"]


@pytest.mark.parametrize("text", ["-- and then it ended.", "— Jane Smith said this to the crowd in the square"])
def test_a_dash_before_prose_is_no_signature(text: str) -> None:
    from scoexport.clean.kinds import body_kind

    assert body_kind(text, "The text before.", None) != "byline"


def test_an_author_written_with_an_article_is_a_group_not_a_person() -> None:
    from scoexport.extract.metadata_names import metadata_names
    from scoexport.records import Metadata

    hits = metadata_names(Metadata(authors=["The Club Members"]), "-- The Club Members")
    assert [(h.entry.type, h.entry.name) for h in hits] == [("organization", "The Club Members")]


def _numbers(text: str) -> list[str]:
    facts, _ = facts_of(text)
    return [f.text for f in of_kind(facts, "number", "ordinal", "quantity", "percent", "money", "fraction")]


@pytest.mark.parametrize(("text", "numbers"), [
    ("The package must be greater than or equal to 3.Y and lower than 3.Y+1.", []),
    ("If Python 3.3, 3.4, and 3.5 are supported, the statement holds.", []),
    ("Only universal wheels (pure-Python, Python 3 and 2 compatible packages) are supported.", []),
    ("Windows 10 and 11 ship with it.", []),
    ("The file starts with the magic string \"MIME-Magic\\0\\n\".", []),
    ("Chapter 3, 40 people came to the hall.", ["40"]),
    ("Windows 10 and 3 apps were installed on 12 machines.", ["3", "12"]),
])
def test_versions_listed_after_a_named_one_and_version_templates_are_no_numbers(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def _glyph(ch: str, x: float, left: float, right: float) -> tuple:
    return (ch, x, 700.0, left, right, 698.0, 707.0, 10.0, 0, False, False)


def test_a_ligature_given_as_its_characters_with_one_box_stays_in_its_word() -> None:
    from scoexport.parse.pdf.runs import runs_of

    # "speciﬁcation": PDFium gives the ligature's "f" and "i" each with the ligature's box and origin
    word = [_glyph(c, 100.0 + 5 * i, 100.0 + 5 * i, 104.5 + 5 * i) for i, c in enumerate("speci")]
    word += [_glyph("f", 125.0, 125.0, 134.0), _glyph("i", 125.0, 125.0, 134.0)]
    word += [_glyph(c, 134.5 + 5 * i, 134.5 + 5 * i, 139.0 + 5 * i) for i, c in enumerate("cation")]
    assert [r.text for r in runs_of(word)] == ["specification"]
    # a pen that goes back a whole word to the left starts a new run, as before
    again = [_glyph("a", 100.0, 100.0, 105.0), _glyph("b", 105.0, 105.0, 110.0), _glyph("c", 60.0, 60.0, 65.0)]
    assert [r.text for r in runs_of(again)] == ["ab", "c"]


@pytest.mark.parametrize(("text", "ordinals"), [
    ("Higher priority entries come first. Example: none.", []),
    ("But first, please read the notes on the licence.", []),
    ("He asked what to ask first.", []),
    ("He was the first.", ["first"]),
    ("Any instance of the first type is an instance of the second.", ["first", "second"]),
    ("The side is two points behind them in fifth.", ["fifth"]),
    ("They finished the season in first.", ["first"]),
    ("He finished first, ahead of 3 rivals.", ["first"]),
])
def test_an_ordinal_that_ends_its_clause_without_an_article_is_an_adverb(text: str, ordinals: list[str]) -> None:
    facts, _ = facts_of(text)
    assert [f.text for f in of_kind(facts, "ordinal")] == ordinals


def test_a_field_list_under_an_author_label_names_a_manuals_authors() -> None:
    import lxml.html

    from scoexport.parse.html.doc_authors import field_list_authors

    root = lxml.html.document_fromstring(
        "<html><body><dl class='field-list'><dt>Version:</dt><dd>0.12</dd><dt>Authors:</dt><dd><ul>"
        "<li><p>Jo Roe &lt;<a href='mailto:jo@example.org'>jo@example.org</a>&gt;</p></li>"
        "<li><p>Sam Poe &lt;sam@example.org&gt;</p></li></ul></dd></dl><p>Text.</p></body></html>")
    assert field_list_authors(root) == ["Jo Roe", "Sam Poe"]
    other = lxml.html.document_fromstring("<html><body><dl><dt>Editors:</dt><dd>Jo Roe</dd></dl></body></html>")
    assert field_list_authors(other) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("The file holds lines such as 55:text/x-diff:*.patch and 50:text/x-diff:*.diff in order.", []),
    ("The match ended 3:1 and lasted 2 hours.", ["2"]),
])
def test_a_number_joined_by_a_colon_to_a_word_is_a_records_field(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


@pytest.mark.parametrize(("text", "quotes"), [
    ('For example, "Load all the <MIME>/text/html.xml files" means to load each of them in turn.', []),
    ('A desktop may prefer another handler ("Galeon is the GNOME default text/html browser").', []),
    ('"We will stay and/or fight for every job in this town," the mayor said.',
     ["We will stay and/or fight for every job in this town"]),
    # one slash between two words is prose, in a quote with no verb of speech as in any other
    ('The minister was clear. "The trains will run at 200 km/h on the new line by next year."',
     ["The trains will run at 200 km/h on the new line by next year"]),
    ('Copy it into place ("the files go to usr/share/mime on every system").', []),
])
def test_words_holding_a_path_or_a_placeholder_are_an_example_string_not_a_quote(text: str, quotes: list[str]) -> None:
    facts, _ = facts_of(text)
    assert [f.text for f in of_kind(facts, "quote")] == quotes
