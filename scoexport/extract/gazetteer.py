"""Gazetteer matching: countries, demonyms, cities, towns, regions (states, provinces, continents) and
organizations from package data, found with one Aho-Corasick automaton (case-sensitive, whole words
only, leftmost-longest: "New Jersey" is the region, not the island of Jersey).

A town (a place of 15,000 to 150,000 people, scripts/build_gazetteers.py) is taken only where the text
places it: after a preposition of place ("in Eastbourne", "from Araria"), before its state or country
("Salina, Kansas") or in "Eastbourne-based". News introduces a town the reader may not know so; elsewhere
its name is as likely a rarer surname, a brand or a word of another language, so `lookup` does not know
towns and the name rules go on reading such a word as they did."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from ..data import alternation, load_json, load_lines, word_set
from .base import matches_at
from .date_ago import names_an_event
from .gazetteer_forms import Entry, automaton_hits, known_form
from .openings import places_after
from .words import dictionary_words, english_stopwords, name_words


@dataclass
class Hit:
    start: int
    end: int
    entry: Entry
    rule: str = "gazetteer"


@cache
def state_abbreviations() -> dict[str, Entry]:
    """US states as news abbreviates them ("Calif.", "N.J."), each to its state's entry."""
    rows = (line.split("\t") for line in load_lines("state_abbreviations.txt"))
    return {short: Entry("region", name, code) for short, name, code in rows}


_BEFORE_STATE = (", ", "(", "-")  # what an abbreviated state is written after (`_abbreviated_state`)


@cache
def _abbreviated_state() -> re.Pattern[str]:
    # written after a town and a comma ("Fresno, Calif.") or in a party label ("D-N.J."): elsewhere
    # "Miss." or "Ind." is as often a title or a word at a sentence's end
    return re.compile(rf"(?:(?<=, )|(?<=[(-]))(?:{alternation(state_abbreviations())})(?![\w.])")


def lookup(form: str) -> Entry | None:
    """The entry a name is known as; a town's name is no known name out of context (see the module's note)."""
    found = known_form(form)
    if found is not None and found.town:
        return None
    return found if found is not None else state_abbreviations().get(form)


@cache
def _place_preposition() -> re.Pattern[str]:
    return re.compile(rf"\b(?i:{alternation(name_words('place_prepositions'))})\s$")


@cache
def _language_preposition(language: str) -> re.Pattern[str] | None:
    """The prepositions of place of the text's language (data/place_prepositions_languages.json), if it has any."""
    words = load_json("place_prepositions_languages.json").get(language)
    return re.compile(rf"(?<!\w)(?i:{alternation(words)})\s$") if words else None


def placed_by_preposition(text: str, start: int, end: int, language: str | None = None) -> bool:
    """A name right after a preposition of place ("in Beijing", "from Araria", German "aus Unna") says where
    something is; not before a possessive ("to Beijing's demands", "of Jupiter's moon"), where the preposition goes
    with the noun after it. The language's own prepositions govern bare nouns as often, of time and cause ("nach
    Ende der Frist", "aus Angst"): after one a word that names an event (`date_ago.names_an_event`) is no place."""
    if _POSSESSIVE.match(text, end):
        return False
    if _place_preposition().search(text, max(0, start - 9), start):
        return True
    if language is None or (own := _language_preposition(language)) is None:
        return False
    return bool(own.search(text, max(0, start - 6), start)) and not names_an_event(text[start:end], language)


_POSSESSIVE = re.compile(r"['’]s?\b")
_PLACED_AFTER = re.compile(r"-based\b|, (?:[A-Z]\.){2}|, [A-Z][a-z]{1,4}\.")


def _placed_town(text: str, hit: Hit, after: Hit | None, language: str | None = None) -> bool:
    """A town the text places: after a preposition of place (of English or the text's language), before its
    state, province or country ("Salina, Kansas", "Bettiah, Bihar", "Salina, Kan."), or in "Eastbourne-based"."""
    if placed_by_preposition(text, hit.start, hit.end, language) or _PLACED_AFTER.match(text, hit.end):
        return True
    return (after is not None and text[hit.end:after.start] == ", " and not after.entry.demonym
            and after.entry.type in ("region", "country"))


@cache
def title_words() -> frozenset[str]:
    return frozenset(t.rstrip(".").lower() for t in load_lines("person_titles.txt") for t in t.split())


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "-")


