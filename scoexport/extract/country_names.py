"""Countries as the text's own language writes them ("Estados Unidos", "Frankreich", "Россия"), each the entry the
English gazetteer has for the country, so that a Portuguese and an English text name the same entity.

Enters a paragraph's text and the document's language; leaves gazetteer hits. The forms come from the Unicode
CLDR (data/country_names.tsv, scripts/build_country_names.py). A form that is also an English word is left out,
since a text's language may be guessed wrong; one that is also a given name is the country where no surname
follows it. German and the Scandinavian languages write a place's genitive with an -s joined to the name
("Deutschlands", "Europas", "Danmarks", "Berlins"), Finnish every case with an ending ("Saksan", "Berliinissä"):
such a word is the place where its stem is one (data/place_case_endings.json).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import genitive_ending, load_json, load_lines, prefix_tree
from .gazetteer import Entry, Hit, lookup
from .name_shapes import without_accents
from .tokens import CAPITALS
from .words import dictionary_words, given_names, surnames


@cache
def _countries() -> dict[str, Entry]:
    """The gazetteer's countries by ISO 3166 code, each as its entry: where a data file names a country by its code
    (country_names.tsv, state_forms_languages.json)."""
    return {c["id"]: Entry("country", c["name"], c["id"]) for c in load_json("gazetteer.json")["countries"]}


@cache
def _translated(language: str) -> dict[str, Entry]:
    """The countries as the language writes them (country_names.tsv, from the CLDR), each to the gazetteer's entry:
    "Estados Unidos" in a Portuguese text is the United States an English text names; so are the continents, world
    regions and unions ("Europa", "Nazioni Unite"), by their English name. A form that is also an English word is
    left out (German "Island", French "Chili"): a text's language may be guessed wrong."""
    countries = _countries()
    rows = (line.split("\t") for line in load_lines("country_names.tsv"))
    found = {form: countries.get(code) or lookup(code) for lang, form, code in rows if lang == language
             and form not in dictionary_words()}
    return {form: entry for form, entry in found.items() if entry is not None}


@cache
def plain_given_names() -> frozenset[str]:
    """The given-name lists without accents: the translated forms carry accents the lists lack ("Belén", "Sofía");
    read by the rule below and by the build of the translated names (scripts/build_country_names.py)."""
    names, word_names = given_names()
    return frozenset(without_accents(n) for n in (*names, *word_names))


@cache
def _translated_given_names(language: str) -> frozenset[str]:
    """The language's names of countries that are also given names (Italian "Italia", "Francia", French "Maurice"):
    the country where no capitalized word follows, since a person is named with a surname after the given name."""
    return frozenset(form for form in _translated(language) if without_accents(form) in plain_given_names())


_SURNAME_AFTER = re.compile(rf" [{CAPITALS}]")


@cache
def _translated_pattern(language: str) -> re.Pattern[str] | None:
    forms = _translated(language)
    return re.compile(rf"(?<![\w-])(?:{prefix_tree(forms)})(?![\w-])") if forms else None


@cache
def country_initials(language: str) -> frozenset[str]:
    """The initials of the countries' names of several words in the language ("EUA" of "Estados Unidos da América",
    "VAE" of "Vereinigte Arabische Emirate"): a short name the text writes for a country, not for a body."""
    return frozenset("".join(w[0] for w in form.split() if w[0].isupper()) for form in _translated(language)
                     if len(form.split()) > 1)


def translated_country(form: str, language: str) -> Entry | None:
    """The country a name in that language stands for ("Россия" in Russian), or None."""
    return _translated(language).get(form)


def find_translated(text: str, language: str) -> list[Hit]:
    """Countries written in the text's own language, whole words only (the name's case as the CLDR writes it)."""
    pattern = _translated_pattern(language)
    if pattern is None:
        return []
    given = _translated_given_names(language)
    return [Hit(m.start(), m.end(), _translated(language)[m.group()]) for m in pattern.finditer(text)
            if m.group() not in given or not _SURNAME_AFTER.match(text, m.end())]


