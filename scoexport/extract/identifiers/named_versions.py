"""Versions the whole document tells: digits and points that name a release wherever the document writes them.

Enters: a document's paragraph texts, as the number reader sees them (English decimal points: see
`numerals.decimal_point_text`), and its language (`document_versions`); then each paragraph's text as written and as
read, with the versions found (`version_spans`). Leaves: the spans of numerals that are versions, for the number
reader to claim. Why it works, from how release notes, histories and manuals are written:

- A document names a release once with what it releases ("Python 2.5", "Debian 2.1", "Python 3.10") and then, its
  subject being known, by the digits alone ("In 2.5, yield is now an expression", "2.1 included apt", "best practice
  for 3.10"). Digits with a point that the document writes after a name are that version wherever they stand again,
  as a maker's "Model 737-8" makes every later "737" a model (`models`). Only numerals with a point: an integer after
  a name ("Python 3", "Windows 10") names a release too, but the same integer elsewhere is as often a count.
- A language that writes the decimal comma ("2,5 Millionen", "0,8 Promille") writes a point between digits only to
  group thousands ("1.400 Menschen") or to join the parts of a date or a version: a point before other than three
  digits is no decimal of the language ("Debian 7.0 (Wheezy) wurde ...", "GCC 4.7", "WCAG 2.1 AA"). Dates are read
  before numbers and have taken theirs by then.

Either way an amount shows itself and stays one: a per cent sign, a scale ("2.5 millones", as Spanish in Mexico
writes it), a currency ("$1.9 billion", "49.95 Euro"), a unit of measurement ("1.5 kg") or a plural noun it counts
after it ("2.5 seconds", "2.5 times faster").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ...data import alternation
from ..number_forms import currency_codes, currency_names, currency_symbols
from ..number_units import is_plural, measure_unit
from ..numerals import language_table
from .context import identifier_heads, is_identifier, word_before
from .versions import amount_after, named_by_noun

# digits with one or more points, not inside a longer numeral, a word or an address ("1.3.1R6" is one token)
_DOTTED = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w]|[.,]\d)")
_WORD_AFTER = re.compile(r"[\s-]?([^\W\d_]+)")
_PERCENT_AFTER = re.compile(r"\s?(?:%|‰)")


@cache
def _currencies() -> tuple[re.Pattern[str], frozenset[str]]:
    """The money the number reader reads (`number_forms`): its symbols and codes, written before an amount ("$1.9",
    "US$ 5", "EUR 49.95"), and its one-word names and symbols in lower case, written after one ("49.95 euros", "2.5
    dollars", "2.5 Rs")."""
    before = [*currency_symbols(), *currency_codes()]
    after = frozenset(k.lower() for k in (*currency_names(), *currency_symbols()) if k.isalpha())
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(before)})\s?$"), after


def _amount(read: str, start: int, end: int, language: str | None, counted: bool = True) -> bool:
    """Does the numeral at read[start:end] show itself an amount: a per cent sign, a scale, a currency, a unit, or
    (`counted`) a plural noun? A version named after a name may stand before a verb that ends as a plural noun does
    ("Python 2.5 adds"), so what names versions asks the signs only."""
    if _PERCENT_AFTER.match(read, end) or amount_after(read, end) or _currencies()[0].search(read, max(0, start - 12), start):
        return True
    m = _WORD_AFTER.match(read, end)
    if m is None:
        return False
    word = m.group(1)
    rules = language_table().get(language or "", {}) if language != "en" else {}
    words = {w.lower() for w in [*rules.get("percent_words", ()), *rules.get("currencies", {}), *rules.get("scales", {})]}
    # a plural noun right after is what the numeral counts: "2.5 seconds", "2.5 times faster"
    return measure_unit(word) is not None or word.lower() in words or (counted and word.islower() and is_plural(word)) \
        or word.lower() in _currencies()[1] or word.lower() in ("percent", "per")


def document_versions(texts: Iterable[str], language: str | None) -> frozenset[str]:
    """The numerals with a point the document writes right after a name, as a version of it: "Python 2.5", "Debian
    2.1" (a capitalized word before the digits, which `context.is_identifier` takes for a name or a version's noun,
    not a sentence's opener, a day or a measure); and those a version's noun names (`versions.named_by_noun`: "the
    changes between the 2.0 and 2.2 versions", "version 2.0"): a manual that has named a release so goes on to write
    it alone ("the 2.0 architecture"). Order words ("since 3.4", "2.6 or newer") stay with their sentence: "aged 2.5
    and older" compares an age, and would make every "2.5" of the document a version."""
    found: set[str] = set()
    for text in texts:
        for m in _DOTTED.finditer(text):
            if _amount(text, m.start(), m.end(), language, counted=False):
                continue
            if named_by_noun(text, m.start(), m.end()):
                found.add(m.group())  # "the 2.0 and 2.2 versions", "version 2.0": a version's noun names it
                continue
            before = word_before(text, m.start())
            if before is None or not before[0][:1].isupper():
                continue
            if before[0].rstrip(".").lower() in identifier_heads():
                continue  # "Figure 3.1", "Section 2.5": a part's number, which names no release of anything
            if is_identifier(text, m.start(), m.end(), language):
                found.add(m.group())
    return frozenset(found)


def _foreign_point(written: str, start: int, end: int) -> bool:
    """In a language of the decimal comma: is a point between the digits as written one that no amount has (before
    other than three digits: not a thousands point)?"""
    return any(len(group) != 3 for group in written[start:end].split(".")[1:]) and "." in written[start:end]


def version_spans(written: str, read: str, versions: frozenset[str], language: str | None) -> list[tuple[int, int]]:
    """Spans of `read` (the paragraph with English decimal points, each character where `written` has it) that are
    versions: the document's own versions written again (`document_versions`), and, in a language of the decimal
    comma, numerals with a point no decimal of the language has; an amount is never one."""
    decimal_comma = language not in (None, "en") and bool(language_table().get(language or "", {}).get("decimal_comma"))
    if not (versions or decimal_comma) or "." not in read:
        return []
    spans = []
    for m in _DOTTED.finditer(read):
        if _amount(read, m.start(), m.end(), language):
            continue
        if m.group() in versions or (decimal_comma and _foreign_point(written, m.start(), m.end())):
            spans.append(m.span())
    return spans
