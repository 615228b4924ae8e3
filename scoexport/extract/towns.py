"""Places smaller than a city's fame, by how news writes them: a dateline's town ("READING, Pa. —",
"MADRID —"), a town with its state or country after a comma and a preposition of place ("in Greenbelt,
Maryland"), a place named with its kind ("the town of Huade", "Delhi’s Saket area"), and in English prose
a name no list knows alone after "in" or "near" ("an exposure site in Monsey"): a person, a company or a
work is seldom "in" a sentence, and the word lists keep out the words, names and places they know.

Enters a paragraph's text; leaves (start, end, "city" | "region") spans for organizations.py's
`find_organizations`, which gives them with the names found by shape. The gazetteer knows the large
cities; these rules reach the towns a reader may not know, which news introduces with where they are.
"""
from __future__ import annotations

import calendar
import re
from functools import cache

from ..data import alternation
from .base import lower_words, matches_at, written
from .gazetteer import lookup
from .name_shapes import paragraph_language, unknown_word
from .openings import places_after
from .tokens import tokens
from .words import dictionary_words, english_stopwords, name_words, speech_verbs, surnames

_TOWN_IN = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside|of|to) (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<sep>, | in )"
                      r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


# _TOWN_IN's name with what must follow it, without the preposition before it: a capital first, which the regex
# engine scans for (the preposition's word boundary would have it try every character)
_TOWN_NAME = re.compile(r"[A-Z](?=[a-z]+(?: [A-Z][a-z]+)?(?:, | in )[A-Z][a-z])")
_PREPOSITION_LENGTHS = (3, 5, 8)  # "in ", "at ", "of ", "to "; "from ", "near "; "outside "


def _town_in_places(text: str) -> list[int]:
    """Where _TOWN_IN may match: a preposition's length and a space before a name that goes on with a comma or
    "in" and a capitalized word."""
    names = [m.start() for m in _TOWN_NAME.finditer(text)]
    return sorted({at - n for at in names for n in _PREPOSITION_LENGTHS if at >= n}) if names else []


