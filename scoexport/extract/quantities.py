"""Which numerals in a paragraph state a quantity, and which are something else written in digits.

Enters: a paragraph's text and the span of a numeral found in it. Leaves: whether that numeral is a
quantity in running text. Writers use digits for much that counts nothing, and each use has a
shape that the surrounding characters show:
- tables, score lines and pagination put numerals side by side with no words between them
  ("Pages: 1 2 3 4", "Larson 2339 1 1 8"); a paragraph made mostly of numerals is a table row;
- reference lists carry volume, issue and page numbers in a fixed punctuation ("12(3): 188-195",
  "et al.", "doi"): whether a paragraph is shaped as a citation is `clean.references.is_citation`'s
  decision, the one that marks reference sections; citation markers stand alone in brackets ("[12]");
- an identifier follows the word it numbers ("page 3", "group 2", "Article 5", "No. 7");
- a name or version follows a capitalized word that is not a sentence's function word ("Python 3",
  "Windows 10", "Apollo 11"), or precedes capitalized words it does not count ("the 737 Max jet", "421
  Route 59"), or follows a count ("five 787 Dreamliners");
- telephone numbers group digits by three and four ("(773) 942-6384");
- a house number stands before a street's name ("10 Downing Street", "221B Baker St.");
- clock times join numerals with a colon ("7:14"; "3 p.m." is a date fact, found first).
Number words ("one", "half", "first") have uses of their own: word_quantities.py.
The word lists are in `data/number_context.json`.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from functools import cache

from ..clean.references import is_citation
from ..data import alternation, load_json
from ..date_text import full_month_names
from ..text import has_digit
from .base import matches_at
from .number_units import is_plural, measure_unit
from .numerals import number_table

_NUMERIC_TOKENS = re.compile(r"(?<!\S)[(\[$€£#]*\d[\d.,:%/–-]*[)\],;:.%]*(?!\S)")
_TOKEN_FIRST = re.compile(r"[(\[$€£#\d]")  # what a numeric token opens with
_TOKEN_OPENING = re.compile(r"\s[(\[$€£#\d]")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_BARE_RUN = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:[ \t|·/]+\d+(?:[.,]\d+)*(?![\w%]))+")
_SLASH_FRACTION = re.compile(r"\d/[234]")  # "1/2 tsp": a fraction (numbers.py reads it), not a run of numerals
_WORD_BEFORE = re.compile(r"([#\w.'’-]+)[ \t]*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…\"“”(]\s*)$")
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
_ORDINAL_DOT = re.compile(r"\.\s+[^\W\d_]")
_LIST_SEPARATOR_BEFORE = re.compile(r"(?:[,&–-]|\band|\bor|\bto|\bthrough)\s*$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# a telephone number, with or without its area code; a PDF's line may break after the dash ("202-493- 2251")
_PHONE = re.compile(r"(?:\(\d{3}\)\s*|\d{3}[-.–]\s?)?\d{3}[-.–]\s?\d{4}(?![\d.,-]*\d)")
_PHONE_AREA = re.compile(r"\(\d{3}\)\s*$")
_CLOCK_AFTER = re.compile(r":\d|\s?[ap]\.?m\b\.?", re.I)  # "7:14", "9 a.m." (a date fact unless it names no day)
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+\s+[A-Z]")
_BULLET_BEFORE = re.compile(r"[\s•◦▪■□●○◆►▶➢*]*")


@cache
def context_lists() -> dict:
    return load_json("number_context.json")


@cache
def identifier_heads() -> frozenset[str]:
    return frozenset(context_lists()["identifier_heads"])


@cache
def _listed_identifiers() -> re.Pattern[str]:
    """The later numbers of a list after an identifier head: "sections 15 and 16", "pages 4, 7 or 9", "figures 1
    through 9"."""
    sep = r"\s*(?:,|&|-|–|\band\b|\bor\b|\bto\b|\bthrough\b)\s*"
    return re.compile(rf"(?i)\b(?:{alternation(identifier_heads())})\.?\s+\d[\d.]*(?:{sep}\d[\d.]*)*{sep}$")


@cache
def _address() -> re.Pattern[str]:
    """Capitalized words ending in a street's last word, and the quarter of town after it, after a house number."""
    return re.compile(rf"[A-Za-z]?(?:\s+[A-Z][\w'’.-]*){{1,3}}\s+(?:{alternation(context_lists()['address_heads'])})\b"
                      r"\.?(?:\s+(?:[NSEW]|[NS][EW])\b)?")


