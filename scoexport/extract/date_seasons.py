"""The calendar's looser parts as English news writes them: weekends, seasons, holidays, centuries, spans of
decades to the time of writing, and days told from the story's own day.

Enters: a paragraph's text (and its lower-cased form) and the reference (publication) date. Leaves: `DateMatch`es
(`calendar_parts`). How each is placed, by how such dates are written:
- a weekend is a Saturday and its Sunday ("the weekend" -> 2020-03-14/2020-03-15): "this weekend" the one of the
  publication week, "last weekend" the one before; "the weekend" goes by the clause's tense, to the past one
  unless a future marker points ahead (news tells what happened "at the weekend"); "that weekend" and "next
  weekend" (the coming one or the one after?) get no value;
- a season is its year and TimeML's code for it ("summer 2020" -> 2020-SU, "this fall" -> 2020-FA; "last winter" has
  none: winter runs across a year's end): the tense sends "the summer" to the last one (past) or to the one under
  way or coming (future, or a present that names the season's span: "as the summer tourism season gets under way");
  a present tense alone tells of every summer ("in the summer it gets hot"): no date; "that summer" is the story's, no value;
- a holiday after a preposition ("on Christmas Eve", "before Easter") is its day in the year the tense points to;
  Easter by the Gregorian computus; a holiday's name before a noun ("Christmas decorations") is no date;
- a century is its hundred years ("the 21st century" -> 2000/2099, as a decade is 1990/1999); "the past decade",
  "the next century" reach to the time of writing with no count: a date with no value;
("the next morning", "the previous day" count from the story's day, not the publication's: `date_story`.)
Words and holiday rules are in `data/date_seasons.json`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json
from ..date_text import DateMatch
from .base import digit_starts, matches_at, written
from .date_scan import has_word, openings_before, scan
from .date_tense import clause_tense
from .numerals import number_table


@cache
def season_words() -> dict:
    return load_json("date_seasons.json")


@cache
def _ordinal_words() -> dict[str, int]:
    """Ordinals as words, with the compound ones a century needs ("twenty-first")."""
    ordinals = {w: v for w, v in number_table()["ordinals"].items() if v < 100}
    for tens_word, tens in number_table()["tens"].items():
        for word, unit in list(ordinals.items()):
            if unit < 10:
                ordinals[f"{tens_word}-{word}"] = tens + unit
    return ordinals


@cache
def _holiday_cues() -> tuple[str, ...]:
    """The first word of each holiday's name: a paragraph without one of them is not searched for holidays."""
    return tuple(dict.fromkeys(h.split()[0] for h in season_words()["holidays"]))


@cache
def _season_starts() -> tuple[str, ...]:
    """The words a season's match opens with: a word before the season that makes it a time, or its name."""
    return (*season_words()["season_openers"], *season_words()["seasons"])


@cache
def _century_starts() -> tuple[str, ...]:
    """The words a century's match opens with (besides a digit): "the", a part of it, an ordinal's first word."""
    return tuple(dict.fromkeys(("the", "early", "mid", "late", *(w.split("-")[0] for w in _ordinal_words()))))


@cache
def _opener_lengths() -> tuple[int, ...]:
    """The lengths of the words before a holiday's name ("on", "ahead of", "this"), each once."""
    return tuple(sorted({len(w) for w in (*season_words()["holiday_openers"], "this", "last", "next")}))


