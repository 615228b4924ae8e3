"""Names as the object of a preposition: an owner ("the office of the United Nations", "la milizia dell'Imam
Hussein") or a listener, a partner, a place ("in linea con Papa Francesco", "a Gerusalemme"), never the subject.

Enters: a paragraph's text, where a name starts, and the document's language; leaves: "of" (the name owns the noun
before it), "other" (another preposition governs it) or None. Only the word just before the name counts (and an
article after it: "of the"): a role phrase between them makes the name an apposition of the role, who may speak
("il ministro degli Esteri Antonio Tajani"). The prepositions are those of data/oblique_prepositions.json; those
that name a source or an agent ("by", "from", "da", "par") are left out, since that name may be the speaker.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json, of_words, words_before


@cache
def articles() -> str:
    """The articles of the languages the prepositions list, as a regex alternation; an elided one ("l'") ends in
    its apostrophe, straight or curly, and takes no space before the word it goes with."""
    return words_before(load_json("oblique_prepositions.json")["articles"])


@cache
def _patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = load_json("oblique_prepositions.json")
    words = table.get(language) or table["en"]
    found = []
    for role in ("of", "other"):
        listed = (of_words(language) if role == "of" else None) or words.get(role, [])
        spaced = [w for w in listed if not w.endswith("'")]
        elided = [w[:-1] for w in listed if w.endswith("'")]
        forms = []
        if spaced:
            forms.append(rf"(?:{alternation(spaced)})\s+{articles()}?")
        if elided:
            forms.append(rf"(?:{alternation(elided)})['’]")
        if forms:
            found.append((role, re.compile(rf"(?i)(?<![\w'’])(?:{'|'.join(forms)})$")))
    return tuple(found)


def oblique(text: str, start: int, language: str | None, since: int = 0) -> str | None:
    """Is the name starting at `start` the object of a preposition: "of" (an owner), "other", or None? Only text
    from `since` on is read (after a verb of speech: the "to" of "according to" is the verb's)."""
    window = text[max(since, start - 30):start]
    for role, pattern in _patterns(language or "en"):
        if pattern.search(window):
            return role
    return None