# a place before a hyphen and a lower-case word is still the place: "Texas-based", "Beijing-backed"
_COMPOUND = re.compile(r"-[a-z]")


def _inside_a_name(text: str, hit: Hit, nouns_capitalized: bool = False) -> bool:
    """A place followed by a capitalized word is part of a name ('Paris Club', 'Geneva Convention'); so is a
    company followed by a coined word, which names its product ('Apple CarPlay'); a plain word after it
    ('House of Representatives Speaker'), a title, day or month, an abbreviation ('Rt.') or a word of an
    organization's name ('Apple CEO', 'Reuters Tuesday', 'Ford Motor Co') leaves the company's name alone.
    In a language that capitalizes every noun the words around a place are nouns as often ("das Land Thüringen",
    "in Berlin Geld verdienen"): there they make no name of it."""
    if hit.entry.demonym:
        return False
    if hit.entry.type == "organization":
        m = _PRODUCT_WORD.match(text, hit.end)
        return bool(m) and not _names_no_product(m.group(1))
    if nouns_capitalized:
        return False
    m = _NEXT_WORD.match(text, hit.end)
    if m and m.group(1).lower() not in title_words() and lookup(m.group(1)) is None:
        return True
    before = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    return bool(before) and _ends_a_name(before.group(1))


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
_CAPITALS_WORD = re.compile(r" ([A-ZÄÖÜ]{3,})(?![\w-])")


def _with_region_unit(text: str, hit: Hit, nouns_capitalized: bool) -> Hit:
    """A body followed by a place written in capitals, in a language that capitalizes nouns, is the body's unit
    there ("MDR THÜRINGEN", "NDR NIEDERSACHSEN"): a broadcaster's or a party's office writes its region so. Any
    other word in capitals leaves the body as it is ("die CDU UND SPD", "ARD LIVE Übertragung")."""
    unit = _CAPITALS_WORD.match(text, hit.end) if nouns_capitalized and hit.entry.type == "organization" else None
    place = lookup(unit.group(1).capitalize()) if unit else None
    if unit is None or place is None or place.type not in ("region", "city", "country") or place.demonym:
        return hit
    return Hit(hit.start, unit.end(1), Entry("organization", text[hit.start:unit.end(1)], None))
# a capitalized word inside a sentence (after a lower-case word or a comma), right before the place
_WORD_BEFORE = re.compile(r"(?<=[a-z,;’'] )([A-Z][a-z]+) $")


def _ends_a_name(word: str) -> bool:
    """A place after a capitalized word that is no title, day, month, function word or known name ends a
    longer name ("Kazakhstan's Air Astana", "Sierra Nevada and Tyvak"): inside a sentence English capitalizes
    a word only as part of a name, and a name that ends in a place's name is not that place."""
    lower = word.lower()
    return not (lower in title_words() or lower in _calendar_words() or lower in english_stopwords()
                or lookup(word) is not None)


_PRODUCT_WORD = re.compile(r" ([A-Z][\w’'-]*[a-z][\w’'-]*)(?![\w’'.-])")


def _names_no_product(word: str) -> bool:
    lower = word.lower().strip("’'")
    return (lower in title_words() or lower in _calendar_words() or lower.removesuffix("s") in head_words()
            or lookup(word) is not None or word.strip("’'") in dictionary_words() or lower in english_stopwords())


@cache
def _calendar_words() -> frozenset[str]:
    return frozenset(w.lower() for w in (*calendar.day_name, *calendar.month_name) if w)


@cache
def head_words() -> frozenset[str]:
    """The organization heads and company suffixes, lower case: words a name of a body or firm ends in, though
    they are plain words ("Partners", "Associates", "Co")."""
    return frozenset(w.lower().rstrip(".") for name in ("organization_heads.txt", "company_suffixes.txt")
                     for w in load_lines(name))


@cache
def _qualifier() -> re.Pattern[str]:
    words = "|".join(load_lines("place_qualifiers.txt"))
    # inside a sentence only: at its start "Northern Syria" may be the adjective capitalized
    return re.compile(rf"(?<=[a-z,;:(’'\"“] )(?:{words}) $")


def _with_qualifier(text: str, hit: Hit) -> Hit:
    """A place with a qualifier before it inside a sentence is a region of its own ("Inner Mongolia", not
    Mongolia): the longer name wins, as everywhere."""
    if hit.entry.demonym or hit.entry.type == "organization":
        return hit
    m = _qualifier().search(text, max(0, hit.start - 10), hit.start)
    if m is None:
        return hit
    return Hit(m.start(), hit.end, Entry("region", text[m.start():hit.end], None))


