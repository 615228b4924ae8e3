"""Which number words in running text count something, and which are part of an expression or a pronoun.

Enters: a paragraph's text and the span of a number word found in it ("one", "two", "half", "first").
Leaves: whether that word is a quantity. Number words do more than count, and each other use shows in
the words around it:
- a fixed expression counts nothing ("third party", "one of them", "first-degree murder");
- "one" is often the indefinite article or a pronoun ("one user said", "a new take and one that we think");
- a number word after a determiner with no noun to count stands for things named elsewhere ("the two were");
- after a word that numbers things it is an identifier ("episode one", "phase one trade deal"): the
  `identifiers` package decides (`is_word_identifier`), as it does for digits;
- "half-" before a word it does not measure is an adverb ("half-surprised", not "a half-hour drive");
- an ordinal before a period of the calendar is a date ("the 21st century").
The word lists are in `data/number_context.json` (shared with quantities.py and identifiers, the digits' side).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from .base import lower_words
from .number_units import measure_unit
from .numerals import context_lists, number_table

_HYPHENED = re.compile(r"-([^\W\d_]+)")


@cache
def _fixed() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(context_lists()['not_quantities'], flexible_spaces=True)})\b")


@cache
def _fixed_words() -> str:
    """The fixed expressions lower-cased, their spaces single, one a line: where an ASCII numeral is no piece of
    this text, no expression holds it (a case-blind pattern matches ASCII letters by their lower case)."""
    return "\n".join(" ".join(e.lower().split()) for e in context_lists()["not_quantities"])


def is_half_compound(text: str, start: int, end: int) -> bool:
    """Is "half" joined by a hyphen to a word that it does not measure ("half-surprised", "half-hearted"), an
    adverb rather than a quantity ("a half-hour drive", "a half-mile walk")?"""
    after = _HYPHENED.match(text, end)
    if after is None or text[start:end].lower() != "half":
        return False
    word = after.group(1).lower()
    return word not in context_lists()["half_compound_units"] and measure_unit(word) is None


@cache
def _one_counts_after() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(context_lists()['one_counts_after'])})\s+$")


def is_indefinite_one(text: str, start: int, end: int) -> bool:
    """Is a lone "one" the indefinite article or pronoun ("one user said", "I don't need one", "one that we
    think") rather than a count ("only one", "one-game", "one million")? Counting shows in the word before it;
    a relative pronoun after it shows a pronoun (a count says what it counts before "that")."""
    if text[end:end + 1] == "-" or _or_more_after().match(text, end):
        return False  # "one-game"; "one or two bugs": the low end of a range (a count)
    if _RELATIVE_AFTER.match(text, end):
        return True  # "a new take and one that we think will change": one thing, a pronoun
    if _DISTRIBUTED_AFTER.match(text, end):
        return False  # "one file for each type", "one output file per package": a count given to each of a set
    if _one_counts_before_noun().search(text, max(0, start - 20), start):
        # "there will be one exhibition", "the juice of one lemon": a count where a noun follows it; "assets of
        # one,", "one or more" name no count
        return bool(_NO_NOUN_AFTER.match(text, end)) or text.startswith((" or ", " and "), end)
    return not _one_counts_after().search(text, max(0, start - 20), start)


@cache
def _one_counts_before_noun() -> re.Pattern[str]:
    """The words (`number_context.json`'s `one_counts_before_noun`) after which "one" counts where a noun follows
    it ("there will be one exhibition", "the juice of one lemon", "charged with one count")."""
    return re.compile(rf"(?i)\b(?:{alternation(context_lists()['one_counts_before_noun'])})\s+$")


@cache
def _or_more_after() -> re.Pattern[str]:
    """The "or" and number word (two to ten, from `numbers.json`) before a noun that make a lone "one" a range's low
    end ("one or two bugs")."""
    words = [w for w, n in number_table()["units"].items() if 2 <= n <= 10]
    return re.compile(rf"\s+or\s+(?:{alternation(words)})\s+[a-z]")


_RELATIVE_AFTER = re.compile(r"\s+(?:that|who|whom|whose|which)\b")
# a noun (maybe after a modifier) and a distributive after it: "one file for each MIME type", "one line per entry"
_DISTRIBUTED_AFTER = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:per|for\s+each|for\s+every)\b")


_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)"
                            r"|\s+(?:were|are|was|is|of|have|had|will|would|can|could|did|do|who|which|that|for|to|in|on|at|with"
                            r"|from|by|and|or|than)\b")


@cache
def _pronoun_before() -> re.Pattern[str]:
    """A determiner, maybe with a modifier: "the two were", "the only one in", "a now-shuttered one in"."""
    modifier = rf"(?:{alternation(context_lists()['pronoun_modifiers'])}|[a-z]+-[a-z-]+)\s+"
    return re.compile(rf"(?i)(?:\b(?:the|these|those)\s+(?:{modifier})?|\ban?\s+{modifier}|\bor\s+)$")


def is_pronoun_like(text: str, start: int, end: int) -> bool:
    """Does a number word stand for people or things named elsewhere ("the two were on the ground",
    "an app or two") rather than count a noun after it?"""
    return bool(_pronoun_before().search(text, max(0, start - 30), start)) and bool(_NO_NOUN_AFTER.match(text, end))


@cache
def _article_before() -> re.Pattern[str]:
    """"a", "an", maybe with one word between: "a three", "an early three"."""
    return re.compile(r"(?i)\ban?\s+(?:[a-z]+\s+)?$")


_PLURAL_AFTER = re.compile(r"\s+[a-z]+s\b")
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen", "score"})


def is_noun_use(text: str, start: int, end: int) -> bool:
    """Is a cardinal word after "a"/"an" a noun ("hit an early three", "rolled a seven") rather than a count?
    The indefinite article goes with one thing: before a cardinal it makes the cardinal the thing (a shot,
    a card, a grade), unless a plural noun after it is what is counted ("an extra three minutes") or the
    cardinal is a scale word ("a hundred", "a dozen") or joined to a word ("a three-year deal")."""
    word = text[start:end].lower()
    if word in _SCALE_WORDS or word not in _cardinals() or text[end:end + 1] in ("-", "‐"):
        return False
    if not _article_before().search(text, max(0, start - 24), start):
        return False
    return not _PLURAL_AFTER.match(text, end)


@cache
def _cardinals() -> frozenset[str]:
    from .numerals import number_table

    return frozenset(w for w in (*number_table()["units"], *number_table()["tens"]) if w not in ("one", "zero"))


def is_fixed_expression(text: str, start: int, end: int) -> bool:
    """Is the numeral word part of an expression that counts nothing ("third party", "one of them")?"""
    numeral = text[start:end]
    if numeral.isascii() and " ".join(numeral.lower().split()) not in _fixed_words():
        return False  # a numeral inside a match is written inside one of the expressions ("12" is in none)
    window_end = min(len(text), end + 20)
    return any(m.start() <= start and end <= m.end()
               for m in _fixed().finditer(text, max(0, start - 30), window_end))


@cache
def _era_after() -> re.Pattern[str]:
    return re.compile(rf"(?i)[\s-]+(?:{alternation(context_lists()['era_words'])})\b")


def is_era(text: str, end: int) -> bool:
    """Is the ordinal ending at `end` a period of the calendar ("the 21st century", "the third millennium")?
    Such a period is a date, not a rank of anything."""
    return bool(_era_after().match(text, end))


# after it: a comma, "off", "of all", an order to the reader ("First send a mail"), or the clause's subject ("First we
# install", "First let us take a look"): a subject pronoun is never the noun an ordinal ranks
_DISCOURSE_AFTER = re.compile(rf",|\s+off\b|\s+of\s+all\b|\s+(?:{alternation(context_lists()['discourse_subjects'])})\b"
                              rf"|\s+[a-z]+\s+(?:{alternation(context_lists()['discourse_objects'])})\b")
_CLAUSE_START = re.compile(r"(?:^|[.!?:;][\"”’)]?\s+)[\"“(]?$")


def is_discourse_marker(text: str, start: int, end: int) -> bool:
    """An ordinal word opening a clause before a comma ("First, we install...", "First off", "Second of all"),
    before an order to the reader ("First send a mail to the list") or before the clause's subject ("First we
    install", "First let us take a look"): it orders what the text says and ranks nothing."""
    return bool(_DISCOURSE_AFTER.match(text, end)) and bool(_CLAUSE_START.search(text, max(0, start - 3), start))


@cache
def _recurrence() -> re.Pattern[str]:
    """What after a count of times makes it a recurrence: "once a month", "twice per year", "three times every week"
    say how often, they state no quantity (the annotators' tenth round: neither a date nor a number)."""
    lists = context_lists()
    words = alternation([*lists["recurrence_words"], *lists["every_words"]])
    periods = alternation(lists["recurrence_periods"])
    counts = alternation(lists["recurrence_counts"])
    return re.compile(rf"(?i)\s+(?:{words})\s+(?:(?:{counts}|\d+)\s+)?(?:{periods})s?\b")


@cache
def _every_period_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(context_lists()['recurrence_periods'])})s?\b")


