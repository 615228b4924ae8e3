"""Where numerals may start in a paragraph: one scan that lets the number patterns be tried only there.

Enters: a paragraph's text (and, where the caller has them, where its runs of digits start and its lower-case words).
Leaves: the positions where a numeral may start, only the first word of a run of number words (`numeral_starts`), and
the set of words a numeral without digits can start from (`number_words`).

Why: the patterns that read number words are long case-blind alternations, and a pattern whose first token is a
lookbehind or a boundary is tried by the regex engine at every character; finding the starts once (digits, the
number words where the lower-case text holds them, "a"/"an" before a fraction or a scale) lets every pattern be
tried at a handful of places. The words come from `data/numbers.json` (`numerals.number_table`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ..data import alternation, prefix_tree
from .base import FOLDED_APART, lower_cased
from .numerals import number_table, word_number

_LOWER_WORD = re.compile(r"[a-z]+")


@cache
def number_words() -> frozenset[str]:
    """Every word a pattern without digits can start from."""
    w = number_table()
    keys = [*w["units"], *w["tens"], *w["scales"], *w["ordinals"], *w["fraction_words"], *w["multiplicatives"]]
    return frozenset(word for key in keys for word in _LOWER_WORD.findall(key.lower()))


# "a" or "an" before a fraction or a scale word ("a half", "a million") starts a numeral
_ARTICLE = r"an?(?=[\s-]+(?:{})\b)"


@cache
def _starts() -> re.Pattern[str]:
    """Where a numeral may start: a digit, a number word, "a"/"an" before a fraction or a scale."""
    w = number_table()
    article = _ARTICLE.format(alternation([*w["fraction_words"], *w["scales"]]))
    # the number words as a prefix tree: a plain alternation of them, tried at every word, was the
    # costliest scan of the number facts
    return re.compile(rf"(?i)(?<!\d)\d|\b(?:{prefix_tree(number_words())})\b|\b{article}")


@cache
def _article() -> re.Pattern[str]:
    """The article of `_starts` without the word boundary before it, which the caller checks: a pattern that
    opens with a letter gets the regex engine's fast scan, one that opens with a boundary does not."""
    w = number_table()
    return re.compile(rf"(?i){_ARTICLE.format(alternation([*w['fraction_words'], *w['scales']]))}")


def numeral_starts(text: str, digit_starts: Sequence[int] | None = None, words: Iterable[str] | None = None) -> list[int]:
    """Where a numeral may start, but only the first word of a run of number words: a pattern tried
    from every word of "one two one two ..." would read the rest of the run again from each.

    `digit_starts` (where runs of digits start) and `words` (the lower-case runs of letters of the
    text) may be given where the caller has them. The case-blind pattern of every start is tried by
    the regex engine at every character; where lower-casing keeps the text's length and letters, the
    number words are found instead where the lower-case text holds them, as whole words, which is
    where the pattern matches them, and "a" or "an" before a fraction or a scale by a pattern that
    opens with its letter."""
    lowered = lower_cased(text)
    present = number_words().intersection(_LOWER_WORD.findall(lowered) if words is None else words)
    if len(lowered) != len(text) or any(c in text for c in FOLDED_APART):
        candidates = [m.start() for m in _starts().finditer(text)]
    else:
        candidates = [m.start() for m in _DIGIT_RUN.finditer(text)] if digit_starts is None else list(digit_starts)
        for word in present:
            at = lowered.find(word)
            while at >= 0:
                end = at + len(word)
                if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
                    candidates.append(at)
                at = lowered.find(word, end)
        if present & _article_words():
            # "a"/"an" before a fraction or a scale ("a half", "a million"), the word boundary before it checked
            # here: a pattern that opens with its letter gets the regex engine's fast scan, one with a boundary not
            candidates = list({*candidates, *(m.start() for m in _article().finditer(text)
                                              if not (m.start() and _WORD_CHAR.match(text, m.start() - 1)))})
        candidates.sort()
    starts, inside_until = [], -1
    for pos in candidates:
        if pos < inside_until:
            continue
        starts.append(pos)
        # the runs a scan of the run pattern finds are the ones that begin at a start taken here
        run = _word_runs().match(text, pos) if not text[pos].isdigit() else None
        inside_until = run.end() if run else -1
    return starts


_DIGIT_RUN = re.compile(r"\d+")
_WORD_CHAR = re.compile(r"\w")


@cache
def _article_words() -> frozenset[str]:
    """The words of fractions and scales: "a" or "an" before one starts a numeral ("a half", "a million")."""
    w = number_table()
    return frozenset(word for key in [*w["fraction_words"], *w["scales"]] for word in _LOWER_WORD.findall(key.lower()))


@cache
def _word_runs() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b{word_number()}\b")

