"""The general mechanics of news writing that quotes, numbers and dates follow (issue 15, second round).

Every case is a sentence written for the test: the rules must hold on prose nobody tuned them for.
"""
from __future__ import annotations

import datetime as dt

import pytest

from .facts_util import facts_of, of_kind
from .test_facts_quotes_acronyms import quotes

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def numbers(text: str) -> list[tuple[str, str, str | None]]:
    facts, _ = facts_of(text)
    return [(f.text, f.value, f.unit) for f in of_kind(facts, *NUMERIC)]


def dates(text: str, published: dt.date = dt.date(2023, 11, 15)) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(text, published=published)
    return [(f.text, f.value) for f in of_kind(facts, "date")]


# -- speakers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts", [
    ["“We will win the vote,” Maria Lopez said."],
    ["“We will win the vote,” said Maria Lopez."],
    ["Maria Lopez said: “We will win the vote.”"],
    ["“We will win the vote,” Maria Lopez, the chair of the Harbor Council, said."],
    ["According to Maria Lopez, “the vote will pass easily this time.”"],
    ["“The vote will pass easily this time,” according to Maria Lopez."],
    ["Maria Lopez: “The vote will pass easily this time.”"],
    ["Council chair Maria Lopez spoke after the meeting.", "“The vote will pass easily this time,” Lopez said."],
    ["“We will win the vote,” the mayor, Maria Lopez, said."],
    # an apposition between an inverted verb and the name
    ["“We will win the vote,” said the city's mayor, Maria Lopez."],
    # present tense, as features write
    ["“The vote will pass easily this time,” Maria Lopez explains."],
    ["“The vote will pass easily this time,” Maria Lopez insists."],
    # a name inside the quote is never the speaker
    ["“John Carter told me the vote will pass,” Maria Lopez said."],
    ["“He said ‘we will win’ and we did,” Maria Lopez said."],
])
def test_attribution_forms(texts: list[str]) -> None:
    got = quotes(*texts)
    assert got and {speaker for _, speaker in got} == {"Maria Lopez"}


def test_a_one_word_quote_with_its_attribution_is_speech() -> None:
    assert quotes("Drew Fox hands me a glass.", "“Wow,” he whispers.") == [("Wow", "Drew Fox")]
    assert quotes("Critics called it “bold” and moved on.") == []


def test_a_pronoun_continues_the_subject_not_a_name_after_a_preposition() -> None:
    got = quotes("In 2015, Drew Fox distilled his first rye with his friend Bill Welter in Michigan.",
                 "“We do not have the same climate as Kentucky,” he says.")
    assert got == [("We do not have the same climate as Kentucky", "Drew Fox")]
    # with no other candidate the person after the preposition is still the one meant
    got = quotes("The award went to Bill Welter last year.", "“It was a surprise to everyone,” he says.")
    assert got == [("It was a surprise to everyone", "Bill Welter")]


def test_they_is_a_group_and_names_no_one_person() -> None:
    got = quotes("The family of Cameron Brooks issued a statement.", "They said: “This has been the most terrible time.”")
    assert got == [("This has been the most terrible time", None)]


def test_a_role_names_the_person_introduced_with_that_title() -> None:
    got = quotes("President Donald Trump met Gov. Kristi Noem and Sen. Ann Ruiz.",
                 "The president said on Tuesday that China “is going to have to make a deal that I like.”",
                 "The governor later said: “We need everyone on it.”")
    assert got == [("is going to have to make a deal that I like", "Donald Trump"),
                   ("We need everyone on it", "Kristi Noem")]


def test_a_quote_left_open_runs_to_the_paragraph_end_and_on() -> None:
    got = quotes("Mayor Ines Duarte said: “This has been the hardest year for our city, but we are only one of many.",
                 "“Also, the bravery of the crews must never be taken for granted.",
                 "“We thank them all.”")
    assert [speaker for _, speaker in got] == ["Ines Duarte"] * 3
    assert got[0][0] == "This has been the hardest year for our city, but we are only one of many"


def test_a_straight_mark_may_open_what_a_curly_one_closes() -> None:
    assert quotes("\"Nissan has a vibrant range of sedans,” said David Kershaw, a vice president.") == [
        ("Nissan has a vibrant range of sedans", "David Kershaw")]


def test_a_capitalized_word_inside_a_sentence_is_no_verb_of_speech() -> None:
    # "States", "Claims" in names are not "states", "claims"
    assert quotes("A \"phase one\" deal between the United States and China was a limited agreement.") == []
    assert quotes("He kept his \"tough on China\" stance, popular in key states like Ohio.") == []


# -- numbers --------------------------------------------------------------------------------------