def holiday_places(text: str) -> list[int]:
    """Where a holiday's match may open: before each holiday's name, by the length of each word that may stand before
    it (`openings_before`). The names are written as they are (the pattern reads them case by case) and far rarer than
    the words before them ("on", "at", "for", each of which was a try before): the pattern is tried before names only."""
    return sorted(openings_before(text, written(text, _holiday_cues()), _opener_lengths()))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    w = season_words()
    seasons = alternation(w["seasons"])
    capitalized = alternation(s.capitalize() for s in w["seasons"])
    year = r"(?P<year>(?:1[6-9]|20)\d\d)\b(?![.,]?\d)"
    holidays = alternation(w["holidays"])
    return {
        # "the last weekend of the festival", "the first weekend in May": a weekend of the story's event
        "weekend": re.compile(rf"\b(?P<rel>(?i:{alternation(w['weekend_openers'])}))\s+weekend\b"
                             r"(?!s|\s+(?:of|in|before|after)\b)"),
        # "the summer", "last winter", "summer 2020", "Summer of 2020": a lower-case season after a word that
        # makes it a time, or any season before its year
        "season": re.compile(rf"\b(?:(?P<rel>(?i:{alternation(w['season_openers'])}))\s+)?"
                             rf"(?:(?P<season>{seasons})|(?P<cap>{capitalized})(?=\s+(?:of\s+)?\d))"
                             rf"(?:\s+(?:of\s+)?{year})?(?![\w-])"),
        "holiday": re.compile(rf"\b(?P<rel>(?i:{alternation(w['holiday_openers'])}|this|last|next))\s+"
                              rf"(?P<name>{holidays})(?:,?\s+{year})?"
                              r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|or|when|this|last|next|to|with|as|in|at|on|the)\b)"),
        "century": re.compile(rf"(?i)\b(?:the\s+)?(?:(?P<edge>early|mid|late)[\s-]+)?"
                              rf"(?P<nth>\d{{1,2}}(?:st|nd|rd|th)|{alternation(_ordinal_words())})\s+century\b"
                              r"(?![\s-]+(?-i:[A-Z])|-)"),
        "span": re.compile(rf"(?i)\b(?:the\s+)?(?:{alternation(w['span_rels'])})\s+(?:decade|century)\b(?!-)"),
    }


def weekend_of(ref: dt.date, step: int) -> tuple[str, dt.date]:
    """The weekend `step` weeks from the one of the reference day's week (0: this week's, -1: the last), as the span
    of its Saturday and Sunday and its Saturday: "last weekend", "am vergangenen Wochenende"."""
    saturday = ref + dt.timedelta(days=5 - ref.weekday(), weeks=step)  # this week's Saturday (the day itself on a weekend)
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}", saturday


def _weekend(match: re.Match[str], text: str, ref: dt.date) -> DateMatch:
    step = season_words()["weekend_openers"][match["rel"].lower()]
    if step is None:  # "the weekend": the last one, unless the clause looks ahead
        ahead = clause_tense(text, match.start(), match.end()) == "future"
        step = 0 if ahead or ref.weekday() >= 5 else -1
    if not isinstance(step, int):
        return DateMatch(match.start(), match.end(), match.group(), None, "day", ref)
    value, saturday = weekend_of(ref, step)
    return DateMatch(match.start(), match.end(), match.group(), value, "day", saturday)


def season_year(first: int, last: int, rel: str, tense: str | None, ref: dt.date) -> int | None:
    """The year of a season (months first..last) the words point to, against the publication date."""
    if first > last or rel == "that":  # winter spans two years; "that summer" is the story's
        return None
    if rel == "this":
        return ref.year
    if rel == "last":
        return ref.year if ref.month > last else ref.year - 1
    if rel == "next":
        return ref.year if ref.month < first else ref.year + 1
    if tense == "past" or rel == "since":
        return ref.year if ref.month >= first else ref.year - 1
    return ref.year if ref.month <= last else ref.year + 1  # present or future: the season under way or coming


_NAMED_SEASONS = ("this", "last", "next", "that")


@cache
def _season_noun() -> re.Pattern[str]:
    """A noun after a season that makes it one span of time ("the summer tourism season", "the winter break")."""
    return re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alternation(season_words()['season_nouns'])})\b")


def _season(match: re.Match[str], text: str, ref: dt.date) -> DateMatch | None:
    name = (match["season"] or match["cap"]).lower()
    rel = (match["rel"] or "").lower()
    if not rel and not match["year"]:
        return None  # "summer" alone: an adjective as often as a time ("summer clothes")
    if name == "fall" and rel not in ("this", "last", "next") and not match["year"]:
        return None  # "the fall of the wall", "a fall in prices"
    # the date is the season's words: a preposition before it stays outside, as "in" does before a year
    start = match.start() if rel in ("the", "this", "last", "next", "that", "early", "late") else \
        match.start("season") if match["season"] else match.start("cap")
    first, last = season_words()["seasons"][name]
    tense = clause_tense(text, match.start(), match.end())
    if not match["year"] and rel not in _NAMED_SEASONS and tense is None and not _season_noun().match(text, match.end()):
        return None  # "in the summer it gets hot": every summer, or one the words do not place
    if match["year"]:
        year: int | None = int(match["year"])
    else:
        year = season_year(first, last, rel, tense, ref)
    # TimeML's season value ("2019-SU"), as the annotation rounds since the fifth write it in every language
    value = f"{year}-{load_json('season_languages.json')['_timeml'][name]}" if year else None
    return DateMatch(start, match.end(), text[start:match.end()], value, "season", dt.date(year or ref.year, first, 1))


