"""Organizations named beside a noun of organizations ("party", "publication", "band", "organization").

Enters: a paragraph's text. Leaves: (start, end, "organization") of the names found. A writer names a body
and says what it is in the same phrase: a capitalized name before the noun after "the" ("the Alternative for
Germany party"), or a name in apposition with the noun, before it ("publication DigiTimes", "the band
Steppenwolf") or after it ("Stratfor, the Texas-based intelligence organization"); a unit by its short name and
its noun ("the QA team", `data/unit_nouns.txt`). English rules: the
caller (`organizations.find_organizations`) asks them of English text only. The nouns are in
`data/organization_nouns.txt`; `WORD` is the shape of a capitalized word of an organization's name, which
the name patterns of both modules share.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..data import alternation, load_lines
from .base import matches_at, written
from .gazetteer import lookup, title_words
from .tokens import tokens
from .words import given_names, plain_words

WORD = r"[A-Z](?:[\w&-]|['’](?!s\b)|\.(?=\w))*"  # no full stop at its end, no possessive


@cache
def _described() -> re.Pattern[str]:
    """A capitalized name (with "for", "of", "and" inside) followed by a lower-case noun of organizations."""
    nouns = alternation(load_lines("organization_nouns.txt"))
    name = rf"{WORD}(?: (?:(?:for|of|and|the) )*{WORD}){{0,4}}"
    return re.compile(rf"(?<=\b[Tt]he )(?P<name>{name}) (?:{nouns})\b")


@cache
def _organization_nouns() -> tuple[str, ...]:
    return tuple(load_lines("organization_nouns.txt"))


@cache
def _apposed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A capitalized name in apposition with a noun of organizations, before it ("publication DigiTimes",
    "the band Steppenwolf") or after it ("Stratfor, the Texas-based intelligence organization")."""
    nouns = alternation(_organization_nouns())
    name = rf"{WORD}(?: {WORD}){{0,3}}"
    before = re.compile(rf"\b(?:{nouns}) (?P<name>{name})(?=[.,;:)]|$| [a-z])")
    after = re.compile(rf"(?<![\w-])(?P<name>{name}), (?:the|a|an) (?:[\w-]+ ){{0,4}}(?:{nouns})\b")
    return before, after


def apposition(text: str) -> list[tuple[int, int, str]]:
    """Names in apposition with a noun of organizations (`_apposed`), not a person's, a place's or a title."""
    # a noun of organizations is a whole word wherever a match holds one: those among the paragraph's words
    held = tokens(text).words
    nouns = [noun for noun in _organization_nouns() if _noun_opening(noun) in held]
    if not nouns:
        return []  # no noun of organizations in the paragraph: nothing to be in apposition with (a cheap test first)
    names, word_names = given_names()
    found = []
    before, after = _apposed()
    # a noun before the name opens the match, where the noun is written; a name after opens with a capital, and
    # the first comma after it (a name holds none) goes on with an article: tried only at the capitals before one
    for pattern, places in ((before, written(text, nouns)), (after, tokens(text).apposed)):
        for m in matches_at(pattern, text, places):
            first = m.group("name").split()[0]
            if (first in names or first in word_names or lookup(m.group("name")) is not None or first in plain_words()
                    or first.lower() in title_words() or len(m.group("name")) < 2):
                continue  # a person's name, a place, a sentence's first word ("Officials, the ..."), a title ("bank CEO"),
                # a letter standing for any one ("brand A over brand B")
            found.append((*m.span("name"), "organization"))
    return found


@cache
def _noun_opening(noun: str) -> str:
    """The run of letters a noun of organizations opens with ("start" of "start-up"): a paragraph that writes the
    noun as a whole word holds it among its words."""
    return noun.split("-", 1)[0]


def described(text: str, after_the: Sequence[int]) -> list[tuple[int, int, str]]:
    """Names followed by a lower-case noun of organizations after "the" ("the Alternative for Germany party");
    `after_the`: where a word after "the " opens. A place's name or one plain word is no organization."""
    found = []
    for m in matches_at(_described(), text, after_the):
        name = m.group("name")
        parts = name.split()
        if lookup(name) is None and not (len(parts) == 1 and (parts[0] in plain_words() or parts[0].isupper())):
            found.append((m.start("name"), m.end("name"), "organization"))
    return found


@cache
def _unit() -> re.Pattern[str]:
    """After "the": a capitalized word or none, a short name in capitals, and a noun of a body's unit."""
    return re.compile(rf"(?<=\b[Tt]he )(?P<name>(?:{WORD} )?(?P<short>[A-Z]{{2,6}}) "
                      rf"(?:{alternation(load_lines('unit_nouns.txt'))}))(?![\w-])")


def units(text: str, after_the: Sequence[int]) -> list[tuple[int, int, str]]:
    """A body's unit named by its short name and its noun after "the" ("the QA team", "the MIA team", "the Debian
    LTS team"): a project or a company names its teams by what they do, in capitals, and the noun after says the
    letters stand for a group of people. Not where the letters are a body or a place the gazetteer knows ("the FBI
    team" is the FBI's, "the US team" the country's)."""
    return [(*m.span("name"), "organization") for m in matches_at(_unit(), text, after_the)
            if lookup(m.group("short")) is None]
