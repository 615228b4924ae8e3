"""Seasons as other languages than English write them: "Herbst des Jahres 1997", "viime syksynä", "l’été dernier",
"прошлой весной", "весной 2020 года".

Enters: a paragraph's text, the reference day (the publication date, or None) and the document's language. Leaves:
`DateMatch`es of precision `season` whose value is the season's year and its TimeML code ("1997-FA", "2019-SU"), as
these languages' annotators write it (English seasons take the same value: `date_seasons`).

Why it works: a season is a date where the words place it, by its year or by a word that sets it against the
publication date ("letzten", "dernier", "viime"); its name alone tells of every such season as often as of one
("im Sommer ist es heiß"), and is left alone, as English "summer" is. The names are in the cases a language gives a
time (Russian instrumental "весной", "in spring"), in `data/season_languages.json`; a placed season takes the year
English "last summer" takes (`date_seasons.season_year`).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json
from ..date_reference import NO_REFERENCE
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from ..date_text import YEAR, DateMatch, either_apostrophe, typographic
from .date_seasons import season_words, season_year


@cache
def _table() -> dict:
    return load_json("season_languages.json")


def known(language: str | None) -> bool:
    return bool(language) and language in _table()


def _words(words: object) -> str:
    """An alternation of the words, a space matching any spaces and an apostrophe either apostrophe."""
    return either_apostrophe(alternation(words, flexible_spaces=True)) or r"(?!)"  # type: ignore[arg-type]


@cache
def _pattern(language: str) -> re.Pattern[str]:
    w = _table()[language]
    joins = rf"(?:(?:{_words(w['year_joins'])})\s+)?" if w["year_joins"] else ""
    after = rf"(?:\s+(?:{_words(w['year_after'])}))?" if w["year_after"] else ""
    rels = _words(w["rels"])
    return re.compile(rf"(?i){_B}(?:(?P<rel>{rels})\s+)?(?P<season>{_words(w['seasons'])})(?:\s+(?P<rel2>{rels}))?"
                      rf"(?:\s+{joins}(?P<year>{YEAR}){after})?{_E}")


def season_dates(text: str, reference: dt.date | None, language: str) -> list[DateMatch]:
    """The placed seasons of a paragraph in `language` (which `known` must accept); a season the words set against
    the publication date has no value without one."""
    w = _table()[language]
    found = []
    for m in _pattern(language).finditer(text):
        rel = w["rels"].get(typographic((m["rel2"] or m["rel"] or "").lower()))
        if rel is None and not m["year"]:
            continue
        season = w["seasons"][" ".join(typographic(m["season"].lower()).split())]
        first, last = season_words()["seasons"][season]
        year = int(m["year"]) if m["year"] else season_year(first, last, rel, None, reference) if reference else None
        value = f"{year}-{_table()['_timeml'][season]}" if year else None  # "1997-FA", as TimeML writes a season
        found.append(DateMatch(m.start(), m.end(), m.group(), value, "season",
                               dt.date(year or (reference or NO_REFERENCE).year, first, 1)))
    return found