_EVERY_BEFORE = re.compile(rf"(?i)\b(?:{alternation(context_lists()['every_words'])})\s+$")


def is_every_period(text: str, start: int, end: int) -> bool:
    """Is the count the span of a recurrence ("releases happen every 2 years", "every three months")? It says how
    often, as "twice a year" does: neither a date nor a number (the annotators' convention)."""
    return bool(_EVERY_BEFORE.search(text, max(0, start - 8), start)) and bool(_every_period_after().match(text, end))


def is_recurrence(text: str, end: int) -> bool:
    """Does a count of times ending at `end` say how often ("once a month", "twice per year")?"""
    return _recurrence().match(text, end) is not None


# what stands before "second" the verb: "to", a modal, or a verb it is listed with ("make, second and vote")
_VERB_BEFORE = re.compile(r"(?i)(?:\b(?:to|and|or|will|would|can|could|may|might|must|should|shall)|,)\s+$")
# and after it: its object (a determiner, a pronoun, a plural noun) or the next verb of the list
_VERB_OBJECT_AFTER = re.compile(r"\s+(?:(?:or|and|your|my|his|her|their|our|its|an?|the|this|that|these|those|it|them)"
                                r"\b|[a-z]+s\b)")


def is_verb_second(text: str, start: int, end: int) -> bool:
    """Is "second" the verb (to back a proposal), as manuals of projects that vote write it? "to", a modal or a
    list's "and" before it and its object after it; not a rank listed with others ("the first and second rounds",
    "first, second or third place"), which another ordinal beside it tells."""
    if not _VERB_BEFORE.search(text, max(0, start - 12), start) or not _VERB_OBJECT_AFTER.match(text, end):
        return False
    near = lower_words(text[max(0, start - 30):end + 30])
    return near.isdisjoint(number_table()["ordinals"].keys() - {"second"})


