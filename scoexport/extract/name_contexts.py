"""People by what surrounds a name, where the name's own shape is not enough: a full name with an age after it
("Dijon Williams, 21,"), a full name whose possessive is a known organization ("Elon Musk’s SpaceX"), a given
name alone after a kinship noun or paired with another given name ("my cousin Terrance", "Lou and Ben"), and in
the other languages after their kinship nouns ("seines Bruders Mischa": data/kin_nouns_languages.json).

Enters a paragraph's text; leaves (start, end, rule) spans for people.py. Each rule is tried only where its
cue stands (the comma of an age, a possessive before a capital, "and" between capitals, a possessive pronoun),
so the cost follows the cues, not the capitals.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from .base import lower_words, matches_at, written
from .gazetteer import lookup
from .gazetteer_forms import known_form
from .name_shapes import TOKEN, is_organization, not_name_words, stops_a_name, unknown_word, without_accents
from .name_stops import function_words, is_common_noun, not_given_words
from .numerals import language_table
from .openings import capitals_before, opening_places
from .tokens import CAPITALS
from .words import given_names, name_words, plain_words


@cache
def _kin() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(name_words('possessives'))}) (?:{alternation(name_words('kin_nouns'))}) "
                      r"(?P<name>[A-Z][a-z]+)(?![\w’'-]| [A-Z])")


# "Dijon Williams, 21, into custody", "Nurudeen Thomas, 30.": an age set off by commas after a full name
_AGED = re.compile(rf"(?<![\w-])(?P<name>{TOKEN} {TOKEN}(?: {TOKEN})?), (?:[1-9]\d?|1[01]\d)(?=[,.;)]| of | and | who )")
_AGE_AFTER = re.compile(r", [1-9]")  # where a name with an age after it ends


def _places_before(follower: re.Pattern[str], text: str) -> list[int]:
    """Where a name that holds no comma and ends where `follower` matches may begin: the capitals before each
    match back to the last comma (an age after a name, ", 21"; a possessive before what the person owns). The name
    rules are tried there only, not at every capitalized word."""
    ends = [m.start() for m in follower.finditer(text)]
    return capitals_before(text, ends, ",") if ends else []


def aged_people(text: str) -> list[tuple[int, int, str]]:
    """A name of two or three capitalized words with an age after it, set off by commas: news gives a person's
    age so, and no place or body has one. No word of it may be a plain word, title, calendar or function word
    ("Chapter Two, 3,"); a given name may be a place's ("Dijon Williams, 21,"), the surname may not."""
    if ", " not in text:
        return []
    found = []
    for m in matches_at(_AGED, text, _places_before(_AGE_AFTER, text)):
        words = m.group("name").split()
        if (not any(w in plain_words() or w.lower() in not_name_words() for w in words)
                and lookup(words[-1]) is None and lookup(m.group("name")) is None):
            found.append((*m.span("name"), "aged"))
    return found


# "Elon Musk’s SpaceX", "Rupert Murdoch's News Corp": a full name owning an organization
_OWNER = re.compile(rf"(?<![\w-])(?P<name>{TOKEN} {TOKEN})['’]s (?P<org>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){{0,2}})")
_POSSESSIVE_BEFORE_CAPITAL = re.compile(r"['’]s [A-Z]")  # where an owner's name ends


def owner_people(text: str) -> list[tuple[int, int, str]]:
    """Two capitalized words whose possessive is a known organization: the person who owns or founded it. The
    first word is no plain or function word ("Public Media’s NPR"), the pair no known name."""
    if "s " not in text:
        return []
    found = []
    for m in matches_at(_OWNER, text, _places_before(_POSSESSIVE_BEFORE_CAPITAL, text)):
        first, last = m.group("name").split()
        org = m.group("org").split()
        owned = any(is_organization(" ".join(org[:n])) for n in range(len(org), 0, -1))
        if (owned and first not in plain_words() and not stops_a_name(first) and not stops_a_name(last)
                and lookup(m.group("name")) is None):
            found.append((*m.span("name"), "owner"))
    return found


_PAIR = re.compile(r"\b(?P<a>[A-Z][a-z]+) and (?P<b>[A-Z][a-z]+)(?![\w’'-]| [A-Z])")
_PAIR_OPENING = re.compile(r"[A-Z][a-z]+(?= and [A-Z][a-z])")  # _PAIR's first words, without its word boundary
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w’'-]* $")
_QUOTED = re.compile(r"[“\"‘„«].*[”\"’“»]$")  # « » and „ “ as French and German quote

