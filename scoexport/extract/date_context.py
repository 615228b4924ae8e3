"""Dates that need context: years after a preposition, bare years, spans of years ("2004 to 2017"),
decades, parts and edges of years ("the end of 2025") here;
month-day without a year, weekdays and "last September" / "next month", resolved against the
publication date using tense, in `date_relative` (the patterns of all of them in `date_phrases`).

`find_dates_in_context(text, reference)` returns what `date_text.find_dates` finds plus these; with no
reference date only the forms that need none (years, decades) are found.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation
from ..date_text import DateMatch, find_dates
from ..spans import SpanSet
from ..text import has_digit
from .base import digit_starts, lower_cased, matches_at
from .date_ago import counted_dates
from .date_ago import known as ago_known
from .date_languages import joined_days, known, language_dates
from .date_months import known as months_known
from .date_months import month_dates
from .date_phrases import date_words, has_word, openers, patterns, scan
from .date_relative import part_of_year, relative_dates
from .tokens import tokens

_YEAR_HINT = re.compile(r"(?:1[6-9]|20)\d\d")
# "the end of 2025": the month at that edge of a year named by its number
_YEAR_EDGE = re.compile(r"(?i)\b(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+"
                        r"(?P<year>(?:1[6-9]|20)\d\d)\b(?![.,]?\d)")
# "from 2004 to 2017", "2004-2017", "between 2004 and 2017": one span of years ("and" needs "between")
_YEAR_RANGE = re.compile(r"(?i)(?:\b(?P<between>between)\s+|\bfrom\s+)?(?<![\w$€£¥.,:/-])"
                         r"(?P<year>(?:1[6-9]|20)\d\d)(?:\s*[-–—]\s*|\s+(?:to|through|until|and)\s+)"
                         r"(?P<year2>(?:1[6-9]|20)\d\d)(?![\w%]|[.,:/-]\d|\s+[a-z]{2,}[a-hj-rtv-z]s\b)")
_UNRESOLVED = dt.date(2001, 1, 3)  # any day: reads the relative forms where no reference resolves them


def _contextual(text: str, ref: dt.date | None, language: str | None = None) -> list[DateMatch]:
    """Years, decades and parts of years, then the forms relative to `ref` (in the document's language where
    `date_languages` knows it, else in English); without a reference the relative forms are found all the
    same (they are dates, not numbers) with no value."""
    p = patterns()
    found: list[DateMatch] = []
    low = lower_cased(text)
    relative = relative_dates(text, low, ref or _UNRESOLVED)
    if known(language):
        relative += language_dates(text, ref or _UNRESOLVED, language)  # type: ignore[arg-type]
    if ago_known(language):  # "vor zwei Jahren", "13 лет назад"
        relative += counted_dates(text, ref, language)  # type: ignore[arg-type]
    if ref is None:
        for match in relative:
            match.value = None
    if not _YEAR_HINT.search(text):
        return relative
    for m in scan(p["part"], text, low, openers()["part"]) if has_word(low, "half", "quarter") else ():
        if m["year"]:
            found.append(part_of_year(m, int(m["year"])))
    edges = has_word(low, "end of", "beginning of", "start of", "middle of")
    for m in scan(_YEAR_EDGE, text, low, openers()["edge_of_year"]) if edges else ():
        found.append(_year_edge(m))
    for m in matches_at(_YEAR_RANGE, text, _year_range_places(text)):
        span = _year_range(m)
        found.extend([span] if span else [])
    for m in p["decade"].finditer(text) if "0s" in text else ():
        decade = int(m["decade"])
        found.append(DateMatch(m.start(), m.end(), m.group(), f"{decade}/{decade + 9}", "decade", dt.date(decade, 1, 1)))
    for m in matches_at(p["year"], text, _year_places(text)):
        year = int(m["year"])
        found.append(DateMatch(m.start("year") if m["prep"].lower() not in ("early", "late", "mid") else m.start(),
                               m.end(), text[m.start("year"):m.end()] if m["prep"].lower() not in ("early", "late", "mid")
                               else m.group(), str(year), "year", dt.date(year, 1, 1)))
    # a bare year opens where a run of digits starts: tried only there, not at every character
    for m in matches_at(p["bare_year"], text, digit_starts(text)):
        year = int(m["year"])
        found.append(DateMatch(m.start(), m.end(), m.group(), str(year), "year", dt.date(year, 1, 1)))
    if any(head in text for head in date_words()["law_heads"]):  # a plain substring test first
        found = [d for d in found if not in_law_name(text, d.start)]
    return found + relative


_YEAR_OPENING = ("16", "17", "18", "19", "20")


@cache
def _preposition_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in openers()["year"]}))


def _years(text: str) -> list[int]:
    """Where a year of 1600-2099 may open: a run of digits (`Tokens.digits`) that opens with 16 to 20."""
    return [at for at in tokens(text).digits if text.startswith(_YEAR_OPENING, at)]


def _before_years(text: str, years: list[int], lengths: tuple[int, ...], hyphens: bool) -> set[int]:
    """Where a word of one of `lengths` ends at the spaces (or hyphens) before each year: where a pattern that
    opens with such a word before the year ("in 2019", "from 2004 to 2017") may begin. Read back from the years,
    not from every "in", "of", "to" or "from" of the text."""
    places = set()
    for at in years:
        end = at
        while end > 0 and (text[end - 1].isspace() or (hyphens and text[end - 1] == "-")):
            end -= 1
        if end < at:
            places.update(end - n for n in lengths if end >= n)
    return places


def _year_places(text: str) -> list[int]:
    """Where the year-after-a-preposition pattern may match ("in 2019", "since 1990"): the preposition ends where
    the spaces or hyphens before a year begin."""
    return sorted(_before_years(text, _years(text), _preposition_lengths(), True))


_RANGE_OPENERS = (len("from"), len("between"))


def _year_range_places(text: str) -> list[int]:
    """Where a span of years may match: at a year, or at "from" or "between" before one ("from 2004 to 2017")."""
    years = _years(text)
    return sorted({*years, *_before_years(text, years, _RANGE_OPENERS, False)})


@cache
def _law_name_before() -> re.Pattern[str]:
    return re.compile(rf"\b[\w-]+\s+(?:{alternation(date_words()['law_heads'])})(?:\s+of|,)?\s+$")


def in_law_name(text: str, start: int) -> bool:
    """Is the year at `start` the end of a law's name ("the Immigration and Nationality Act of 1965", "the
    Epidemic Disease COVID 19 Regulation, 2020")? A law is named by its year of passing: the name, not a date
    of the text's events (the head is capitalized, as a name writes it: "a law of 1965" stays a date)."""
    return text[start:start + 1].isdigit() and bool(_law_name_before().search(text, max(0, start - 40), start))


