"""Gazetteer matching: countries, demonyms, cities, regions (states, provinces, continents) and
organizations from package data, found with one Aho-Corasick automaton (case-sensitive, whole words
only, leftmost-longest: "New Jersey" is the region, not the island of Jersey)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from ..data import load_json, load_lines


@dataclass(frozen=True)
class Entry:
    type: str  # country, city, region or organization
    name: str  # canonical
    external_id: str | None
    demonym: bool = False


@dataclass
class Hit:
    start: int
    end: int
    entry: Entry
    rule: str = "gazetteer"


_PRIORITY = {"country": 0, "organization": 1, "city": 2, "region": 3}


@cache
def automaton() -> ahocorasick.Automaton:
    entries: dict[str, Entry] = {}

    def add(form: str, entry: Entry) -> None:
        old = entries.get(form)
        if old is None or _PRIORITY[entry.type] < _PRIORITY[old.type]:
            entries[form] = entry

    gaz = load_json("gazetteer.json")
    for c in gaz["countries"]:
        for form in c["aliases"]:
            add(form, Entry("country", c["name"], c["id"]))
        for form in c["demonyms"]:
            add(form, Entry("country", c["name"], c["id"], demonym=True))
    for c in gaz["cities"]:
        for form in c["aliases"]:
            add(form, Entry("city", c["name"], c["id"]))
    for r in gaz.get("regions", []):
        for form in r["aliases"]:
            add(form, Entry("region", r["name"], r["id"]))
    for org in load_json("organizations.json")["organizations"]:
        for form in [org["name"], *org["aliases"]]:
            add(form, Entry("organization", org["name"], None))
    auto = ahocorasick.Automaton()
    for form, entry in entries.items():
        auto.add_word(form, (len(form), entry))
    auto.make_automaton()
    return auto


def lookup(form: str) -> Entry | None:
    found = automaton().get(form, None)
    return found[1] if found else None


@cache
def title_words() -> frozenset[str]:
    return frozenset(t.rstrip(".").lower() for t in load_lines("person_titles.txt") for t in t.split())


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "-")


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
# a place before a hyphen and a lower-case word is still the place: "Texas-based", "Beijing-backed"
_COMPOUND = re.compile(r"-[a-z]")


def _inside_a_name(text: str, hit: Hit) -> bool:
    """A place followed by a capitalized word is part of a name ('Paris Club', 'Geneva Convention')."""
    if hit.entry.demonym or hit.entry.type == "organization":
        return False
    m = _NEXT_WORD.match(text, hit.end)
    return bool(m) and m.group(1).lower() not in title_words() and lookup(m.group(1)) is None


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


def find(text: str) -> list[Hit]:
    """Whole-word gazetteer matches, leftmost-longest, without overlaps."""
    hits = []
    for end_index, (length, entry) in automaton().iter(text):
        start, end = end_index - length + 1, end_index + 1
        if _word_char(text, start - 1) or (_word_char(text, end) and text[end - 1] != "." and not _COMPOUND.match(text, end)):
            continue
        hits.append(Hit(start, end, entry))
    hits.sort(key=lambda h: (h.start, h.start - h.end))
    chosen: list[Hit] = []
    for h in hits:
        if chosen and h.start < chosen[-1].end:
            continue
        chosen.append(h)
    return [h for h in map(lambda h: _with_qualifier(text, h), chosen) if not _inside_a_name(text, h)]
