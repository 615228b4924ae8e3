"""Bodies named after a noun of their kind, in languages that write common nouns in lower case: "l'agenzia di stampa
saudita Spa", "l'emittente tv Al Manar", "la constructora brasileña Odebrecht", "el sitio Don’t Kill My App".

Enters: a paragraph's text and its language. Leaves: (start, end) of each body's name.

Why it works: the news of these languages introduces a body the reader may not know by its kind first, as English
writes "the band Steppenwolf" (organization_nouns.apposition): the noun in lower case, up to three words that qualify
it ("di stampa saudita"), then the capitalized name. A capital there is no sentence's opening, and what the noun
says makes the name a body's. The nouns are data (organization_heads_languages.json, "kinds"), brands' nouns left
out (a brand is a product's name as often). Not where the words between hold a verb (an auxiliary or a verb of
speech: "la rete ha detto Rossi"), nor where the name is a person's (a given name first), a place the gazetteer
knows, or a function word or month of the language.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json, load_lines
from .gazetteer import lookup
from .name_stops import function_words, not_given_words
from .tokens import CAPITALS
from .words import given_names

_LOWER = "a-zß-öø-ÿ\u0101-\u017f"
_WORD = rf"[{CAPITALS}][\w'’&.-]*(?<!\.)"


@cache
def _kinds(language: str) -> re.Pattern[str] | None:
    nouns = load_json("organization_heads_languages.json").get(language, {}).get("kinds")
    if not nouns:
        return None
    return re.compile(rf"(?<![\w-])(?:{alternation(nouns)})(?P<between>(?: [{_LOWER}'’-]+){{0,3}}) "
                      rf"(?P<name>{_WORD}(?: (?:{_WORD}|\d+))*?)(?=[.,;:)!?»”\"]|$| [{_LOWER}])")


@cache
def _verbs(language: str) -> frozenset[str]:
    """Auxiliaries (every language's: data/auxiliaries_languages.txt) and the language's verbs of speech."""
    speech = load_json("speech_verbs_languages.json").get(language, [])
    words = {w for line in load_lines("auxiliaries_languages.txt") for w in line.split()}
    return frozenset(words | {w for v in speech for w in v.split()})


def kind_bodies(text: str, language: str) -> list[tuple[int, int]]:
    pattern = _kinds(language)
    if pattern is None:
        return []
    names, word_names = given_names()
    stops = function_words(language)
    found = []
    for m in pattern.finditer(text):
        if any(w in _verbs(language) for w in m.group("between").split()):
            continue  # "la rete ha detto Rossi": a verb between, the name is the sentence's
        name = m.group("name")
        first = name.split()[0]
        known = lookup(name)
        if first in names or first in word_names or first.lower() in stops or first in not_given_words() \
                or (known is not None and known.type != "organization"):
            continue  # a person, a function word, a month, a place
        found.append(m.span("name"))
    return found
