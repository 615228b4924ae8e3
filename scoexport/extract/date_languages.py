"""Dates without a year as other languages than English write them, resolved against the publication date.

Enters: a paragraph's text, the reference day (the publication date) and the document's language (ISO 639-1).
Leaves: `DateMatch`es: a day and month ("28 de agosto", "20. April", "8 décembre", "6 listopada"), maybe after a
weekday ("lundi 30 octobre"); a weekday alone ("am Montag", "Montagmorgen", "el pasado lunes"); a day word
("gestern", "hier", "ayer", "ontem", "wczoraj"); a month named after a preposition ("im April"); a decade ("les
années 2000"). A span that
ends at the time of writing without a count ("in den vergangenen Wochen", "negli ultimi anni") is no date: no
reader could place it on a timeline (bench/devset/README.md, as "in recent years").

Why it works: these languages write a date in a few fixed orders with words of their own, which
`date_language_patterns` finds (the words are in `data/date_languages.json`, keyed by language, read by
`date_language_words`); English stays with `date_relative`, whose tense words are English. A weekday goes to the
side of the reference day a word before it ("kommenden", "pasado") or a future word of its clause points to, else
to the last such day: news reports what happened. A day and month go to the year nearest the reference day, on its
side that a word before them says ("el pasado 28 de agosto"); a month alone to the year a phrase after it names ("в
мае прошлого года"), else to the side its clause's tense points to (`date_language_tense`), else to the nearest.
"""
from __future__ import annotations

import datetime as dt
import re

from ..date_reference import EDGE_MONTHS, day_without_year, days_value, month_without_year, shifted_period
from ..date_text import DateMatch, typographic
from ..text import has_digit
from .base import lower_cased, may_hold
from .date_language_patterns import cues, patterns, year_spans
from .date_language_tense import in_past_clause, is_future, is_past
from .date_language_words import months_of, weekdays_of, words_of
from .date_seasons import weekend_of
from .date_story import story_year_before
from .identifiers.context import identifier_heads

_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_RESTATES = re.compile(r",?\s+(?:(?:le|el|den|o)\s+)?\d")
_BRACKETED_DAY = re.compile(r"\s?\(([0-3]?\d)\)")


def _bracketed_day(found: DateMatch, text: str) -> DateMatch:
    """A weekday with its day of the month in brackets after it, as the Brazilian press writes every weekday
    ("na última quinta-feira (5)", `day_in_brackets`): the day that number names, a week at most from the weekday
    the words place (the number is what the writer checked; a weekday's name slips more often), the brackets in
    the date's text."""
    m = _BRACKETED_DAY.match(text, found.end)
    if m is None:
        return found
    near = [found.first + dt.timedelta(days=k) for k in range(-7, 8)]
    days = sorted((d for d in near if d.day == int(m[1])), key=lambda d: abs((d - found.first).days))
    if not days:
        return found
    return DateMatch(found.start, m.end(), text[found.start:m.end()], days[0].isoformat(), "day", days[0])


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return m.group(1).lower() if m else ""


def _weekday(m: re.Match[str], text: str, ref: dt.date, language: str) -> DateMatch:
    w = words_of(language)
    rel = (m["rel"] or "").lower()
    step = 1 if rel in w["next"] else -1 if rel in w["last"] else 2 if rel in w.get("second_next", ()) \
        else -2 if rel in w.get("second_last", ()) else 0
    return _weekday_at(m, text, ref, language, weekdays_of(language)[m["weekday"].lower()], step)


def _weekday_at(m: re.Match[str], text: str, ref: dt.date, language: str, target: int, step: int) -> DateMatch:
    """The weekday `target` the words place: the next one (`step` 1) or the last one (-1) other than the reference
    day, else after the reference day where the clause speaks of the future, else before it (news reports what
    happened), the reference day itself included."""
    # a past made with words in the date's own clause beats a future word of the sentence ("Der Minister hat am
    # Montag angekündigt, er werde zurücktreten")
    future = step > 0 or (step == 0 and is_future(text, m.start(), m.end(), language)
                          and not in_past_clause(text, m.start(), m.end(), language))
    if future:
        day = ref + dt.timedelta(days=(target - ref.weekday()) % 7 or (7 if step else 0), weeks=max(step - 1, 0))
    else:  # "am vorletzten Donnerstag" (step -2): the week before the last one
        day = ref - dt.timedelta(days=(ref.weekday() - target) % 7 or (7 if step else 0), weeks=max(-step - 1, 0))
    return DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day)


