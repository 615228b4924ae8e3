"""Periods counted back from the publication date, or on from an event, in other languages than English ("vor
zwei Jahren", "il y a 3 ans", "13 лет назад"; "elf Tage nach dem Aus").

Enters: a paragraph's text, the reference day (or None) and the document's language. Leaves: `DateMatch`es: a
count back from the reference day has its value as English "two years ago" has (the year, month, ISO week or day
that many periods before it); a count on from an event the text tells ("trois ans plus tard") has none, as
English "four years later"; so has a count back left open ("vor über vier Jahren") or of hours ("vor zwei
Stunden"). Either way the count is a date's part, not a number of years. A span counted from the start of an
event ("in den ersten fünf Jahren") is one too, and so is a span of two counts ("in den nächsten 10 bis 15 Jahren",
"vor zwei bis drei Jahren": no value, since the words leave its length open).

Why it works: each language writes the count between a fixed word and the period's name ("vor ... Jahren", "hace
... años") or before a fixed word after it ("... anni fa", "... лет назад"), with the period in the case the count
governs; the words are in `data/ago_languages.json`, the number words in `data/number_languages.json`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from ..data import alternation, joiner_alternation, load_json
from ..date_reference import NO_REFERENCE, shifted_period
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from ..date_text import DateMatch
from .base import lower_cased, may_hold
from .date_calendar_languages import holiday_names
from .name_stops import is_common_noun
from .numerals import language_table


@cache
def _table() -> dict:
    return load_json("ago_languages.json")


def known(language: str | None) -> bool:
    return bool(language) and language in _table()


@cache
def _counts(language: str) -> dict[str, float]:
    words: dict[str, float] = {w: int(v) for w, v in language_table().get(language, {}).get("number_words", {}).items()}
    return words | {w: 1 for w in _table()[language]["one"]} | _table()[language].get("counts", {})


def _count(written: str, language: str) -> float:
    return int(written) if written.isdigit() else _counts(language)[written.lower()]


_PERIODS = ("year", "month", "week", "day", "hour", "minute")
_CLOCK = ("hour", "minute")  # a count of hours back names no day a reader could place without a clock: no value


@cache
def _pattern(language: str) -> re.Pattern[str]:
    """The count with its period, after a word that counts back ("vor") or makes a span to the time of writing
    ("vergangenen"), or before one that counts back ("fa") or on ("später"): the groups n, the period's name (year,
    month, week, day), and before, span, back or on."""
    w = _table()[language]
    counts = alternation(_counts(language)) if _counts(language) else r"(?!)"
    one = rf"(?:\d{{1,4}}|{counts})(?![.,]\d)"
    # two counts joined ("in den nächsten 10 bis 15 Jahren", "den letzten zwei, drei Tagen", "negli ultimi 2-3 anni"): one
    # span whose length the words leave open, its place the same (`range_joins`: word joiners between spaces)
    join = joiner_alternation(w.get("range_joins", []))
    second = rf"(?:(?:{join})(?P<n2>{one}))?" if join else ""
    count = rf"(?<!\d[.,])(?P<n>{one}){second}"  # not the decimals of "1,5 года"
    period = "|".join(rf"(?P<{name}>{alternation(w['periods'][name])})" for name in _PERIODS if name in w["periods"])
    words_after = "|".join(rf"(?P<{name}>{alternation(words, flexible_spaces=True)})"
                           for name, words in (("back", w["after"]), ("on", w["later"])) if words)
    after = rf"\s+(?:{words_after})" if words_after else r"(?!)"
    # a hedge before the count ("seit über 60 Jahren", "vor über vier Jahren", "circa tre settimane fa"): a span is
    # the same, a count back has no value where the hedge leaves the count open ("über", "più di": `open_hedges`)
    hedge = rf"(?:(?P<hedge>{alternation(w['hedges'], flexible_spaces=True)})\s+)?" if w.get("hedges") else ""
    words_before = "|".join(rf"(?P<{name}>{alternation(words, flexible_spaces=True)})\s+"
                            for name, words in (("before", w["before"]), ("span", w.get("span", []))) if words)
    # French puts the span's adjective between the count and the period ("les cinq dernières années")
    between = rf"(?:(?P<between>{alternation(w['span_between'])})\s+)?" if w.get("span_between") else "(?P<between>(?!))?"
    if not words_before:
        return re.compile(rf"(?i){_B}{hedge}{count}\s+{between}(?:{period})(?(between)|{after}){_E}")
    # the day's word before a count back makes it an anniversary ("heute vor 3 Jahren": this very day three years ago)
    anchor = rf"(?:(?P<anchor>{alternation(w['anniversary'])})\s+(?=(?:{alternation(w['before'])})\s))?" \
        if w.get("anniversary") else ""
    # the word before the count or between it and the period, or else one after the period
    return re.compile(rf"(?i){_B}{anchor}(?P<opening>{words_before})?{hedge}{count}\s+{between}(?:{period})"
                      rf"(?(opening)|(?(between)|{after})){_E}")


def _same_day_back(reference: dt.date, count: int, unit: str) -> tuple[str, dt.date]:
    """The day `count` years, months, weeks or days before the reference day, as an anniversary names it: the month
    `shifted_period` counts back to, on the reference's day of the month, or the month's last day where the month is
    shorter (29 February a year back is 28 February). Raises as `shifted_period` does (before the year 1000)."""
    if unit in ("week", "day"):
        return shifted_period(reference, -count * (7 if unit == "week" else 1), "day")
    _, first = shifted_period(reference, -count * (12 if unit == "year" else 1), "month")
    day = first.replace(day=min(reference.day, calendar.monthrange(first.year, first.month)[1]))
    return day.isoformat(), day


@cache
def _frames(language: str) -> re.Pattern[str] | None:
    """A count framed by an opening and a closing word before an event ("за 5 днів до виступу": five days before the
    speech), where the closing word alone says "until" ("варить 10 минут до мягкости"): the frame, to its closing
    word."""
    w = _table()[language]
    if not w.get("event_spans"):
        return None
    counts = alternation(_counts(language)) if _counts(language) else r"(?!)"
    periods = alternation([form for forms in w["periods"].values() for form in forms])
    frames = "|".join(rf"{re.escape(opening)}\s+(?:\d{{1,4}}|{counts})\s+(?:{periods})\s+{re.escape(closing)}"
                      for opening, closing in w["event_spans"])
    return re.compile(rf"(?i){_B}(?:{frames}){_E}")


@cache
def _period_cues(language: str) -> tuple[str, ...]:
    """The periods' names in lower case, none holding another: every match of `_pattern` and `_frames` holds one."""
    forms = {form.lower() for forms in _table()[language]["periods"].values() for form in forms}
    return tuple(sorted(f for f in forms if not any(o != f and o in f for o in forms)))


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _to_a_place(m: re.Match[str], text: str, language: str) -> bool:
    """Is a count closed by a word that is also a preposition of direction (`place_prepositions`: German "nach",
    after and to) followed by no event? An event is written with a determiner ("elf Tage nach dem Aus") or is a
    common noun of the language (`name_stops.is_common_noun`: "nach Kriegsende"), a holiday or one of
    `event_names` ("nach Ende der Frist"); a name no lexicon holds is as often a destination ("zwei Stunden nach
    München", "für zwei Wochen nach Spanien"), and `not_events` are directions and sayings ("nach Hause", "nach
    Angaben der Polizei"). Such a count is a length of time, no date."""
    w = _table()[language]
    if (m.groupdict().get("on") or "").lower() not in w.get("place_prepositions", ()):
        return False
    following = _NEXT_WORD.match(text, m.end())
    if following is None:
        return False
    word = following.group(1)
    return word in w.get("not_events", ()) or (word[0].isupper() and not names_an_event(word, language))


