"""Teams named by the two sides of a match: "Broncos vs. Raiders", "the Lakers v Celtics".

Enters a paragraph's text; leaves (start, end) of each side's name. Moved out of coordination.py, whose rules read
names by the names around them as this one does, by the name on the other side of "vs."
"""
from __future__ import annotations

import re

from .base import matches_at
from .gazetteer import lookup
from .name_shapes import stops_a_name
from .openings import capitals_before
from .words import surnames

# "Broncos vs. Raiders", "the Lakers v Celtics": a plural name on each side of "vs."
_MATCHUP = re.compile(r"(?<![\w’'-])(?P<a>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+s) (?:vs?\.?|versus) "
                      r"(?P<b>(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+s)(?![\w’'-])")
_MATCHUP_JOIN = re.compile(r"s (?:vs?\.?|versus) [A-Z]")  # the first side's last letter, "vs." and the second's capital


def matchups(text: str) -> list[tuple[int, int]]:
    """The two sides of a match, each a capitalized plural: sides of a match are alike, and a name in the plural
    with another one against it is a team ("Broncos vs. Raiders"), though teams are named by plain words: the
    capital on a plural inside a sentence makes it a name. Not where either side is a surname or a known name
    ("Williams vs. Jones" are people, "Roe v. Wade" is a case, "Democrats vs. Republicans" parties' members)."""
    if " v" not in text:
        return []
    found = []
    for m in matches_at(_MATCHUP, text, _matchup_places(text)):
        sides = (m.span("a"), m.span("b"))
        if all(_team(text[start:end]) for start, end in sides):
            found.extend(sides)
    return found


def _matchup_places(text: str) -> list[int]:
    """Where _MATCHUP may match: the first side holds no comma and ends with the "s" before "vs.", so it opens at
    one of the capitals before such an "s" back to the last comma (not at every character)."""
    ends = [m.start() + 1 for m in _MATCHUP_JOIN.finditer(text)]
    return capitals_before(text, ends, ",") if ends else []


def _team(name: str) -> bool:
    last = name.rsplit(" ", 1)[-1]
    one = last[:-1]
    # a party's members are named by the party's own word in the plural ("Democrats", "Republicans")
    members = lookup(f"{one} Party") is not None or lookup(f"{one}ic Party") is not None
    return (last not in surnames() and one not in surnames() and lookup(name) is None and not members
            and not any(stops_a_name(w) for w in name.split()))
