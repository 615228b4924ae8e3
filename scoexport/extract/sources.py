"""Organizations named as the source of a report: the capitalized name after "according to", "told",
"published by" or before "reports" ("according to data from MarketAxess", "told Business Insider",
"CBS DFW reports").

News writing attributes what it reports to people and to organizations; a person there is found by the
people rules (a given name, a title, a surname of a full name used before), which outrank this rule in
entities.py, so a name here that no rule knows as a person's is an outlet, an agency or a company.
Enters a paragraph's text; leaves (start, end) spans. Cue words: data/source_cues.txt.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_lines
from ..names import place_names
from .base import capital_starts, lower_cased, matches_at, word_places
from .gazetteer import lookup
from .name_stops import plural_short_form
from .words import dictionary_words, given_names, name_words, surnames

_WORD = r"[A-Z](?:[\w&-]|\.(?=\w))*"  # "MarketAxess", "Polygraph.info"; no possessive, no full stop at its end
_NAME = rf"(?:The )?{_WORD}(?: {_WORD}){{0,3}}"
# what may follow a source's name: punctuation, the end, or a function word ("told Ruptly that ...")
_END = r"(?=[.,;:)!?\"”’]|$| (?:that|in|on|about|at|last|this|earlier|when|and|or|for|after|before|to|during|with|the|a)\b)"
_CAPITALS_ONLY = re.compile(r"^[A-Z]{2,}$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    cues = load_lines("source_cues.txt")
    before = alternation(c for c in cues if not c.startswith("*"))
    after = [c[1:].strip() for c in cues if c.startswith("*")]
    lead = re.compile(rf"\b(?i:{before}) (?:the )?(?P<name>{_NAME}){_END}")
    trail = re.compile(rf"(?<![\w-])(?P<name>{_WORD}(?: {_WORD}){{0,3}}) (?:{alternation(after)})\b") if after else None
    return lead, trail


def _named_source(name: str) -> bool:
    """A name no other list explains: not a place, not a person's given name first, not one plain word."""
    words = name.removeprefix("The ").split()
    names, word_names = given_names()
    if words and words[0].lower() in name_words("function_words"):
        return False  # "He reports": a pronoun or an article opens no name ("He" is a surname too: "Liu He")
    if not words or words[0] in names or words[0] in word_names or words[0] in place_names() or name in place_names():
        return False
    if len(words) == 1 and (words[0] in surnames() or words[0] in dictionary_words()) and not _CAPITALS_ONLY.match(words[0]):
        return False  # "told Smith" names a person, "according to Officials" no one
    if len(words) == 1 and plural_short_form(words[0]):
        return False  # "told MSPs", "according to NGOs": the plural of a role's or a kind's short form, no name
    return True


@cache
def _cue_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The first words of the cues before a name, lower-case, and the cues after one, as written."""
    cues = load_lines("source_cues.txt")
    return (tuple(sorted({c.split()[0].lower() for c in cues if not c.startswith("*")})),
            tuple(c[1:].strip() for c in cues if c.startswith("*")))


def find_sources(text: str) -> list[tuple[int, int]]:
    """(start, end) of each organization named as a report's source in a paragraph."""
    lowered = lower_cased(text)  # the paragraph record's, which other rules read too
    if ("told" not in lowered and "accord" not in lowered and "publish" not in lowered
            and not any(cue.split()[0] in text for cue in _cue_words()[1])):
        return []  # no cue in the paragraph (a cheap test first; "reports", "figures show" are written after a name)
    found = []
    lead, trail = _patterns()
    # the lead cues open with one of a few words, in any case; a trailing cue follows a capitalized name
    lead_places = word_places(text, lowered, _cue_words()[0])
    trail_places = capital_starts(text) if any(cue in text for cue in _cue_words()[1]) else ()
    for pattern, places in ((lead, lead_places), (trail, trail_places)):
        if pattern is None:
            continue
        for m in pattern.finditer(text) if places is None else matches_at(pattern, text, places):
            name = m.group("name")
            if text[m.start():m.start("name")].isupper():
                continue  # a line set in capitals ("TOLD THE PRESS") shows no name by its capitals
            if pattern is not lead and any(w in dictionary_words() and not _CAPITALS_ONLY.match(w) for w in name.split()):
                continue  # before "reports" a run may open the sentence with a word ("Meanwhile CNN reports")
            if name.startswith("The ") and lookup(name[4:]) is not None:
                continue  # "told The Associated Press": the gazetteer knows it, under its own name
            if _named_source(name):
                found.append(m.span("name"))
    return found