def _phrase(m: re.Match[str], text: str, ref: dt.date, language: str) -> DateMatch | None:
    """A period or a weekday named by its distance from the present one: "letztes Jahr" -> the year before the
    reference day's, "settimana scorsa" -> the ISO week before, "в прошлую среду" -> the last Wednesday, "Ende des
    Jahres" -> the reference year's December. One that may count from a year the paragraph wrote before it ("1933
    kam Hitler an die Macht. In diesem Jahr ...", `story_periods`) has no value."""
    phrase = " ".join(typographic(m["phrase"].lower()).split())
    unit, step = words_of(language)["phrases"][phrase]
    if phrase in words_of(language).get("lower_only", ()) and not m["phrase"].islower():
        return None  # "TAG Heuer", "Herr Heuer": a name, not "heuer" (this year)
    if phrase in words_of(language).get("story_periods", ()) and story_year_before(text, m.start(), ref, language):
        return DateMatch(m.start(), m.end(), m.group(), None, unit, ref)  # "1933 ... In diesem Jahr": which year?
    if isinstance(unit, int):
        return _weekday_at(m, text, ref, language, unit, step)
    if unit == "weekend":  # "am vergangenen Wochenende": a Saturday and its Sunday, as English "last weekend"
        # "am kommenden Wochenende" written on a weekday is the one still to come in its week
        value, first = weekend_of(ref, step - (step > 0 and ref.weekday() < 5))
        return DateMatch(m.start(), m.end(), m.group(), value, "day", first)
    if unit in EDGE_MONTHS:  # "Ende des Jahres": the month at that edge of the year
        first = dt.date(ref.year + step, EDGE_MONTHS[unit], 1)
        return DateMatch(m.start(), m.end(), m.group(), first.strftime("%Y-%m"), "month", first)
    try:
        value, first = shifted_period(ref, step, unit)
    except (ValueError, OverflowError):
        return None
    return DateMatch(m.start(), m.end(), m.group(), value, unit, first)


def _day_month(m: re.Match[str], text: str, ref: dt.date, language: str) -> DateMatch | None:
    w = words_of(language)
    month, day = months_of(language)[m["month"].lower()], int(m["day"])
    # "lundi 30 octobre": the year in which that day is a Monday, where one is
    weekday = weekdays_of(language)[m["wd"].lower()] if m["wd"] else None
    before = _word_before(text, m.start())
    # "el pasado 28 de agosto": the one before the reference day; "el próximo": the one after; a past made with
    # words in its clause ("hat am 28. Dezember beschlossen"): the one before; a future word of its clause ("wird
    # am 2. Oktober stattfinden", "ab 3. März"): the one after, as a weekday's
    side = "past" if before in w["last"] else "future" if before in w["next"] else \
        "past" if in_past_clause(text, m.start(), m.end(), language) else \
        "future" if is_future(text, m.start(), m.end(), language) else None
    first = day_without_year(ref, month, day, weekday, side)
    if first is None:
        return None
    value = days_value(first, m.groupdict().get("day2"))  # a span's last day, in the first's month and year
    return DateMatch(m.start(), m.end(), m.group(), value, "day", first) if value else None


def _month(m: re.Match[str], text: str, ref: dt.date, language: str) -> DateMatch:
    """A month named alone, in the year the phrase after it gives ("в мае прошлого года" -> the year before the
    reference's), else on the side of the reference month its clause's tense points to: the next such month
    where the clause speaks of the future, the last one, the reference month included, where it speaks of the past
    ("W lutym firma zbankrutowała": the last February), else the nearest one (the present speaks of both). A past
    made with words in the date's own clause ("hat im März beschlossen") goes before a future word elsewhere in its
    sentence."""
    month, start = months_of(language)[m["month"].lower()], m.start("month")
    if m.groupdict().get("year"):
        year = ref.year + words_of(language)["month_years"][" ".join(typographic(m["year"].lower()).split())]
    elif in_past_clause(text, start, m.end(), language):  # its own clause's past: "hat im März beschlossen"
        year = ref.year - (month > ref.month)
    elif is_future(text, start, m.end(), language):
        year = ref.year + (month < ref.month)
    elif is_past(text, start, m.end(), language):
        year = ref.year - (month > ref.month)
    else:  # the present tense speaks of the months ahead as well ("bleiben auch im April zu", "пройдет в октябре")
        year = month_without_year(ref, month)
    first = dt.date(year, month, 1)
    return DateMatch(start, m.end(), text[start:m.end()], first.strftime("%Y-%m"), "month", first)


