"""Centuries as other languages than English write them: "im 17. Jahrhundert", "au XVIIe siècle", "nel XVII secolo",
"en el siglo XVII", "в XIX веке".

Enters: a paragraph's text and the document's language. Leaves: `DateMatch`es of precision `century` valued as
English "the 17th century" is (`date_seasons`): its hundred years, 1600/1699.

Why it works: a century is written as an ordinal next to the language's noun for it, in every text the same way:
the number closed by the language's ordinal mark ("17.", "17e", "17°") or in capital Roman numerals ("XVII"), which
the Romance and Slavic languages use for centuries, before the noun or after it (Spanish "siglo XVII"). The noun is
what makes the number a century, so no other number is read. The words are in `data/century_languages.json`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from ..date_text import DateMatch

# capital Roman numerals from I to XXXIX: a century up to the thirty-ninth
_ROMAN = r"(?P<roman>X{0,3}(?:IX|IV|V?I{0,3}))"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


@cache
def _table() -> dict:
    return load_json("century_languages.json")


def known(language: str | None) -> bool:
    return bool(language) and not language.startswith("_") and language in _table()  # type: ignore[union-attr]


@cache
def _pattern(language: str) -> re.Pattern[str]:
    w = _table()[language]
    marks = w["marks"]
    mark = rf"(?:{alternation([m for m in marks if m])})" + ("?" if "" in marks else "") if any(marks) else ""
    digits = rf"(?P<digits>[1-9]\d?){mark}" if w.get("digits", True) else r"(?P<digits>(?!))"
    number = rf"(?:{digits}|(?=[IVX]){_ROMAN}{mark})" if w["roman"] else digits
    noun = rf"(?:{alternation(w['words'])})"  # in the case listed: "Siglo XXI Editores" is a name
    if w["first"]:
        return re.compile(rf"{_B}{noun}\s+{number}{_E}")
    # "Jh." ends in its stop: no word boundary after it
    return re.compile(rf"{_B}{number}\s+{noun}(?:{_E}|(?<=\.))")


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def century_dates(text: str, reference: dt.date | None, language: str) -> list[DateMatch]:
    """The centuries of a paragraph in `language` (which `known` must accept); one after the next century from the
    reference's (or the present's) is no century a text places anything in."""
    found = []
    last = ((reference or dt.date.today()).year // 100) + 2
    for m in _pattern(language).finditer(text):
        number = int(m["digits"]) if m["digits"] else _roman_value(m["roman"]) if m.groupdict().get("roman") else 0
        if not 1 <= number <= last:
            continue
        low = (number - 1) * 100
        found.append(DateMatch(m.start(), m.end(), m.group(), f"{low:04d}/{low + 99:04d}", "century",
                               dt.date(max(low, 1), 1, 1)))
    return found
