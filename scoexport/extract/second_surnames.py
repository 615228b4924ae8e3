"""The second surname of a Spanish or Portuguese name, which the English name rules leave off.

Enters: a paragraph's text, where a person's name found by the name rules ends, and the document's language;
leaves: where the name ends with its second surname. Spanish and Portuguese names carry two surnames, the
father's and the mother's ("Alberto Pasco Font", "Sergio Bravo Orellana"), and the English lists stop at the
first one, or at a second that is an English word ("Font", "On"). One more capitalized word right after the
name, with nothing but a space between, is that second surname, unless it is a name of its own (an
organization the gazetteer knows), a function word of the language ("Del", "La" open the next name), or another
capitalized word follows it (then the words go on to a name or title we cannot split).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import load_json, word_set
from .gazetteer import lookup

_NEXT_WORD = re.compile(r" ([^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)?)(?= ?[^\w ]| [^\W\d_]|$)")
_CAPITALIZED_AFTER = re.compile(r" [^\W\d_]")


def _organization(word: str) -> bool:
    """An organization the gazetteer knows. A place's name is often a surname ("Toledo", "Orellana"), and a place
    right after a name is written after "de" or a comma, not beside it."""
    entry = lookup(word)
    return entry is not None and entry.type == "organization"


@cache
def _function_words(language: str) -> frozenset[str]:
    return frozenset(load_json("stopwords.json").get(language, ()))


def with_second_surname(text: str, start: int, end: int, language: str | None) -> int:
    """Where the person's name `text[start:end]` ends with its second surname, in a language that writes one."""
    if language not in word_set("two_surname_languages.txt") or " " not in text[start:end]:
        return end  # a surname alone ("Pasco") is a short form: what follows it is other words
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    if not (word[0].isupper() and word[1:].islower()) or len(word) < 2:
        return end  # "ONU", "iPhone": an acronym or a brand, no surname
    after = _CAPITALIZED_AFTER.match(text, m.end())
    if (after and text[after.end() - 1].isupper()) or word.lower() in _function_words(language) \
            or _organization(word):
        return end
    return m.end()
