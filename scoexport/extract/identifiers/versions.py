"""Versions: numbers with a point that name a release of something rather than count ("the 3.1 release",
"versions (e.g. 3.3, 3.4, 3.5)").

Enters: a paragraph's text and the span of a numeral. Leaves: whether the numeral is a version's name. Why it
works: writers name a version with a point and say what it versions right after it ("2.2 and 2.4 series
kernels", `version_heads_after`) or give versions as examples after a version's noun and a marker of examples
(`version_examples`: "called “revisions”, ex: 10.1, 10.2"), and then the list goes on, closes or the sentence
does (`_example_ends`); an amount after the same words shows its per cent sign, its scale, its unit or the noun it
counts ("such as 2.5 million dollars", "for example 2.5 points"); digits and points the paragraph has called a
version ("version 21.04") are that version wherever it writes them again, and so are those a copula gives a
version's noun ("the first release was 1.1"). Asked by `context.is_identifier`; the later members
of a list of versions follow the first's shape there (`_listed_after_name`).
"""
from __future__ import annotations

import re
from functools import cache

from ...data import alternation
from ..numerals import context_lists, number_table


@cache
def _version_head_after() -> re.Pattern[str]:
    """What a version is of, after it, maybe after more versions listed: "3.1 release", "2.2 and 2.4 series"."""
    # a short name of the variant may stand between: "in 3.0 (quilt) format"
    # or a kind of the thing between: "the old 1.0 source format"
    return re.compile(rf"(?:\s*(?:,|and|or|&)\s*\d+\.\d+)*(?:\s+\([^()\s]{{1,20}}\))?"
                      rf"(?:\s+(?:{alternation(context_lists()['version_heads_after'])})\b|\s+(?!(?:{alternation(number_table()['scales'])})\b)[a-z]+\s+formats?\b)")


_DOTTED = re.compile(r"\d+(?:\.\d+)+")  # digits and points alone: a version's shape ("3.3", "10.1", "2.6.32")


@cache
def _amount_after() -> re.Pattern[str]:
    """A per cent sign or a scale after a number: an amount ("such as 2.5 million dollars", "like 1.5%")."""
    return re.compile(rf"(?i)\s*%|\s+(?:{alternation(number_table()['scales'])})\b")


def amount_after(text: str, end: int) -> bool:
    """Does a per cent sign or a scale follow the number ending at `end` ("2.5 million", "1.5%")?"""
    return _amount_after().match(text, end) is not None


@cache
def _version_example_before() -> re.Pattern[str]:
    """A version's noun, at most three words, and a marker of examples before a number with a point ("versions
    (e.g. 3.3", "called “revisions”, ex: 10.1", "the normal version scheme such as 0.1")."""
    w = context_lists()["version_examples"]
    return re.compile(rf"(?i)\b(?:{alternation(w['nouns'])})\b[\W_]*(?:[^\W\d_]+[\W_]+){{0,3}}?"
                      rf"(?:{alternation(w['markers'])})\s*$")


@cache
def _example_ends() -> re.Pattern[str]:
    """What follows a version given as an example: a list's separator, a closing bracket, the sentence's end, or a
    function word ("(e.g. 3.3, 3.4, 3.5)", "such as 0.1 in the future"); a noun there is what an amount counts."""
    words = context_lists()["version_examples"]["function_words_after"]
    return re.compile(rf"(?i)\s*(?:[,;)\]&]|(?:[.!?:]\s*)?$|[.!?:]\s)|\s+(?:{alternation(words)})\b")


@cache
def _marker_before() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(context_lists()['version_examples']['markers'])})\s*$")


def after_example_marker(text: str, start: int) -> bool:
    """Does a marker of examples end right before `start` ("for example 2.5 points")? Its "example" is no head of a
    numbering ("Example 2")."""
    return _marker_before().search(text, max(0, start - 16), start) is not None


def _named_version_elsewhere(text: str, start: int, end: int) -> bool:
    """Does the paragraph write the same digits and points after a version's noun ("version 21.04. ... 21.04, for
    example, was released")? A text names a release by its digits again once it has called them a version."""
    nouns = alternation(context_lists()["version_examples"]["nouns"])
    return re.search(rf"(?i)\b(?:{nouns})\s+{re.escape(text[start:end])}(?![\d.]\d)", text) is not None


@cache
def _version_is_before() -> re.Pattern[str]:
    """A version's noun and a copula before a number with a point: "the first release was 1.1"."""
    nouns = alternation(context_lists()["version_examples"]["nouns"])
    return re.compile(rf"(?i)\b(?:{nouns})\s+(?:is|was|are|were|becomes|became|will\s+be)\s+$")