# what stands before "second" the unit of time: a count (digits, with a decimal part, or a number word), "per", or
# an indefinite article with no noun after the word ("for a second.", "fractions of a second;")
_COUNT_BEFORE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?[\s\u00a0]*$")
# a four-digit year names a time, it counts nothing ("the 2022 second round")
_YEAR_BEFORE = re.compile(r"(?<![\w.,])(?:1[5-9]|20)\d\d[\s\u00a0]*$")
_PER_BEFORE = re.compile(r"(?i)\bper\s+$")
_ARTICLE_BEFORE = re.compile(r"(?i)\ba\s+$")
# "each"/"every" rank as "a" does ("every second child" is every other one), but a comma after them closes the
# adverbial of time ("samples each second, across the system"), which no ranked noun follows
_EVERY_BEFORE = re.compile(r"(?i)\b(?:each|every)\s+$")
_ALONE_OR_COMMA_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
# no noun after it, and no comma: "a second, smaller tree" ranks the noun past the comma
_ALONE_AFTER = re.compile(r"\s*(?:[.;:!?)]|$)")


@cache
def _count_word_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(number_table()['units'])})\s+$")


def is_unit_second(text: str, start: int, end: int) -> bool:
    """Is "second" the unit of time, not the ordinal? English writes both alike; a count or "per" before it
    measures ("1 second", "one second", "6 messages per second"), as "a", "each" or "every" do where no noun follows
    for it to rank ("pausing for a second.", "checked every second."): a rank stands before what it ranks ("a second
    opinion", "every second child"). A year before it is a date, not a count ("the 2022 second round")."""
    before = text[max(0, start - 16):start]
    counted = _COUNT_BEFORE.search(before) is not None and _YEAR_BEFORE.search(before) is None
    if counted or _count_word_before().search(before) or _PER_BEFORE.search(before):
        return True
    if _EVERY_BEFORE.search(before):
        return _ALONE_OR_COMMA_AFTER.match(text, end) is not None
    return bool(_ARTICLE_BEFORE.search(before)) and _ALONE_AFTER.match(text, end) is not None


# the prepositions that take a verb's -ing form ("without getting", "after checking", "by creating")
_GERUND_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:without|before|after|by|while|when|upon|on)\s+$")
_GERUND_AFTER = re.compile(r"\s+[a-z]{2,}ing\b")


def is_adverb_before_gerund(text: str, start: int, end: int) -> bool:
    """Is an ordinal word between a preposition and a verb's -ing form ("without first getting the approval", "after
    first checking")? A preposition takes the -ing form as its object, with no determiner a ranked noun would need
    ("after the first meeting"): the word orders that action, an adverb, and ranks nothing."""
    return bool(_GERUND_AFTER.match(text, end)) and bool(_GERUND_PREPOSITION_BEFORE.search(text, max(0, start - 10), start))