_PLACES = frozenset({"country", "city", "region"})


@cache
def _endings(language: str) -> tuple[str, ...]:
    """The language's case endings of places' names, longest first (data/place_case_endings.json)."""
    return tuple(sorted(load_json("place_case_endings.json").get(language, ()), key=len, reverse=True))


@cache
def _inflected(language: str) -> re.Pattern[str]:
    """A capitalized word of a stem of three letters or more and one of the language's endings: only such words are
    looked up, not every capitalized word of the text."""
    return re.compile(rf"(?<![\w-])[{CAPITALS}][\w-]{{2,}}(?:{prefix_tree(_endings(language))})(?![\w-])")


def find_inflected(text: str, language: str) -> list[Hit]:
    """Places inflected by an ending the language joins to the name ("Großbritanniens", "Europas", Finnish "Saksan",
    "Berliinissä"): the stem is a place the language's or the English gazetteer's names know. Finnish turns a final
    -i into -e before an ending ("Suomi", "Suomen"). A stem the gazetteer knows that is also a given name or a
    surname is left alone: "Marin" is no inflected "Mari"."""
    endings = _endings(language)
    if not endings:
        return []
    translated = _translated(language)
    names, word_names = given_names()
    found = []
    for m in _inflected(language).finditer(text):
        word = m.group()
        for ending in endings:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            stem = word[:-len(ending)]
            stems = (stem, stem[:-1] + "i") if language == "fi" and stem.endswith("e") else (stem,)
            # the language's own names of countries are what they say; a town of the gazetteer's is no place where
            # its name is also a person's ("Marin" is no inflected "Mari")
            entry = next((translated[s] for s in stems if s in translated), None) or next(
                (e for e in map(lookup, (s for s in stems if s not in names and s not in word_names and s not in surnames()))
                 if e is not None), None)
            if entry is not None and entry.type in _PLACES and not entry.demonym:
                found.append(Hit(m.start(), m.end(), entry))
                break
    return found


@cache
def _state_forms(language: str) -> tuple[re.Pattern[str] | None, dict[str, Entry]]:
    """(a form of state and the space before a name, the forms written alone for one country: their entries)."""
    table = load_json("state_forms_languages.json").get(language, {})
    forms = table.get("forms", ())
    countries = _countries()
    alone = {form: countries[code] for form, code in table.get("alone", {}).items() if code in countries}
    pattern = re.compile(rf"(?<![\w-])(?:{prefix_tree(forms)}){genitive_ending(language)} $") if forms else None
    return pattern, alone


# a form of state written alone: the word ends, and no capitalized word (the name it is the form of) follows
_ALONE_AFTER = re.compile(rf"(?![\w-])(?! [{CAPITALS}])")


def find_state_forms(text: str, language: str, hits: list[Hit]) -> list[Hit]:
    """A country named with its form of state ("Bundesrepublik Deutschland", "des Königreichs Spanien"): the text
    writes the country's full name, whose words before the country's own name are its form of state; each country hit
    with such a word right before it is given that longer span, the entry kept. A form the language's press writes
    alone for one country ("in der jungen Bundesrepublik") is that country where no capitalized word follows it
    (which would be the name it is the form of). Enters the paragraph's text, its language and the country hits of
    the other rules; leaves the longer hits and the forms written alone (data/state_forms_languages.json)."""
    pattern, alone = _state_forms(language)
    if pattern is None:
        return []
    found = []
    for h in hits:
        if h.entry.type != "country":
            continue
        m = pattern.search(text, max(0, h.start - 40), h.start)
        if m is not None:
            found.append(Hit(m.start(), h.end, h.entry))
    for form, entry in alone.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}", text):
            if _ALONE_AFTER.match(text, m.end()):
                found.append(Hit(m.start(), m.end(), entry))
    return found