# German joins a body's name to a noun with a hyphen: "BMW-Händler" (a BMW dealer), "SPD-Chef"
_JOINED_NOUN = re.compile(r"-[A-ZÄÖÜ][a-zäöüß]")


def _joined_to_noun(text: str, start: int, end: int, entry: Entry) -> bool:
    """An organization before a hyphen and a noun, in a language that capitalizes nouns: the first part of a compound
    is the name ("VW-Händler" names Volkswagen), as the annotators give it (`FDP-`). Only a short form of two or more
    capitals ("VW", "AfD") or a name of several words: a plain word is the compound's noun as often ("Meta-Analyse",
    "Amazon-Regenwald"), and some acronyms are common prefixes (data/compound_prefixes.txt: "ABC-Abwehr"). Not a
    country: "US-Dollar" names a currency, no place."""
    if entry.type != "organization" or not _JOINED_NOUN.match(text, end):
        return False
    form = text[start:end]
    capitals = sum(c.isupper() for c in form)
    return " " in form or (capitals >= 2 and form not in word_set("compound_prefixes.txt"))


def find(text: str, nouns_capitalized: bool = False, language: str | None = None) -> list[Hit]:
    """Whole-word gazetteer matches, leftmost-longest, without overlaps; `nouns_capitalized` for a language that
    capitalizes every noun (German), where a capitalized word beside a place is no evidence of a longer name;
    `language` the text's, whose prepositions of place place a town as English ones do."""
    hits = []
    for end_index, length, entry in automaton_hits(text):
        start, end = end_index - length + 1, end_index + 1
        if _word_char(text, start - 1) or (_word_char(text, end) and text[end - 1] != "." and not _COMPOUND.match(text, end)
                                            and not (nouns_capitalized and _joined_to_noun(text, start, end, entry))):
            continue
        hits.append(_with_region_unit(text, Hit(start, end, entry), nouns_capitalized))
    if "." in text:
        # tried only after what the pattern looks behind for
        hits.extend(Hit(*m.span(), state_abbreviations()[m.group()])
                    for m in matches_at(_abbreviated_state(), text, places_after(text, _BEFORE_STATE)))
    hits.sort(key=lambda h: (h.start, h.start - h.end))
    chosen: list[Hit] = []
    for h in hits:
        if chosen and h.start < chosen[-1].end:
            continue
        chosen.append(h)
    chosen = [h for i, h in enumerate(chosen)
              if not h.entry.town or _placed_town(text, h, chosen[i + 1] if i + 1 < len(chosen) else None, language)]
    chosen = [_town_of_region(text, h, chosen[i + 1]) if i + 1 < len(chosen) else h for i, h in enumerate(chosen)]
    return [h for h in map(lambda h: _with_qualifier(text, h), chosen)
            if not _inside_a_name(text, h, nouns_capitalized) and not _adjective_of_region(text, h)]


_THE_BEFORE = re.compile(r"\b[Tt]he $")


def _adjective_of_region(text: str, hit: Hit) -> bool:
    """A world region whose name is an adjective ("Caribbean", "Arctic") is the place only as "the Caribbean";
    without the article it describes a noun ("a private Caribbean island", "Arctic ice"), as a nationality does."""
    return (hit.entry.type == "region" and hit.entry.external_id is None and hit.entry.name.endswith(("an", "ic"))
            and not _THE_BEFORE.search(text, max(0, hit.start - 4), hit.start))


_LIST_GOES_ON = re.compile(r",? (?:and|or) |, [A-Z]")


def _town_of_region(text: str, hit: Hit, after: Hit) -> Hit:
    """A country's name followed by a comma and a state or province is a town named after it ("Lebanon,
    Indiana", "Peru, Illinois"): the way a town is placed in its region. Not in a list ("Ireland, Northern
    Ireland and Britain")."""
    state = after.entry.type == "region" and "-" in (after.entry.external_id or "")  # an ISO 3166-2 subdivision
    if (hit.entry.type != "country" or hit.entry.demonym or not state or text[hit.end:after.start] != ", "
            or _LIST_GOES_ON.match(text, after.end)):
        return hit
    return Hit(hit.start, hit.end, Entry("city", text[hit.start:hit.end], None))
