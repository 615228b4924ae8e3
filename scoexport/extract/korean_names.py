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
    if "-" not in text or not _GIVEN_NAME.search(text):
        return []  # no hyphenated given name in the paragraph: no candidate (one scan before a match at each capital)
    # tried only where a capitalized word opens (after no word character), not at every character
    return [(m.start(), m.end(), "korean") for m in matches_at(_CANDIDATE, text, capital_starts(text))
            if not (m.start() and _JOINED_BEFORE.match(text, m.start() - 1)) and korean_name(m.group())]
