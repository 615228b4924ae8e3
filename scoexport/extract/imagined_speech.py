"""Speech nobody is reported saying: words in quotation marks given as an instance of a kind ("Sätze wie: „...“",
"Behauptungen wie „...“", "a song like “...”") or as what is said if or whenever something happens ("wenn Leute sagen
„...“", "wenn Gianni sagt, „...“ oder „...“").

Enters: a paragraph's text and where a quotation's opening mark stands; leaves: whether the words before it
introduce it so (data/imagined_speech.json). Both shapes come from grammar, not from what the words say: a noun and
"wie"/"like" name a kind and the marks hold a sample of it (a typical sentence, a term, a title), and a verb of speech
inside a clause of condition or recurrence says nothing was said on one occasion (German writes a single past
occasion with "als", so "wenn" there means "if" or "whenever"). The items of a list after either ("„A“, „B“ und
„C“") are read with the first, since only the first stands right after the introducing words.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from .base import may_hold
from .marks import CLOSING_MARKS, OPENING_MARKS
from .words import language_speech_verbs, speech_verbs

_WINDOW = 400  # a list of quoted items after the introducing words reaches this far back at most


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], frozenset[str], tuple[str, ...]], ...]:
    """Per language: the introducing words, then any earlier items of the list, then the quotation's opening mark;
    with each, the words that may not stand before it (forms of "be" before "like"), and the words one of which
    every match holds (the example words, the conjunctions), in lower case."""
    table = load_json("imagined_speech.json")
    found = []
    for language, words in table.items():
        if language.startswith("_"):
            continue
        verbs = speech_verbs() if language == "en" else language_speech_verbs(language)
        listed = (rf"(?:[{OPENING_MARKS}][^{OPENING_MARKS}{CLOSING_MARKS}\n]{{1,300}}[{CLOSING_MARKS}][\s,]*"
                  rf"(?:(?:{alternation(words['joiners'])})\s+)?)*")
        opening = rf"[\s,:]*{listed}(?:[{OPENING_MARKS}]\s*)?$"
        be = frozenset(words.get("be", ()))
        # "Sätze wie: „...“": a word before the example word (a noun; "like" not after a form of "be")
        found.append((re.compile(rf"(?i)(?P<before>[^\W\d_][\w’']*)\s+(?:{alternation(words['examples'])}){opening}"),
                      be, tuple(w.lower() for w in words["examples"])))
        # "wenn Leute sagen „...“": the conjunction, a few words of its clause, a verb of speech
        found.append((re.compile(rf"(?i)\b(?:{alternation(words['conditions'])})\s+(?:[^\s.,!?;:{OPENING_MARKS}{CLOSING_MARKS}]+\s+)"
                                 rf"{{0,5}}(?:{alternation(verbs)})\b{opening}"), frozenset(),
                      tuple(w.lower() for w in words["conditions"])))
    return tuple(found)


def imagined(text: str, start: int) -> bool:
    """Do the words before the quotation whose words start at `start` introduce it as a sample of what is said or
    as what is said if or whenever something happens, not as what someone said?"""
    since = max(0, start - _WINDOW)
    window = text[since:start]
    lowered = window.lower()
    for pattern, not_before, needs in _patterns():
        # the example pattern opens with any word, so it is tried at every letter of the window: a window without
        # one of its words (or the conjunctions) is passed over by a plain substring test first
        if not may_hold(window, lowered, needs):
            continue
        m = pattern.search(text, since, start)
        if m is not None and not (m.groupdict().get("before") or "").lower().endswith(tuple(not_before) or ("\0",)):
            return True
    return False
