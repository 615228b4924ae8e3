"""The tense of the clause around a date: whether a month or weekday written without a year lies ahead of
the publication day or behind it.

Enters: a paragraph's text and a date's span in it. Leaves: 'future', 'past' or None (`clause_tense`), or whether a
future marker stands before it (`is_future`). How writers set it: a marker of the future ("will", "is
expected to") or of the past ("was", "said", a verb in "-ed") in the clause before the date, the nearest one
governing; a date that opens its sentence finds its verb after it ("In March, prices rose"); a date that
bounds a span ("until March 22") is set by no tense. The markers are in `data/date_words.json`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation
from ..date_reference import month_without_year
from .date_phrases import date_words

_CLAUSE_BREAK = re.compile(r"[;,]|[.!?][\"”’)]*\s+(?=[A-Z])|\band\b|\bbut\b|\bwhile\b")


@cache
def _tense_markers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(future, past): the words that set a clause's tense; a verb in "-ed" is past too, but not a participle
    after "be" ("will be honored on May 2": the tense is the auxiliary's)."""
    w = date_words()
    return (re.compile(rf"\b(?:{alternation(w['future_markers'], flexible_spaces=True)})\b", re.I),
            re.compile(rf"\b(?:{alternation(w['past_markers'])}|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\w{{3,}}ed)\b",
                       re.I))


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 80):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


def is_future(text: str, start: int, end: int) -> bool:
    """Tense of the clause holding text[start:end]: does a future marker stand before it in its clause?"""
    return bool(_tense_markers()[0].search(_clause_before(text, start)))


def clause_tense(text: str, start: int, end: int | None = None) -> str | None:
    """'future', 'past' or None where the clause before the date shows neither, nor (given the date's
    end) the clause after it, where a date opening its sentence finds its verb ("In March, prices rose")."""
    if _BOUND_BEFORE.search(text, max(0, start - 12), start):
        return None  # "ordered a lockdown from July 10", "must stay until March 22": see _BOUND_BEFORE
    future, past = _tense_markers()
    # the verb nearest the date governs it: the last marker of the clause before it, the first after it
    # ("Clark in October revealed plans to expand": "revealed", not "plans to")
    before = _clause_before(text, start)
    marks = [(m.end(), "future") for m in future.finditer(before)] + [(m.end(), "past") for m in past.finditer(before)]
    if marks:
        return max(marks)[1]
    if end is not None:
        after = text[end:end + 80]
        cut = _CLAUSE_BREAK.search(after, 1)  # the comma right after the date opens the clause
        clause = after[:cut.start()] if cut else after
        marks = [(m.start(), "future") for m in future.finditer(clause)] + [(m.start(), "past") for m in past.finditer(clause)]
        if marks:
            return min(marks)[1]
    return None


# a date that bounds a span ("until March 22", "through April 30", "from July 10 to July 16", "moved to
# May 3") is not placed by the clause's tense: the verb tells when the span was set ("were put in place
# through April 30"), the span runs from then past the publication date as often as not; the nearest
# such date is meant
_BOUND_BEFORE = re.compile(r"(?i)\b(?:until|till|through|from|to)\s+(?:at\s+least\s+)?$")


def month_of_year(month: int, rel: str, tense: str | None, ref: dt.date) -> int:
    """The year of a month written without one ("last September", "in May", "the end of November"): "last" and
    "next" the one before or after the publication month, "this" the publication year, else the side the
    clause's tense points to, or the nearest such month."""
    if rel == "last":
        return ref.year if month < ref.month else ref.year - 1
    if rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if rel == "this":
        return ref.year
    if tense == "future":
        return ref.year if month >= ref.month else ref.year + 1
    if tense == "past":
        return ref.year if month <= ref.month else ref.year - 1
    # no tense to go by: the nearest such month
    return month_without_year(ref, month)