def _is_day_word(text: str, m: re.Match[str], language: str) -> bool:
    w = words_of(language)
    word = m["word"].lower()
    if word in w.get("lower_only", ()) and not m["word"].islower():
        return False  # German "Morgen": the morning, a noun
    return _word_before(text, m.start()) not in w["not_after"].get(word, ())


def language_dates(text: str, ref: dt.date, language: str) -> list[DateMatch]:
    """The dates without a year of a paragraph in `language` (which `known` must accept), resolved against `ref`;
    where two overlap, the caller keeps the longest."""
    p = patterns(language)
    found: list[DateMatch] = []
    # a day and month, a day and month in digits and a span of years each hold a digit, the patterns read from words
    # one of their words (`cues`): a paragraph without them (most) is not scanned for them (tests/test_date_prefilters.py)
    digits, lowered, cue = has_digit(text), lower_cased(text), cues(language)
    for m in p["day_month"].finditer(text) if digits and may_hold(text, lowered, cue["day_month"]) else ():
        match = _day_month(m, text, ref, language)
        found.extend([match] if match else [])
    w = words_of(language)
    for m in p["weekday"].finditer(text) if may_hold(text, lowered, cue["weekday"]) else ():
        after = _WORD_AFTER.match(text, m.end())
        if after and after.group(1).lower() in w["name_after"]:
            continue  # "venerdì nero", "viernes santo": a name of a day of the year
        if _RESTATES.match(text, m.end()):
            continue  # "sexta-feira, 22 de outubro de 2010": the weekday restates the date after it
        if not m["rel"] and _word_before(text, m.start()) in w["generic_before"]:
            continue  # "il venerdì dopo il Giorno del Ringraziamento", "cada lunes": every such day
        weekday = _weekday(m, text, ref, language)
        found.append(_bracketed_day(weekday, text) if w.get("day_in_brackets") else weekday)
    for m in p["numeric"].finditer(text) if digits else ():
        if _word_before(text, m.start("day")) in identifier_heads():
            continue  # "Artikel 3.12.", "Version 3.12.": a number the word before names, no day
        day = day_without_year(ref, int(m["mnum"]), int(m["day"])) if 1 <= int(m["mnum"]) <= 12 else None
        if day is not None:
            found.append(DateMatch(m.start("day"), m.end(), text[m.start("day"):m.end()], day.isoformat(), "day", day))
    for m in p["phrase"].finditer(text) if may_hold(text, lowered, cue["phrase"]) else ():
        phrase = _phrase(m, text, ref, language)
        found.extend([phrase] if phrase else [])
    for m in p["day_word"].finditer(text) if may_hold(text, lowered, cue["day_word"]) else ():
        if _is_day_word(text, m, language):
            day = ref + dt.timedelta(days=words_of(language)["day_words"][" ".join(typographic(m["word"].lower()).split())])
            found.append(DateMatch(m.start(), m.end(), m.group(), day.isoformat(), "day", day))
    for m in p["month"].finditer(text) if may_hold(text, lowered, cue["month"]) else ():
        found.append(_month(m, text, ref, language))
    for m in year_spans(language).finditer(text) if digits and year_spans(language) else ():
        first = next(name for name, value in m.groupdict().items() if value and name != "last")
        low, high = int(m[first]), int(m["last"])
        if low < high:  # "de 2013 à 2017", "von 2010 bis 2015": one span of years ("de"/"von" stay outside, as "from")
            found.append(DateMatch(m.start(first), m.end(), text[m.start(first):m.end()], f"{low}/{high}", "year",
                                   dt.date(low, 1, 1)))
    for m in p["decade"].finditer(text) if digits or may_hold(text, lowered, cue["decade_words"]) else ():
        groups = m.groupdict()
        written = groups.get("decade") or groups.get("decade2") or str(w["decade_names"][groups["name"].lower()])
        decade = int(written) + (1900 if len(written) == 2 else 0)
        found.append(DateMatch(m.start(), m.end(), m.group(), f"{decade}/{decade + 9}", "decade", dt.date(decade, 1, 1)))
    return found
