"""Numbers written as words in languages other than English ("drei Wochen", "cinq enfants", "la deuxième nuit").

Enters: a paragraph's text and the document's language. Leaves: (start, end, kind, value, noun) of each cardinal
("number") or ordinal written as one word, from `data/number_languages.json`, and of each proportion of two
("fraction": "huit véhicules sur dix" is 0.8, of "véhicules").

Why it works: these languages write small numbers as single words in lower case, as English does; the words
listed are those that mean nothing else in prose (articles such as "un" and "ein", French "neuf", titles such
as "premier ministre" are left out of the lists). A word capitalized inside a sentence is a name's part ("Erste
Bank"), so a capital is read only where a sentence opens. Portuguese and Spanish "segundo" before an article or
a name is "according to" ("segundo o ministro"), and "na segunda" a weekday: neither is a number. An ordinal is an
adjective after a determiner ("la deuxième nuit", "im zweiten Durchgang"); without one it is another word
("en segundo plano": in the background).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from ..text import opens_clause
from .date_language_words import weekdays_of
from .number_units import measure_unit
from .numerals import context_lists, currency_link, foreign_currencies, language_table
from .ordinal_uses import after_determiner, bare_rank

_ACCORDING = re.compile(r"\s+(?:o|a|os|as|el|la|los|las|[A-ZÁÉÍÓÚ])")
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:na|nesta|numa|el|la)\s+$")


@cache
def _words(language: str) -> tuple[dict[str, tuple[str, int]], re.Pattern[str] | None]:
    table = language_table().get(language, {}) if language != "en" else {}
    words = {w: ("number", v) for w, v in table.get("number_words", {}).items()}
    words |= {w: ("ordinal", v) for w, v in table.get("ordinal_words", {}).items()}
    # a count of times written as one word with its cardinal ("dreimal"): the cardinal's value, kind number
    suffixes = table.get("times_suffixes", ())
    words |= {w + s: ("number", v) for w, v in table.get("number_words", {}).items() for s in suffixes}
    return words, (re.compile(rf"(?i)(?<![\w-])(?:{alternation(words)})(?![\w-])") if words else None)


_WORD_AFTER = re.compile(r"\s+(\w+)")


@cache
def _proportion_join(language: str) -> re.Pattern[str] | None:
    """What stands between the two numbers of a proportion: maybe the noun counted, then the join word."""
    joins = language_table().get(language, {}).get("proportion_joins")
    if not joins:
        return None
    return re.compile(rf"\s+(?:(?P<noun>[^\W\d_]+)\s+)?(?:{alternation(joins, flexible_spaces=True)})\s+")


def proportion_between(text: str, end: int, start: int, language: str) -> str | None:
    """The noun counted ("" where none is written) when the text between two numbers joins them into one
    proportion ("14 ospedali su 36", "huit véhicules sur dix"), else None."""
    join = _proportion_join(language)
    m = join.fullmatch(text, end, start) if join else None
    return None if m is None else (m["noun"] or "")


@cache
def _share_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    table = language_table().get(language, {})
    found = []
    if table.get("half_words") and table.get("half_of"):
        found.append(re.compile(rf"(?<![\w-])(?P<part>{alternation(table['half_words'])})"
                                rf"(?=\s+(?:{alternation(table['half_of'], flexible_spaces=True)})(?:\s|(?<=['’])))"))
    if table.get("fraction_articles") and table.get("fraction_singulars"):
        found.append(re.compile(rf"(?i)(?<![\w-])(?:{alternation(table['fraction_articles'])})\s+"
                                rf"(?P<part>{alternation(table['fraction_singulars'])})(?![\w-])"))
    if table.get("half_articles") and table.get("half_adjectives"):
        # "nach einer halben Stunde": the adjective halves the noun after it, capitalized as German nouns are
        found.append(re.compile(rf"(?<![\w-])(?i:{alternation(table['half_articles'])})\s+"
                                rf"(?P<part>{alternation(table['half_adjectives'])})(?=\s+[A-ZÄÖÜ])"))
    return tuple(found)


def shares(text: str, language: str | None) -> list[tuple[int, int, str, float, None]]:
    """(start, end, "fraction", value, None) of each share written as a noun: the language's half before its "of"
    ("della metà della forza aerea", "die Hälfte der Menschen": 0.5), an article with a part ("ein Drittel") and an
    article with the adjective of a half ("einer halben Stunde": 0.5)."""
    parts = _share_parts(language or "")
    found = []
    for pattern in _share_patterns(language or ""):
        for m in pattern.finditer(text):
            part = m["part"].lower()
            found.append((m.start(), m.end(), "fraction", 1.0 / parts[part] if part in parts else 0.5, None))
    return found


@cache
def _share_parts(language: str) -> dict[str, int]:
    """The parts an article names ("drittel": 3), by their lower-case form."""
    return {w.lower(): n for w, n in language_table().get(language, {}).get("fraction_singulars", {}).items()}


@cache
def _currency_after() -> re.Pattern[str]:
    return re.compile(rf"\s+{currency_link()}?(?P<cur>{alternation(foreign_currencies())})(?![\w-])")


def currency_after(text: str, end: int) -> str | None:
    """The ISO code of a currency named after an amount in words and its scale, maybe after the language's "of"
    ("otto milioni di dollari", "fünf Millionen Euro"), else None."""
    m = _currency_after().match(text, end)
    return foreign_currencies()[m["cur"]] if m else None


def _proportions(text: str, found: list[tuple[int, int, str, float]], language: str) -> list[tuple]:
    """Two cardinals one proportion joins ("huit véhicules sur dix": 0.8 of the vehicles), one fact."""
    out: list[tuple] = []
    for item in found:
        prev = out[-1] if out else None
        noun = proportion_between(text, prev[1], item[0], language) if prev and prev[2] == item[2] == "number" else None
        if noun is not None and prev is not None and prev[3] < item[3]:
            out[-1] = (prev[0], item[1], "fraction", prev[3] / item[3], noun or None)
        else:
            out.append(item)
    return out


@cache
def _parts(language: str) -> dict[str, tuple[float, bool]]:
    """The words after a number word that multiply it: scales ("fünf Millionen", "kymmenen miljardia") and the nouns
    of parts, which make it a fraction ("drei Viertel": 0.75)."""
    table = language_table().get(language, {})
    return ({w: (float(n), False) for w, n in table.get("scales", {}).items()}
            | {w: (1.0 / n, True) for w, n in table.get("fraction_words", {}).items()})


@cache
def _after_word(language: str) -> re.Pattern[str]:
    parts = _parts(language)
    return re.compile(rf"\s+({alternation(parts)})(?![\w-])" if parts else r"(?!)")


def word_numbers(text: str, language: str | None) -> list[tuple]:
    """(start, end, kind, value, noun) of each number word; noun is the noun a proportion counts, else None."""
    words, pattern = _words(language or "en")
    found = []
    for m in pattern.finditer(text) if pattern else ():
        word, low = m.group(), m.group().lower()
        rank = bare_rank(text, m.start(), m.end(), language) if words[low][0] == "ordinal" else None
        if rank is False:
            continue  # "fürs Erste", "Erste Bank": a fixed phrase, a name's part
        if not word.islower() and not rank and not (
                word[1:].islower() and opens_clause(text, m.start())):
            continue  # "Erste Bank", "SEPT": a capital inside a sentence opens a name
        if low in ("segundo", "secondo") and _ACCORDING.match(text, m.end()):
            continue  # "segundo o ministro": according to
        if low in ("segunda", "quinta", "sexta") and _WEEKDAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "na segunda": on Monday
        kind, value = words[low]
        table = language_table().get(language or "en", {})
        next_to = low in table.get("determiner_next", ())
        bare = table.get("bare_ordinals")  # a language without articles: "первый слой"
        if kind == "ordinal" and not bare and not rank and not after_determiner(text, m.start(), language or "en", next_to):
            continue  # "en segundo plano" (in the background), "un segundo" (a second): no rank
        after = _WORD_AFTER.match(text, m.end())
        if kind == "ordinal" and after and (after.group(1).lower() in table.get("ordinal_fixed_before", ())
                                            or after.group(1)[0].isdigit() or after.group(1).lower() in words):
            continue  # "il primo ministro": a title; "le prime 335 persone", "первые три": a selection, counted
        end, value = m.end(), float(value)
        part = _after_word(language or "en").match(text, end) if kind == "number" else None
        if part:  # "fünf Millionen Hektar", "otto milioni di dollari", "drei Viertel"
            factor, fraction = _parts(language or "en")[part.group(1)]
            kind, end, value = ("fraction" if fraction else kind), part.end(), value * factor
        found.append((m.start(), end, kind, value, None))
    return _proportions(text, found, language) if found and language else found


@cache
def _percent_word(language: str) -> re.Pattern[str] | None:
    words = language_table().get(language, {}).get("percent_words")
    return re.compile(rf"(?i)\s*(?:{alternation(words, flexible_spaces=True)})(?![\w-])") if words else None


def percent_end(text: str, end: int, language: str | None) -> int | None:
    """Where the language's word for per cent ends, right after a number ending at `end` ("sechs Prozent",
    "12 pour cent"), or None: the number is then a percent, and "cent" no hundred."""
    pattern = _percent_word(language) if language and language != "en" else None
    m = pattern.match(text, end) if pattern else None
    return m.end() if m else None


# an ordinal indicator and a capitalized word after digits: "la 2ª Guerra Mundial", "dal 13° Battaglione Golani"
_INDICATOR_NAME = re.compile(r"([°ºª])\s*([A-Z][a-z]+)")


def indicator_before_name(text: str, end: int, language: str | None) -> bool:
    """Do an ordinal indicator and a capitalized word follow the digits ending at `end`, a ranked name ("la 2ª
    Guerra Mundial")? "º" and "ª" are indicators in any text; the degree sign only in a language that writes its
    ordinals with it (`degree_ordinal_languages`: "dal 13° Battaglione") and not before a weekday or a point of the
    compass, where it is a temperature or an angle ("segna 35° Domenica", "45° Nord")."""
    m = _INDICATOR_NAME.match(text, end)
    if m is None or measure_unit(m.group(2)) is not None:
        return False  # "40° Celsius": a unit of measurement, no name
    word = m.group(2).lower()
    if m.group(1) == "°" and (language not in context_lists()["degree_ordinal_languages"]
                              or word in context_lists()["compass_words"] or word in weekdays_of(language)):
        return False
    return True


_POINTS_DAY = re.compile(r"(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?!\d)")


def is_points_day(original: str, start: int, end: int, language: str | None) -> bool:
    """Is the numeral at original[start:end] a day and a month written with full stops ("zum 100. Geburtstag
    (12.11.)", "ab 4.11."), in a language whose decimal mark is a comma? There a point between digits is no decimal
    point, and one after the month closes the date (`original`: the text as written, before `decimal_point_text`
    turned its commas into points)."""
    if not language_table().get(language or "", {}).get("decimal_comma") or language == "en":
        return False
    m = _POINTS_DAY.match(original, start)
    return m is not None and m.end() - 1 == end and 1 <= int(m["day"]) <= 31 and 1 <= int(m["month"]) <= 12
