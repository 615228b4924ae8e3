"""Whether an ordinal ranks something: the article test every language's ordinals take, and German's own marks.

Enters: a paragraph's text, the span of an ordinal word the language's table lists ("Erste", "erster") or of
digits before a full stop ("13."), and the document's language. Leaves: whether the word or digits rank something
(`after_determiner`, `bare_rank`, `noun_ordinal`, `dot_ordinal`).

Why it works: an ordinal is an adjective after a determiner ("la deuxième nuit", "im zweiten Durchgang"); without
one it is another word ("en segundo plano": in the background). German, which capitalizes its nouns, marks what an
ordinal does by its case and capital too:
- an ordinal used as a noun is capitalized like every noun, and no noun follows it ("passierte als Erste die
  Ziellinie", "Vierte wurde die Russin ...", "der Zweite in Antholz"); a capitalized ordinal before a capitalized
  word is an adjective inside a name ("Erste Bank", "Zweite Liga") and stays out;
- after a preposition with no article the adjective takes its strong ending, and ranks the noun after it as after
  an article ("an erster Stelle", "in dritter Generation"): `ordinal_prepositions` lists those prepositions;
- a few fixed phrases hold an ordinal that ranks nothing ("fürs Erste": for now, "als Erstes": first of all, "in
  erster Linie": mainly, "im Ersten": the first television channel); `ordinal_idioms` lists them;
- digits, a full stop and a capitalized noun after a determiner are an ordinal ("zum 100. Geburtstag"), and so after
  a determiner and one lower-case adverb ("der insgesamt 13. Weltcupsieg") or inside a parenthesis the noun closes
  ("(6. Podestplatz)"): no sentence ends there.
The languages and words are data (`number_context.json` `noun_capitalizing_languages`, `number_languages.json`).
"""
from __future__ import annotations

import re
from functools import cache

from ..date_text import month_numbers
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


_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


def after_determiner(text: str, start: int, language: str, next_to: bool = False) -> bool:
    """Does a determiner stand before the ordinal, or before one word before it ("der geplante vierte")? With
    next_to, only right before it ("la prima volta", not "il giorno prima")."""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    determiners = language_table()[language].get("determiners", ())
    # the search opens at the earliest place the pattern fits: its groups are the last one or two words
    words = [w for w in m.groups() if w] if m else []
    return any(w.lower() in determiners for w in (words[-1:] if next_to else words))


_DOT_NOUN = re.compile(r"\.\s+([A-ZÄÖÜ][^\W\d_]+)")


def dot_ordinal(text: str, start: int, end: int, language: str | None) -> tuple[int, str] | None:
    """(where it ends, the noun it ranks) of digits written as an ordinal with a full stop ("zum 100. Geburtstag",
    "einen 2. Teil"), else None. Read only in a language that writes ordinals so and capitalizes every noun: there a
    determiner before and a capitalized noun after the stop make it a rank; a month after it makes it a date ("am
    31. Oktober"), as does an era (`dot_ordinal_eras`: "im 17. Jahrhundert"); a sentence's end leaves the digits a
    count ("mit 30. Danach")."""
    lists = context_lists()
    if language not in lists["ordinal_dot_languages"] or language not in lists["noun_capitalizing_languages"]:
        return None
    m = _DOT_NOUN.match(text, end)
    if m is None or m.group(1).lower() in month_numbers() or m.group(1) in language_table()[language].get(
            "dot_ordinal_eras", ()):
        return None
    # a parenthesis closed right after the noun holds no sentence's end: "(6. Podestplatz)"
    enclosed = text[start - 1:start] == "(" and text[m.end():m.end() + 1] == ")"
    # a determiner right before, or before one lower-case adverb or adjective ("der insgesamt 13. Weltcupsieg"); a
    # capitalized word between is a noun that closes the determiner's phrase ("die Fälle 30. Danach")
    between = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    inside = between is not None and between.group(2) is not None and between.group(2).islower()
    if not enclosed and not after_determiner(text, start, language, next_to=not inside):
        return None
    return end + 1, m.group(1)
