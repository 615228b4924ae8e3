from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport.extract.numerals import scale_factor, words_value

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money")


def numbers(text: str) -> list[tuple]:
    facts, _ = facts_of(text)
    return [(f.kind, f.text, f.value_num, f.unit, f.qualifier) for f in of_kind(facts, *NUMERIC)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Nearly 1,250 people fled.", [("number", "1,250", 1250.0, "people", "almost")]),
    ("The fund holds $4.5 billion.", [("money", "$4.5 billion", 4.5e9, "USD", None)]),
    ("Costs reached €20 million.", [("money", "€20 million", 2e7, "EUR", None)]),
    ("He paid 300 rupees for it.", [("money", "300 rupees", 300.0, "INR", None)]),
    ("Kazakhstan raised KZT 12 billion and 40 million EUR.",
     [("money", "KZT 12 billion", 1.2e10, "KZT", None), ("money", "40 million EUR", 4e7, "EUR", None)]),
    ("Turnout was 67.5% this time.", [("percent", "67.5%", 67.5, None, None)]),
    ("Inflation hit 9 per cent.", [("percent", "9 per cent", 9.0, None, None)]),
    ("Some twenty-four delegations attended.", [("number", "twenty-four", 24.0, "delegations", "about")]),
    ("It was the tenth round and the 3rd try.",
     [("ordinal", "tenth", 10.0, "round", None), ("ordinal", "3rd", 3.0, "try", None)]),
    ("Two-thirds of voters agreed.", [("fraction", "Two-thirds", 2 / 3, "voters", None)]),
    ("A quarter of the crop was lost.", [("fraction", "A quarter", 0.25, "crop", None)]),
    ("Brazil has won it five times.", [("number", "five times", 5.0, "times", None)]),
    ("She won twice.", [("number", "twice", 2.0, "times", None)]),
    ("It is a 12 member panel.", [("number", "12", 12.0, "member", None)]),
    ("More than 40 other nations signed.", [("number", "40", 40.0, "other nations", "over")]),
    ("About half a million people fled.", [("number", "half a million", 5e5, "people", "about")]),
    ("Half a dozen men came, half the crew.", [("number", "Half a dozen", 6.0, "men", None),
                                               ("fraction", "half", 0.5, "crew", None)]),
])
def test_numbers(text: str, expected: list[tuple]) -> None:
    got = numbers(text)
    assert [g[:2] for g in got] == [e[:2] for e in expected]
    for g, e in zip(got, expected, strict=True):
        assert g[2] == pytest.approx(e[2]) and g[3:] == e[3:]


# Numerals that state no quantity of running text: no number fact at all.
@pytest.mark.parametrize("text", [
    "Python 3 initially removed the print statement.",  # a version after a name
    "Upgrade to Windows 10 before support ends.",
    "Group 2 innate lymphoid cells multiplied.",  # an identifier after the word it numbers
    "The rule is set out in Article 5 and on page 12.",
    "Pages: 1 2 3 4 Next",  # pagination
    "Larson 2339 1 1 8 17 0",  # a table row
    "Smith J, Lee K. Gut flora. Nature 12(3): 188-195, doi 10.1038/x.",  # a reference entry
    "They relied on a 3rd party vendor and third-party code.",  # fixed expressions
    "No one came, and one of them left.",
    "One user quipped that I don't need one.",  # the indefinite or pronoun "one"
    "The fight began when the two were on the ground.",  # a number word standing for people named before
    "You probably have an app or two for that.",
    "Kickoff moved from 4:25 to 1 p.m. on Sunday.",  # clock times
    "Call +44 20 7946 0958 for tickets.",  # a telephone number
    "Readers can help by calling 101 or reading sections 15 and 16.",
    "Once again the union won.",
    "The team won 6-4, 7-6 (2) in the final.",  # a score and a tie-break
    "The tour starts on Fifth Avenue and the 6th Street bridge.",  # ordinals in names
    "The 16-inch MacBook Pro ships with a new keyboard.",  # part of a product's name
    "The 2021 RAV4 Prime is a plug-in.",  # a model year
    "12. Okafor B. Sleep and mood. Lancet Psych. 2001;14:203-9.",  # a numbered reference entry
    "The rice is first planted in a nursery.",  # an adverb, not a rank
    "Agent 007 and code 0042 were retired.",  # codes with leading zeros
    "65°",  # page furniture: a paragraph of no words
    "Police found her in the 4100 block of Coldstream Terrace.",  # a hundred-block address
    "Deals for fans of the ’80s and ’90 are back.",  # years with their century elided
    "Since the start of the 21st century, and in the nineteenth century too.",  # periods of the calendar
    # a list of links: product specs, not quantities of prose
    "1) Star Wars Collection (12 DVD) http://amzn.to/a1 2) Drum kit with 7 pads http://amzn.to/b2 "
    "3) Vinyl record (180 gr) http://amzn.to/c3",
])
def test_not_quantities(text: str) -> None:
    assert numbers(text) == []


