"""What a number counts in a language other than English, read from the words after it.

Enters: a paragraph's text, the offset where a number ends and the document's language. Leaves: the unit (a unit
of measurement, or the noun the number counts), or None. Languages other than English put the counted noun right
after the number, after the possessives and adjectives they set before a noun (`_noun_after`); a number joined by
a hyphen qualifies the word it is joined to ("der 24-Jährige"). German derives adjectives of length from the
nouns of time ("75-jähriges Bestehen", "eine 3-stündige Fahrt"): such an adjective measures its noun, which is
what the number counts (Jahre, Stunden; data/number_languages.json's duration_adjectives), where the noun made of
it ("der 24-Jährige": the person) counts persons of that age ("Jährige", in the nominative: `duration_unit`).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import adjective_endings, alternation, of_words
from .number_measures import measure_after
from .numerals import language_table

# a word; a point inside joins a file's name ("two diff.gz files"), at its end it closes the sentence
WORD = re.compile(r"\s*([^\W\d_](?:[\w'’-]|\.(?=[a-z]{2}))*)")
# another number or a model's code before the head's words: "11 of the 12 cities", "30 of Boeing's 787-9 jets"
CODE = re.compile(r"\s*(\d[\w.,-]*)(?=\s+[^\W\d_])")
# a word a number is joined to by a hyphen: the number qualifies it ("der 24-Jährige", "15.6-inch screen")
COMPOUND = re.compile(r"-([^\W\d_]+)")


def _of(language: str) -> list[str] | None:
    """The language's "of" (of_languages.json), else the words it writes after a share (number_languages.json)."""
    return of_words(language) or language_table().get(language, {}).get("share_of")


@cache
def _share_of(language: str) -> re.Pattern[str] | None:
    words = _of(language)
    return re.compile(rf"(?i)\s+(?:{alternation(words, flexible_spaces=True)})(?=\s)") if words else None


@cache
def _abbreviated_measure(language: str) -> re.Pattern[str] | None:
    words = language_table().get(language, {}).get("measure_abbreviations")
    return re.compile(rf"\s*({alternation(words, flexible_spaces=True)})(?!\w)") if words else None


@cache
def _language_words(language: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in language_table().get(language, {}).get(key, ()))


@cache
def _joined_number(language: str) -> re.Pattern[str] | None:
    """A second number joined by the language's "and" or "or" ("20 e 22 anni"), maybe after its own article ("mit
    einem 12 oder einem 18 Volt-Akku"), which shares the noun after it."""
    table = language_table().get(language, {})
    joins = table.get("number_joins")
    article = rf"(?:(?:{alternation(table['determiners'])})\s+)?" if table.get("determiners") else ""
    return re.compile(rf"(?i)\s+(?:{alternation(joins)})\s+{article}\d[\d.,]*(?=\s)") if joins else None


@cache
def _number_then(language: str) -> re.Pattern[str] | None:
    """The language's "of" and a second number: "14 dei 35 ospedali" counts what the second number counts."""
    words = _of(language)
    return re.compile(rf"(?i)\s+(?:{alternation(words, flexible_spaces=True)})\s+\d[\d.,]*(?=\s)") if words else None


def _skipped(word: str, language: str) -> bool:
    """A possessive or an adjective set before the noun ("70 suoi dipendenti", "60 000 проблемных граждан")."""
    low = word.lower()
    return low in _language_words(language, "count_skip") or low.endswith(_skip_endings(language))


@cache
def _skip_endings(language: str) -> tuple[str, ...]:
    return tuple(sorted(_language_words(language, "count_skip_endings")))  # str.endswith takes a tuple, built once


