"""What a place's name stands for where a document writes it: the decisions about places that a
gazetteer match alone cannot make.

Enters gazetteer hits (and the text around them); leaves a verdict per hit.
- A place does not speak or want: a city as the subject of a verb of speech or of will ("Beijing said",
  "Moscow has warned", "Beijing also wants", actor_verbs.txt) stands for its government or team, which
  the annotation guideline does not count as the place. "Officials in Beijing said" keeps the place:
  there it says where the speakers are. Where a document once writes a city so, its other mentions that
  do not place anything there ("Beijing's demands") stand for the same government.
- A place's name with a year written right after it ("Polska 2050", "Paris 2024", "Qatar 2022") is the
  name of a party, a plan or an event, not the place: a place is never dated so in running text, which puts a
  preposition or a comma between them ("in Paris in 2024", "Paris, 2024").
- A name that is both a country and a US state ("Georgia") is the state in a document that names the
  United States or one of its states and no other country: a story set in the US names its states
  bare, one about the country names its neighbours. The states are those news abbreviates
  (state_abbreviations.txt), so the ambiguous names come from the data, not from a list here.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from ..data import alternation, load_lines
from .gazetteer import Entry, Hit, lookup, placed_by_preposition, state_abbreviations
from .words import english_stopwords, name_words, speech_verbs

_US = "USA"


_PLACED = re.compile(r"[-‐](?:based|born|bound)\b")


def _after(verbs: Iterable[str]) -> re.Pattern[str]:
    auxiliaries = alternation(name_words("auxiliaries"))
    return re.compile(rf",? (?:(?:{auxiliaries}) )*(?:{alternation(verbs)})\b")


@cache
def _speech_after() -> re.Pattern[str]:
    return _after(speech_verbs() - {"according"})


@cache
def _acts_after() -> re.Pattern[str]:
    return _after((speech_verbs() - {"according"}) | set(load_lines("actor_verbs.txt")))


def _placed(text: str, start: int, end: int) -> bool:
    """The name says where something is: after a preposition of place ("in Beijing", not "to Beijing's
    demands", where the preposition goes with the noun after it) or in "Beijing-based"."""
    before = placed_by_preposition(text, start, end)
    return bool(before or _PLACED.match(text, end))


def acts(text: str, start: int, end: int) -> bool:
    """A place as the subject of a verb of speech or will: it stands for those who govern or play there."""
    return bool(_acts_after().match(text, end)) and not _placed(text, start, end)


def actors(hits: Iterable[tuple[str, Hit]]) -> set[str]:
    """Names of the cities a document writes as the subject of a verb of speech, or twice as that of a verb
    of will (once may be a figure of speech: "a region like Delhi demands"); hits come with their text."""
    counts: Counter[str] = Counter()
    for text, h in hits:
        if h.entry.type == "city" and acts(text, h.start, h.end):
            counts[h.entry.name] += 2 if _speech_after().match(text, h.end) else 1
    return {name for name, n in counts.items() if n >= 2}


def stands_for_government(text: str, hit: Hit, acting: set[str]) -> bool:
    """A city mention that stands for its government or team: it acts here, or it acts elsewhere in the
    document and this mention places nothing there."""
    if hit.entry.type != "city" or hit.entry.name not in acting:
        return False
    return acts(text, hit.start, hit.end) or not _placed(text, hit.start, hit.end)


_YEAR_AFTER = re.compile(r" (?:1[89]|2[01])\d\d(?![\w,.:/-]*\d)")
_PLACES = frozenset({"country", "city", "region"})


# a release's number in points, then its code name: in brackets, after a dash or a space ("Debian 2.0 (Hamm)", "2.0 —
# Hamm", "Debian 2.0 Hamm (July 24th, 1998)"), also where the product is named after the number ("la version 2.0 de
# Debian (Hamm)")
_RELEASE_BEFORE = re.compile(r"(?<![\w.])\d+\.\d+(?:\.\d+)*(?: (?:of|de|von|di) [A-Z][\w-]*)?"
                             r"(?: \(\s*[‘'\"“«]?| [—–] )$")
# with a bare space only after the product's name ("Debian 2.0 Hamm"): after any number in points it is a time or an
# amount ("at 10.30 London time", "3.5 Berlin")
_NAMED_RELEASE_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z][\w-]*) \d+\.\d+(?:\.\d+)* $")


def named_with_year(text: str, hit: Hit) -> bool:
    """A place's name followed by a year: the name of a party, plan or event ("Polska 2050"), not the place. So is a
    place's name right after a release's number: the release's code name ("Debian 2.0 (Hamm)"), as software names
    its releases after anything, towns included."""
    return hit.entry.type in _PLACES and bool(
        _YEAR_AFTER.match(text, hit.end) or _RELEASE_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        or _named_release(text, hit.start))


def _named_release(text: str, start: int) -> bool:
    """A capitalized name, not a sentence's first function word ("At 8.00 Gaza time"), and a release's number right
    before `start`."""
    m = _NAMED_RELEASE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() not in english_stopwords()


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