def test_ordinals_written_with_a_full_stop_in_languages_that_write_them_so() -> None:
    from scoexport.records import Metadata

    text = "Die Frist endet am 31. Oktober, seit dem 17. Jahrhundert, für 80 Millionen Menschen."
    german, _ = facts_of(text, metadata=Metadata(language="de"))
    assert [(f.text, f.value) for f in of_kind(german, *NUMERIC)] == [("80 Millionen", "80000000")]
    english, _ = facts_of("Turnout rose to 31. Officials were pleased.", metadata=Metadata(language="en"))
    assert [f.text for f in of_kind(english, *NUMERIC)] == ["31"]


# A range is one fact: value_num the low end, value_high the high end, value the interval.
@pytest.mark.parametrize(("text", "found"), [
    ("Patients aged 40 to 80 years took part.", ("40 to 80", 40.0, 80.0, "40/80", "years", "number")),
    ("The session lasts 2-3 hours.", ("2-3", 2.0, 3.0, "2/3", "hours", "number")),
    ("Between 5 and 10 ships sank.", ("5 and 10", 5.0, 10.0, "5/10", "ships", "number")),
    ("It holds 80% to 90% oxygen.", ("80% to 90%", 80.0, 90.0, "80/90", None, "percent")),
    ("It goes from zero to 60 mph quickly.", ("zero to 60", 0.0, 60.0, "0/60", "mph", "quantity")),
    ("They hired two to three million workers.", ("two to three million", 2e6, 3e6, "2000000/3000000", "workers", "number")),
])
def test_ranges(text: str, found: tuple) -> None:
    facts, _ = facts_of(text)
    got = [(f.text, f.value_num, f.value_high, f.value, f.unit, f.kind) for f in of_kind(facts, *NUMERIC, "quantity")]
    assert got == [found]


@pytest.mark.parametrize("text", [
    "Prices rose from 5 to 10 percent.",  # a change, two numbers
    "Sales climbed from 40 to 55 units.",
])
def test_a_change_is_not_a_range(text: str) -> None:
    facts, _ = facts_of(text)
    assert all(f.value_high is None for f in facts) and len(of_kind(facts, *NUMERIC, "quantity")) == 2


# What a number counts is the noun phrase it governs; a unit of measurement makes it a quantity.
@pytest.mark.parametrize(("text", "found"), [
    ("The six Democratic presidential candidates met.", ("six", "number", "Democratic presidential candidates")),
    ("An estimated 2.5 million people fled.", ("2.5 million", "number", "people")),
    ("Some two dozen boats sank.", ("two dozen", "number", "boats")),
    ("They lost by five-and-a-half points.", ("five-and-a-half", "number", "points")),
    ("It has a range of 590 km on one charge.", ("590", "quantity", "km")),
    ("A 15.6-inch screen sits in the middle.", ("15.6", "quantity", "inch")),
    ("It returns 90 miles per gallon.", ("90", "quantity", "miles per gallon")),
    ("Eight out of ten companies agreed.", ("Eight out of ten", "fraction", "companies")),
    ("Some 70 percent of Americans say so.", ("70 percent", "percent", "Americans")),
    ("Only one person voted against.", ("one", "number", "person")),
    ("Late on Tuesday 12 boats sank.", ("12", "number", "boats")),
    ("He received a one-game suspension.", ("one", "number", "game")),
    ("It can seat a fifth person.", ("fifth", "ordinal", "person")),
    ("This was the second consecutive election cycle.", ("second", "ordinal", "consecutive election cycle")),
    ("It was not the first time WeWork cut jobs.", ("first", "ordinal", "time")),
    ("They raised 88 billion Hong Kong dollars.", ("88 billion Hong Kong dollars", "money", "HKD")),
    ("Investors sold eight of its Hong Kong shares.", ("eight", "number", "Hong Kong shares")),
    ("The 180 page book sold well.", ("180", "number", "page")),
])
def test_what_a_number_counts(text: str, found: tuple) -> None:
    facts, _ = facts_of(text)
    assert [(f.text, f.kind, f.unit) for f in of_kind(facts, *NUMERIC, "quantity")] == [found]


