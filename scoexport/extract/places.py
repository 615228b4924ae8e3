"""What a place's name stands for where a document writes it: the decisions about places that a
gazetteer match alone cannot make.

Enters gazetteer hits (and the text around them); leaves a verdict per hit.
- A place does not speak: a city as the subject of a verb of speech ("Beijing said", "Moscow has
  warned") stands for its government or team, which the annotation guideline does not count as the
  place. "Officials in Beijing said" keeps the place: there it says where the speakers are.
- A name that is both a country and a US state ("Georgia") is the state in a document that names the
  United States or one of its states and no other country: a story set in the US names its states
  bare, one about the country names its neighbours. The states are those news abbreviates
  (state_abbreviations.txt), so the ambiguous names come from the data, not from a list here.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..data import alternation
from .gazetteer import Entry, Hit, lookup, state_abbreviations
from .words import speech_verbs

_PLACE_PREPOSITION = re.compile(r"\b(?:in|from|at|of|to|near|outside|inside|across)\s$", re.I)
_US = "USA"


@cache
def _speech_after() -> re.Pattern[str]:
    return re.compile(rf",? (?:(?:has|have|had|also) )*(?:{alternation(speech_verbs() - {'according'})})\b")


def speaks(text: str, start: int, end: int) -> bool:
    """A place as the subject of a verb of speech: it stands for those who govern or play there."""
    return bool(_speech_after().match(text, end)) and not _PLACE_PREPOSITION.search(text, max(0, start - 9), start)


@cache
def _states_named_like_countries() -> dict[str, Entry]:
    """Country IDs whose name is also a US state's ("GEO" -> Georgia, US-GA)."""
    out = {}
    for entry in state_abbreviations().values():
        country = lookup(entry.name)
        if country is not None and country.type == "country" and not country.demonym and country.external_id:
            out[country.external_id] = entry
    return out


def us_states_by_evidence(hits: Iterable[Hit]) -> dict[str, Entry]:
    """{country ID: state entry} for the ambiguous names that a document's other places make US states."""
    hits = list(hits)
    ambiguous = _states_named_like_countries()
    countries = {h.entry.external_id for h in hits if h.entry.type == "country"} - set(ambiguous)
    us_evidence = _US in countries or any((h.entry.external_id or "").startswith("US-") for h in hits)
    if not us_evidence or countries - {_US}:
        return {}
    return ambiguous