def _noun_after(text: str, end: int, language: str, *, scaled: bool = False) -> str | None:
    """What a number counts in a language other than English: the word after it ("10 mois", "6 godzin",
    "80 Minuten"); English's plural "-s" and its function words say nothing there. A function word of the
    language ends the phrase. German capitalizes every noun: its count skips up to two lower-case adjectives
    ("2.000 neue Autohäuser") and is the capitalized word; other languages skip the possessives and adjectives
    they set before a noun (`count_skip`, "le otto migliori giocatrici"). A number joined to a second one by
    "and" or "or" counts the noun after that one ("di 20 e 22 anni"), and so does a share of a second number ("14
    dei 35 ospedali"); after a scale word the language's "of" leads to the noun ("1,4 milioni di persone"). Italian
    may set the count before the article of its noun ("sono 332 i soldati"), or of the noun that names the count
    ("a 242 il numero degli ostaggi")."""
    stops = _language_words(language, "unit_stop")
    for pattern in (_joined_number(language), _number_then(language)):
        m = pattern.match(text, end) if pattern else None
        if m:
            end = m.end()
            break
    if scaled:
        of = _share_of(language)
        m = of.match(text, end) if of else None
        end = m.end() if m else end
    inverted = WORD.match(text, end)
    if inverted and inverted.group(1).lower() in _language_words(language, "inverted_articles"):
        noun = WORD.match(text, inverted.end())
        if noun and noun.group(1).lower() in _language_words(language, "count_nouns"):
            of = _share_of(language)
            m = of.match(text, noun.end()) if of else None
            noun = WORD.match(text, m.end()) if m else None
        if noun and noun.group(1).lower() not in stops:
            return noun.group(1)
        return None
    pos = end
    skipped = 0
    for _ in range(3):
        m = WORD.match(text, pos)
        if not m or m.group(1).lower() in stops or not text[pos:m.start(1)].isspace():
            return None
        word = m.group(1)
        if language == "de" and not word[0].isupper():
            pos = m.end()  # "2.000 neue Autohäuser": German capitalizes its nouns
            continue
        if language != "de" and skipped < 2 and _skipped(word, language):
            pos, skipped = m.end(), skipped + 1
            continue
        return word
    return None


def duration_unit(word: str, language: str) -> str | None:
    """What a number joined to an adjective of length counts, or None when `word` is none. The adjective measures
    in its noun of time ("jähriges Bestehen": Jahre); made a noun ("der 24-Jährige", "des Achtjährigen": the
    person of that age, capitalized as German nouns are) it counts such persons, named in the nominative whatever
    the case it is written in ("Jährige"), so that one age reads alike in every sentence."""
    lower = word.lower()
    for stem, noun in language_table().get(language, {}).get("duration_adjectives", {}).items():
        # the adjective undeclined ("jährig") or declined ("jährige", "jähriges", "jährigen")
        if lower.startswith(stem) and lower[len(stem):] in ("", *adjective_endings(language)):
            return noun if word[:1].islower() else stem.capitalize() + "e"
    return None


def is_language_read(language: str | None) -> bool:
    """Does the language say what its numbers count in words of its own (its function words are listed)?"""
    return language not in (None, "en") and bool(_language_words(language, "unit_stop"))


def language_unit(text: str, end: int, language: str, *, after_of: bool = False, scaled: bool = False) -> str | None:
    """What the number ending at `end` counts in a text of `language` (`is_language_read`). A number joined to a
    second by "and" or "or", maybe with the second's article ("einem 12 oder einem 18 Volt-Akku"), measures in the
    second's unit."""
    compound = COMPOUND.match(text, end)
    if compound:  # "der 24-Jährige": the number qualifies the word it is joined to
        return duration_unit(compound.group(1), language) or compound.group(1)
    abbreviated = _abbreviated_measure(language)
    m = abbreviated.match(text, end) if abbreviated else None
    if m:  # "2 ст. л. оливкового масла": tablespoons, written as the language abbreviates them
        return m.group(1)
    joined = _joined_number(language)
    second = joined.match(text, end) if joined else None
    measure = measure_after(text, end) or (measure_after(text, second.end()) if second else None)
    if measure:
        return measure
    if after_of:  # "20 % des trottinettes": a share counts what it is a share of, after the language's "of"
        of = _share_of(language)
        m = of.match(text, end) if of else None
        if m:  # "il 40% dei 500.000 litri": the whole may be counted with a number of its own
            counted = CODE.match(text, m.end())
            return _noun_after(text, counted.end() if counted else m.end(), language)
        return None
    return _noun_after(text, end, language, scaled=scaled)