_HOUSE_NUMBER = re.compile(r"(?<![\w.,–-])\d{1,6}(?=[A-Za-z]?\s+[A-Z])")


_STREET_NAME = re.compile(r"^[A-Za-z]?\s+(?P<name>.*?)\.?$")
_POSTAL_STATE = re.compile(r"(?<=, )[A-Z]{2}(?=\s+\d{5}(?:[-–]\s?\d{4})?\b)")


def is_contact_block(text: str) -> bool:
    """Does the paragraph give a way to reach someone, a telephone number or a ZIP code after a state ("(219)
    937-6103", "Seal Beach, CA 90740")? Its address is a contact's, not a place the text tells of."""
    return has_digit(text) and bool(_PHONE.search(text) or _POSTAL_STATE.search(text))


def street_addresses(text: str, digit_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of the parts of an address beside its numbers: the street's name after a house number ("1200 New
    Jersey Avenue SE", "2600 Westminster Blvd."), and a postal state code before a ZIP code ("Seal Beach, CA
    90740"). No part is another name ("New Jersey" inside a street's, a person "Westminster Blvd", an
    organization "DC"); the numbers are no quantities. A number opens each street: tried only where a run of
    digits starts."""
    spans = [m.span() for m in _POSTAL_STATE.finditer(text)] if digit_starts else []
    for m in matches_at(_HOUSE_NUMBER, text, digit_starts):
        street = _address().match(text, m.end())
        if street:  # the name opens after the number's letter and space ("221B Baker St."), ends before a stop
            name = _STREET_NAME.match(street.group())
            if name:
                spans.append((street.start() + name.start("name"), street.start() + name.end("name")))
    return spans


@cache
def _street_first() -> re.Pattern[str]:
    """A street named kind first after a house number: "1069, boulevard de Sainte-Adèle", "12 rue de Rivoli"."""
    words = alternation(context_lists()["street_words_first"])
    return re.compile(rf"(?i:,?\s+(?:{words}))(?!\w)\s+(?:(?i:d[eu]s?|la|le|del|di|da|do|d['’])\s*)?[A-Z]")


# police and court reports place an address by its hundred-block: "the 4100 block of Coldstream Terrace"
_BLOCK_OF = re.compile(r"\s+block\s+of\b")


_WEB_ADDRESS = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_LINK_LIST_ADDRESSES = 3
_LONGEST_ADDRESS = 300
_TRIES = re.compile(r"-for-\d")
_TRIES_BEFORE = re.compile(r"\d-for-$")


def _in_web_address(text: str, start: int) -> bool:
    """Does the numeral at `start` stand inside a web address (the word holding it opens with "http" or "www.")?"""
    floor = max(0, start - _LONGEST_ADDRESS)  # each numeral looks back a bounded way: linear on one long line
    word_start = max(text.rfind(" ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    return text.startswith(("http", "www"), word_start) and ("://" in text[word_start:start] or "www" in text[word_start:start])


@cache
def _numbered_of() -> re.Pattern[str]:
    """An identifier and "of" before a total: "photo 1 of 12", "page 3 of 40"."""
    return re.compile(rf"(?i)\b(?:{alternation(identifier_heads())})\.?\s+\d+\s+of\s+$")


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(d.lower() for d in calendar.day_name) | frozenset(full_month_names())


@cache
def _openers() -> frozenset[str]:
    return frozenset(context_lists()["openers"])


def not_running_text(text: str) -> bool:
    """A table row, a reference entry, a list of links or page furniture: numerals there are not
    quantities of prose.

    A row of a table is mostly numerals; furniture has no more than a couple of words; a reference
    entry is shaped as a citation (the decision that marks reference sections, here for an entry
    outside one); prose cites a web address or two, a list of links one per item."""
    if len(_LETTER_WORD.findall(text, 0, 300)) < 3:  # the opening is enough to see three words
        return True
    # each address holds "http" or "www." of its own: fewer of those, fewer addresses (a cheap count first)
    if text.count("http") + text.count("www.") >= _LINK_LIST_ADDRESSES \
            and len(_WEB_ADDRESS.findall(text)) >= _LINK_LIST_ADDRESSES:
        return True  # a list of links (a shop's picks, resources): items and their specs, not sentences
    numeric = numeric_tokens(text)
    if numeric >= 3 and numeric * 2 >= len(text.split()):
        return True
    if not numeric and not has_digit(text):
        return False
    # a citation's numerals run together with its punctuation ("2011;43(2):1201-9"): no numeric word needed
    return is_citation(text)


def numeric_tokens(text: str) -> int:
    """How many words of the text are numerals ("12", "(3.5%)", "$40,"). Such a word opens the text or
    follows a space: tried only there, not at every character."""
    openings = [0] if _TOKEN_FIRST.match(text) else []
    openings += [m.start() + 1 for m in _TOKEN_OPENING.finditer(text)]
    return sum(1 for _ in matches_at(_NUMERIC_TOKENS, text, openings))


def side_by_side(text: str, digit_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of runs of bare numerals separated by nothing but space or a bar: pagination, table cells.
    A run opens where a run of digits starts (`digit_starts`), and is tried only there."""
    return [m.span() for m in matches_at(_BARE_RUN, text, digit_starts) if not _SLASH_FRACTION.fullmatch(m.group())]


