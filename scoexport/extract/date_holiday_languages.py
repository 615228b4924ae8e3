"""Holidays with their year as other languages than English name them: "Osternacht 2019", "Noël 2020", "Natale 2019".

Enters: a paragraph's text and the document's language. Leaves: `DateMatch`es of the holiday's day in that year
("Osternacht 2019" -> 2019-04-20, the Easter Vigil on Holy Saturday).

Why it works: a holiday is a day of the calendar by a fixed date or a distance from Easter (`date_seasons.
holiday_by_rule`, the Gregorian computus), and a year written right after its name says which one; without a year
the tense would have to say, and the name alone is a feast as often as a day ("Weihnachten ist ein Fest der
Familie"), so only the year's form is read. The names are in `data/holiday_languages.json`, in the case the language
writes them.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from ..date_text import YEAR, DateMatch
from .date_seasons import holiday_by_rule


@cache
def _table() -> dict:
    return load_json("holiday_languages.json")


def known(language: str | None) -> bool:
    return bool(language) and not language.startswith("_") and language in _table()  # type: ignore[union-attr]


@cache
def _pattern(language: str) -> re.Pattern[str]:
    return re.compile(rf"{_B}(?P<name>{alternation(_table()[language], flexible_spaces=True)})\s+(?P<year>{YEAR}){_E}")


def holiday_dates(text: str, language: str) -> list[DateMatch]:
    """The holidays with a year of a paragraph in `language` (which `known` must accept)."""
    found = []
    names = _table()[language]
    for m in _pattern(language).finditer(text):
        day = holiday_by_rule(names[" ".join(m["name"].split())], int(m["year"]))
        found.append(DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day))
    return found
