"""Named bodies in languages other than English: "la Fiscalía", "die Bundesregierung", "Ministério da Saúde".

Enters: a paragraph's text and the document's language. Leaves: (start, end) of each organization's name.

Why it works: a text names the bodies of its own country by their common noun, capitalized as a name
("la Procuraduría", "el Poder Judicial", "le Sénat"); these languages write a common noun in lower case inside a
sentence (German writes every noun capitalized, so for it only the names of one body are listed: "Bundesregierung",
not "Ministerium"), so the capitalized word inside a sentence is the name. A head noun before the language's "of"
and capitalized words names a body ("Ministerio de Economía", "Bundesministerium für Wirtschaft", "Landesverband
des Kfz-Gewerbes"). The words are in `data/organization_heads_languages.json`, keyed by language.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*"
_OPENS = re.compile(r"(?:^|[.!?:;]\s+|[«„\"“]\s*)$")


@cache
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    table = load_json("organization_heads_languages.json").get(language, {}) if language != "en" else {}
    bodies, heads, of = table.get("bodies"), table.get("heads"), table.get("of")
    alone = re.compile(rf"(?<![\w-])(?:{alternation(bodies, flexible_spaces=True)})(?![\w-])") if bodies else None
    # "Landesverband des Kfz-Gewerbes": the head, "of" and one to three capitalized words (a lower-case "de"
    # between them: "Ministerio de Economía y Finanzas" stops at "y")
    named = re.compile(rf"(?<![\w-])(?:{alternation(heads)})\s+(?:{alternation(of, flexible_spaces=True)})\s+"
                       rf"{_NAME_WORD}(?:\s+(?:(?:de|da|do|del|des|der|di|la)\s+)?{_NAME_WORD}){{0,2}}") \
        if heads and of else None
    return alone, named


def language_bodies(text: str, language: str) -> list[tuple[int, int]]:
    alone, named = _patterns(language)
    found = [m.span() for m in named.finditer(text)] if named else []
    for m in alone.finditer(text) if alone else ():
        if language != "de" and _OPENS.search(text, max(0, m.start() - 3), m.start()):
            continue  # a capital that opens a sentence says nothing of a name
        if not any(s <= m.start() < e for s, e in found):
            found.append(m.span())
    return found
