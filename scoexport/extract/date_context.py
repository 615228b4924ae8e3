"""Dates that need context: years after a preposition, bare years, spans of years ("2004 to 2017"),
decades (`date_years`); parts and edges of years ("the end of 2025", "the end of the year": `date_relative.parts_and_edges`,
each pattern scanned once for both);
month-day without a year, weekdays and "last September" / "next month", resolved against the
publication date using tense, in `date_relative` (the patterns of all of them in `date_phrases`).

`find_dates_in_context(text, reference)` returns what `date_text.find_dates` finds plus these, two dates the
words make one span joined ("from July 10 to July 16", "entre le 21 juin et le 15 novembre 2019"); with no
reference date only the forms that need none (years, decades) are found.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from ..data import alternation
from ..date_reference import NO_REFERENCE
from ..date_text import DateMatch, day_range_joiners, either_apostrophe, find_dates, month_numbers
from ..spans import SpanSet
from .base import lower_cased
from .date_ago import counted_dates
from .date_ago import known as ago_known
from .date_calendar_languages import century_dates, holiday_dates
from .date_calendar_languages import known as calendar_known
from .date_cjk import cjk_dates
from .date_devanagari import devanagari_dates
from .date_language_words import date_language, known, span_words
from .date_languages import language_dates
from .date_months import known as months_known
from .date_months import month_dates
from .date_phrases import date_words
from .date_relative import parts_and_edges, relative_dates
from .date_season_languages import known as seasons_known
from .date_season_languages import season_dates
from .date_story import story_days
from .date_years import YEAR_HINT, named_years, year_dates


def _contextual(text: str, ref: dt.date | None, language: str | None = None) -> list[DateMatch]:
    """Years, decades and parts of years, then the forms relative to `ref` (in the document's language where
    `date_languages` knows it, else in English); without a reference the relative forms are found all the
    same (they are dates, not numbers) with no value."""
    low = lower_cased(text)
    found, relative = parts_and_edges(text, low, ref or NO_REFERENCE)  # "the end of 2025"; "the end of the year"
    relative += relative_dates(text, low, ref or NO_REFERENCE)
    if known(language):  # a span of years or a decade that writes its years ("entre 2005 et 2007", "les années 1990")
        for match in language_dates(text, ref or NO_REFERENCE, language):  # type: ignore[arg-type]
            written = "/" in (match.value or "") and (match.precision == "year" or bool(YEAR_HINT.search(match.text)))
            (found if written else relative).append(match)  # is valued without a reference
    if ago_known(language):  # "vor zwei Jahren", "13 лет назад"
        relative += counted_dates(text, ref, language)  # type: ignore[arg-type]
    if ref is None:  # the value read against the stand-in day is kept as a guess, for `_framed` to give a year
        for match in relative:
            match.guess, match.value = match.value, None
    if seasons_known(language):  # "Herbst des Jahres 1997", "viime syksynä": valued by their year without a reference
        relative += season_dates(text, ref, language)  # type: ignore[arg-type]
    if calendar_known("century", language):  # "im 17. Jahrhundert", "au XVIIe siècle": valued without a reference
        relative += century_dates(text, ref, language)  # type: ignore[arg-type]
    if calendar_known("holiday", language) and YEAR_HINT.search(text):  # "Osternacht 2019": the holiday's day that year
        relative += holiday_dates(text, language)  # type: ignore[arg-type]
    relative += cjk_dates(text, ref)  # "2023年11月6日", "昨年", "1년 전": by their script, in any guessed language
    relative += devanagari_dates(text, ref)  # "जनवरी में", "सोमवार को", "पिछले साल": by their script, as CJK
    relative += named_years(text)  # "im Jahr 1681", "in the year 1524": a year of any century its noun names
    return found + year_dates(text, language) + relative


def find_dates_in_context(text: str, reference: dt.date | None = None, language: str | None = None,
                          heading: str | None = None) -> list[DateMatch]:
    """Absolute dates, then contextual ones that do not overlap them (longest first), in text order. Without a
    reference day, a date that writes no year takes the one its paragraph or its section's `heading` gives
    (`_framed`)."""
    language = date_language(language)
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
    # "the next day", "le lendemain": valued from the days found before them
    chosen += [d for d in story_days(text, language, chosen, reference or NO_REFERENCE) if taken.take(d.start, d.end)]
    dates = _joined_spans(text, _of_the_year(text, _listed_days(text, sorted(chosen, key=lambda d: d.start))), language)
    if reference is None:
        _framed(text, dates, _heading_year(heading, language) if heading else None)
    return dates


@lru_cache(maxsize=256)
def _heading_year(heading: str, language: str | None) -> int | None:
    """The year of the first date of a section's heading that writes one ("4.13.12. August 2010: Frans Pop died").
    Cached: every paragraph of a section passes the same heading."""
    return next((_written_year(d) for d in find_dates_in_context(heading, None, language) if _written_year(d)), None)


def _written_year(d: DateMatch) -> int | None:
    """The year a valued date writes, the last of a span ("from 8 to 14 July 2012": 2012); none for a decade."""
    return int(d.value.split("/")[-1][:4]) if d.value and d.precision in ("day", "month", "year") else None


# a bare year frames its sentence only as its opening adverbial, one word and the year ("In 2005 a workshop
# ran ..."), and alone: a range ("Between 2005 and 2010") spans years, a year inside a clause ("Smith, who joined in
# 2015, resigned") recalls another time
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?;]\s+)[^\W\d_]+\s+$")
_RANGE_AFTER = re.compile(r"\s+\S+\s+\d{4}\b")


def _frames(text: str, d: DateMatch) -> bool:
    """Whether a valued date written before a year-less one sets its year: a date of day or month precision does,
    a bare year only as its sentence's opening adverbial (`_OPENS_SENTENCE`) and not as a range's start."""
    if d.precision in ("day", "month"):
        return True
    return (d.precision == "year" and _OPENS_SENTENCE.search(text, max(0, d.start - 40), d.start) is not None
            and _RANGE_AFTER.match(text, d.end) is None)


def _framed(text: str, dates: list[DateMatch], year: int | None) -> None:
    """Give the dates that write a month and days but no year (`_day_and_month`: "died on July 18th", "ein DebCamp
    vom 12. - 17. Juli") the year the text frames them with, in a document that states no date of its own (a manual,
    a history: nothing to count the nearest year from) or only the day it was built
    (`clean.published.built`): the last year written before them in their paragraph ("from 8 to 14 July 2012, ...
    and a Debian Day on 7 July") by a date of day or month precision or a year that opens its sentence (`_frames`:
    not "Smith, who joined in 2015, resigned on March 3"), else their section heading's (`year`: a history or a
    change log heads each entry with its month, "4.13.11. July 2009: Steve Greenland died", and its text then leaves
    the year out). Where neither gives one, the date keeps no value: no year can be trusted. `dates` in text order,
    changed in place."""
    for d in dates:
        if d.value is None and d.guess and year is not None and _day_and_month().fullmatch(d.text):
            shift = year - d.first.year
            d.value = "/".join(f"{int(part[:4]) + shift:04d}{part[4:]}" for part in d.guess.split("/"))
            d.first = d.first.replace(year=year)
        elif d.guess is None and _frames(text, d) and (written := _written_year(d)):
            year = written


def _read(d: DateMatch) -> str | None:
    """The value a date has, or the one guessed for it (`DateMatch.guess`): the lists and spans below join both."""
    return d.value or d.guess


def _as(d: DateMatch, start: int, end: int, text: str, value: str, first: object) -> DateMatch:
    """A date made from `d` over other words: valued where `d` is, else its value only a guess as `d`'s."""
    return DateMatch(start, end, text, value if d.value else None, d.precision, first,  # type: ignore[arg-type]
                     None if d.value else value)


