"""Identifiers told by a numeral's context: the words and signs around digits that number or name something.

Enters: a paragraph's text and the span of a numeral in it, digits or a number word. Leaves: whether the
numeral is an identifier (`is_identifier` for digits, `is_word_identifier` for number words; see the package's
docstring for the forms and why each is one). The word lists are in
`data/number_context.json`.
"""
from __future__ import annotations

import calendar
import re
from functools import cache, lru_cache

from ...data import alternation
from ...date_text import full_month_names
from ...text import opens_sentence
from ..number_units import measure_unit
from ..numerals import context_lists
from .clock import clock_in_words
from .code_values import is_code_value
from .version_lists import list_joins, listed_after_name
from .versions import after_example_marker, is_version
from .written_code import in_code_span, in_web_address

# the word before a place read backwards (forwards: "([#\w.'’-]+)[ \t]*$", searched in a window before it)
_WORD_BEFORE_REVERSED = re.compile(r"[ \t]*([#\w.'’-]+)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…\"“”(]\s*)$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_COMPOUND_AFTER = re.compile(r"-[^\W\d_]")
# a page reference's "and the following page(s)": "HRRS 2013, 268 ff.", "S. 70ff", "p. 12 f." (German "folgende",
# Latin "folio"); a lone "f" joined to the digits is no such mark ("400f": degrees Fahrenheit in a recipe)
_PAGES_FOLLOWING = re.compile(r"\s?ff\.?(?!\w)|\s+f\.?(?!\w)")


@cache
def _list_separator_before() -> re.Pattern[str]:
    """A list's separator before a numeral: a comma, a dash, "to", the languages' "and" and "or" ("tramos 2 y 3")."""
    return re.compile(rf"(?:[,&–-]|\bto|\bthrough|\binstead\s+of|\brather\s+than|\bnot|\b(?:{list_joins()})(?=\s))\s*$")
# a telephone number, with or without its area code; a PDF's line may break after the dash ("202-493- 2251")
PHONE = re.compile(r"(?:\(\d{3}\)\s*|\d{3}[-.–]\s?)?\d{3}[-.–]\s?\d{4}(?![\d.,-]*\d)")
_PHONE_AREA = re.compile(r"\(\d{3}\)\s*$")
_CLOCK_AFTER = re.compile(r":\d|\s?[ap]\.?m\b\.?", re.I)  # "7:14", "9 a.m." (a date fact unless it names no day)
_NOUN_AFTER = re.compile(r"\s+([^\W\d_])")  # the next word's first letter: a noun if it is a capital
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+\s+[A-Z]")
# a comparison sign between two numbers: "0.0 < 0.5", "1 <= 2" (not "p < 0.05": a name and a number)
# a tilde joined to a version on both sides; a range written "5~10" (as Korean and Japanese write one) joins
# two whole numbers, neither "0" nor with a point or a letter
_TILDE_VERSION = re.compile(r"~[\w.]")
_TILDE_LETTERS = re.compile(r"~[\w.]*[^\W\d_]")
_TILDE_VERSION_BEFORE = re.compile(r"(?<![\w.])(?:0|\d[^\Wa-zA-Z]*[.a-zA-Z][\w.]*)~$")
_COMPARED_AFTER = re.compile(r"\s*[<>]=?\s*\d")
_COMPARED_BEFORE = re.compile(r"(?<![\w.])\d[\w.~+-]*\s*[<>]=?\s*$")


def _stamp_shaped(digits: str) -> bool:
    """Eight digits that read as a day of the last or this century, year first: "20110429"."""
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    return 1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31
_DASHED_ITEM = re.compile(r"\s?[-–—]\s+[^\W\d_]")
_BULLET_BEFORE = re.compile(r"[\s•◦▪■□●○◆►▶➢*]*")


@cache
def identifier_heads() -> frozenset[str]:
    return frozenset(context_lists()["identifier_heads"])


@cache
def _listed_identifiers() -> re.Pattern[str]:
    """The later numbers of a list after an identifier head: "sections 15 and 16", "pages 4, 7 or 9", "figures 1
    through 9"."""
    sep = r"\s*(?:,|&|-|–|\band\b|\bor\b|\bto\b|\bthrough\b|\b(?:y|e|et|und|oder|ou|o)\b)\s*"
    return re.compile(rf"(?i)\b(?:{alternation(identifier_heads())})\.?\s+\d[\d.]*(?:{sep}\d[\d.]*)*{sep}$")


@cache
def street_after() -> re.Pattern[str]:
    """Capitalized words ending in a street's last word, and the quarter of town after it, after a house number."""
    return re.compile(rf"[A-Za-z]?(?:\s+[A-Z][\w'’.-]*){{1,3}}\s+(?:{alternation(context_lists()['address_heads'])})\b"
                      r"\.?(?:\s+(?:[NSEW]|[NS][EW])\b)?")


@cache
def _street_first() -> re.Pattern[str]:
    """A street named kind first after a house number: "1069, boulevard de Sainte-Adèle", "12 rue de Rivoli"."""
    words = alternation(context_lists()["street_words_first"])
    return re.compile(rf"(?i:,?\s+(?:{words}))(?!\w)\s+(?:(?i:d[eu]s?|la|le|del|di|da|do|d['’])\s*)?[A-Z]")


# police and court reports place an address by its hundred-block: "the 4100 block of Coldstream Terrace"
_BLOCK_OF = re.compile(r"\s+block\s+of\b")


_TRIES = re.compile(r"-for-\d")
_TRIES_BEFORE = re.compile(r"\d-for-$")


_SUBSECTION_AFTER = re.compile(r"\((?:\d{1,2}|[a-z]{1,3})\)")  # "6.3(5)", "2.1(a)", "4.2(iv)": an item of a section
# "S/390", "OS/2", and as small capitals come out of a PDF in lower case, "os/2": letters and a slash joined to digits
_LETTERS_SLASH = re.compile(r"(?<![\w/])(?:[A-Za-z]{1,4}|[A-Z]{5,10})/$")  # and a directory's: "DELAYED/3-day"
# a note's mark set after a sentence's stop at the paragraph's end ("... getting outdated. 1"): pdftotext writes a
# superscript as a digit of the line; a count never stands alone after its sentence
_NOTE_MARK = re.compile(r"[.!?][)\]\"”’]*\s+$")


@cache
def _numbered_of() -> re.Pattern[str]:
    """An identifier and "of" before a total: "photo 1 of 12", "page 3 of 40"."""
    return re.compile(rf"(?i)\b(?:{alternation(identifier_heads())})\.?\s+\d+\s+of\s+$")


@cache
def calendar_words() -> frozenset[str]:
    return frozenset(d.lower() for d in calendar.day_name) | frozenset(full_month_names())


@cache
def _openers() -> frozenset[str]:
    return frozenset(context_lists()["openers"])


def word_before(text: str, start: int) -> tuple[str, int] | None:
    """The word (word characters, "#", ".", apostrophes, hyphens) that ends the 40 characters before `start`, but for
    spaces or tabs (and a line's end) after it, with where it starts. Read backwards from `start`: a search of the
    pattern forwards tried every place of the window and ran each to its end."""
    first = max(0, start - 40)
    end = start - 1 if start > first and text[start - 1] == "\n" else start  # "$" also matches before a last newline
    m = _WORD_BEFORE_REVERSED.match(text[first:end][::-1])
    return (text[end - m.end(1):end - m.start(1)], end - m.end(1)) if m else None


@lru_cache(maxsize=1024)
def is_identifier(text: str, start: int, end: int, language: str | None = None) -> bool:
    """Is the numeral at text[start:end] a number of something named before it, a name, a version,
    a clock time or a citation marker, rather than a count? Cached: a later member of a list asks it of the
    member before ("Python 3.3, 3.4, and 3.5"), which asks it of the one before, so a long list of decimals
    asked it of every member again for each (quadratic); the answer depends on nothing but the text and its
    language: English tells a name before digits by its capital, which in other languages opens every sentence
    ("Circa 120 persone", "Sarebbero 195") and in German every noun ("in Malaysia 265 Menschen")."""
    if _CLOCK_AFTER.match(text, end) or (start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit()):
        return True
    if language and language != "en" and clock_in_words(text, start, end, language):
        return True  # "um 20.15 Uhr", "o godz. 3": a time of day, the language's words for the hour around it
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if (before, after) in (("[", "]"), ("(", ")")) and text[start:end].isdigit():
        return True  # a citation marker or a tie-break score: "[12]", "7-6 (2)"
    if before == "+":
        return True  # a telephone country code
    if text[start:end].isdigit() and _PAGES_FOLLOWING.match(text, end):
        return True  # "HRRS 2013, 268 ff.": a page a citation points to, and the pages after it
    if _SUBSECTION_AFTER.match(text, end) and "." in text[start:end]:
        return True  # "see 6.3(5)": a section and its item in parentheses joined to it, a reference
    if before == "/" and _LETTERS_SLASH.search(text, max(0, start - 12), start):
        return True  # "S/390", "OS/2": letters and a slash before the digits write a name
    if is_code_value(text, start, end):
        return True  # "HAS_FOO is defined as either 0 or 1", "localhost:631", "from 0 through 0x10FFFF"
    if end - start <= 2 and not text[end:].strip() and _NOTE_MARK.search(text, max(0, start - 6), start):
        return True  # "... need to be a wizard. 2": a footnote's mark, set after the sentence it annotates
    if _FIELD_AFTER.match(text, end):
        return True  # "55:text/x-diff:*.patch": a field of a record a program reads, joined to the next by a colon
    if before == "\\" or _PLACEHOLDER_AFTER.match(text, end):
        return True  # an escape ("\\0"), a version with a letter for its later parts ("3.Y", "2.x"): what a manual writes
    if _TRIES.match(text, end) or _TRIES_BEFORE.search(text, max(0, start - 8), start):
        return True  # "went 0-for-9", "2-for-10 from the field": made of tried, a record like a score
    if in_web_address(text, start):
        return True  # ".../2000-2010-intercensal-estimates.pdf": part of an address
    if in_code_span(text, start):
        return True  # "`awk '{print $2}'`": a manual's code, not its prose
    if after == ")" and (start == 0 or before.isspace()) and end - start <= 3:
        return True  # a list enumerator: "2) Polistil ..."
    if after == "." and text[end + 1:end + 2].isspace() and _BULLET_BEFORE.fullmatch(text, 0, start):
        return True  # an item's number opening the paragraph: "35. Yung RL. Changes in ...", "■ 1. The ..."
    if _DASHED_ITEM.match(text, end) and _BULLET_BEFORE.fullmatch(text, 0, start):
        return True  # "1- Entenda o propósito", "2 – Choose a pot": an item's number and a dash opening the paragraph
    if start == 0 and _SECTION_NUMBER.match(text):
        return True  # a section or agenda item's number: "2.1 Public Employee Evaluation"
    if text[start - 3:start] == "of " and _numbered_of().search(text, max(0, start - 40), start):
        return True  # "photo 1 of 12": the total of a numbering
    if PHONE.match(text, start) or _PHONE_AREA.search(text, max(0, start - 8), start):
        return True  # a telephone number: "942-6384", "(773) 942-6384", "555.014.2000"
    if text[start].isdigit() and (street_after().match(text, end) or _BLOCK_OF.match(text, end)
                                  or _street_first().match(text, end)):
        return True  # a house number: "10 Downing Street", "the 4100 block of Coldstream Terrace"
    if before and before in "'’" and end - start == 2 and text[start - 2:start - 1] in ("", " ", "("):
        return True  # "the ’80s", "class of '98": a year with its century elided, a date
    if text[start] == "0" and end - start > 1 and text[start + 1].isdigit():
        return True  # "007", "000": a code, or the tail of a number grouped with a separator we do not read
    if _list_separator_before().search(text, max(0, start - 14), start) \
            and listed_after_name(text, start, end, language, is_identifier):
        return True  # "Python 3.3, 3.4, and 3.5", "Windows 7, 8 und 8.1": the later releases of a name
    window = text[max(0, start - 24):start]  # the signs a comparison or a tilde version needs before the digits
    if _COMPARED_AFTER.match(text, end) \
            or (("<" in window or ">" in window) and _COMPARED_BEFORE.search(text, max(0, start - 24), start)):
        return True  # "0.5 < 0.10 < 1.0": terms of an ordering a manual writes out, compared, not counted
    if (_TILDE_VERSION.match(text, end) and (text[start:end] == "0" or "." in text[start:end]
                                             or _TILDE_LETTERS.match(text, end))) \
            or ("~" in window and _TILDE_VERSION_BEFORE.search(text, max(0, start - 24), start)):
        return True  # "1.0~rc1", "0~110429": a tilde inside a token sorts a version before its release (Debian's)
    if end - start == 8 and text[start:end].isdigit() and _stamp_shaped(text[start:end]):
        return True  # "20110429": a day written as a stamp (a version string, a file's date), not eight digits of a count
    if is_version(text, start, end, _measured(text, end)):
        return True  # "the 3.1 release", "versions (e.g. 3.3, 3.4, 3.5)": a version's name, no count
    found = word_before(text, start)
    if found is None:
        return before == "#"
    word, at = found
    bare = word.rstrip(".").lower()
    if word.startswith("#") or (bare in identifier_heads() and not after_example_marker(text, start)):
        return True  # "Figure 3", "#6"; not "for example 2.5 points"
    if _list_separator_before().search(text, max(0, start - 14), start) \
            and _listed_identifiers().search(text, max(0, start - 60), start):
        return True
    if not text[start].isdigit() or word.endswith(("'s", "’s")) or _COMPOUND_AFTER.match(text, end):
        return False  # "Toyota's 176 hp", "Turbine-style 22-inch wheels": a count, whatever stands before
    # a capitalized word (or one with a capital inside: "iOS") names what the digits number, but not a measure:
    # "Add 120 grams", "Drizzle 2 tbsp" (a recipe's steps open with the verb) count grams and spoons
    if word[0].isupper() or any(c.isupper() for c in word[1:]):
        if _measured(text, end):
            return False
        if bare in calendar_words():
            return False  # "on Tuesday 40 people died"
        at_start = bool(_SENTENCE_START.search(text, max(0, at - 3), at))
        if language not in (None, "en") and at_start:
            return False  # the English openers are no list of another language's first words
        noun = _NOUN_AFTER.match(text, end)
        if noun and noun.group(1).isupper() and language in context_lists()["noun_capitalizing_languages"]:
            return False  # "Jahren 30 Prozent": a noun before a count and its noun, both capitalized as nouns are
        return not (at_start and bare in _openers())
    return False


_FIELD_AFTER = re.compile(r":[^\W\d_]")  # a colon and a letter, no space: not a clock ("7:14"), a ratio or a verse
_PLACEHOLDER_AFTER = re.compile(r"\.(?:[A-Z]|[xyz])(?![\w.])")


_MEASURE_WORD = re.compile(r"\s?([^\W\d_]+)")


def _measured(text: str, end: int) -> bool:
    """Whether a unit of measurement follows the digits ("120 grams", "4GB")."""
    m = _MEASURE_WORD.match(text, end)
    return m is not None and measure_unit(m.group(1)) is not None


def word_after(text: str, end: int) -> re.Match[str] | None:
    """The word of letters after white space at `end` (its group 1), as after a numeral: "120 grams", "one trade"."""
    return _WORD_AFTER.match(text, end)


def is_word_identifier(text: str, start: int, end: int) -> bool:
    """Is the number word at text[start:end] a number or part of a name rather than a count? After a word that
    numbers things, with no plural noun after it to count ("episode one delved", "phase one trade deal", not
    "season two players"); capitalized inside a sentence before or after another capitalized word ("Zero Gravity
    Seats", the "Big Three" automakers)."""
    after = word_after(text, end)
    found = word_before(text, start)
    if text[start].isupper() and not _SENTENCE_START.search(text, max(0, start - 3), start):
        if after is not None and after.group(1)[0].isupper():
            return True
        if found is not None and found[0][0].isupper() and not opens_sentence(text, found[1]):
            return True  # the last word of a capitalized name inside a sentence: Detroit's "Big Three" automakers
    head = found[0].rstrip(".").lower() if found else ""
    if head not in identifier_heads() or head in ("number", "no", "nos"):
        return False  # "the number eight is lucky": the number itself
    return after is None or not (after.group(1).islower() and after.group(1).endswith("s"))
