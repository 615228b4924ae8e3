"""Whether an ordinal ranks something: the article test every language's ordinals take, and German's own marks.

Enters: a paragraph's text, the span of an ordinal word the language's table lists ("Erste", "erster") or of
digits before a full stop ("13."), and the document's language. Leaves: whether the word or digits rank something
(`after_determiner`, `bare_rank`, `noun_ordinal`, `dot_ordinal`), and whether an English ordinal ranks
nothing (`english_ranks_nothing`).

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

from ..data import adjective_endings, alternation
from ..date_text import month_numbers
from . import word_quantities
from .numerals import context_lists, language_table, number_table

_NEXT_TWO = re.compile(r"[\s\u00a0]*([^\W\d_]*)(?:[\s\u00a0]+([A-ZÄÖÜ]))?")
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
    # an inflected adjective and a noun after it ("Erste positive Ergebnisse"): the ordinal ranks that noun; German's
    # endings, read for each language that capitalizes its nouns (German's codes, Luxembourgish) as they were before
    return not (m.group(2) and m.group(1).endswith(adjective_endings("de")) and m.group(1).lower() not in
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


# a capitalized word after an ordinal opens a name ("6th Avenue", "Second World War"), but not where a hyphen joins
# it to a lower-case word: an adjective of the noun ranked ("the first French-language book")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+(?!-[a-z])\b")
DETERMINER_BEFORE = re.compile(r"(?i)\b(?:an?|the|this|that|its|their|his|her|our)\s+$")
# the subject (maybe with its auxiliary joined: "I'd first like") or a modal verb ("must first register") before it
_SUBJECT_BEFORE = re.compile(rf"(?i)(?:\b(?:{alternation(context_lists()['ordinal_adverb_subjects'])})(?:['’](?:d|ll))?"
                             rf"|\b(?:{alternation(context_lists()['ordinal_adverb_modals'])}))\s+$")
# nothing ranked after the ordinal: its sentence or clause ends there, or the next step follows ("do the age sort
# first and then sort again")
_CLAUSE_END_AFTER = re.compile(r"[.;:!?)]|,?\s+(?:and\s+)?then\b")
_CONJUNCTION_BEFORE = re.compile(r"(?:^|[.!?][\"”’)]?\s+)(?:But|And|So|Yet)\s+$")  # "But first, ...": a discourse marker
_RANKED_BEFORE = re.compile(r"(?i)\b(?:an?|the|this|that|its|their|his|her|our|in)\s+$")  # "the first.", "in first."
# what a ranked word stands after, with nothing between: a determiner, a possessive, a preposition of rank ("in
# first"), or a capitalized word opening a heading or a sentence ("First", after which a list goes on)
_ORDINAL_HEAD_BEFORE = re.compile(r"(?i)(?:\b(?:an?|the|this|that|these|those|its|their|his|her|our|my|your|in|at|"
                                  r"each|every|both|either|neither)\s+|^\s*)$")
_ADVERB_AFTER = re.compile(r"\s+[a-z]+ed\b")
# a passive's or a progressive's auxiliary right before it, and a verb's form after ("was first written", "is first
# read"): a ranked noun would need a determiner ("was the first release"); "was first in line" ranks
_AUXILIARY_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being)\s+$")
_VERB_FORM_AFTER = re.compile(r"\s+(?!(?:in|of|to|among|on|at|for|with|by|and|or|than)\b)(?![a-z]+est\b)[a-z]+\b")


@cache
def _rank_verb_before() -> re.Pattern[str]:
    """A verb of placing in a result right before an ordinal ("finished first", "was placed second"): it ranks."""
    return re.compile(rf"(?i)\b(?:{alternation(context_lists()['ordinal_rank_verbs'])})\s+$")


@cache
def _step_after() -> re.Pattern[str]:
    """What follows an adverb of order closing its step, no rank ("the byte first, so", "computed first and the value
    second", "the most significant byte first - that", "checks the link first will continue"): a comma, a dash, "and"
    or "or", or a modal verb; not another ordinal of a list ("first, second and third prizes", "first or last")."""
    ordinals = alternation([*number_table()["ordinals"], "last", "next"])
    modals = alternation(context_lists()["ordinal_adverb_modals"])
    return re.compile(rf"(?:\s*,|\s+(?:and|or)\b|\s*[–—]|\s+-(?=\s))(?!\s*(?:{ordinals})\b)|\s+(?:{modals})\b")


@cache
def _count_word_after() -> re.Pattern[str]:
    """A number word of two or more after an ordinal ("the first two items"): the ordinal selects what it counts."""
    w = number_table()
    words = [k for k, n in w["units"].items() if n >= 2] + list(w["tens"])
    return re.compile(rf"\s+(?:{alternation(words)})\b(?!-)")


def english_ranks_nothing(text: str, start: int, end: int) -> bool:
    """Does the English ordinal at `start:end` ("first", "second", "21st") rank nothing? Enters: a paragraph's text
    and the span the ordinal pattern matched. Leaves: True where the word is another part of speech or part of
    another fact. English marks no ordinal by case or ending, so its neighbours tell: an adverb stands after a
    subject or a modal ("he first ran", "must first register"), before a participle with no determiner ("is first
    cultivated"), between an auxiliary and its verb ("was first written"), or closes its clause or step ("come first.",
    "But first, read", "the low byte first, then", "checks the link first will"); a discourse marker orders the text
    ("First, we install"); "second" after "to" or "and" may be the verb; a number after it is what it selects ("the
    first two items"); a capitalized word after it opens a name ("6th Avenue"); "century" makes it a date."""
    word = text[start:end].lower()
    spelled = not text[start].isdigit()
    if word == "second" and word_quantities.is_verb_second(text, start, end):
        return True  # "review and second patches", "likely to want to second your patch": the verb (to back a motion)
    if word == "second" and word_quantities.is_unit_second(text, start, end):
        return True  # "1 second", "6 messages per second", "for a second.": the unit of time, which counts
    if word_quantities.is_era(text, end):
        return True  # "the 21st century": a date
    if re.match(r"\s+\d", text[end:end + 3]) or _count_word_after().match(text, end):
        return True  # "his first 18 games", "the first two items": a selection, counted by the number after it
    if _NAME_AFTER.match(text, end):
        return True  # "6th Avenue", "Second World War": part of a name
    if spelled and _ADVERB_AFTER.match(text, end) and not DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return True  # "the crop is first cultivated": an adverb, not a rank
    if spelled and _SUBJECT_BEFORE.search(text, max(0, start - 8), start):
        return True  # "which first suggests", "he first ran": an adverb after the subject
    if spelled and word_quantities.is_adverb_before_gerund(text, start, end):
        return True  # "without first getting the approval": an adverb of the verb after it
    if word == "first" and not _RANKED_BEFORE.search(text, max(0, start - 8), start) \
            and (_CLAUSE_END_AFTER.match(text, end)
                 or (text[end:end + 1] == "," and _CONJUNCTION_BEFORE.search(text, max(0, start - 12), start))):
        return True  # "Higher entries come first.", "But first, please read": an adverb of order ("in fifth." ranks)
    if word == "first" and _step_after().match(text, end) and not _ORDINAL_HEAD_BEFORE.search(text, max(0, start - 12), start) \
            and not _rank_verb_before().search(text, max(0, start - 16), start):
        return True  # "the least significant byte first, so ...", "compute the key first and the value ...": order, no
        # rank; after a verb of placing it is the place ("He finished first, ahead of 3 rivals")
    if word == "first" and _AUXILIARY_BEFORE.search(text, max(0, start - 8), start) and _VERB_FORM_AFTER.match(text, end):
        return True  # "This manual was first written in 2000": an adverb between the auxiliary and its verb ("to be
        # second best" ranks: other ordinals are rarely adverbs there)
    # "First, we install...", "First off, ...": it orders what the text says, it ranks nothing
    return spelled and word_quantities.is_discourse_marker(text, start, end)
