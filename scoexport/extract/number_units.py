"""What a number counts and how it is hedged, read from the words around it.

Enters: a paragraph's text and the offsets of a number in it. Leaves: the unit (a unit of
measurement, or the head of the noun phrase the number governs) and the qualifier ("nearly").

English puts what a cardinal counts after it, in the noun phrase it governs: optional adjectives,
then a head noun that is plural for any count but one ("40 other nations", "six safety systems").
So the unit is the words up to the first plural noun, within three words, stopping at function
words and verbs in "-ing"; an adverb ("-ly") may stand before the noun's adjective ("two highly critical
reports"), but with no plural after it modifies a verb: "Python 3 initially removed" counts nothing. A number
of one, or one after "a" ("a 12 member panel"), governs a singular noun: its next word; a rank joined
to a word ("second-place finishers") ranks the noun after it. A unit of
measurement ("590 km", "15.6-inch") is taken as written, with "cubic"/"square" before it and
"per X" after it. Percentages and fractions count the phrase after "of" ("70 percent of voters",
"a third of global GDP"), where a word in "-s" after a singular noun is a verb ("half of the
population lives"). Which words are units of measurement: `number_measures`; what a number counts in another
language, which puts the counted noun right after it: `number_nouns`.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from .number_measures import measure_after, measure_unit
from .number_nouns import CODE as _CODE
from .number_nouns import COMPOUND as _COMPOUND
from .number_nouns import WORD as _WORD
from .number_nouns import is_language_read, language_unit

# an inline literal before the noun names its kind ("two ``.deb`` files"): a modifier, the head comes after it
_LITERAL = re.compile(r"\s*(`{1,2})[^`\s]+\1(?!_)")
_NAME = re.compile(r"[A-Z][a-z]")
_CONTRACTION = re.compile(r"['’](?:ll|re|ve|d|m)$")  # "you'll", "they're", "we've": a pronoun with its verb
# a determiner after a word in -s: the word is a verb with its object ("involves the inspection"), not a plural head
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|each|every)\b", re.I)
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|less|ed|an|ish|ern|ble|ary)$", re.I)
# "half the flour", "a third their size": a fraction's share written without "of" (a percentage's "the" after
# it starts another phrase: "grew 40% the year before")
_SHARE_OF = re.compile(r"\s+(?:the|its|their|his|her|our)\s+")
_OF = re.compile(r"\s+of\s+(?:(?:the|all|its|their|these|those|our|his|her|your|my)\s+)?")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_DETERMINERS = 2  # owners or numbers skipped before the head's words: "of the region's 12 rivers"


@cache
def _numbers() -> dict:
    return load_json("numbers.json")


def is_plural(word: str) -> bool:
    w = word.lower()
    return (w.endswith("s") and not w.endswith(("ss", "us", "is"))) or w in _numbers()["irregular_plurals"]


def unit_after(text: str, end: int, value: float, *, after_of: bool = False, after_article: bool = False,
               ordinal: bool = False, language: str | None = None, scaled: bool = False) -> str | None:
    """What the number ending at `end` counts, or None where the words after it do not say.

    after_of: a share counts the phrase after "of"; after_article: the number follows a determiner
    and qualifies a singular noun ("the 180 page book"); ordinal: a rank governs a singular noun
    phrase, whose head is its last word ("the second consecutive election cycle"); language: the document's,
    where it is not English the noun after the number (`number_nouns.language_unit`); scaled: the number ends with a scale
    word ("1,4 milioni"), which the language's "of" may follow before the noun."""
    if is_language_read(language):
        return language_unit(text, end, language or "", after_of=after_of, scaled=scaled)
    compound = _COMPOUND.match(text, end)
    if compound and ordinal and not measure_unit(compound.group(1)):
        end = compound.end()  # "second-place finishers", "the second-biggest moon": a rank of what follows
    elif compound:  # "15.6-inch screen", "four-door car": the number qualifies a noun
        return compound.group(1)
    measure = measure_after(text, end)
    if measure:
        return measure
    pos = end
    partitive = None
    if not ordinal:
        partitive = _OF.match(text, pos) or (_SHARE_OF.match(text, pos) if after_of and value < 1 else None)
    if after_of and not partitive:
        return None
    if partitive and (after_of or value != 1):  # "70 percent of voters", "eight of its shares"
        pos = partitive.end()
    stop = set(_numbers()["unit_stop"])
    words: list[str] = []
    adverb = False
    determiners = 0
    while len(words) < 3:
        literal = _LITERAL.match(text, pos) if "`" in text else None
        if literal:
            pos = literal.end()
            continue
        m = _WORD.match(text, pos)
        if not m and not words and (partitive or determiners) and determiners < _DETERMINERS:
            m = _CODE.match(text, pos)  # "11 of the 12 cities", "30 of Boeing's 787-9 jets": another number or code
            if m:
                determiners, pos = determiners + 1, m.end()
                continue
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if _CONTRACTION.search(low) and _CONTRACTION.split(low)[0] in stop:
            break  # "the first thing you'll want": a pronoun and its verb open a clause after the noun
        if ordinal and words and is_plural(word) and _DETERMINER_AFTER.match(text, m.end()):
            break  # "this first event involves the ...": the verb of a singular noun ranked, its object after it
        if _POSSESSIVE.search(word) and determiners < _DETERMINERS and not measure_unit(word):
            # "of Italy's gross domestic product", "of Hillary Clinton's supporters": the owner and its words
            # determine the noun phrase; its head comes after them
            words, adverb, determiners, pos = [], False, determiners + 1, m.end()
            continue
        if (low in stop and not (word.isupper() and len(word) > 1)) \
                or (low.endswith("ing") and low not in _numbers()["ing_nouns"]) \
                or (words and _NAME.match(word) and words[-1].islower()):
            break  # a name after the noun opens another phrase ("the first time WeWork ..."); "US" is a name, not "us"
        if ordinal and words and low.endswith("ed"):
            break  # a participle after a rank's noun opens a clause: "the first brand signed up", "the second car built"
        if low.endswith("ly"):
            adverb = True  # "two highly critical reports" counts reports; "Python 3 initially removed" nothing
        if after_of and words and is_plural(word) and not _ADJECTIVE.search(words[-1]):
            break  # "half of the population lives there": a verb, not the noun
        words.append(word)
        pos = m.end()
        if is_plural(word):
            return " ".join(words)
    if adverb:
        return None  # an adverb with no plural noun after it modifies a verb: the number counts nothing said
    if words and after_of:
        # a share of a singular whole: its head noun, after an adjective ("of global GDP"); after an owner, the
        # words up to where the phrase closes are the noun phrase, its head last ("of Italy's gross domestic
        # product,")
        if len(words) > 1 and determiners and _closed(text, pos, stop):
            return " ".join(words)
        return " ".join(words[:2]) if len(words) > 1 and _ADJECTIVE.search(words[0]) else words[0]
    if words and ordinal:
        return " ".join(words)
    if len(words) > 1 and value == 1 and not after_article and _closed(text, pos, stop) \
            and not any(w.lower().endswith(("ed", "ing")) for w in words[1:]):
        # "one icon element is allowed": a compound noun closed by a function word, its head last ("one person voted
        # against": a participle after the noun is its verb)
        return " ".join(words)
    if words and (after_article or value == 1):
        return words[0]
    return None


_CLOSE = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _closed(text: str, pos: int, stop: set[str]) -> bool:
    """Does the noun phrase end at `pos`: punctuation, the text's end, or a function word after it?"""
    if _CLOSE.match(text, pos):
        return True
    m = _WORD.match(text, pos)
    return m is not None and m.group(1).lower() in stop


@cache
def _qualifier_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b({alternation(_numbers()['qualifiers'])})\s+$", re.I)


def qualifier(text: str, start: int) -> str | None:
    """The approximation written just before a number ("nearly 40" -> "almost")."""
    m = _qualifier_pattern().search(text, max(0, start - 25), start)
    return _numbers()["qualifiers"][m.group(1).lower()] if m else None
