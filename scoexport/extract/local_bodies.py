"""German bodies named by what is local to them: a town's own body by the town's adjective ("Berliner Feuerwehr")
and a family business by its trade's noun ("Weingut Giefing").

Enters: a paragraph's text and its language. Leaves: (start, end) of each body's name. The nouns are those of
`data/organization_heads_languages.json` (town_bodies, trades), keyed by language.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..data import alternation, load_json
from ..names import company_suffix
from .gazetteer import lookup
from .name_stops import function_words, is_common_noun, not_given_words
from .tokens import CAPITALS


def _heads(language: str) -> dict[str, Any]:
    """The language's entry of organization_heads_languages.json as written: town_bodies and trades need none of the
    forms language_bodies._heads derives from it (federal bodies, the language's "of")."""
    return load_json("organization_heads_languages.json").get(language, {})


@cache
def _town_bodies(language: str) -> re.Pattern[str] | None:
    nouns = _heads(language).get("town_bodies")
    return re.compile(rf"(?<![\w-])(?P<town>[{CAPITALS}][\w]+?n?er) (?:{alternation(nouns)})(?![\w-])") if nouns else None


def town_bodies(text: str, language: str) -> list[tuple[int, int]]:
    """A town's own body named by the town's adjective ("Berliner Feuerwehr", "Bremer Polizei",
    "Dresdner Verkehrsbetriebe"): German forms the adjective with -er or -ner on the town's name, an -en dropped
    before it
    ("Bremen", "Dresden"); the adjective's stem must be a city or region the gazetteer knows by that name, and the noun
    one of a body each town has one of (data/organization_heads_languages.json, town_bodies). A town whose German
    name the gazetteer lacks ("München", "Nürnberg": it holds "Munich", "Nuremberg") is not found: "Münchner Polizei"
    gives nothing, rather than a guess at the stem."""
    pattern = _town_bodies(language)
    found = []
    for m in pattern.finditer(text) if pattern else ():
        adjective = m.group("town")
        stems = (adjective[:-2], adjective[:-2] + "en", adjective[:-3] + "en")
        if any((e := lookup(stem)) is not None and e.type in ("city", "region") and not e.demonym for stem in stems):
            found.append(m.span())
    return found


@cache
def _trades(language: str) -> re.Pattern[str] | None:
    """A trade's noun before up to four capitalized words, which may be joined by "+" or "&" ("Weingut Günter +
    Regina Triebaumer")."""
    nouns = _heads(language).get("trades")
    word = rf"[{CAPITALS}][\w'’-]*"
    return re.compile(rf"(?<![\w-])(?:{alternation(nouns)}) (?P<name>{word}(?:(?: [+&])? {word}){{0,3}})") \
        if nouns else None


def trade_firms(text: str, language: str) -> list[tuple[int, int]]:
    """A family business named by its trade and its owner's name or village ("Weingut Giefing", "Weinbau Tremmel",
    "Weingut Heidi Schröck & Söhne"): German names a winery, an inn or a garage so, the noun first. The name runs to
    the first word that is a noun, function word or month of the language ("das Weingut Müller Wein anbauen"), a
    family firm's ending kept ("& Söhne"); a place's name alone is the village's business ("Weinbau Rust")."""
    pattern = _trades(language)
    found = []
    for m in pattern.finditer(text) if pattern else ():
        end = m.start("name")
        for w in re.finditer(r"[+&]|\S+", m.group("name")):
            word = w.group()
            if word not in "+&" and (word.lower() in function_words(language) or is_common_noun(word, language)
                                    or word in not_given_words()):
                break
            if word not in "+&":
                end = m.start("name") + w.end()
        if end > m.start("name"):
            suffix = company_suffix().match(text, end)
            found.append((m.start(), suffix.end() if suffix else end))
    return found
