"""The owner of a statement whose words a clause quotes: "die Formulierungen von der Leyens, wonach die Ukraine „viele
Etappenziele erreicht“ habe, bezeichnet Steger als realitätsfremd".

Enters: a paragraph's text, a quote's start and its sentence's start, and the document's language. Leaves: the
owner's surname as written ("Leyen"), or None; quotes.py resolves it to the person named so before (pronouns.py).

Why it works: a noun for what someone said (data/statement_owners_languages.json) with its owner in the genitive,
then a clause that opens with the words that give a statement's content ("wonach", "dass"), reports that owner's
words; quoted words inside that clause are the owner's, though the sentence's verb of speech ("bezeichnet Steger als
...") has another subject, who speaks about them. The clause runs to the quote with no stop between.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json


@cache
def _table() -> dict:
    return load_json("statement_owners_languages.json")


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    w = _table().get(language)
    if not w:
        return None
    # the owner: a genitive name ("von der Leyens", "Scholz’") or a name after "von" ("von Olaf Scholz"), to its last word
    genitive = r"(?:(?:von\s+der|von|van|de)\s+)?(?P<gen>[A-ZÄÖÜ][\w-]*?)(?:s|’|')"
    after_von = r"von\s+(?:[A-ZÄÖÜ][\w-]*\s+)*(?P<von>[A-ZÄÖÜ][\w-]*)"
    return re.compile(rf"(?<![\w-])(?:{alternation(w['nouns'])})\s+(?:{genitive}|{after_von})\s*,\s*"
                      rf"(?:{alternation(w['openers'])})\s[^.;!?]*$")


def statement_owner(text: str, s_start: int, quote_start: int, language: str | None) -> str | None:
    """The surname of the one whose statement the clause before the quote at `quote_start` gives, or None."""
    pattern = _pattern(language) if language else None
    m = pattern.search(text, s_start, quote_start) if pattern is not None else None
    return (m["gen"] or m["von"]) if m else None
