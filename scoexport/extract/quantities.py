"""Which numerals in a paragraph state a quantity, and which are something else written in digits.

Enters: a paragraph's text and the span of a numeral found in it. Leaves: whether that numeral is a
quantity in running text. Writers use digits for much that counts nothing, and each use has a
shape that the surrounding characters show:
- tables, score lines and pagination put numerals side by side with no words between them
  ("Pages: 1 2 3 4", "Larson 2339 1 1 8"); a paragraph made mostly of numerals is a table row;
- reference lists carry volume, issue and page numbers in a fixed punctuation ("12(3): 188-195",
  "et al.", "doi"): whether a paragraph is shaped as a citation is `clean.references.is_citation`'s
  decision, the one that marks reference sections;
- an identifier numbers or names something ("page 3", "Python 3", "(773) 942-6384", "10 Downing
  Street", "7:14", "the 737 Max jet"): the `identifiers` package decides, for one numeral from its context;
- a rank is written "#6" or "No. 2" after a word that makes it one; a weight in pounds is no money;
- a numeral alone between quotation marks, or before a parenthesis that names its variant, is a string the text
  shows, not a count it states ("the ‘8’ means 8-bit values", "format “3.0 (quilt)”", "‘6.0’ becomes ‘6.0.1’").
Number words ("one", "half", "first") have uses of their own: word_quantities.py.
The word lists are in `data/number_context.json`.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..clean.references import is_citation
from ..data import alternation
from ..text import at_most_words, has_digit
from .base import matches_at
from .identifiers import PHONE, street_after, word_after
from .number_units import measure_unit
from .numerals import context_lists, number_table
from .tokens import tokens

_NUMERIC_TOKENS = re.compile(r"(?<!\S)[(\[$€£#]*\d[\d.,:%/–-]*(?:[)\];][)\],;:.%]*)?(?!\S)")
_TOKEN_MARKS = frozenset("([$€£#")  # what may stand before a numeric token's first digit
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_BARE_RUN = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:[ \t|·/]+\d+(?:[.,]\d+)*(?![\w%]))+")
_MEASURE_CHAIN = re.compile(r"\d+(?:[.,]\d+)?[ \t]?(?P<unit>[^\W\d_]{1,5})\b"
                            r"(?:[ \t]*[-–—][ \t]*\d+(?:[.,]\d+)?[ \t]?(?P=unit)\b){2,}")
_DASHES = "-–—"
_SLASH_FRACTION = re.compile(r"\d/[234]")  # "1/2 tsp": a fraction (numbers.py reads it), not a run of numerals
_ORDINAL_DOT = re.compile(r"\.\s*[^\W\d_]")  # "am 31. Oktober", and set tight: "(2.Weltkrieg)"



_HOUSE_NUMBER = re.compile(r"(?<![\w.,–-])\d{1,6}(?=[A-Za-z]?\s+[A-Z])")


_STREET_NAME = re.compile(r"^[A-Za-z]?\s+(?P<name>.*?)\.?$")
_POSTAL_STATE = re.compile(r"[A-Z](?<=, [A-Z])[A-Z](?=\s+\d{5}(?:[-–]\s?\d{4})?\b)")  # the capital scanned for first


def is_contact_block(text: str) -> bool:
    """Does the paragraph give a way to reach someone, a telephone number or a ZIP code after a state ("(219)
    937-6103", "Seal Beach, CA 90740")? Its address is a contact's, not a place the text tells of."""
    return has_digit(text) and bool(PHONE.search(text) or _POSTAL_STATE.search(text))


def street_addresses(text: str, digit_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of the parts of an address beside its numbers: the street's name after a house number ("1200 New
    Jersey Avenue SE", "2600 Westminster Blvd."), and a postal state code before a ZIP code ("Seal Beach, CA
    90740"). No part is another name ("New Jersey" inside a street's, a person "Westminster Blvd", an
    organization "DC"); the numbers are no quantities. A number opens each street: tried only where a run of
    digits starts."""
    spans = [m.span() for m in _POSTAL_STATE.finditer(text)] if digit_starts else []
    for m in matches_at(_HOUSE_NUMBER, text, digit_starts):
        street = street_after().match(text, m.end())
        if street:  # the name opens after the number's letter and space ("221B Baker St."), ends before a stop
            name = _STREET_NAME.match(street.group())
            if name:
                spans.append((street.start() + name.start("name"), street.start() + name.end("name")))
    return spans


# a field alone in its paragraph: a label of one to four words, a colon, a value of one to three words holding digits,
# no sentence's end (a fact box's line "Death toll: 1,200 people", a reading time "Tempo di lettura: 3 minuti")
_FIELD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*){0,3}\s*:(?=[^.!?]*\d)\s*\S+(?:\s+\S+){0,2}(?<![.!?])")
_LONGEST_FIELD = 60


@cache
def _furniture_field() -> re.Pattern[str]:
    """A field (_FIELD) of page furniture: a label of the list (`furniture_labels`, "Reading time",
    "Tempo di lettura"), a colon, its value. Only the label tells furniture: under any other label the value is
    the text's fact ("Death toll: 1,200 people")."""
    labels = alternation(context_lists()["furniture_labels"], flexible_spaces=True)
    return re.compile(rf"(?i:{labels})\s*:.*", re.DOTALL)  # the field's shape is _FIELD's


_WEB_ADDRESS = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_LINK_LIST_ADDRESSES = 3
# a line that is a path alone: a menu's or a file's ("Applications/Network/Web News"), its parts joined by slashes
_PATH_LINE = re.compile(r"[\w.-]+(?:/[\w.&+-]+(?: [A-Z][\w.&+-]*){0,3})+/?")


def web_addresses(text: str) -> list[tuple[int, int]]:
    """Spans of the web addresses in a text, and a line that is a path alone: the words of
    "wiki.debian.org/DebianMentorsFaq" or of a menu's "Applications/Network/Web News" name no body or person,
    whatever their capitals. Names joined by a slash in a sentence ("the Israel/Hamas war") stay names."""
    if "/" not in text and "www." not in text:
        return []  # an address holds a slash ("https://", a path) or opens with "www."
    spans = [m.span() for m in _WEB_ADDRESS.finditer(text)]
    path = _PATH_LINE.fullmatch(text.strip())
    return [*spans, (0, len(text))] if path else spans



def not_running_text(text: str) -> bool:
    """A table row, a reference entry, a list of links or page furniture: numerals there are not
    quantities of prose.

    A row of a table is mostly numerals; furniture has no more than a couple of words; a reference
    entry is shaped as a citation (the decision that marks reference sections, here for an entry
    outside one); prose cites a web address or two, a list of links one per item."""
    if len(text) <= _LONGEST_FIELD and _FIELD.fullmatch(text):
        # a label and its value: the label tells furniture ("Tempo di lettura: 3 minuti") from the text's fact
        # ("Unemployment: 5.4%"), however few its words
        return bool(_furniture_field().fullmatch(text))
    if len(_LETTER_WORD.findall(text, 0, 300)) < 3:  # the opening is enough to see three words
        return True
    # each address holds "http" or "www." of its own: fewer of those, fewer addresses (a cheap count first)
    if text.count("http") + text.count("www.") >= _LINK_LIST_ADDRESSES \
            and len(_WEB_ADDRESS.findall(text)) >= _LINK_LIST_ADDRESSES:
        return True  # a list of links (a shop's picks, resources): items and their specs, not sentences
    numeric = numeric_tokens(text)
    if numeric >= 3 and at_most_words(text, numeric * 2):  # half the words or more are numerals
        return True
    if not numeric and not has_digit(text):
        return False
    # a citation's numerals run together with its punctuation ("2011;43(2):1201-9"): no numeric word needed
    return is_citation(text)


def numeric_tokens(text: str) -> int:
    """How many words of the text are numerals ("12", "(3.5%)", "$40,"). Such a word opens the text or
    follows a space, with its first digit opening a run of digits (`Tokens.digits`) after the marks that may
    stand before it: read back from the runs of digits, tried only there."""
    openings = set()
    for at in tokens(text).digits:
        while at > 0 and text[at - 1] in _TOKEN_MARKS:
            at -= 1
        if at == 0 or text[at - 1].isspace():
            openings.add(at)
    return sum(1 for _ in matches_at(_NUMERIC_TOKENS, text, sorted(openings)))


def side_by_side(text: str, digit_starts: Sequence[int]) -> list[tuple[int, int]]:
    """Spans of runs of bare numerals separated by nothing but space or a bar: pagination, table cells; and of
    chains of three or more measures of one unit joined by dashes ("50 m - 100 m - 150 m - 200 m"): a training
    plan's or a schedule's steps set in one line, a row of values, where a dash between two is a range ("2-3 km")
    and prose joins more by commas and words. A run opens where a run of digits starts (`digit_starts`), and is
    tried only there."""
    runs = [m.span() for m in matches_at(_BARE_RUN, text, digit_starts) if not _SLASH_FRACTION.fullmatch(m.group())]
    if any(c in text for c in _DASHES):
        runs += [m.span() for m in matches_at(_MEASURE_CHAIN, text, digit_starts)]
    return runs


_RANK_MARK = re.compile(r"(?:^|(?<=\s))(?P<cue>[A-Za-z]+)\s+(?P<mark>#|No\.?\s?)$")


def rank_opening(text: str, start: int) -> int | None:
    """Where a place in a ranking written "#6" or "No. 2" opens, for the digits at `start`: after a word that
    makes it a rank ("Freddie Mercury at #6", "the No. 2 most popular candidate"); else None (a number a name
    numbers, "Suite No. 5", or a list's "#6")."""
    m = _RANK_MARK.search(text, max(0, start - 20), start)
    if m is None or m.group("cue").lower() not in context_lists()["rank_cues"]:
        return None
    return m.start("mark")


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


def is_amount_after(text: str, end: int) -> bool:
    """Whether a slashed fraction is an amount of what follows: "1/2 tsp", "3/4 of the way", "1/2 plain flour";
    not "went 3/4 from the field", a record of tries like a score."""
    m = word_after(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word == "of" or measure_unit(m.group(1)) is not None or word not in number_table()["unit_stop"]


_OPEN_QUOTE = re.compile(r"[‘“„‚«\"']$")
_CLOSE_QUOTE = re.compile(r"[’”“‘»\"']|\s+\([^()]{1,30}\)[’”“‘»\"']")


def is_quoted_literal(text: str, start: int, end: int) -> bool:
    """Is the numeral at text[start:end] all a quotation holds (or all but a parenthesis naming a variant, "“3.0
    (quilt)”")? A writer quotes a value to show it as written, a version, a format, a code; a count stated in
    quotation marks comes with its noun ("“three days”")."""
    return _OPEN_QUOTE.search(text, max(0, start - 1), start) is not None and _CLOSE_QUOTE.match(text, end) is not None