def easter(year: int) -> dt.date:
    """Western Easter Sunday of `year` (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    n = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * n) // 451
    month, day = divmod(h + n - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def holiday(name: str, year: int) -> dt.date:
    """The day of a holiday of `data/date_seasons.json` in `year`."""
    return holiday_by_rule(season_words()["holidays"][name], year)


def holiday_by_rule(rule: str, year: int) -> dt.date:
    """The day a holiday's rule gives in `year`: a fixed day ("12-25"), a distance from Easter Sunday by the
    Gregorian computus ("easter-2"), or the Nth weekday of a month ("4:3:11", N = -1 the last)."""
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[len("easter"):]))
    if rule.count(":") == 2:  # the Nth weekday W of month M; N = -1: the last one
        nth, weekday, month = (int(x) for x in rule.split(":"))
        if nth < 0:
            last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7, weeks=nth - 1)
    month, day = (int(x) for x in rule.split("-"))
    return dt.date(year, month, day)


def _holiday(match: re.Match[str], text: str, ref: dt.date) -> DateMatch:
    rel, name = match["rel"].lower(), match["name"]
    start = match.start("name") if rel not in ("this", "last", "next") else match.start()
    if match["year"]:
        day = holiday(name, int(match["year"]))
    else:
        this = holiday(name, ref.year)
        tense = "past" if rel in ("last", "since") else "future" if rel == "next" else \
            clause_tense(text, match.start(), match.end())
        if rel == "this":
            day = this
        elif tense == "past":
            day = this if this <= ref else holiday(name, ref.year - 1)
        else:
            day = this if this >= ref else holiday(name, ref.year + 1)
    return DateMatch(start, match.end(), text[start:match.end()], day.isoformat(), "day", day)


def _century(match: re.Match[str], ref: dt.date) -> DateMatch | None:
    nth = match["nth"].lower()
    number = int(nth[:-2]) if nth[:1].isdigit() else _ordinal_words()[nth]
    if not 1 <= number <= ref.year // 100 + 2:
        return None
    low = (number - 1) * 100
    return DateMatch(match.start(), match.end(), match.group(), f"{low:04d}/{low + 99:04d}", "century",
                     dt.date(max(low, 1), 1, 1))


def _unvalued(match: re.Match[str], ref: dt.date, precision: str) -> DateMatch:
    return DateMatch(match.start(), match.end(), match.group(), None, precision, ref)


def calendar_parts(text: str, low: str, ref: dt.date) -> list[DateMatch]:
    """Weekends, seasons, holidays, centuries and spans to the time of writing in `text`
    (`low`: the text lower-cased); each pattern runs only where a word it needs is written."""
    p = _patterns()
    found: list[DateMatch] = []
    for m in p["weekend"].finditer(text) if "weekend" in low else ():
        found.append(_weekend(m, text, ref))
    # both patterns open with a word boundary (no fast scan for a first character): tried only where one of
    # the words a match opens with is written
    for m in scan(p["season"], text, low, _season_starts()) if has_word(low, *season_words()["seasons"]) else ():
        found.extend(d for d in [_season(m, text, ref)] if d is not None)
    # a holiday opens with a common word ("on", "for") before a rare name: tried before the names only
    for m in matches_at(p["holiday"], text, holiday_places(text)):
        found.append(_holiday(m, text, ref))
    if "centur" in low:
        found.extend(d for m in scan(p["century"], text, low, _century_starts(), digit_starts(text))
                     if (d := _century(m, ref)) is not None)
    if "decade" in low or "centur" in low:
        found.extend(_unvalued(m, ref, "decade") for m in p["span"].finditer(text))
    return found
