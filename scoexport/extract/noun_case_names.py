"""People in a language that capitalizes every noun (German): names found without reading capitals as names.

Enters: a paragraph's text and its language. Leaves: (start, end) of each person's name.

Why it works: in German a capitalized run is no name by its shape ("Eine Stunde", "Neue Autos"), so the English
shape rules are off there; but a given name from the lists ("Christian", "Katrin") is no German noun, and the
capitalized word right after it is its surname ("Christian Lindner", "Katrin Göring-Eckardt", "Helmut Peter").
A title written before a surname ("Frau Merkel", "Dr. Hoffmann": data/name_titles_languages.json) names the
person too, and so does a compound ending in one ("Senatspräsidenten Herimanana Razafimahefa", "SPD-Chef Lars
Klingbeil"): German joins the office to its title noun, and a given name no list holds still follows the title.
A surname ending in an organization's head noun ("Funke Mediengruppe") names a body, not a person. A given name
that is also an English word or a place, or a month ("April", "Will") or a function word of a language ("Die")
opens no name here: in German those are as often words.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from ..date_text import full_month_names
from .name_shapes import without_accents
from .name_stops import foreign_function_words
from .words import given_names

# German letters, and the accented Latin letters of names from other languages ("Cécile", "Yücel", "Đoković"); an
# inner capital after a prefix of a surname ("McDonald", "DeSantis")
_CAPITALIZED = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:[A-Z][a-zß-öø-ÿā-ž]+)?(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?"
_PARTICLE = r"(?:von|vom|van|de|der|den|du|da|di|del|zu|zur|ter)"
# the surname in a lookahead: pairs overlap ("Grünen-Fraktionschefin Katrin Göring-Eckardt" holds two)
_PAIR = re.compile(rf"(?<![\w-])({_CAPITALIZED}) (?=({_CAPITALIZED})(?![\w-]))")


@cache
def _titled(language: str) -> re.Pattern[str] | None:
    """A title, or a compound ending in one ("Senatspräsidenten", "SPD-Chefin"), before one or two capitalized words."""
    table = load_json("name_titles_languages.json")
    titles, compounds = table.get(language), table["compounds"].get(language)
    if not titles:
        return None
    compound = rf"|[A-ZÄÖÜ][\w-]*(?i:{alternation(compounds)})(?:in|en|n|r|s)?" if compounds else ""
    # an academic title may follow the office ("Landesbranddirektor Dr. Karsten Homrighausen"), and a surname's
    # particles stand between the names ("Ursula von der Leyen", "Ingmar de Vos")
    return re.compile(rf"(?<![\w-])(?:{alternation(titles)}{compound}) (?:(?:Dr|Prof)\. )*"
                      rf"(?P<name>{_CAPITALIZED}(?:(?: {_PARTICLE})* {_CAPITALIZED})?)(?![\w-])")


@cache
def _not_given() -> frozenset[str]:
    """Words the given-name list holds that a text of another language writes as words: months' full names and
    function words ("April", "Mai", "Die"); a short form ("Jan") is written with its stop."""
    return frozenset({m.capitalize() for m in full_month_names()} | {w.capitalize() for w in foreign_function_words()})


@cache
def _heads(language: str) -> tuple[str, ...]:
    return tuple(load_json("organization_heads_languages.json").get(language, {}).get("suffixes", ()))


def noun_case_people(text: str, language: str) -> list[tuple[int, int]]:
    names, _ = given_names()  # only the names that are no English word or place
    not_given = _not_given()
    heads = _heads(language)
    found = []
    for m in _PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        given = given if given.isascii() else without_accents(given)  # "Cécile" is the list's "Cecile"
        if given in names and given not in not_given and surname not in not_given \
                and not surname.lower().endswith(heads):  # "Funke Mediengruppe": a body named after a family
            found.append((m.start(), m.end(2)))
    pattern = _titled(language)
    for m in pattern.finditer(text) if pattern else ():
        found.append(m.span("name"))
    return found
