"""Date facts: absolute and contextual dates, resolved against the publication date, and clock times.

A clock time ("10 a.m.", "6:38 p.m.") takes the day its sentence names ("at 6:38 p.m. on Saturday,
May 18" -> 2019-05-18T18:38), else no value: a time alone names no calendar point. Bare "7:14"
is left alone: a game clock or a duration as often as a time of day.

A copyright line ("(c) Thomson Reuters 2020", "Copyright 2019 ...") dates the text's rights, not
an event: dates after a copyright sign in the same sentence are left out of the timeline. "Today" set
against another era in its sentence ("less decent than today", "since the 14th century") is the present
age, not the publication day: no date. A schedule names days of every week, not a day: "between 9 a.m. and
5 p.m., Monday through Friday" gives no date, neither its weekdays nor the clock times of its sentence, and no more
does another language's ("von Montag bis Freitag", "du lundi au vendredi").
A table's cells (paragraphs of kind `table`, which the PDF layout marks) give no date: an entry date or a
column of service dates belongs to its row, not to the text's timeline.
"""
from __future__ import annotations

import calendar
import re
from functools import cache

from ..data import alternation, prefix_tree
from ..date_text import DateMatch, either_apostrophe, in_copyright_line, typographic
from ..records import Fact, Paragraph
from ..text import has_digit
from .base import Context, digit_starts, lower_cased, make_fact, matches_at, may_hold_words, word_places
from .date_context import find_dates_in_context
from .date_language_words import date_language, known, today_words, weekdays_of, words_of

_TIME = re.compile(r"(?<![\w:.,])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?", re.I)
_TIME_WORDS = frozenset({"am", "pm", "m"})  # the run of letters `_TIME` ends with: no letter before "am", none after "m"


@cache
def _schedule() -> re.Pattern[str]:
    """A span of weekdays that recurs every week: "Monday through Friday", "Mondays to Thursdays"."""
    days = alternation(calendar.day_name)
    return re.compile(rf"(?i)\b(?:{days})s?\s*(?:through|thru|to|until|[–-])\s*(?:{days})s?\b")


_DAY_NAMES = tuple(day.lower() for day in calendar.day_name)


@cache
def _language_schedule(language: str | None) -> re.Pattern[str] | None:
    """A span of weekdays as another language writes a schedule: the words of its `weekday_ranges` around two
    weekdays ("von Montag bis Freitag", "du lundi au vendredi", "da lunedì a venerdì"), not before a day's number
    ("du lundi 30 octobre au ...": two days of a calendar)."""
    language = date_language(language)
    if not known(language):
        return None
    w = words_of(language)  # type: ignore[arg-type]
    if not w.get("weekday_ranges"):
        return None
    day = rf"(?:{prefix_tree(weekdays_of(language))})(?!\s*\d)"  # type: ignore[arg-type]
    spans = "|".join(rf"{re.escape(opening)}\s+{day}\s+{re.escape(closing)}\s+{day}" for opening, closing in w["weekday_ranges"])
    return re.compile(rf"(?i)(?<![\w-])(?:{spans})(?![\w-])")


def _schedules(text: str, language: str | None = None) -> list[tuple[int, int]]:
    other = _language_schedule(language)
    found = [m.span() for m in other.finditer(text)] if other is not None else []
    if "day" not in text:
        return found
    # a span opens with a weekday's name in any case: tried where one is written (`word_places`), not at every character
    places = word_places(text, lower_cased(text), _DAY_NAMES)
    return found + [m.span() for m in (_schedule().finditer(text) if places is None
                                       else matches_at(_schedule(), text, places))]


def _time_facts(ctx: Context, p: Paragraph, dates: list[Fact], schedules: list[tuple[int, int]]) -> list[Fact]:
    facts = []
    # a time opens where a run of digits starts: tried only there, not at every character, and only in a paragraph
    # that writes its "am" or "pm" (or the "m" of "a.m."), a whole word of letters whatever comes before it
    times = digit_starts(p.text) if may_hold_words(p.text, _TIME_WORDS) else ()
    for m in matches_at(_TIME, p.text, times):
        if ctx.is_claimed(p.paragraph_id, m.start(), m.end()):
            continue
        sentence = ctx.sentence_at(p.paragraph_id, m.start())
        if sentence is not None and any(sentence.start <= s < sentence.end for s, _ in schedules):
            continue  # office hours: "9 a.m. to 5 p.m., Monday through Friday"
        hour = int(m["h"]) % 12 + (12 if m["half"].lower() == "p" else 0)
        fact = make_fact(ctx, p, "date", m.start(), m.end(), None, precision="time")
        day = next((d for d in dates if d.precision == "day" and d.sentence_id == fact.sentence_id
                    and d.value and "/" not in d.value), None)
        if day is not None:
            fact.value = f"{day.value}T{hour:02d}:{m['m'] or '00'}"
        facts.append(fact)
        ctx.claim(p.paragraph_id, m.start(), m.end())
    return facts


