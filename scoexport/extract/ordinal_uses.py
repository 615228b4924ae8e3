"""Where an ordinal word with no article before it is still a rank, in a language that capitalizes its nouns.

Enters: a paragraph's text, the span of an ordinal word the language's table lists ("Erste", "erster") and the
document's language. Leaves: True where the word ranks something though no determiner stands before it, False
where it is part of a fixed phrase that ranks nothing, None where the usual test (a determiner before it) decides.

Why it works: German marks what an ordinal does by its case and capital, not only by an article before it:
- an ordinal used as a noun is capitalized like every noun, and no noun follows it ("passierte als Erste die
  Ziellinie", "Vierte wurde die Russin ...", "der Zweite in Antholz"); a capitalized ordinal before a capitalized
  word is an adjective inside a name ("Erste Bank", "Zweite Liga") and stays out;
- after a preposition with no article the adjective takes its strong ending, and ranks the noun after it as after
  an article ("an erster Stelle", "in dritter Generation"): `ordinal_prepositions` lists those prepositions;
- a few fixed phrases hold an ordinal that ranks nothing ("fürs Erste": for now, "als Erstes": first of all, "in
  erster Linie": mainly); `ordinal_idioms` lists them, matched around the word.
The languages and words are data (`number_context.json` `noun_capitalizing_languages`, `number_languages.json`).
"""
from __future__ import annotations

import re
from functools import cache

from .numerals import context_lists, language_table

_NEXT_TWO = re.compile(r"[\s\u00a0]*([^\W\d_]*)(?:[\s\u00a0]+([A-ZÄÖÜ]))?")
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]+$")


@cache
def _idioms(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(i.split()) for i in language_table().get(language, {}).get("ordinal_idioms", ()))


def _in_idiom(text: str, start: int, end: int, language: str) -> bool:
    """Is the word at text[start:end] one of the words of a listed fixed phrase written around it? A phrase listed
    in lower case matches in any case ("fürs Erste"); one listed with a capital only so ("im Ersten": the first
    television channel, not "im ersten Jahr")."""
    for words in _idioms(language):
        exact = any(not w.islower() for w in words)
        fold = (lambda s: s) if exact else str.lower
        word = fold(text[start:end])
        if word not in words:
            continue
        at = words.index(word)
        before, after = " ".join(words[:at]), " ".join(words[at + 1:])
        head = " ".join(fold(text[max(0, start - len(before) - 2):start]).split())
        tail = " ".join(fold(text[end:end + len(after) + 2]).split())
        if head.endswith(before) and tail.startswith(after) and (before == "" or head == before
                                                                 or not head[-len(before) - 1].isalpha()):
            return True
    return False


def noun_ordinal(text: str, start: int, end: int, language: str | None) -> bool:
    """Is the capitalized ordinal at text[start:end] used as a noun ("als Erste die Ziellinie")? Then it ranks the
    person or thing the sentence names and counts no noun after it. A capitalized word after it makes both a name."""
    if language not in context_lists()["noun_capitalizing_languages"] or not text[start:start + 1].isupper():
        return False
    m = _NEXT_TWO.match(text, end)
    if m.group(1)[:1].isupper():
        return False
    # an inflected adjective and a noun after it ("Erste positive Ergebnisse"): the ordinal ranks that noun
    return not (m.group(2) and m.group(1).endswith(_ADJECTIVE_ENDINGS) and m.group(1).lower() not in
                language_table()[language].get("determiners", ()))


def bare_rank(text: str, start: int, end: int, language: str | None) -> bool | None:
    """True: the ordinal at text[start:end] ranks though no determiner stands before it (a noun "als Erste", an
    adjective after a preposition "an erster Stelle"); False: a fixed phrase ("fürs Erste") or a name's part
    ("Erste Bank"); None: not a noun-capitalizing language, or neither case (the determiner test decides)."""
    if language not in context_lists()["noun_capitalizing_languages"]:
        return None
    if _in_idiom(text, start, end, language):
        return False
    if text[start:start + 1].isupper():
        return noun_ordinal(text, start, end, language)
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before and before.group(1).lower() in language_table()[language].get("ordinal_prepositions", ()):
        return True
    return None
