"""Periods counted back from the publication date, or on from an event, in other languages than English ("vor
zwei Jahren", "il y a 3 ans", "13 лет назад"; "elf Tage nach dem Aus").

Enters: a paragraph's text, the reference day (or None) and the document's language. Leaves: `DateMatch`es: a
count back from the reference day has its value as English "two years ago" has (the year, month, ISO week or day
that many periods before it); a count on from an event the text tells ("trois ans plus tard") has none, as
English "four years later". Either way the count is a date's part, not a number of years.

Why it works: each language writes the count between a fixed word and the period's name ("vor ... Jahren", "hace
... años") or before a fixed word after it ("... anni fa", "... лет назад"), with the period in the case the count
governs; the words are in `data/ago_languages.json`, the number words in `data/number_languages.json`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json
from ..date_text import DateMatch
from .numerals import language_table

_B, _E = r"(?<![\w-])", r"(?![\w-])"


@cache
def _table() -> dict:
    return load_json("ago_languages.json")


def known(language: str | None) -> bool:
    return bool(language) and language in _table()


@cache
def _counts(language: str) -> dict[str, int]:
    words = {w: int(v) for w, v in language_table().get(language, {}).get("number_words", {}).items()}
    return words | {w: 1 for w in _table()[language]["one"]}


@cache
def _pattern(language: str) -> re.Pattern[str]:
    w = _table()[language]
    counts = alternation(_counts(language)) if _counts(language) else r"(?!)"
    count = rf"(?<!\d[.,])(?P<n>\d{{1,4}}|{counts})"  # not the decimals of "1,5 года"
    period = "|".join(rf"(?P<{name}>{alternation(forms)})" for name, forms in w["periods"].items())
    ways = []
    if w["before"]:
        ways.append(rf"(?P<before>{alternation(w['before'], flexible_spaces=True)})\s+{count}\s+(?:{period})")
    for name, words in (("back", w["after"]), ("on", w["later"])):
        if not words:
            continue
        ways.append(rf"{count.replace('<n>', f'<n_{name}>')}\s+"
                    rf"(?:{period.replace('(?P<', f'(?P<{name}_')})\s+(?P<{name}>{alternation(words, flexible_spaces=True)})")
    return re.compile(rf"(?i){_B}(?:{'|'.join(ways)}){_E}")


def counted_dates(text: str, reference: dt.date | None, language: str) -> list[DateMatch]:
    """The counted periods of a paragraph in `language` (which `known` must accept)."""
    found = []
    for m in _pattern(language).finditer(text):
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        n = groups.get("n") or groups.get("n_back") or groups.get("n_on")
        period = next(k.split("_")[-1] for k in groups if k.split("_")[-1] in ("year", "month", "week", "day"))
        count = int(n) if n.isdigit() else _counts(language)[n.lower()]
        back = "before" in groups or "back" in groups
        value, first = _back(reference, count, period) if back and reference else (None, reference or dt.date(2001, 1, 3))
        found.append(DateMatch(m.start(), m.end(), m.group(), value, period, first))
    return found


def _back(ref: dt.date, count: int, period: str) -> tuple[str | None, dt.date]:
    """The period `count` periods before `ref`, as English "ago" gives it (date_relative)."""
    try:
        if period == "year":
            first = dt.date(ref.year - count, 1, 1)
            return str(first.year), first
        if period == "month":
            index = ref.year * 12 + ref.month - 1 - count
            first = dt.date(index // 12, index % 12 + 1, 1)
            return first.strftime("%Y-%m"), first
        if period == "week":
            monday = ref - dt.timedelta(days=ref.weekday(), weeks=count)
            year, week, _ = monday.isocalendar()
            return f"{year}-W{week:02d}", monday
        day = ref - dt.timedelta(days=count)
        return day.isoformat(), day
    except (ValueError, OverflowError):
        return None, ref