def _year_edge(match: re.Match[str]) -> DateMatch:
    """The month at the edge of a numbered year ("the end of 2025" -> 2025-12)."""
    first = dt.date(int(match["year"]), {"end": 12, "middle": 6}.get(match["edge"].lower(), 1), 1)
    return DateMatch(match.start(), match.end(), match.group(), first.strftime("%Y-%m"), "month", first)


def _year_range(match: re.Match[str]) -> DateMatch | None:
    """One span of years ("2004 to 2017" -> 2004/2017); "and" only after "between"; the low end first."""
    low, high = int(match["year"]), int(match["year2"])
    joined = match.group()[match.end("year") - match.start():match.start("year2") - match.start()].strip().lower()
    if high <= low or (joined == "and" and not match["between"]):
        return None
    start = match.start("year")  # the date is the years: "from" and "between" stay outside it, as "in" does
    return DateMatch(start, match.end(), match.string[start:match.end()], f"{low}/{high}", "year", dt.date(low, 1, 1))


def find_dates_in_context(text: str, reference: dt.date | None = None, language: str | None = None) -> list[DateMatch]:
    """Absolute dates, then contextual ones that do not overlap them (longest first), in text order."""
    chosen = find_dates(text)
    taken = SpanSet(len(text))
    if months_known(language):  # "2. marts 2019", "8 октября 2020": the longest of two readings
        both = sorted(chosen + month_dates(text, reference, language), key=lambda d: d.start - d.end)  # type: ignore[arg-type]
        chosen = [d for d in both if taken.take(d.start, d.end)]
    else:
        for c in chosen:
            taken.add(c.start, c.end)
    for match in sorted(_contextual(text, reference, language), key=lambda d: d.start - d.end):
        if taken.take(match.start, match.end):
            chosen.append(match)
    spans = _day_spans(text, sorted(chosen, key=lambda d: d.start))
    return joined_days(text, spans, language) if known(language) else spans  # type: ignore[arg-type]


# "from July 10 to July 16", "between May 3 and May 9", "from April 1996 until December 1997": two days (or
# two months) the words make one span, as a span of years is one date ("2004 to 2017"); a dash or a comma
# between two dates may list them, and is left alone
_SPAN_JOIN = re.compile(r"\s+(?:to|through|until|till|and)\s+")
_SPAN_OPEN = re.compile(r"(?i)\b(?:from|between)\s+$")


def _day_spans(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """Join two single days written as one span ("from July 10 to July 16" -> 2020-07-10/2020-07-16), or two
    months ("from April 1996 until December 1997" -> 1996-04/1997-12): the first opened by "from" or
    "between", the second after "to", "through", "until" ("and" after "between"), of the same precision and
    later than the first. A term of office or a release's support is written so: the span is the fact."""
    out: list[DateMatch] = []
    for d in dates:
        prev = out[-1] if out else None
        join = _SPAN_JOIN.fullmatch(text, prev.end, d.start) if prev is not None else None
        if prev is not None and join is not None:
            prev = out[-1] = _year_of_span_end(prev, d)
        if prev is None or join is None or prev.precision not in ("day", "month") or d.precision != prev.precision \
                or not prev.value or not d.value or "/" in prev.value + d.value or not prev.value < d.value:
            out.append(d)
            continue
        opener = _SPAN_OPEN.search(text, max(0, prev.start - 10), prev.start)
        if opener is None or (join.group().strip() == "and") != (opener.group().strip().lower() == "between"):
            out.append(d)
            continue
        out[-1] = DateMatch(prev.start, d.end, text[prev.start:d.end], f"{prev.value}/{d.value}", prev.precision,
                            prev.first)
    return out


def _year_of_span_end(first: DateMatch, last: DateMatch) -> DateMatch:
    """"from March to May 2019": the year written once, after the span's end, is its start's year too (the
    year before where the start's month comes later: "from November to February 2020"); the tense had placed
    the start alone."""
    if first.precision != "month" or last.precision != "month" or not last.value or has_digit(first.text):
        return first
    month, year = first.first.month, last.first.year - (first.first.month > last.first.month)
    start = dt.date(year, month, 1)
    return DateMatch(first.start, first.end, first.text, start.strftime("%Y-%m"), "month", start)