@cache
def _month_year_join() -> re.Pattern[str]:
    """What joins a month to the year written after it: a joiner, then maybe the year's noun ("of the year", "de l'an",
    "des Jahres"), or white space alone after a phrase that ends in the noun ("au début de l'année 1998")."""
    words = date_words()
    nouns = either_apostrophe(alternation(words["year_nouns"]))
    return re.compile(rf"(?i)\s+(?:(?:{alternation(words['month_year_joiners'])})\s+)?(?:(?:{nouns})\s+)?")


def _of_the_year(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """A month or a part of a year named without its year and the year written right after it, joined by "of" or the
    year's noun ("mid-December of 2000", "à la mi-décembre de l'an 2000", "Anfang des Jahres 1998"): one date, that
    month of that year, not a month placed by the reference day beside a bare year. `dates` in text order."""
    out: list[DateMatch] = []
    for d in dates:
        prev = out[-1] if out else None
        month = _read(prev) if prev is not None and prev.precision == "month" else None
        if prev is not None and month and "/" not in month and d.precision == "year" and d.text.isdigit() \
                and not YEAR_HINT.search(prev.text) and _month_year_join().fullmatch(text, prev.end, d.start):
            first = dt.date(int(d.text), prev.first.month, 1)
            out[-1] = DateMatch(prev.start, d.end, text[prev.start:d.end], first.strftime("%Y-%m"), "month", first)
            continue
        out.append(d)
    return out


@cache
def _days_before() -> re.Pattern[str]:
    """Days written before a date's day and joined to it by "and" ("11. und ", "5, 6 and "), right before it."""
    day = r"(?<![\w.,/-])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.)?"
    joiners = alternation(date_words()["day_pair_joiners"])
    return re.compile(rf"(?i){day}(?:,\s*[0-3]?\d(?:st|nd|rd|th|er|\.)?)*\s+(?:{joiners})\s+$")


def _listed_days(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """Days written before one month and joined by "and" ("am 11. und 12. Februar", "on 11 and 12 February", "les
    11 et 12 février"): the month and year written once belong to each day, so the words are one date over the
    days, from the first to the last (2022-02-11/2022-02-12), as a span of years is one. Only where the found date
    opens with its day's number: after "February 11 and" a number may count what follows. `dates` in text order."""
    out = []
    for d in dates:
        m = _days_before().search(text, max(0, d.start - 24), d.start) \
            if d.precision == "day" and _read(d) and "/" not in _read(d) and d.text[:1].isdigit() else None
        # the days are written alike: German marks each with its stop ("11. und 12."), and "3 und 12. Februar" is no list
        alike = m is not None and (text[m.end("day"):m.end("day") + 1] == ".") == (d.text.lstrip("0123456789")[:1] == ".")
        first = d.first.replace(day=int(m["day"])) if m and alike and 0 < int(m["day"]) < d.first.day else None
        if first is None or (out and out[-1].end > m.start()):  # type: ignore[union-attr]
            out.append(d)
            continue
        out.append(_as(d, m.start(), d.end, text[m.start():d.end], f"{first.isoformat()}/{_read(d)}", first))
    return out


@cache
def _span_ways(language: str | None) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(opener before the first date, join between the two) for each way two dates are written as one span:
    English's (`date_words.json`: "from July 10 to July 16", "between May 3 and May 9"), and the document
    language's (`date_languages.json`: "entre le lundi 30 octobre et le mercredi 1er novembre", "vom 3. bis 5.
    Mai"), with the articles that language sets before a date ("tra il ... e il")."""
    ways = [(date_words()["day_spans"], "")] + ([span_words(language)] if known(language) else [])  # type: ignore[arg-type]
    return [(re.compile(rf"(?i)(?<![\w-]){re.escape(opener)}\s+{article}$"),
             re.compile(rf"(?i)\s+{alternation([join], flexible_spaces=True)}\s+{article}"))
            for pairs, article in ways for opener, join in pairs]


_OPENER_CHARS = 16  # the longest opener and article before a span's first date, and more


def _joined_spans(text: str, dates: list[DateMatch], language: str | None) -> list[DateMatch]:
    """Two days or two months the words make one span ("from July 10 to July 16" -> 2020-07-10/2020-07-16,
    "zwischen Februar 2017 und Februar 2018" -> 2017-02/2018-02): the first after an opener ("from", "between",
    "entre", "vom"), the second after its join ("to", "and", "et", "bis"), of the same precision and later than
    the first. A term of office or a release's support is written so: the span is the fact; a dash or a comma
    between two dates may list them, and is left alone. Joined without an opener, the two are listed ("in March
    and May 2019"): the first still takes the year the second writes (`_span_start`). `dates` in text order."""
    out: list[DateMatch] = []
    for d in dates:
        prev = out[-1] if out else None
        before, after = (_read(prev), _read(d)) if prev else (None, None)
        if prev is None or prev.precision not in ("day", "month") or d.precision != prev.precision \
                or not before or not after or "/" in before + after:
            out.append(d)
            continue
        openers = [opener for opener, join in _span_ways(language) if join.fullmatch(text, prev.end, d.start)]
        first = _span_start(prev, d) if openers else None
        if first is None:
            out.append(d)
            continue
        out[-1] = first
        if _read(first) < after and (first.value or not d.value) and any(  # type: ignore[operator]
                o.search(text, max(0, first.start - _OPENER_CHARS), first.start) for o in openers):
            out[-1] = _as(d, first.start, d.end, text[first.start:d.end], f"{_read(first)}/{after}", first.first)
        else:
            out.append(d)
    return out


@cache
def _day_and_month() -> re.Pattern[str]:
    """A date written as a month's name and maybe its days, nothing else ("March", "July 10", "21 juin", "28 de
    agosto", "7/10", "12. - 17. Juli", "6 to 10 August", "11. und 12. Februar"): its year was guessed (the nearest,
    or the tense's)."""
    months = alternation(month_numbers())
    joiners = alternation([*day_range_joiners(), *date_words()["day_pair_joiners"]])
    return re.compile(rf"(?i)(?:(?<!\d)\d{{1,2}}(?!\d)(?:st|nd|rd|th|er|\.)?|(?:{months})\b\.?|(?:de|of|{joiners})\b"
                      r"|[\s,./–-])+")


def _span_start(first: DateMatch, last: DateMatch) -> DateMatch | None:
    """A span writes its year once, after its end ("from March to May 2019", "entre le 21 juin et le 15 novembre
    2019"): a start that writes no year of its own is in the end's year, or in the year before where it comes
    later in the year ("from November to February 2020"), not where the tense or the nearest year had placed it
    alone; so does a date listed before one that writes its year ("on March 3 and May 5, 2019"). A start that
    writes its year, or words that place it ("last March", "the end of the year"), keeps its own. None where no such
    day exists (29 February)."""
    if not _day_and_month().fullmatch(first.text):  # a year of its own, or words that place it ("last March")
        return first
    later = (first.first.month, first.first.day) > (last.first.month, last.first.day)
    try:
        start = first.first.replace(year=last.first.year - later)
    except ValueError:
        return None
    value = start.isoformat() if first.precision == "day" else start.strftime("%Y-%m")
    return DateMatch(first.start, first.end, first.text, value if last.value else None, first.precision, start,
                     None if last.value else value)