@pytest.mark.parametrize(("words", "value"), [("seven", 7), ("ninety-nine", 99), ("two hundred and five", 205),
                                              ("three million", 3_000_000), ("fourteen", 14), ("a dozen", 12),
                                              ("two dozen", 24), ("five-and-a-half", 5.5)])
def test_words_value(words: str, value: int) -> None:
    assert words_value(words) == value


def test_a_date_is_not_also_a_number() -> None:
    facts, _ = facts_of("On 12 March 2020, 30 ships sailed.")
    assert [(f.kind, f.text) for f in facts if f.kind in ("date", "number")] == [("date", "12 March 2020"), ("number", "30")]


def test_values_are_written_in_plain_digits() -> None:
    facts, _ = facts_of("About 20 million people and half the staff.")
    assert [(f.value, f.unit) for f in of_kind(facts, *NUMERIC)] == [("20000000", "people"), ("0.5", "staff")]


def _spell(n: int) -> str:
    """English words for 0 <= n < 1,000,000, from the package's own word tables."""
    from scoexport.data import load_json

    w = load_json("numbers.json")
    units = {v: k for k, v in w["units"].items()}
    tens = {v: k for k, v in w["tens"].items()}

    def below_thousand(k: int) -> list[str]:
        out = []
        if k >= 100:
            out += [units[k // 100], "hundred"]
            k %= 100
            if k:
                out.append("and")
        if k >= 20:
            out.append(tens[k - k % 10] + (f"-{units[k % 10]}" if k % 10 else ""))
        elif k or not out:
            out.append(units[k])
        return out

    if n >= 1000:
        rest = below_thousand(n % 1000) if n % 1000 else []
        return " ".join([*below_thousand(n // 1000), "thousand", *rest])
    return " ".join(below_thousand(n))


@given(st.integers(min_value=0, max_value=999_999))
def test_spelled_numbers_read_back(n: int) -> None:
    assert words_value(_spell(n)) == n


@given(st.lists(st.sampled_from(["aged 40 to 80 years", "2-3 hours", "Python 3", "page 12", "won 6-4", "one of them",
                                 "$4.5 billion", "two dozen boats", "between 5 and 10 ships", "at 7:14", "80% to 90%",
                                 "the 2021 RAV4", "eight out of ten", "a third of voters", "sections 15 and 16",
                                 "rose from 5 to 10", "Pages: 1 2 3", "over 1,250 people", "the two were"]),
                min_size=1, max_size=6))
def test_number_facts_are_disjoint_spans_with_ordered_ends(parts: list[str]) -> None:
    text = "They said that " + ", and ".join(parts) + " mattered."
    facts, _ = facts_of(text)
    spans = sorted((f.start, f.end) for f in of_kind(facts, *NUMERIC, "quantity", "date"))
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    for f in of_kind(facts, *NUMERIC, "quantity"):
        assert text[f.start:f.end] == f.text
        assert f.value_high is None or f.value_high > f.value_num


@given(st.lists(st.sampled_from([*"0123456789 ,.-–:%$€()/'’", "one", "half", " to ", " and ", "between ", "million",
                                 "a ", "of ", "th", "page ", "x"]), max_size=40))
def test_any_text_of_numerals_gives_facts_without_failing(pieces: list[str]) -> None:
    facts, _ = facts_of("Officials said that " + "".join(pieces) + " was counted.")
    assert all(f.value_num is None or f.value_num == f.value_num for f in facts)  # no NaN


def test_one_scale_table_for_amounts_and_ranges() -> None:
    """A scale reads one factor wherever it is written: any language's word or abbreviation, with or without the
    abbreviation's full stop, and a range of money scales its low end by the same table."""
    assert scale_factor("Mrd.") == scale_factor("mrd") == 10**9
    assert scale_factor("Millionen") == scale_factor("million") == 10**6
    assert scale_factor("bn") == 10**9
    assert scale_factor("") == scale_factor("apples") == 1
