"""Round six: facts on web pages of other kinds than news (recipes, lists, tutorials, product lists,
essays) and the lines around them. Examples of our own, shaped as such pages write them."""
from __future__ import annotations

import pytest

from scoexport.clean.bylines import is_dateline


@pytest.mark.parametrize("text", ["Last year, 85,000 people came.", "At least 29 of his colleagues died.",
                                  "First, 20 people came to the hall.", "On 12 occasions the ferry did not sail."])
def test_running_text_that_opens_with_a_word_of_a_dateline_label_is_not_a_dateline(text: str) -> None:
    assert not is_dateline(text)


@pytest.mark.parametrize("text", ["Last updated 09/10/2018", "Posted: 3 May 2021", "First published 2020-03-04",
                                  "Updated 09.10.2018"])
def test_a_dateline_label_opening_a_date_is_a_dateline(text: str) -> None:
    assert is_dateline(text)


def _parsed_kinds(body: str) -> list[tuple[str, str]]:
    from scoexport.parse.html.page import parse_html
    from scoexport.records import Source

    page = f"<html><head><title>Packaging</title></head><body><article><h1>Packaging</h1>{body}</article></body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return [(b.kind, " ".join(ln.text for ln in b.lines)) for b in parsed.blocks]


_PROSE = ("We pin every dependency of the project so that a fresh machine builds the same environment, and we keep "
          "the versions in one file that the whole team reads before each release.")


def test_a_pre_holding_code_is_a_code_block_and_a_pre_of_prose_stays_body() -> None:
    kinds = _parsed_kinds(f"<p>{_PROSE}</p><pre><code>FROM python:3.7\nRUN pip install numpy==1.18.1</code></pre>"
                          f"<p>{_PROSE}</p><pre>Dear editor, I read 3 letters.</pre>")
    assert ("code", "FROM python:3.7 RUN pip install numpy==1.18.1") in [(k, " ".join(t.split())) for k, t in kinds]
    assert [k for k, t in kinds if t.startswith("Dear editor")] == ["body"]


def test_a_code_block_is_read_for_no_facts() -> None:
    import scoexport

    page = (f"<html><body><article><h1>Packaging</h1><p>{_PROSE} It took 3 days.</p><pre><code>{{\"Age\": 26, "
            "\"Timestamp\": \"2030-08-14 17:43:12\", \"Note\": \"afternoon snack on the way home\"}</code></pre>"
            "</article></body></html>")
    result = scoexport.process(html=page)
    texts = {f.text for f in result.facts}
    assert "3" in texts and not texts & {"26", "2030-08-14 17:43:12", "afternoon snack on the way home"}
    assert "code" in {p.kind for p in result.paragraphs}


def _numbers(text: str) -> list[tuple[str, str, str | None]]:
    from .facts_util import facts_of

    facts, _ = facts_of(text)
    kinds = ("number", "ordinal", "fraction", "percent", "money", "quantity")
    return [(f.kind, f.text, f.unit) for f in facts if f.kind in kinds]


@pytest.mark.parametrize("text, expected", [
    ("Add 120 grams of flour and 4 tbsp of the oil mix.", [("quantity", "120", "grams"), ("quantity", "4", "tbsp")]),
    ("Drizzle 2 tbsp of the oil over the dough.", [("quantity", "2", "tbsp")]),
    ("Stir in 1 teaspoon of salt and 3 cups of water.", [("quantity", "1", "teaspoon"), ("quantity", "3", "cups")]),
])
def test_a_recipe_step_opening_with_its_verb_counts_its_measures(text: str, expected: list) -> None:
    assert _numbers(text) == expected


def test_a_name_before_digits_without_a_measure_still_names_them() -> None:
    assert _numbers("Windows 10 users saw the update.") == []
    assert _numbers("Python 3 initially removed it.") == []


@pytest.mark.parametrize("text", ["First, we install the package.", "First off, newer coders might ask.",
                                  "It builds. Second, the tests run."])
def test_an_ordinal_opening_a_clause_with_a_comma_orders_the_text_and_ranks_nothing(text: str) -> None:
    assert not [n for n in _numbers(text) if n[0] == "ordinal"]