def names_an_event(word: str, language: str) -> bool:
    """Is a capitalized word after a preposition of both time and place (German "nach": after, and to) an event, not
    a destination: a common noun of the language (`name_stops.is_common_noun`: "nach Kriegsende"), a holiday, or one
    of `event_names` ("nach Ende der Frist"), which an English word list may know as a town (Ende, on Flores)."""
    w = _table().get(language, {})
    return is_common_noun(word, language) or word in holiday_names(language) or word in w.get("event_names", ())


def counted_dates(text: str, reference: dt.date | None, language: str) -> list[DateMatch]:
    """The counted periods of a paragraph in `language` (which `known` must accept)."""
    frames, periods = _frames(language), _table()[language]["periods"]
    if not may_hold(text, lower_cased(text), _period_cues(language)):
        return []  # both patterns need a period's name ("Jahren", "ans"): most paragraphs write none
    found = []
    for m in frames.finditer(text) if frames else ():
        period = next(name for name in _PERIODS
                      if any(form.lower() in m.group().lower().split() for form in periods.get(name, ())))
        found.append(DateMatch(m.start(), m.end(), m.group(), None, "time" if period in _CLOCK else period,
                               reference or NO_REFERENCE))
    for m in _pattern(language).finditer(text):
        if _to_a_place(m, text, language):
            continue
        period = next(name for name in _PERIODS if m.groupdict().get(name))
        count = _count(m["n"], language)
        if m.groupdict().get("n2") and not count < _count(m["n2"], language):
            continue  # "seit 2010, 5 Jahre lang": a year and a length listed, no span between two counts
        value, first = None, reference or NO_REFERENCE
        back = m.groupdict().get("before") or m.groupdict().get("back")
        # a count on from an event of the text ("trois ans plus tard"), a span to the time of writing ("in den
        # vergangenen 40 Jahren"), a count back left open ("vor über vier Jahren"; a rounded one keeps its count:
        # "circa tre settimane fa"), a count of hours and one that is whole in no period have no value; a count of
        # years that is not whole is one of months ("vor anderthalb Jahren": 18 months back, that month)
        hedge = " ".join((m.groupdict().get("hedge") or "").lower().split())
        unit, count = ("month", count * 12) if period == "year" and count != int(count) else (period, count)
        single = not m.groupdict().get("n2")  # "vor zwei bis drei Jahren": which year, the words leave open
        anniversary = bool(m.groupdict().get("anchor")) and period not in _CLOCK
        if back and reference and single and count == int(count) \
                and hedge not in _table()[language].get("open_hedges", ()) and period not in _CLOCK:
            try:
                value, first = _same_day_back(reference, int(count), unit) if anniversary \
                    else shifted_period(reference, -int(count), unit)
            except (ValueError, OverflowError):
                pass
        precision = "time" if period in _CLOCK else ("day" if anniversary else unit) if value else period
        found.append(DateMatch(m.start(), m.end(), m.group(), value, precision, first))
    return found
