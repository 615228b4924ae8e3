"""Words beside a date found alone that widen it: days listed before its day ("am 11. und 12. Februar", "on 11 and
12 February") and a word before a month or a year that names its part ("late January", "Ende Oktober", "Mitte 2023").

Enters: a paragraph's text and its dates in text order (`date_context.find_dates_in_context` found them), and the
document's language. Leaves: the dates, widened where such words stand right before them.

Why it works: a month and year written once belong to each day listed before them, so the listed days and the date
are one span of days, as a span of years is one date; an edge word ("Anfang", "mid-", "fin") only narrows a month,
a year or a decade, so the words are one date that keeps its value, as the annotators write it. The
words are in data/date_words.json (`day_pair_joiners`, `period_edges`).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from ..date_text import DateMatch, month_numbers
from .date_phrases import date_words


@cache
def _days_before() -> re.Pattern[str]:
    """Days written before a date's day and joined to it by "and" ("11. und ", "5, 6 and "), right before it."""
    day = r"(?<![\w.,/-])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
    joiners = alternation(date_words()["day_pair_joiners"])
    return re.compile(rf"(?i){day}(?:,\s*[0-3]?\d(?:st|nd|rd|th|er|\.)?)*\s+(?:{joiners})\s+$")


def listed_days(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """Days written before one month and joined by "and" ("am 11. und 12. Februar", "on 11 and 12 February", "les
    11 et 12 février"): the month and year written once belong to each day, so the words are one date over the
    days, from the first to the last (2022-02-11/2022-02-12), as a span of years is one. Only where the found date
    opens with its day's number: after "February 11 and" a number may count what follows. `dates` in text order."""
    out = []
    for d in dates:
        m = _days_before().search(text, max(0, d.start - 24), d.start) \
            if d.precision == "day" and d.value and "/" not in d.value and d.text[:1].isdigit() else None
        # the days are written alike: German marks each with its stop ("11. und 12."), and "3 und 12. Februar" is no list
        alike = m is not None and (text[m.end("day"):m.end("day") + 1] == ".") == (d.text.lstrip("0123456789")[:1] == ".")
        first = d.first.replace(day=int(m["day"])) if m and alike and 0 < int(m["day"]) < d.first.day else None
        if first is None or (out and out[-1].end > m.start()):  # type: ignore[union-attr]
            out.append(d)
            continue
        out.append(DateMatch(m.start(), d.end, text[m.start():d.end], f"{first.isoformat()}/{d.value}", "day",
                             first))
    return out


@cache
def _edge_before(language: str | None) -> re.Pattern[str]:
    edges = date_words()["period_edges"]
    words = {*edges["en"], *edges.get(language or "", ())}
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(words, flexible_spaces=True)})(?:\s+|(?<=-))$")


def edged(text: str, dates: list[DateMatch], language: str | None) -> list[DateMatch]:
    """A month, year or decade with the word before it that names its part ("late January", "Mitte 2023", "Anfang der
    1990er Jahre"): the words are one date, of the month's, year's or decade's value (data/date_words.json
    `period_edges`)."""
    for d in dates:
        first = d.text.split(maxsplit=1)[0].lower().rstrip(".") if d.text.strip() else ""
        if d.precision in ("month", "year", "decade") and (first[:1].isdigit() or first in month_numbers()) \
                and (m := _edge_before(language).search(text, max(0, d.start - 16), d.start)):
            d.start, d.text = m.start(), text[m.start():d.end]
    return dates