def test_an_ordinal_inside_a_clause_still_ranks() -> None:
    assert ("ordinal", "first", None) in _numbers("He finished first, ahead of 3 rivals.")
    assert ("ordinal", "first", "step") in _numbers("The first step is to make the oil.")


def _quotes(*texts: str, kinds: tuple[str, ...] = ("body",)) -> list[tuple[str, str | None]]:
    from .facts_util import facts_of

    facts, _ = facts_of(*texts, kinds=kinds)
    names = {f.entity_id: f.value for f in facts if f.kind == "entity"}
    return [(f.text, names.get(f.entity_id)) for f in facts if f.kind == "quote"]


def test_speech_in_straight_single_marks_is_a_quote_and_runs_on_over_paragraphs() -> None:
    quotes = _quotes("Asked about the keeper, manager Chris Wilder replied: 'I think we've done enough to stay up this year.",
                     "'But like I said, we're not a threat to them, and they know it.'")
    assert quotes == [("I think we've done enough to stay up this year", "Chris Wilder"),
                      ("But like I said, we're not a threat to them, and they know it", "Chris Wilder")]


def test_a_straight_mark_after_a_letter_or_inside_a_word_opens_nothing() -> None:
    from scoexport.extract.marks import quotations

    text = "The players' union and the owners' group met in the '90s about rock 'n' roll, at Boeing 's plant."
    assert [text[a:b] for a, b in quotations(text) if b - a > 1] == []


def test_a_caption_between_a_speakers_paragraphs_does_not_end_the_speech() -> None:
    quotes = _quotes("Manager Chris Wilder said: 'Personally I think he should stay with us until the summer.",
                     "Wilder admitted the club could recall the keeper",
                     "'But we all know the rules on loans, and they might take that decision.'",
                     kinds=("body", "caption", "body"))
    assert quotes[-1] == ("But we all know the rules on loans, and they might take that decision", "Chris Wilder")


def test_an_organizations_spokesman_speaks_for_it_and_he_after_him_too() -> None:
    quotes = _quotes("Police were called to the crash. A Sussex Police spokesman said “her injuries are serious”. "
                     "He said: “A man was arrested at the scene.”")
    assert quotes == [("her injuries are serious", "Sussex Police"), ("A man was arrested at the scene", "Sussex Police")]


def test_he_after_a_spokesman_in_the_paragraph_before_is_the_organization_but_a_named_person_wins() -> None:
    quotes = _quotes("A Sussex Police spokesman said “her injuries are serious but not life-changing”.",
                     "He said: “A man was arrested at the scene on suspicion of dangerous driving.”",
                     "The driver, John Carter, was released later. He said: “I am sorry for what happened to her.”")
    assert [s for _, s in quotes] == ["Sussex Police", "Sussex Police", "John Carter"]


def _dates(text: str) -> list[tuple[str, str | None]]:
    import datetime as dt

    from .facts_util import facts_of

    facts, _ = facts_of(text, published=dt.date(2019, 1, 11))
    return [(f.text, f.value) for f in facts if f.kind == "date"]


@pytest.mark.parametrize("text, expected", [
    ("I heard about this list on the radio this morning.", [("this morning", "2019-01-11")]),
    ("Last night the team won again.", [("Last night", "2019-01-10")]),
    ("It's currently mid-August in the story.", [("mid-August", "2018-08")]),
    ("The chips cost less, but that was 2 minutes ago.", [("2 minutes ago", None)]),
    ("The This Morning show aired again.", []),
])
def test_parts_of_the_day_mid_month_and_minutes_ago_are_dates(text: str, expected: list) -> None:
    assert _dates(text) == expected


def test_the_count_of_minutes_ago_is_not_also_a_number() -> None:
    assert not [n for n in _numbers("The price changed 2 minutes ago.") if n[1] == "2"]


@pytest.mark.parametrize("text, rank", [("Freddy Mercury at #6? Really?", "#6"),
                                        ("He was seen as the No. 2 most popular candidate.", "No. 2"),
                                        ("The song peaked at No. 12 on the chart.", "No. 12")])
def test_a_place_in_a_ranking_is_an_ordinal(text: str, rank: str) -> None:
    assert [n[1] for n in _numbers(text) if n[0] == "ordinal"] == [rank]


