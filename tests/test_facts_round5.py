"""Round 5 of the fact rules (issue 15): rules that follow from how text is written, each checked on
sentences written here, in the kinds of documents the rules must hold for (news, recipes, minutes,
lists, tutorials), and the one citation decision shared by clean and extract."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.clean.references import MAX_ENTRY_CHARS, is_citation, mark_references
from scoexport.extract import quantities
from scoexport.records import Block, Line

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def numbers(*texts: str) -> list[str]:
    facts, _ = facts_of(*texts)
    return [f.text for f in of_kind(facts, *NUMERIC)]


# -- one decision: is this paragraph a citation? ------------------------------------------------

ENTRY_WITHOUT_HEADING = "Vogel JA, Kim S, Berg T, et al. Grazing pressure and peat. Soil Biol. 2011;43(2):1201-9."
WEB_ENTRY = ("42. U.S. Census Bureau. Methodology for the intercensal population estimates: 2000 to 2010. "
             "October 2012. Accessed at www2.census.gov/popest/methodology.pdf on 14 December 2016.")


def test_a_citation_outside_a_reference_section_gives_no_numbers() -> None:
    assert is_citation(ENTRY_WITHOUT_HEADING)
    assert quantities.not_running_text(ENTRY_WITHOUT_HEADING)
    assert numbers(ENTRY_WITHOUT_HEADING) == []


def test_a_web_source_with_its_access_note_is_a_citation() -> None:
    assert is_citation(WEB_ENTRY)
    blocks = [Block([Line(t, 0, len(t))], kind=k, text=t) for k, t in
              [("heading", "References"), ("body", "41. " + ENTRY_WITHOUT_HEADING), ("body", WEB_ENTRY)]]
    mark_references(blocks)
    assert [b.kind for b in blocks] == ["heading", "reference", "reference"]
    # prose says a report "can be accessed at" an address: no citation
    prose = "The full report can be accessed at www.example.org and shows 40 farms closed in 2019."
    assert not is_citation(prose)
    assert numbers(prose) == ["40"]


def test_prose_naming_a_study_keeps_its_numbers() -> None:
    # "et al." or "p. 12" in a sentence of prose do not make it a reference entry (the extractor's own
    # test once said they did, and dropped every number of the paragraph)
    text = "Kim et al. counted 40 nests on the island, as the survey's appendix on p. 12 shows."
    assert not is_citation(text)
    assert numbers(text) == ["40"]


def test_a_long_paragraph_citing_a_work_inline_is_prose() -> None:
    prose = ("Die Autorin beschreibt die Lage genau (vgl. Lion Wagner, Krieg und Gesellschaft, 1998, S. 70). "
             + "Im Jahr danach zogen 35 Familien in das neue Haus, und die Stadt baute zwei weitere Häuser. " * 12)
    assert len(prose) > MAX_ENTRY_CHARS
    assert not is_citation(prose)
    assert is_citation("Wagner, L. (1998). Krieg und Gesellschaft. Berlin: Dietz, S. 70.")


# -- numbers: uses of numerals that count nothing -------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a shooting or batting line: made "for" tried, a record like a score (sports writing, any sport)
    ("The Sixers went 0-for-9 from deep, while Boston went 2-for-10 and won by 12 points.", ["12"]),
    ("He was 3-for-4 with two doubles.", ["two"]),
    # a cardinal after "a"/"an" is a thing: a shot, a card, a grade
    ("He knocked down a three over his man and rolled a seven twice.", ["twice"]),
    ("Batum hit an early three but scored 11 points.", ["11"]),
    # ... unless a plural noun after it is counted, or it is a scale word, or joined to its noun
    ("They added an extra three minutes for a hundred fans and signed a three-year deal.",
     ["three", "a hundred", "three"]),
    # compounds whose number names a kind, not a count
    ("It is a zero-sum game played on two-way streets with one-sided rules.", []),
    # digits inside a web address are part of it
    ("The recipe (https://example.org/2020/12/cake-350) takes 45 minutes.", ["45"]),
])
def test_numerals_that_count_nothing(text: str, expected: list[str]) -> None:
    assert numbers(text) == expected


# -- dates: relative to an event of the text, and years that end a law's name ----------------------

PUBLISHED = dt.date(2020, 5, 16)


def dates(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, published=published)
    return [(f.text, f.value) for f in of_kind(facts, "date")]


def test_counted_from_an_event_is_a_date_without_value() -> None:
    assert dates("Four years earlier Brexit came as a blow.") == [("Four years earlier", None)]
    assert dates("Five months later he released his first bourbon.") == [("Five months later", None)]
    assert dates("A half-century ago, the group seemed secure.") == [("A half-century ago", None)]
    assert numbers("Four years earlier Brexit came as a blow; a decade later it was law.") == []


def test_a_year_that_ends_a_law_name_is_no_date() -> None:
    assert dates("The Immigration and Nationality Act of 1965 changed the country.") == []
    assert dates("Under the Epidemic Disease Regulation, 2020, a lockdown was ordered.") == []
    assert dates("A law passed in 1965 changed it.") == [("1965", "1965")]


@pytest.mark.parametrize(("text", "published", "value"), [
    # a date that bounds a span: the nearest, whatever the tense of the verb that set the span
    ("Anyone who attended must stay in quarantine until March 22.", (2020, 3, 16), "2020-03-22"),
    ("The limits, which were put in place through April 30, will be extended.", (2020, 4, 29), "2020-04-30"),
    ("The ministry ordered a lockdown from July 10.", (2020, 7, 9), "2020-07-10"),
    # the verb nearest the date sets its tense ("revealed", not the "plans to" after it)
    ("Clark in October revealed plans to expand the fleet.", (2019, 11, 20), "2019-10"),
    # a participle after "be" is no past tense: the auxiliary's is
    ("The class will be honored at the hall on May 2.", (2019, 11, 18), "2020-05-02"),
    # and a past event with no span stays in the past
    ("The meeting was held on March 22.", (2020, 3, 16), "2019-03-22"),
])
def test_month_without_year_takes_the_year_its_clause_points_to(text: str, published: tuple, value: str) -> None:
    assert dates(text, dt.date(*published))[0][1] == value


def test_a_counted_span_to_the_time_of_writing_is_a_date_not_a_number() -> None:
    text = "Mortality fell over the past 20 years, and the next two months were tough."
    assert dates(text) == [("the past 20 years", None), ("the next two months", None)]
    assert numbers(text) == []
    # a count of other things after "last" stays a count; a vague span is left alone
    assert numbers("He played in the last 10 games.") == ["10"]
    assert dates("Banks have been the rage for the past few years.") == []


def test_a_law_name_year_is_neither_date_nor_number() -> None:
    text = "The Immigration and Nationality Act of 1965 and the Data Protection Act 2018 changed it."
    assert dates(text) == [] and numbers(text) == []


def test_a_named_day_in_any_case_is_no_date() -> None:
    assert dates("Il black Friday incombe su di noi, e il Cyber Monday anche.") == []
    assert dates("The store opens on Friday.")[0][0] == "Friday"


@pytest.mark.parametrize("text", [
    "Many women live in areas that are commonly called “maternity care deserts.”",
    "The state launched a campaign with the slogan “Meth, we’re on it.”",
    "The plan, dubbed “Operation Clean Sweep Of The City,” was dropped.",
])
def test_words_the_text_names_are_no_quote(text: str) -> None:
    facts, _ = facts_of(text)
    assert of_kind(facts, "quote") == []


def test_a_question_the_text_names_is_not_a_quote() -> None:
    facts, _ = facts_of("The answer to his opening question — “Why did the party lose the election?” — is simple.",
                        "“Why did the party lose the election?” she asked the crowd.")
    assert [f.text for f in of_kind(facts, "quote")] == ["Why did the party lose the election?"]
    assert [f.paragraph_id for f in of_kind(facts, "quote")] == ["doc-p0001"]


def test_two_days_written_as_one_span_are_one_date() -> None:
    published = dt.date(2020, 7, 9)
    assert dates("Ravi ordered a lockdown from July 10 to July 16.", published) == [
        ("July 10 to July 16", "2020-07-10/2020-07-16")]
    assert dates("The fair runs between May 3 and May 9.", published) == [("May 3 and May 9", "2020-05-03/2020-05-09")]
    # two days the text only lists, or joins with a dash, stay two dates
    assert len(dates("It starts on July 10 and ends till July 14.", published)) == 2
    assert len(dates("Shows from November 11 – December 13.", published)) == 2


def test_page_numbers_in_other_languages_are_identifiers() -> None:
    assert numbers("[Ni’matul Ukhuwah hal. 41] menyebut 40 orang.") == ["40"]
    assert numbers("Véase la pág. 12, donde hay 30 casos.") == ["30"]


def test_a_height_in_feet_and_inches_is_one_quantity() -> None:
    facts, _ = facts_of("He guarded the 7-foot-3 center, then a 6-foot-2, 200-pound guard.")
    heights = [(f.text, f.value_num, f.unit) for f in of_kind(facts, "quantity") if f.unit == "foot"]
    assert heights == [("7-foot-3", 7.25, "foot"), ("6-foot-2", 6 + 2 / 12, "foot")]


@pytest.mark.parametrize(("text", "kept"), [
    ("The golden age was far less decent than today.", False),
    ("Our universe appears as it is today, long after the Big Bang.", False),
    ("There might be less pressure to do that today, but seven years ago it felt necessary.", False),
    ("The city has fought dirty air since the 14th century and still suffers today.", False),
    ("The price has dropped today to its lowest.", True),
    ("We started handing out masks today, November 1, 2019.", True),
])
def test_today_set_against_another_era_is_the_present_age(text: str, kept: bool) -> None:
    found = [t for t, _ in dates(text, dt.date(2019, 11, 1)) if t.lower() == "today"]
    assert bool(found) == kept


def test_a_number_word_ending_a_capitalized_name_is_no_count() -> None:
    assert numbers("The strike targeted Detroit's \"Big Three\" automakers before the Final Four.") == []
    # a capitalized number word that opens a sentence or a quotation counts
    assert numbers("They met. Two men left, and “Three people died,” he said.") == ["Two", "Three"]
