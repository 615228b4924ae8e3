"""The words of each language that open or end no person's name, the determiners it writes before a noun and not
before a name, and its words for the points of the compass.

Enters: a language code the clean stage guessed (or None). Leaves: frozensets of lower-case words, from the
stop-word lists (`data/stopwords.json`) and `data/name_stops_languages.json`.

Why: the name lists hold some function words as given names (Korean "Il", Vietnamese "Le"), and a capitalized
article or preposition opens many a sentence in other languages ("Nella Striscia", "Ad Adnkronos"); which words
cannot open or end a name depends on the text's language, so the lists are kept per language and read here once.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import load_json
from ..date_text import full_month_names

# the languages whose function words are never given names: those the name rules read; the language guess knows
# more (Slovene "ali", Indonesian "dan" are given names too)
_ARTICLE_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")


@cache
def foreign_function_words() -> frozenset[str]:
    """Function words of the other languages we know ("il", "la", "der", "nella", "aber"): the name lists hold some
    as given names (Korean "Il", Vietnamese "Le"), but in a text of those languages they are its articles."""
    table = load_json("stopwords.json")
    stops = load_json("name_stops_languages.json")
    return frozenset(w for lang in _ARTICLE_LANGUAGES for w in (*table[lang], *stops.get(lang, {}).get("function_words", ())))


@cache
def name_stops(language: str | None) -> frozenset[str]:
    """Lower-case words that open no person's name in a text of `language`: the function words of every language
    we know (a text quotes others: "El" and "Al" open Arabic places' names in an Italian text) and the titles and
    head nouns of places' names the language writes before a name (data/name_stops_languages.json). A title or a
    place's noun may end a name, as a surname ("Gonzalo Ferraro Rey"); a function word does not."""
    entry = load_json("name_stops_languages.json").get(language or "")
    if not isinstance(entry, dict):
        return foreign_function_words()
    return foreign_function_words() | frozenset(w for kind in ("titles", "place_heads") for w in entry.get(kind, ()))


@cache
def function_words(language: str | None) -> frozenset[str]:
    """The function words of the text's own language, which end no name in its text ("Juste Le"); another language's
    may ("Jimmy Durante", "Han Solo"). Where the language is not known, those of all the name rules read."""
    table, stops = load_json("stopwords.json"), load_json("name_stops_languages.json")
    if language not in table:
        return foreign_function_words()
    return frozenset((*table[language], *stops.get(language, {}).get("function_words", ())))


@cache
def common_nouns(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(the language's frequent common nouns that are no surname or place, the given names of the lists that it writes
    as such nouns), from data/common_nouns_languages.json; empty for a language that capitalizes no noun.

    German capitalizes every noun, so its capital marks no name: "Jede Menge Zeichen" is no given name and surname,
    "Giannis Entscheidung" no person. The nouns are Wiktionary's, less every word it or the names lists also know as a
    name: "Koch", "Bauer", "Fischer" stay surnames, "Rose" a given name."""
    entry = load_json("common_nouns_languages.json").get(language or "")
    if not isinstance(entry, dict):
        return frozenset(), frozenset()
    return frozenset(entry["nouns"]), frozenset(entry["given_names"])


_PART = 4  # letters of each part at least: shorter nouns ("Ei", "Tal") open too many surnames


@cache
def _heads(language: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in common_nouns(language)[0] if len(w) >= _PART)


def is_common_noun(word: str, language: str | None) -> bool:
    """Is a capitalized word a common noun of the text's language: one of its frequent nouns, or a compound of two
    ("Energielevel", "Schmerzlevel": German joins nouns into new ones no list holds)? The nouns hold no surname, so
    a surname is rarely two of them: 5 of names-dataset's 17,586 German surnames split so ("Blumentritt")."""
    nouns = common_nouns(language)[0]
    if word in nouns:
        return True
    heads, low = _heads(language), word.lower()
    links = compound_links(language)
    return any(low[cut:] in heads and _modifier(word[:cut], nouns, links)
               for cut in range(_PART, len(word) - _PART + 1))


@cache
def compound_links(language: str | None) -> tuple[str, ...]:
    """The joints the language writes between a compound's parts (data/common_nouns_languages.json: German
    "Arbeit|s|markt", "Sonne|n|schein"); none where it lists none, and then no compound is read."""
    entry = load_json("common_nouns_languages.json").get(language or "")
    return tuple(entry.get("compound_links", ())) if isinstance(entry, dict) else ()


def _modifier(first: str, nouns: frozenset[str], links: tuple[str, ...]) -> bool:
    """A compound's first part: a noun, with or without its joint ("Arbeits" of "Arbeitsmarkt")."""
    return any(first.endswith(link) and len(first) - len(link) >= _PART and first[:len(first) - len(link)] in nouns
               for link in links)


@cache
def determiners(language: str | None, *kinds: str) -> frozenset[str]:
    """The determiners the language sets before a noun and not before a name in writing (German "die Art Anopheles":
    data/name_stops_languages.json `determiners`), of the kinds named ("definite", "of_kind"), or of all kinds."""
    entry = load_json("name_stops_languages.json").get(language or "")
    table = entry.get("determiners", {}) if isinstance(entry, dict) else {}
    return frozenset(w for kind, words in table.items() if not kinds or kind in kinds for w in words)


@cache
def compass_words(language: str | None) -> frozenset[str]:
    """The language's words for the points of the compass ("Nord", "Norte"), no region's name in its text."""
    entry = load_json("name_stops_languages.json").get(language or "")
    return frozenset(entry.get("directions", ())) if isinstance(entry, dict) else frozenset()


_PLURAL_CAPITALS = re.compile(r"^[A-Z]{2,}s$")


def plural_short_form(word: str) -> bool:
    """A short form in capitals with a plural -s ("VPNs", "NGOs", "MSPs"): several of a kind, no name of one body."""
    return bool(_PLURAL_CAPITALS.match(word))


@cache
def not_given_words() -> frozenset[str]:
    """Words the given-name list holds that a text of another language writes as words: months' full names and
    function words ("April", "Mai", "Die"); a short form ("Jan") is written with its stop."""
    return frozenset({m.capitalize() for m in full_month_names()} | {w.capitalize() for w in foreign_function_words()})


def leading_nouns(words: list[str], language: str | None) -> int:
    """How many of a capitalized run's first words are common nouns of a language that capitalizes every noun,
    each before another capitalized word ("bei dem ETF-Anbieter Roundhill Investments": the provider's kind, then
    the firm's name): German capitalizes the noun that says what a firm is, which is no part of its name. A
    hyphenated compound is read by its last part; two words at least are left for the name."""
    i = 0
    while i < len(words) - 2 and words[i + 1][:1].isupper() and is_common_noun(words[i].rsplit("-", 1)[-1], language):
        i += 1
    return i
