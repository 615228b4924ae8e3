"""Teams and bands by their verb: a name no list knows, singular in form, with a plural verb ("Chelsea have paid the
fee", "Arsenal were beaten").

Enters a paragraph's text; leaves (start, end, "organization") spans. Why it works: British English writes a club
or a company as the many people it is, so its verb is plural; a person or a place takes "has". Split from
organizations.py, which calls it among the English rules.
"""
from __future__ import annotations

import re

from .base import matches_at
from .gazetteer import lookup
from .openings import opening_places
from .words import dictionary_words, name_words

__all__ = ["collective"]

# one capitalized word as a sentence's subject, with a plural verb: "Chelsea have paid", "Arsenal were beaten"; not
# before a pronoun, the subject of a question ("Rich, are you sure?" written without its comma: "Rich are you sure?")
_PLURAL_SUBJECT = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][a-z]+[a-rt-z]) (?:have|are|were)\b(?! (?:you|we|they|I)\b)")
_PLURAL_SUBJECT_OPENING = re.compile(r"[A-Z][a-z]+(?= (?:have|are|were)\b)")  # without its look behind
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*|and|or|&) $")  # a longer name's last word; one of two joined subjects


def _english_word(word: str) -> bool:
    """A dictionary word, or one inflected from it ("Fewer", "Likely", "Excluded", "Listed")."""
    return any(form in dictionary_words() for form in (word, word.removesuffix("er"), word.removesuffix("est"),
                                                        word.removesuffix("ly"), word.removesuffix("d"),
                                                        word.removesuffix("ed")))


def collective(text: str) -> list[tuple[int, int, str]]:
    """A name no list knows, singular in form, with a plural verb is a team or a band: British English writes
    a club or a company as the many it is ("Chelsea have paid the fee"); a person or a place takes "has"."""
    if " have " not in text and " are " not in text and " were " not in text:
        return []
    # tried only where a capitalized word stands before the verb
    return [(*m.span("name"), "organization") for m in matches_at(_PLURAL_SUBJECT, text,
                                                                   opening_places(_PLURAL_SUBJECT_OPENING, text))
            if lookup(m.group("name")) is None and not _english_word(m.group("name"))
            and not _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and m.group("name").lower() not in name_words("function_words")]
