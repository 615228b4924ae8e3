"""Digits that are parts of a date the date side left: a day before a month's name, a year after a day and month.

Enters: a paragraph's text (as `numbers` reads it), a numeral's span and the document's language. Leaves: whether
the digits are a day's or a year's number rather than a count.

Why it works: a date writes its day next to its month's name ("7 ottobre", "am 13. März") and its year right after
them ("13. März 1435", "3 May 1520"). The date side reads the years documents write about (`date_text.YEAR`: from
the 1600s on), and lists of days only where it can value them; the digits of a date it leaves (an older year, "il 7
ottobre, 8 e 9") still count nothing, and no number fact is made of them.
"""
from __future__ import annotations

import re

from .date_language_words import months_of
from .tokens import word_after

# a day and a month's name before the digits: "vom 13. März ", "on 3 May "
_DAY_MONTH_BEFORE = re.compile(r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])\.?\s+([^\W\d_]+)\.?,?\s+$")


def _months(language: str | None) -> dict[str, int]:
    return months_of(language or "en") or months_of("en")


def is_day_before_month(text: str, start: int, end: int, language: str | None) -> bool:
    """Does a month's name (`months_of`, English's where the language lists none) follow the digits ("7 ottobre")? A
    day's number, no count. English capitalizes its months: "5 may enter" is the verb."""
    m = word_after(text, end)
    if m is None or (language in (None, "en") and not m.group(1)[0].isupper()):
        return False
    day = text[start:end]
    return day.isdigit() and 1 <= int(day) <= 31 and m.group(1).lower() in _months(language)


def is_year_after_day_month(text: str, start: int, end: int, language: str | None) -> bool:
    """Are three or four digits the year of a day and month written before them ("vom 13. März 1435", "on 3 May
    1520")? A count after a full date would be written apart from it; the year is no count."""
    if not (3 <= end - start <= 4 and text[start:end].isdigit()):
        return False
    m = _DAY_MONTH_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).lower() in _months(language)