def first_names_alone(text: str) -> list[tuple[int, int, str]]:
    """A given name alone where the sentence shows a person: after a kinship noun ("my cousin Terrance") or
    paired with another given name ("Lou and Ben"), one of the pair no word or place ("Will and Grace" is a title)."""
    names, word_names = given_names()
    found: list[tuple[int, int, str]] = []
    if " and " not in text and not any(f" {w} " in text for w in name_words("possessives")):
        return found  # neither pattern can match (a cheap test first)
    # the possessive opens "my cousin Terrance" as a whole word, a capitalized word and "and" "Lou and Ben":
    # tried only there
    kin_at = written(text, lower_words(text) & name_words("possessives"))
    found += [(*m.span("name"), "kin") for m in matches_at(_kin(), text, kin_at)
             if m.group("name") in names or m.group("name") in word_names or unknown_word(m.group("name"))]
    for m in matches_at(_PAIR, text, opening_places(_PAIR_OPENING, text)):
        a, b = m.group("a"), m.group("b")
        if (all(w in names or w in word_names for w in (a, b)) and (a in names or b in names)
                and not _CAPITALIZED_BEFORE.search(text, 0, m.start()) and not _QUOTED.match(text[m.start() - 1:m.end() + 1])):
            # a pair alone in quotation marks is a title ("the “Melvin and Howard” star")
            found += [(*m.span("a"), "pair"), (*m.span("b"), "pair")]
    return found


@cache
def _kin_in(language: str) -> re.Pattern[str] | None:
    nouns = load_json("kin_nouns_languages.json").get(language) if language != "en" else None
    return re.compile(rf"(?<![\w-])(?i:{alternation(nouns)}) (?P<name>[{CAPITALS}][a-zß-öø-ÿ]+)(?![\w’'-]| [{CAPITALS}])") \
        if nouns else None


@cache
def _pair_in(language: str) -> re.Pattern[str] | None:
    """Two capitalized words joined by the language's "and" or "or" (number_languages.json's number_joins, the
    joins the number rules read), the second before no capitalized word (it would open a longer name)."""
    joins = language_table().get(language, {}).get("number_joins") if language != "en" else None
    word = rf"[{CAPITALS}][a-zß-öø-ÿ]+"
    return re.compile(rf"(?<![\w’'-])(?P<a>{word}) (?:{alternation(joins)}) (?P<b>{word})(?![\w’'-]| [{CAPITALS}])") \
        if joins else None


def paired_people(text: str, language: str) -> list[tuple[int, int, str]]:
    """Two given names joined by the text's "and" or "or" ("Aron und Gianni", "Charlie und Nick"): a name in a
    pair with another given name is a person's as the other is, as in English ("Lou and Ben"). Both must be
    given names the lists hold, one of them no English word; neither a noun, function word or month of the text's
    language (German capitalizes its nouns: "Kranz und Rose" holds names that are words), nor a place or body the
    gazetteer knows, a town too: a pair is of one kind, and "Hagen oder Unna" are two towns, though both are given
    names; a pair alone in quotation marks is a title."""
    pattern = _pair_in(language)
    if pattern is None:
        return []
    names, word_names = given_names()
    stops = function_words(language)
    found: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        pair = (m.group("a"), m.group("b"))
        listed = [w if w.isascii() else without_accents(w) for w in pair]
        if (all(w in names or w in word_names for w in listed) and any(w in names for w in listed)
                and not any(w.lower() in stops or is_common_noun(w, language) or known_form(w) is not None for w in pair)
                and not (set(pair) & not_given_words()) and not _QUOTED.match(text[m.start() - 1:m.end() + 1])):
            found += [(*m.span("a"), "pair"), (*m.span("b"), "pair")]
    return found


def kin_people(text: str, language: str) -> list[tuple[int, int, str]]:
    """A given name alone right after a kinship noun of the text's language ("seines Bruders Mischa", "trois filles
    Aseel", "su hija Lucía"): a relative is named by the given name, and no place or body is one's brother. The
    name must be one the lists hold as a given name and as nothing else; a capitalized word after it makes it the
    first name of a longer one, which the other rules read."""
    pattern = _kin_in(language)
    if pattern is None:
        return []
    names, _ = given_names()
    return [(*m.span("name"), "kin") for m in pattern.finditer(text)
            if (m.group("name") if m.group("name").isascii() else without_accents(m.group("name"))) in names]
