"""Rules for people: a name after a title or role ("Foreign Minister S Jaishankar"), after "By" in a
byline, in a photo credit ("Photo via Name/X"), or before a verb of speech ("Jane Doe said")."""
from __future__ import annotations

import calendar
import re
from functools import cache

from ..data import alternation, load_lines
from .gazetteer import lookup, title_words

# A name token: "Merkel", "O’Brien", "Jean-Pierre", or an initial "S" / "S."
_TOKEN = r"(?:[A-Z][a-zà-ÿ]+(?:['’-][A-Z][a-zà-ÿ]+)?|[A-Z]\.?)"
# lower-case particles inside a name: "Lula da Silva", "Ursula von der Leyen"
_PARTICLES = r"(?:(?:da|de|del|della|di|do|dos|du|van|von|der|den|ter|bin|ibn|al|el|la|le) ){0,2}"
_NAME = rf"{_TOKEN}(?: {_PARTICLES}{_TOKEN}){{0,3}}"


@cache
def _not_name_words() -> frozenset[str]:
    words = {w.lower() for w in (*calendar.day_name, *calendar.month_name) if w}
    words |= {h.lower() for h in load_lines("organization_heads.txt")}
    words |= {"the", "a", "an", "and", "of", "in", "on", "at", "for", "his", "her", "their", "its", "this", "that", "he", "she"}
    return frozenset(words | title_words())


@cache
def speech_verbs() -> frozenset[str]:
    return frozenset(load_lines("speech_verbs.txt"))


@cache
def inverted_speech_verbs() -> frozenset[str]:
    """The verbs of speech written before their speaker ("said Jane Doe")."""
    return frozenset(load_lines("inverted_speech_verbs.txt"))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    titles = alternation(load_lines("person_titles.txt"))
    verbs = alternation(speech_verbs())
    honorifics = alternation(load_lines("honorifics.txt"))
    return {
        "title": re.compile(rf"(?<![\w-])(?i:{titles}),? (?P<name>{_NAME})"),
        "byline": re.compile(rf"^\s*(?i:by)\s+(?:(?i:{honorifics})\.?\s+)?(?P<name>{_NAME})"),
        "credit": re.compile(rf"(?i:photo|image|picture|credit)s?\s*(?i:via|by|:|courtesy of|courtesy)\s*(?P<name>{_NAME})"),
        "speech": re.compile(rf"(?P<name>{_TOKEN}(?: {_TOKEN}){{1,3}}) (?:{verbs})\b"),
        "speech_after": re.compile(rf"\b(?:{alternation(inverted_speech_verbs())}) (?P<name>{_TOKEN}(?: {_TOKEN}){{1,3}})"),
    }


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Cut a candidate name at the first word that cannot be part of a name; keep it if a full word is left."""
    tokens = list(re.finditer(r"\S+", text[start:end]))
    kept_end = start
    for t in tokens:
        word = t.group().rstrip(".")
        if word.lower() in _not_name_words() or lookup(word) is not None:
            break
        kept_end = start + t.end()
    # drop a dangling initial at the end ("Xi J")
    while kept_end > start and re.search(r"(?:^| )[A-Z]\.?$", text[start:kept_end]):
        kept_end = text.rfind(" ", start, kept_end)
        if kept_end < start:
            return None
    if kept_end <= start or not re.search(r"[a-z]", text[start:kept_end]):
        return None
    return start, kept_end


def find_people(text: str, kind: str) -> list[tuple[int, int, str]]:
    """(start, end, rule) of each person name the rules find in a paragraph of the given kind."""
    found = []
    for rule, pattern in _patterns().items():
        if rule == "byline" and kind != "byline":
            continue
        for m in pattern.finditer(text):
            span = _trim(text, m.start("name"), m.end("name"))
            if span is None:
                continue
            title = m.group()[0]
            if " " not in text[span[0]:span[1]] and (rule != "title" or not title.isupper()):
                # one capitalized word is a name only after a capitalized title ("President Macron"); after
                # "said", in a credit or after a lower-case word ("in general, There") it is as often anything
                continue
            found.append((*span, rule))
    return found
