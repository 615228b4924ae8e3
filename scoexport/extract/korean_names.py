"""Korean names in Latin letters: a family name from a closed list, then a given name of two syllables joined by a
hyphen ("Moon Jae-in", "Park Geun-hye", "Kim Jong-un", "Ban Ki-moon").

Enters a paragraph's text; leaves (start, end, "korean") spans for people.py. English-language news writes a
Korean name family name first and the given name as its two syllables with a hyphen, the second in lower case.
The given-name list cannot hold them (syllables combine freely) and the family names are words or places in
English ("Moon", "Park", "Song"), so neither shape rule finds them; `names.korean_name` decides whether a
candidate is one (the family name from its list, each half of the given name a syllable), and person keys
read the same decision (resolve.person_key).
"""
from __future__ import annotations

import bisect
import re

from ..names import korean_name
from .base import capital_starts, matches_at

_CANDIDATE = re.compile(r"[A-Z][a-z]{0,5} [A-Z][a-z]{0,5}-[a-z]{1,6}(?![\w’'-])")
_JOINED_BEFORE = re.compile(r"[’'-]")
# what every candidate holds after its family name: a space, a capitalized syllable and its hyphen before a small
# letter; a search that opens with a space, which the regex engine scans for as a literal
_GIVEN_NAME = re.compile(r" [A-Z][a-z]{0,5}-[a-z]")


def korean_people(text: str) -> list[tuple[int, int, str]]:
    """Spans of Korean names written family name first with a hyphenated given name."""
    if "-" not in text:
        return []  # no hyphenated given name in the paragraph: no candidate
    return [(m.start(), m.end(), "korean") for m in matches_at(_CANDIDATE, text, _family_places(text))
            if not (m.start() and _JOINED_BEFORE.match(text, m.start() - 1)) and korean_name(m.group())]


def _family_places(text: str) -> list[int]:
    """Where a candidate may open: at the capitalized word (`capital_starts`: one place per run of word characters)
    right before each hyphenated given name (`_GIVEN_NAME`). The family name is one capital and small letters, so no
    other capitalized word opens between it and the given name; tried there, not at every capitalized word of a
    paragraph that holds a given name's shape."""
    capitals = capital_starts(text)
    places = []
    for given in _GIVEN_NAME.finditer(text):
        i = bisect.bisect_left(capitals, given.start() + 1)  # the given name's own capital
        if i:
            places.append(capitals[i - 1])
    return places