def word_before(text: str, start: int) -> tuple[str, int] | None:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return (m.group(1), m.start(1)) if m else None


def is_identifier(text: str, start: int, end: int) -> bool:
    """Is the numeral at text[start:end] a number of something named before it, a name, a version,
    a clock time or a citation marker, rather than a count?"""
    if _CLOCK_AFTER.match(text, end) or (start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit()):
        return True
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if (before, after) in (("[", "]"), ("(", ")")) and text[start:end].isdigit():
        return True  # a citation marker or a tie-break score: "[12]", "7-6 (2)"
    if before == "+":
        return True  # a telephone country code
    if _TRIES.match(text, end) or _TRIES_BEFORE.search(text, max(0, start - 8), start):
        return True  # "went 0-for-9", "2-for-10 from the field": made of tried, a record like a score
    if _in_web_address(text, start):
        return True  # ".../2000-2010-intercensal-estimates.pdf": part of an address
    if after == ")" and (start == 0 or before.isspace()) and end - start <= 3:
        return True  # a list enumerator: "2) Polistil ..."
    if after == "." and text[end + 1:end + 2].isspace() and _BULLET_BEFORE.fullmatch(text, 0, start):
        return True  # an item's number opening the paragraph: "35. Yung RL. Changes in ...", "■ 1. The ..."
    if start == 0 and _SECTION_NUMBER.match(text):
        return True  # a section or agenda item's number: "2.1 Public Employee Evaluation"
    if text[start - 3:start] == "of " and _numbered_of().search(text, max(0, start - 40), start):
        return True  # "photo 1 of 12": the total of a numbering
    if _PHONE.match(text, start) or _PHONE_AREA.search(text, max(0, start - 8), start):
        return True  # a telephone number: "942-6384", "(773) 942-6384", "555.014.2000"
    if text[start].isdigit() and (_address().match(text, end) or _BLOCK_OF.match(text, end)
                                  or _street_first().match(text, end)):
        return True  # a house number: "10 Downing Street", "the 4100 block of Coldstream Terrace"
    if before and before in "'’" and end - start == 2 and text[start - 2:start - 1] in ("", " ", "("):
        return True  # "the ’80s", "class of '98": a year with its century elided, a date
    if text[start] == "0" and end - start > 1 and text[start + 1].isdigit():
        return True  # "007", "000": a code, or the tail of a number grouped with a separator we do not read
    found = word_before(text, start)
    if found is None:
        return before == "#"
    word, at = found
    bare = word.rstrip(".").lower()
    if word.startswith("#") or bare in identifier_heads():
        return True
    if _LIST_SEPARATOR_BEFORE.search(text, max(0, start - 10), start) \
            and _listed_identifiers().search(text, max(0, start - 60), start):
        return True
    if not text[start].isdigit() or word.endswith(("'s", "’s")) or _COMPOUND_AFTER.match(text, end):
        return False  # "Toyota's 176 hp", "Turbine-style 22-inch wheels": a count, whatever stands before
    # a capitalized word (or one with a capital inside: "iOS") names what the digits number, but not a measure:
    # "Add 120 grams", "Drizzle 2 tbsp" (a recipe's steps open with the verb) count grams and spoons
    if word[0].isupper() or any(c.isupper() for c in word[1:]):
        if _measured(text, end):
            return False
        if bare in _calendar_words():
            return False  # "on Tuesday 40 people died"
        at_start = bool(_SENTENCE_START.search(text, max(0, at - 3), at))
        return not (at_start and bare in _openers())
    return False