# "today" set against another era is the present, not a day: "less decent than today", "as it is today"
_PRESENT_TODAY = r"than|as\s+(?:it|they|we)\s+(?:is|are)"
_ERA_WORDS = re.compile(r"(?i)\bcentur(?:y|ies)\b|\bmillenni|\b(?:years|decades)\s+ago\b")
_ERA_YEARS = 2  # another date this many years from the reference sets "today" against a past era


_PRESENT = re.compile(rf"(?i)\b(?:{_PRESENT_TODAY})\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)»\"”]|$)")


@cache
def _today(language: str | None) -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The words for the publication day, English's and the document language's, and the words before one that
    compare it with another time in that language ("как сегодня", "qu’aujourd’hui")."""
    words, compared = today_words(language)
    before = re.compile(rf"(?i)(?<![\w’'])(?:{either_apostrophe(alternation(compared))})(?:\s+|(?<=['’]))$") if compared else None
    return words | {"today"}, before


def _compared(text: str, d: DateMatch, language: str | None) -> bool:
    """Is "today" compared with another time: "than today", "as it is today"; in another language, a word of
    comparison before it where it closes its clause ("не были таким трендом, как сегодня."), since the same words
    also say "that" or "as" before the publication day ("ha detto che oggi il governo ...")?"""
    if _PRESENT.search(text, max(0, d.start - 16), d.start):
        return True
    before = _today(language)[1]
    return before is not None and bool(before.search(text, max(0, d.start - 16), d.start)) \
        and bool(_CLAUSE_END.match(text, d.end))


def _is_nowadays(text: str, d: DateMatch, sentence: str, others: list[DateMatch], ref_year: int | None,
                 language: str | None) -> bool:
    """Is "today" the present age rather than the publication day? It is where the sentence sets it against
    another time: a comparison (`_compared`), or a time years away in the same sentence ("less pressure to do that
    today, but seven years ago", "since the 14th century ... today")."""
    if typographic(d.text.lower()) not in _today(language)[0]:
        return False
    if _compared(text, d, language) or _ERA_WORDS.search(sentence):
        return True
    return ref_year is not None and any(
        o is not d and o.value and o.value[:4].isdigit() and abs(int(o.value[:4]) - ref_year) >= _ERA_YEARS
        for o in others)


def date_facts(ctx: Context) -> list[Fact]:
    reference = ctx.reference_date()
    facts: list[Fact] = []
    for p in ctx.paragraphs:
        if p.kind == "table":
            continue
        found = len(facts)
        matches = find_dates_in_context(p.text, reference, ctx.metadata.language, p.section)
        schedules = _schedules(p.text, ctx.metadata.language)
        for d in matches:
            if ctx.is_claimed(p.paragraph_id, d.start, d.end):
                continue  # inside an entity's name ("the May 4th Movement")
            if any(s <= d.start and d.end <= e for s, e in schedules):
                continue
            if in_copyright_line(p.text, d.start):
                continue
            if typographic(d.text.lower()) in _today(ctx.metadata.language)[0]:
                sentence = ctx.sentence_at(p.paragraph_id, d.start)
                s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(p.text))
                others = [o for o in matches if s_start <= o.start < s_end]
                if _is_nowadays(p.text, d, p.text[s_start:s_end], others, reference.year if reference else None,
                                ctx.metadata.language):
                    continue
            facts.append(make_fact(ctx, p, "date", d.start, d.end, d.value, precision=d.precision))
            ctx.claim(p.paragraph_id, d.start, d.end)
        if "m" in p.text and has_digit(p.text):
            facts.extend(_time_facts(ctx, p, facts[found:], schedules))
    return facts