@cache
def _order_before() -> re.Pattern[str]:
    """Words placing what follows in a sequence of releases: "since 3.4", "as of 1.2", "removed in 3.10"."""
    return re.compile(rf"(?i)\b(?:{alternation(context_lists()['version_order']['before'], flexible_spaces=True)})\s+$")


@cache
def _order_after() -> re.Pattern[str]:
    """Words placing what stands before them in a sequence of releases: "2.24 or newer", "2.6 and later"."""
    return re.compile(rf"(?i)\s+(?:{alternation(context_lists()['version_order']['after'], flexible_spaces=True)})\b")


def _in_release_order(text: str, start: int, end: int) -> bool:
    """Is the number with a point placed in a sequence of releases ("Since 3.4, sockets are supported", "glibc 2.24
    or newer", "removed in 3.10 or 4.0")? Those words place a point in time, which no amount is; a year, the one
    number that is, has no point. The later members of a list after the cue ("3.10 or 4.0") are the list's."""
    if _order_after().match(text, end):
        return True
    before = text[max(0, start - 40):start]
    before = re.sub(r"(?:\d+(?:\.\d+)+\s*(?:,|\bor\b|\band\b)\s*)+$", "", before)  # "in 3.9, 3.10 or 4.0"
    return _order_before().search(before) is not None


# a numeral, maybe a remark in brackets, a dash set apart and a capitalised name: "1.1 — Rex", "12 (not yet) – Bookworm"
_PAIR = r"\d+(?:\.\d+)*\s*(?:\([^()]{0,30}\)\s*)?(?:[—–]|\s-)\s*[A-ZÀ-ÖØ-Þ]"
_NAMED_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:[—–]|\s-)\s*[A-ZÀ-ÖØ-Þ][^,;()]{0,40}?[,;]\s*" + _PAIR)
_NAMED_BEFORE = re.compile(_PAIR + r"[^,;()]{0,40}[,;]\s*$")
_NAMED = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:[—–]|\s-)\s*[A-ZÀ-ÖØ-Þ]")


def _named_in_list(text: str, start: int, end: int) -> bool:
    """Is the numeral one of a list pairing numbers with names by a dash ("1.1 — Rex, 1.2 — Buzz, 7 — Wheezy")? A
    legend of releases and their code names, or of any numbered things and their names: each number labels the name
    beside it, none counts it (a count stands before its noun with no dash between). Two pairs at least, next to
    each other: one "3 – Smith" may be a score or a range's end."""
    if not _NAMED.match(text, end):
        return False
    return _NAMED_AFTER.match(text, end) is not None or _NAMED_BEFORE.search(text, max(0, start - 60), start) is not None


def is_version(text: str, start: int, end: int, measured: bool) -> bool:
    """Is the numeral at text[start:end] a version's name? `measured`: a unit of measurement follows it."""
    if not measured and _named_in_list(text, start, end):
        return True  # "(1.1 — Rex, 1.2 — Buzz, ...)": releases listed with their code names
    if _DOTTED.fullmatch(text, start, end) and not measured and not _amount_after().match(text, end) \
            and _in_release_order(text, start, end):
        return True  # "Since 3.4, ...", "glibc 2.24 or newer": a point in a sequence of releases
    return named_by_noun(text, start, end, measured)


def named_by_noun(text: str, start: int, end: int, measured: bool = False) -> bool:
    """Does a version's noun name the numeral at text[start:end] ("the 3.1 release", "version 21.04", "the first
    release was 1.1", "versions (e.g. 3.3, 3.4)")? The noun says what the digits are wherever the document writes
    them again; an order word ("since 3.4", "2.6 or newer") says it only of its own sentence, and also compares
    ages and amounts."""
    if "." in text[start:end] and _version_head_after().match(text, end):
        return True  # "the 3.1 release", "2.2 and 2.4 series kernels": a number with a point before what it versions
    if _DOTTED.fullmatch(text, start, end) and not measured and not _amount_after().match(text, end) \
            and _version_is_before().search(text, max(0, start - 24), start):
        return True  # "the first official Debian release was 1.1": the copula names the release by its number
    if _DOTTED.fullmatch(text, start, end) and not measured and _named_version_elsewhere(text, start, end):
        return True  # "The last non-LTS version is version 21.04 ... 21.04, for example, was released in April 2021"
    # "versions (e.g. 3.3, 3.4, 3.5)": examples of versions, not amounts ("such as 2.5 million", "like 1.5 kg")
    return bool(_DOTTED.fullmatch(text, start, end)) and not measured and not _amount_after().match(text, end) \
        and _example_ends().match(text, end) is not None \
        and _version_example_before().search(text, max(0, start - 60), start) is not None