# a name alone after "in" or "near", going on with no capitalized word ("exposure site in Monsey."), a saint's
# or a mount's abbreviated perhaps ("in St. Croix", British style "in St Leonards")
_SAINTS = frozenset({"St", "Ste", "Mt", "Ft", "St.", "Ste.", "Mt.", "Ft."})
_IN_TOWN = re.compile(r" (?:in|near) (?P<name>(?:(?:St|Ste|Mt|Ft)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                      r"(?![\w’'-]| [A-Z]|,? [A-Z]|-[A-Z])")


# a news dateline: the town in capitals, its state or country, a dash ("BUFFALO, N.Y. —", "CLEVELAND, Ohio –")
_DATELINE = re.compile(r"^(?P<name>[A-Z]{2}[A-Z'’-]*(?: [A-Z]{2}[A-Z'’-]*){0,2}), "
                       r"(?P<place>(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?) ?"
                       r"(?:\([^()]{1,30}\) ?)?[—–-] ")




@cache
def _kind_of_place() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A place the reader may not know, named with its kind: "the town of Huade", "Delhi’s Saket area",
    "the Xilingol region" (the kind in lower case: a capitalized one is part of the name, "Saket District")."""
    kinds = alternation(name_words("place_kinds"))
    name = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    return (re.compile(rf"\b(?:{kinds}) of (?P<name>{name})\b(?! [A-Z])"),
            re.compile(rf"(?:(?<=\b[Tt]he )|(?<=[’']s ))(?P<name>{name}) (?:{kinds})\b"))


_ARTICLE_OR_POSSESSIVE = ("the ", "The ", "’s ", "'s ")  # what the kind_after pattern looks behind for


def _after_article_or_possessive(text: str) -> list[int]:
    """`places_after` the article or a possessive: the paragraph's places after "the " (read once for every rule)
    with those after "’s " ("Delhi’s Saket area"), which are never the same place."""
    return sorted([*tokens(text).after_the, *places_after(text, ("’s ", "'s "))])


# a well-known city alone in capitals, an agency's name perhaps, a dash: "MADRID —", "WASHINGTON (Reuters) -";
# the agency's parenthesis may carry a date ("MOSCOW (UrduPoint News / Sputnik - 29th April, 2020)")
_CITY_DATELINE = re.compile(r"^(?P<name>[A-Z]{3,}(?: [A-Z]{2,}){0,2}) ?(?:(?:\([^()]{1,30}\) ?)?[—–-] |\([^()]{1,80}\) )")
# the agencies a dateline credits, in its parenthesis: "(AP)", "(Reuters)", "(UrduPoint News / Sputnik - ...)"
_AGENCY = re.compile(r"(?:^|(?<=/ )|(?<=/))(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})(?= ?/| - |$)")
_DATELINE_AGENCIES = re.compile(r"^[^()]{2,60}?\((?P<agencies>[^()]{1,80})\)")


def _dateline(text: str) -> list[tuple[int, int, str]]:
    """The town and state of a dateline opening the text: the agency style places a story so, and the
    town's name in capitals is no word ("READING, Pa. —"); a city the reader knows goes alone ("MADRID —").
    The agencies in its parenthesis ("WASHINGTON (AP) —") are organizations: the dateline credits them."""
    found = _dateline_places(text)
    if found:
        m = _DATELINE_AGENCIES.match(text)
        if m is not None:
            at = m.start("agencies")
            found += [(at + a.start("name"), at + a.end("name"), "organization") for a in _AGENCY.finditer(m.group("agencies"))
                      if not any(ch.isdigit() for ch in a.group("name"))]
    return found


def _dateline_places(text: str) -> list[tuple[int, int, str]]:
    m = _DATELINE.match(text)
    if m is None:
        alone = _CITY_DATELINE.match(text)
        city = lookup(alone.group("name").title()) if alone else None
        return [(*alone.span("name"), "city")] if alone and city is not None and city.type == "city" else []
    place = lookup(m.group("place"))
    if place is not None and (place.demonym or place.type not in ("region", "country")):
        return []
    found = [(*m.span("name"), "city")]
    if place is None and m.group("place").endswith("."):
        found.append((*m.span("place"), "region"))  # a state's abbreviation ("N.Y.", "Calif.") names the state
    return found if place is not None or m.group("place").endswith(".") else []


_NEXT_LOWER = re.compile(r" ([a-z]+)\b")


def _attributive(text: str, end: int) -> bool:
    """A capitalized word before a plural noun modifies it ("in Hutterite communities", "in Amish schools"): it
    names a people, a faith or a brand, not where something is. A town after "in" is followed by a word of
    another kind ("in Monsey last week", "in Monsey.")."""
    m = _NEXT_LOWER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if not word.endswith("s") or len(word) < 4 or word in english_stopwords() or word in speech_verbs():
        return False
    stems = (word[:-1], word[:-2], word[:-3] + "y") if word.endswith("ies") else (word[:-1], word[:-2])
    return any(stem.capitalize() in dictionary_words() for stem in stems)


def _town_word(word: str) -> bool:
    return unknown_word(word) and word not in surnames()


def towns(text: str, in_english: bool = True) -> list[tuple[int, int, str]]:
    """A town named with its state or country after a comma, after a preposition of place ("in Greenbelt,
    Maryland", "near Tororo, Uganda"): news writes a town the reader may not know that way; in English
    prose (in_english), also a name no list knows alone after "in" or "near" ("an exposure site in Monsey")."""
    found = _dateline(text)
    for m in matches_at(_TOWN_IN, text, _town_in_places(text)):
        place = lookup(m.group("place"))
        if place is None or place.demonym or place.type not in ("region", "country") or lookup(m.group("name")):
            continue
        if m.group("name").split()[0] in calendar_words():
            continue  # "in May, Texas voters ...": a month
        if m.group("sep") == " in " and not all(unknown_word(w) and w not in surnames() for w in m.group("name").split()):
            continue  # "from Xilingol in Inner Mongolia", not "met Smith in Ohio": only a name no list knows
        found.append((*m.span("name"), "city"))
    # a name no list knows after "in" or "near" is where something is: a person, a company or a work is not
    # "in" a sentence so ("in Smith's view" is a possessive, "in Python" a word the lists know). In English
    # prose only ("Gioco in Scatola" in an Italian list): the language is asked only of a paragraph with one.
    in_towns = [m for m in matches_at(_IN_TOWN, text, written(text, (" in ", " near ")) if in_english else ())
                if lookup(m.group("name")) is None and m.group("name") not in _SAINTS
                and all(_town_word(w) for w in m.group("name").split() if w not in _SAINTS)
                and not _attributive(text, m.end("name"))]
    if in_towns and paragraph_language(text, "en") == "en":  # only an English document has in_towns
        found.extend((*m.span("name"), "city") for m in in_towns)
    kind_of, kind_after = _kind_of_place()
    if " of " in text:
        # the kind opens the match as a whole word: tried where the kinds the paragraph holds are written
        kinds_at = written(text, lower_words(text) & name_words("place_kinds"))
        found.extend((*m.span("name"), "city") for m in matches_at(kind_of, text, kinds_at) if lookup(m.group("name")) is None)
    # "the Trump district" is no place: the name before the kind must be no word, name or known place
    # the name opens with a capital after "the " or "’s ": tried only there
    found.extend((*m.span("name"), "city") for m in matches_at(kind_after, text, _after_article_or_possessive(text))
                 if lookup(m.group("name")) is None and all(unknown_word(w) for w in m.group("name").split()))
    return found



@cache
def calendar_words() -> frozenset[str]:
    return frozenset(w for w in (*calendar.day_name, *calendar.month_name) if w)