def test_money_written_with_a_joined_scale() -> None:
    got = numbers("The firm raised $3bn, while Acme raised €500m, Beta $1.2M and Gamma $50k; the run was 500m.")
    assert got == [("$3bn", "3000000000", "USD"), ("€500m", "500000000", "EUR"), ("$1.2M", "1200000", "USD"),
                   ("$50k", "50000", "USD"), ("500", "500", "m")]


def test_a_decimal_times_a_scale_is_exact() -> None:
    assert numbers("Revenue rose to $4.1 billion.") == [("$4.1 billion", "4100000000", "USD")]


def test_a_range_of_money_is_one_fact() -> None:
    got = numbers("Purchases of $40-50 billion and fees of £3m to £5m were discussed.")
    assert got == [("$40-50 billion", "40000000000/50000000000", "USD"), ("£3m to £5m", "3000000/5000000", "GBP")]
    # a change is two amounts
    assert [t for t, _, _ in numbers("Prices rose from $10 to $15.")] == ["$10", "$15"]


@pytest.mark.parametrize("text", [
    "They met at 10 Downing Street and at 221 Baker St. in London.",
    "Call (773) 942-6384 or 555-0142 for tickets.",
    "She filed a Form 10-K and a W-2 form.",
    "COP26 in Glasgow was a summit.",
    "Episode one delved into the attack, and in episode two, a trial collapses.",
    "The car has NASA-inspired Zero Gravity Seats.",
    "He was the only one in Indiana, and a now-shuttered one in Gary.",
    "The plan, which first suggests a review, was adopted.",
])
def test_not_quantities(text: str) -> None:
    assert numbers(text) == []


def test_counts_beside_the_shapes_that_are_not() -> None:
    assert [t for t, _, _ in numbers("300 Street Fighters played and 5 Super Bowls were won.")] == ["300", "5"]
    assert numbers("Season two players were hurt.") == [("two", "2", "players")]
    assert numbers("The number eight is lucky in China.") == [("eight", "8", None)]
    assert numbers("The first two in line were 5 teenagers.")[-1] == ("5", "5", "teenagers")


def test_a_pronoun_is_not_what_a_number_counts() -> None:
    assert numbers("Ten students sat the test and half of them passed.") == [("Ten", "10", "students"),
                                                                             ("half", "0.5", None)]


# -- dates ----------------------------------------------------------------------------------------

def test_relative_dates_opening_a_sentence() -> None:
    assert dates("In September, the council met. Last Friday it voted. Next March it meets.") == [
        ("September", "2023-09"), ("Last Friday", "2023-11-10"), ("Next March", "2024-03")]


def test_the_tense_after_a_date_that_opens_its_sentence() -> None:
    assert dates("In December, prices rose.") == [("December", "2022-12")]
    assert dates("In December, prices will rise.") == [("December", "2023-12")]
    assert dates("Since March, prices have risen.") == [("March", "2023-03")]


def test_compounds_with_a_scale_and_suspended_hyphens() -> None:
    assert numbers("It ran over a 13.8-billion-year period.") == [("13.8-billion", "13800000000", "year")]
    assert numbers("She paid a $5-million fee.") == [("$5-million", "5000000", "USD")]
    # "four- and five-star" is two numbers, not "four and five"
    assert [v for _, v, _ in numbers("He worked in four- and five-star hotels.")] == ["4", "5"]


def test_british_single_marks_hold_apostrophes() -> None:
    assert quotes("‘We don’t know what happened,’ said Detective Inspector Jane Moss.") == [
        ("We don’t know what happened", "Jane Moss")]
    assert quotes("The so-called ‘reset’ failed.") == []


def test_a_surname_before_a_verb_is_the_person_named_in_full_earlier() -> None:
    from scoexport.extract.base import Context
    from scoexport.extract.marks import quotations
    from scoexport.extract.pronouns import Speakers
    from scoexport.records import Metadata, Paragraph
    texts = ["Governor Kristi Noem spoke on Monday.", "Noem later wrote that it is “a dinner table conversation.”"]
    facts, _ = facts_of(*texts)
    paras = [Paragraph("doc", f"doc-p{i:04d}", i, "body", None, t, [(0, len(t))]) for i, t in enumerate(texts)]
    speakers = Speakers(Context("doc", Metadata(), paras, []), of_kind(facts, "entity"), quotations)
    assert speakers.by_surname("Noem", paras[1], 0).value == "Kristi Noem"
    assert speakers.by_surname("Noem", paras[0], 0) is None  # named later, not before
    assert speakers.titled_as("governor", paras[1], 0).value == "Kristi Noem"


def test_the_total_of_a_numbering_and_pounds_of_weight() -> None:
    assert numbers("Photo 1 of 12 shows the scene.") == []
    assert [t for t, _, _ in numbers("In all, 3 of 12 jurors agreed.")] == ["3", "12"]
    got = numbers("He weighed 190 pounds, but paid 500 pounds for a bike.")
    assert got == [("190", "190", "pounds"), ("500 pounds", "500", "GBP")]