@pytest.mark.parametrize("text", ["Visit us at 5417 Oakley Ave. #1, Hammond.", "Go to Suite No. 5 on the left.",
                                  "Use #6 for this.", "He is a future No 1 for them."])
def test_a_number_a_name_or_a_list_numbers_is_no_rank(text: str) -> None:
    assert not [n for n in _numbers(text) if n[1] in ("#1", "No. 5", "#6", "No 1", "1", "5", "6")]


@pytest.mark.parametrize("text, expected", [("For only 10$ from Etsy, this could be yours.", ("money", "10$", "USD")),
                                            ("The ticket costs 25 € at the door.", ("money", "25 €", "EUR"))])
def test_a_currency_symbol_after_the_amount_makes_money(text: str, expected: tuple) -> None:
    assert expected in _numbers(text)


def _acronyms(text: str) -> list[tuple[str, str]]:
    from .facts_util import facts_of

    facts, _ = facts_of(text)
    return [(f.text, f.value) for f in facts if f.kind == "acronym"]


@pytest.mark.parametrize("text, expected", [
    ("Follow the simple “PKW – Phone, Keys, Wallet” rule before you leave.", [("PKW", "Phone, Keys, Wallet")]),
    ("Older sdist (“source distributions”) packages could only share source code.", [("sdist", "source distributions")]),
])
def test_a_dash_apposition_and_a_quoted_term_define_short_forms(text: str, expected: list) -> None:
    assert _acronyms(text) == expected


@pytest.mark.parametrize("text", ["The CEO – John Smith – said so on Monday.", "We use pip (“the package installer”) a lot.",
                                  "The UN – Security Council members – met."])
def test_a_dash_or_a_quoted_aside_whose_initials_do_not_spell_it_defines_nothing(text: str) -> None:
    assert _acronyms(text) == []


@pytest.mark.parametrize("text, expected", [("Add 1/2 tsp of honey.", [("fraction", "1/2", "tsp")]),
                                            ("It rose 3/4 of the way.", [("fraction", "3/4", None)])])
def test_a_slashed_fraction_before_what_it_measures_is_a_fraction(text: str, expected: list) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize("text", ["He went 3/4 from the field.", "On 1/2/2020 it rained.", "a song with a 6/8 feel"])
def test_a_record_a_date_or_a_time_signature_is_no_slashed_fraction(text: str) -> None:
    assert not [n for n in _numbers(text) if "/" in n[1]]


@pytest.mark.parametrize("text, expected", [
    ("Preheat the oven to 200°C /400F now.", [("quantity", "200", "°C"), ("quantity", "400F", "°F")]),
    ("Bake at 350F until golden.", [("quantity", "350F", "°F")]),
    ("Room 101F is upstairs.", []),
])
def test_an_ovens_temperature_with_its_scale_joined_is_a_quantity(text: str, expected: list) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize("text, expected", [("Add half the flour to the bowl.", ("fraction", "half", "flour")),
                                            ("Trying is half the battle.", ("fraction", "half", "battle")),
                                            ("They got a whole 1.2 megabyte payload.", ("quantity", "1.2", "megabyte"))])
def test_a_share_without_of_counts_its_noun_and_a_singular_byte_unit_measures(text: str, expected: tuple) -> None:
    assert expected in _numbers(text)


@pytest.mark.parametrize("class_", ["literal-block", "screen", "programlisting highlight"])
def test_a_pre_whose_class_names_a_listing_is_a_code_block(class_: str) -> None:
    """docutils writes a literal block as <pre class="literal-block">, DocBook a shell session as <pre class="screen">:
    the whole class names the listing, not its words ("literal", "block")."""
    kinds = _parsed_kinds(f"<p>{_PROSE}</p><pre class='{class_}'>Copied 12 files to the archive on 3 May.</pre>")
    assert [k for k, t in kinds if t.startswith("Copied 12 files")] == ["code"]
    kinds = _parsed_kinds(f"<p>{_PROSE}</p><pre class='block'>Copied 12 files to the archive on 3 May.</pre>")
    assert [k for k, t in kinds if t.startswith("Copied 12 files")] == ["body"]
