"""Centuries and holidays as other languages than English write them: "im 17. Jahrhundert", "au XVIIe siècle", "nel
XVII secolo", "en el siglo XVII", "в XIX веке"; "Osternacht 2019", "Noël 2020", "Natale 2019". Both are valued
without the publication date.

Enters: a paragraph's text and the document's language. Leaves: `DateMatch`es: a century of precision `century`,
valued as English "the 17th century" is (`date_seasons`): its hundred years, 1600/1699; a holiday with its year,
its day that year ("Osternacht 2019" -> 2019-04-20, the Easter Vigil on Holy Saturday).

Why it works: a century is written as an ordinal next to the language's noun for it, in every text the same way:
the number closed by the language's ordinal mark ("17.", "17e", "17°") or in capital Roman numerals ("XVII"), which
the Romance and Slavic languages use for centuries, before the noun or after it (Spanish "siglo XVII"). The noun is
what makes the number a century, so no other number is read. A holiday is a day of the calendar by a fixed date or
a distance from Easter (`date_seasons.holiday_by_rule`, the Gregorian computus), and a year written right after its
name says which one; without a year the tense would have to say, and the name alone is a feast as often as a day
("Weihnachten ist ein Fest der Familie"), so only the year's form is read. The words are in
`data/century_languages.json` and `data/holiday_languages.json`, in the case the language writes them.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json
from ..date_reference import NO_REFERENCE
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from ..date_text import YEAR, DateMatch
from .date_seasons import holiday_by_rule

# capital Roman numerals from I to XXXIX: a century up to the thirty-ninth
_ROMAN = r"(?P<roman>X{0,3}(?:IX|IV|V?I{0,3}))"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_TABLES = {"century": "century_languages.json", "holiday": "holiday_languages.json"}


@cache
def _table(kind: str) -> dict:
    return load_json(_TABLES[kind])


def holiday_names(language: str | None) -> frozenset[str]:
    """The holidays' names as `language` writes them ("Ostern", "Weihnachten"); none for a language the table lacks."""
    return frozenset(_table("holiday").get(language or "", ()))


def known(kind: str, language: str | None) -> bool:
    """Does the table of `kind` ("century", "holiday") have words of `language`?"""
    return bool(language) and not language.startswith("_") and language in _table(kind)  # type: ignore[union-attr]


@cache
def _century_pattern(language: str) -> re.Pattern[str]:
    w = _table("century")[language]
    marks = w["marks"]
    mark = rf"(?:{alternation([m for m in marks if m])})" + ("?" if "" in marks else "") if any(marks) else ""
    digits = rf"(?P<digits>[1-9]\d?){mark}" if w.get("digits", True) else r"(?P<digits>(?!))"
    number = rf"(?:{digits}|(?=[IVX]){_ROMAN}{mark})" if w["roman"] else digits
    noun = rf"(?:{alternation(w['words'])})"  # in the case listed: "Siglo XXI Editores" is a name
    if w["first"]:
        return re.compile(rf"{_B}{noun}\s+{number}{_E}")
    # "Jh." ends in its stop: no word boundary after it
    return re.compile(rf"{_B}{number}\s+{noun}(?:{_E}|(?<=\.))")


@cache
def _before_era(language: str) -> re.Pattern[str] | None:
    """The words right after a century that set it before the common era ("5. Jahrhundert v. Chr.", "Ve siècle av.
    J.-C.", "V веке до н. э."), their spaces optional: the abbreviations are written both ways ("v.Chr.")."""
    forms = sorted(_table("century")[language].get("before_era", ()), key=lambda f: (-len(f), f))
    if not forms:
        return None
    return re.compile(r"\s*(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in forms) + r")")


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def century_dates(text: str, reference: dt.date | None, language: str) -> list[DateMatch]:
    """The centuries of a paragraph in `language` (which `known("century", ...)` must accept); one after the next
    century from the reference's (or the present's) is no century a text places anything in. One before the common
    era is no date (`_before_era`), as English "the 5th century BC" is none: its hundred years are not these."""
    found = []
    last = ((reference or NO_REFERENCE).year // 100) + 2
    era = _before_era(language)
    for m in _century_pattern(language).finditer(text):
        if era is not None and era.match(text, m.end()):
            continue
        number = int(m["digits"]) if m["digits"] else _roman_value(m["roman"]) if m.groupdict().get("roman") else 0
        if not 1 <= number <= last:
            continue
        low = (number - 1) * 100
        found.append(DateMatch(m.start(), m.end(), m.group(), f"{low:04d}/{low + 99:04d}", "century",
                               dt.date(max(low, 1), 1, 1)))
    return found


@cache
def _holiday_pattern(language: str) -> re.Pattern[str]:
    names = alternation(_table("holiday")[language], flexible_spaces=True)
    return re.compile(rf"{_B}(?P<name>{names})\s+(?P<year>{YEAR}){_E}")


def holiday_dates(text: str, language: str) -> list[DateMatch]:
    """The holidays with a year of a paragraph in `language` (which `known("holiday", ...)` must accept)."""
    found = []
    names = _table("holiday")[language]
    for m in _holiday_pattern(language).finditer(text):
        day = holiday_by_rule(names[" ".join(m["name"].split())], int(m["year"]))
        found.append(DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day))
    return found