_MEASURE_WORD = re.compile(r"\s?([^\W\d_]+)")


def _measured(text: str, end: int) -> bool:
    """Whether a unit of measurement follows the digits ("120 grams", "4GB")."""
    m = _MEASURE_WORD.match(text, end)
    return m is not None and measure_unit(m.group(1)) is not None


_RANK_MARK = re.compile(r"(?:^|(?<=\s))(?P<cue>[A-Za-z]+)\s+(?P<mark>#|No\.?\s?)$")


def rank_opening(text: str, start: int) -> int | None:
    """Where a place in a ranking written "#6" or "No. 2" opens, for the digits at `start`: after a word that
    makes it a rank ("Freddie Mercury at #6", "the No. 2 most popular candidate"); else None (a number a name
    numbers, "Suite No. 5", or a list's "#6")."""
    m = _RANK_MARK.search(text, max(0, start - 20), start)
    if m is None or m.group("cue").lower() not in context_lists()["rank_cues"]:
        return None
    return m.start("mark")


_CAPITALIZED_RUN = re.compile(r"(?:[ \t]+[A-Z][^\s,.;:!?()\[\]“”\"]*){1,4}")


@cache
def _cardinal_words() -> frozenset[str]:
    return frozenset([*number_table()["units"], *number_table()["tens"]])


def is_model_number(text: str, start: int, end: int, language: str | None = None) -> bool:
    """Are the digits at text[start:end] part of a name ("the 737 Max jet", "421 Route 59", "a 40 Under 40 Award
    recipient", "5 Etapas para...") rather than a count? A count before capitalized words counts them where they
    are plural or name a plural noun after them ("450 Dreamers", "30 Boeing jets", "6 Democratic candidates");
    a number before a singular name names it. Digits of three or more after a count are a model's number, which
    the count counts ("five 787 Dreamliner sales"). Where a language capitalizes every noun (German), a capital
    says nothing of a name ("80 Millionen Menschen")."""
    digits = text[start:end]
    if not digits.isdigit():
        return False
    found = word_before(text, start)
    if found and len(digits) >= 3 and (found[0].isdigit() or found[0].lower() in _cardinal_words()):
        return True
    run = _CAPITALIZED_RUN.match(text, end)
    if run is None or language in context_lists()["noun_capitalizing_languages"]:
        return False
    words = run.group().split()
    first = words[0].rstrip("’'")
    if first.isupper() or measure_unit(first) or first.lower() in _calendar_words() \
            or first.lower() in number_table()["scales"] or is_plural(words[-1]):
        return False  # "5 GB", "3 November", "450 Dreamers", "the 50 United States"
    after = _WORD_AFTER.match(text, run.end())
    return not (after is not None and after.group(1).islower() and is_plural(after.group(1)))


def is_ordinal_dot(text: str, end: int, language: str | None) -> bool:
    """In languages that write ordinals with a full stop ("am 31. Oktober", "im 17. Jahrhundert"),
    digits, a stop and a word are an ordinal or a date, not a count."""
    return language in context_lists()["ordinal_dot_languages"] and bool(_ORDINAL_DOT.match(text, end))


@cache
def _weight_cue() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(context_lists()['weight_cues'])})\b[^.;!?,]*$")


def is_weight(text: str, start: int, currency_word: str) -> bool:
    """Is "N pounds" a weight rather than money? A clause about weight before it says so ("weighed 190 pounds")."""
    return currency_word.lower().startswith("pound") and bool(_weight_cue().search(text, max(0, start - 40), start))


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def is_amount_after(text: str, end: int) -> bool:
    """Whether a slashed fraction is an amount of what follows: "1/2 tsp", "3/4 of the way", "1/2 plain flour";
    not "went 3/4 from the field", a record of tries like a score."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word == "of" or measure_unit(m.group(1)) is not None or word not in number_table()["unit_stop"]
