"""Dates as Chinese, Japanese and Korean write them: "2023年11月6日", "2023년 11월 6일", "11月6日", "10月5日至7日",
"6日、" (the 6th, in news, where a particle or a stop follows: "5日游" is a five-day tour),
"1990年代", "令和5年", "昨年", "오늘", "3年前", "1년 전".

Enters: a paragraph's text and the reference day (the publication date, or None). Leaves: `DateMatch`es: a day,
month or year with its number written ("2023年11月6日" -> 2023-11-06; a month or day without its year goes to the year
or month nearest the reference day), a decade, a Japanese era's year, and the periods named by their distance from
the publication date ("昨年" -> the year before its year; "3年前", "十二年前" -> three, twelve years before), which
have no value without a reference.

Why it works: these scripts set no space between words, so the word boundaries the other languages' patterns
stand on are not there; but they write each part of a date with its own counter character (年, 月, 日; 년, 월, 일)
after its number, characters that only these scripts write: the forms are read in a text of any guessed language
where one of these characters stands. The words are in `data/date_cjk.json`.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation, load_json
from ..date_reference import NO_REFERENCE, day_without_year, days_value, month_without_year, shifted_period
from ..date_text import DateMatch
from .numerals import cjk_numeral_class

# a letter of these scripts: Hiragana, Katakana, CJK ideographs, Hangul syllables
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_HANGUL = re.compile(r"[가-힣]")


@cache
def _table() -> dict:
    return load_json("date_cjk.json")


def _chars(words: list[str]) -> str:
    return "[" + "".join(words) + "]"


def _not_after(words: list[str]) -> str:
    """Lookbehinds refusing a match right after any of the words, or after one and a space ("주 5일")."""
    return "".join(rf"(?<!{re.escape(word)}{space})" for word in words for space in ("", " "))


def _hanzi_count(word: str) -> int | None:
    """The value of a count in Chinese numerals ("三" 3, "十二" 12, "二十" 20, "一百五十" 150): digits each before
    a larger multiplier (十, 百) than the one before; None where they are not so written ("二三", a guess "two or
    three")."""
    numbers = _table()["ago"]["numbers"]
    total, digit, last_multiplier = 0, None, 1000
    for char in word:
        value = numbers[char]
        if value >= 10:
            if value >= last_multiplier:
                return None
            total, digit, last_multiplier = total + (digit or 1) * value, None, value
        elif digit is not None:
            return None
        else:
            digit = value
    return total + (digit or 0)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _table()
    year, month, day = (_chars(w["counters"][k]) for k in ("year", "month", "day"))
    eras, first = alternation(w["eras"]), alternation(w["first_year"])
    n = r"(?<!\d)\d{1,2}(?!\d)"
    numeral = cjk_numeral_class()
    not_count = rf"(?!\s*(?:{alternation(w['day_not_before'])})|\s*{numeral})"
    span = rf"\s*(?:{alternation(w['range'])})\s*"
    # a day after its month is a date whatever follows ("11月3日前": before 3 November), and may end a span of days
    day_part = rf"\s*(?P<day>{n})\s*{day}(?:{span}(?P<day2>{n})\s*{day})?(?!\s*{numeral})"
    lone = rf"(?P<day>{n})\s*{_chars(w['day_alone'])}{not_count}"
    lone_plain = lone.replace("(?P<day>", "(?:")
    opened = "|".join(rf"(?<={re.escape(word)} )" for word in w["day_before"])
    ago = w["ago"]
    hangul = [word for word in ago["numbers"] if _HANGUL.match(word)]
    hanzi = _chars([word for word in ago["numbers"] if word not in hangul])
    periods = "|".join(rf"(?P<{k}>{alternation(v)})" for k, v in ago["periods"].items())
    korean = [word for word in w["periods"] if _HANGUL.match(word)]
    others = [word for word in w["periods"] if word not in korean]
    # Korean writes a period's word as a word of its own, its particle joined to it ("오늘은"; not "오늘날", "모레노")
    particles = alternation(w["korean_particles"])
    korean_word = rf"(?<![가-힣])(?:{alternation(korean, flexible_spaces=True)})(?:(?![가-힣])|(?={particles}))"
    return {
        # a year with its month and day, or with its month, or alone; a decade; an era's year
        "year": re.compile(rf"(?:(?P<era>{eras})\s*(?P<eray>\d{{1,2}}|{first})|(?<!\d)(?P<year>(?:1[6-9]|20)\d\d))"
                           rf"\s*{year}(?:(?P<decade>{alternation(w['decade'])})|\s*(?P<month>{n})\s*{month}(?:{day_part})?)?"),
        # a month and day, or two months of a span ("3月から5月まで"), not before a day of the second
        "month_day": re.compile(rf"(?P<month>{n})\s*{month}(?:{span}(?P<month2>{n})\s*{month}(?!\s*\d)|{day_part})?"),
        # a day alone dates where a particle or a stop follows it, or a word that dates it stands before it
        "day": re.compile(rf"(?:{opened}|{_not_after(w['day_not_after'])}(?={lone_plain}\s*(?:{alternation(w['day_after'])})))"
                          + lone),
        # a period's word, and the month (and day) it gives its year to ("去年11月", "작년 11월 6일"), or the day it
        # gives its month to ("先月5日")
        "period": re.compile(rf"(?P<period>{korean_word}|{alternation(others)})"
                             rf"(?:\s*(?P<month>{n})\s*{month}(?:\s*(?P<day>{n})\s*{day}{not_count})?"
                             rf"|\s*(?P<mday>{n})\s*{day}{not_count})?"),
        # a count in digits or numerals, whole ("十二年前", not "二年前" in it), not a day after its month ("11月3日前":
        # before 3 November); a Korean number word is a word of its own before its counter ("두 달 전"): inside a
        # word its syllable is another's ("세일 전", before the sale)
        "ago": re.compile(rf"(?<!{numeral})(?<![.月월])(?<![月월]\s)"
                          rf"(?P<n>\d{{1,4}}|{hanzi}+|(?<![가-힣])(?:{alternation(hangul)})(?=\s))"
                          rf"(?P<open>{alternation(ago['open_count'])})?"
                          rf"\s*(?:{periods})\s*(?:(?:(?P<open_after>{alternation(ago['open_after'])})|{alternation(ago['round_after'])})"
                          rf"\s*)?(?:{alternation(ago['after'])})"),
    }


def _year_match(m: re.Match[str]) -> DateMatch | None:
    if m["era"]:
        number = 1 if m["eray"] in _table()["first_year"] else int(m["eray"])
        year = _table()["eras"][m["era"]] + number - 1
    else:
        year = int(m["year"])
    if m["decade"]:
        decade = year // 10 * 10
        return DateMatch(m.start(), m.end(), m.group(), f"{decade}/{decade + 9}", "decade", dt.date(decade, 1, 1))
    try:
        if m["day"]:
            first = dt.date(year, int(m["month"]), int(m["day"]))
            value = days_value(first, m["day2"])
            return DateMatch(m.start(), m.end(), m.group(), value, "day", first) if value else None
        if m["month"]:
            first = dt.date(year, int(m["month"]), 1)
            return DateMatch(m.start(), m.end(), m.group(), first.strftime("%Y-%m"), "month", first)
    except ValueError:
        return None
    return DateMatch(m.start(), m.end(), m.group(), str(year), "year", dt.date(year, 1, 1))


def _month_day(m: re.Match[str], ref: dt.date | None) -> DateMatch | None:
    """A month and day without a year ("11月6日", "10月5日至7日"): the day nearest the reference day; a month alone
    ("11月"): the month nearest it; two months ("3月から5月まで"): from the first so read to the next such second."""
    month, base = int(m["month"]), ref or NO_REFERENCE
    if not 1 <= month <= 12:
        return None
    if m["day"]:
        day = day_without_year(base, month, int(m["day"]))
        value = days_value(day, m["day2"]) if day else None
        return DateMatch(m.start(), m.end(), m.group(), value if ref else None, "day", day) if value and day else None
    first = dt.date(month_without_year(base, month), month, 1)
    value = first.strftime("%Y-%m")
    if m["month2"]:
        last = int(m["month2"])
        if not 1 <= last <= 12 or last == month:
            return None
        value += f"/{first.year + (last < month):04d}-{last:02d}"
    return DateMatch(m.start(), m.end(), m.group(), value if ref else None, "month", first)


def _day(m: re.Match[str], ref: dt.date | None) -> DateMatch | None:
    """A day of the month alone ("6日、政府は", "지난 6일"): news dates an event by its day of the month, in the month
    that puts it nearest the reference day."""
    base = ref or NO_REFERENCE
    options = []
    for shift in (-1, 0, 1):
        index = base.year * 12 + base.month - 1 + shift
        try:
            options.append(dt.date(index // 12, index % 12 + 1, int(m["day"])))
        except ValueError:
            continue
    if not options:
        return None
    day = min(options, key=lambda d: abs((d - base).days))
    return DateMatch(m.start(), m.end(), m.group(), day.isoformat() if ref else None, "day", day)


def _in_year(m: re.Match[str], step: int, ref: dt.date | None) -> DateMatch | None:
    """A month (and day) in the year a word names ("去年11月" -> the November of the year before the reference's)."""
    year = (ref or NO_REFERENCE).year + step
    try:
        first = dt.date(year, int(m["month"]), int(m["day"] or 1))
    except ValueError:
        return None
    value = first.isoformat() if m["day"] else first.strftime("%Y-%m")
    return DateMatch(m.start(), m.end(), m.group(), value if ref else None, "day" if m["day"] else "month", first)


def _in_month(m: re.Match[str], step: int, ref: dt.date | None) -> DateMatch | None:
    """A day in the month a word names ("先月5日" -> the 5th of the month before the reference's)."""
    first = shifted_period(ref or NO_REFERENCE, step, "month")[1]
    try:
        day = first.replace(day=int(m["mday"]))
    except ValueError:
        return None
    return DateMatch(m.start(), m.end(), m.group(), day.isoformat() if ref else None, "day", day)


def _shifted(m: re.Match[str], unit: str, step: int, ref: dt.date | None, end: int | None = None) -> DateMatch:
    """The period `step` periods from the reference's ("昨年", "3年前"), the match cut at `end` (a period's word
    without the month or day its pattern may read after it); without a value before the year 1000."""
    end = m.end() if end is None else end
    try:
        value, first = shifted_period(ref or NO_REFERENCE, step, unit)
    except (ValueError, OverflowError):  # "2000年前": no value, nor is its number a year ("2000年")
        value, first = None, NO_REFERENCE
    return DateMatch(m.start(), end, m.string[m.start():end], value if ref else None, unit, first)


def cjk_dates(text: str, ref: dt.date | None) -> list[DateMatch]:
    """The dates of a paragraph written in these scripts, longest first where two overlap (the caller keeps the
    first it meets of overlapping ones: `date_context.find_dates_in_context`)."""
    if not _CJK.search(text):
        return []
    p, w = _patterns(), _table()
    found: list[DateMatch | None] = [_year_match(m) for m in p["year"].finditer(text)]
    found += [_month_day(m, ref) for m in p["month_day"].finditer(text)]
    found += [_day(m, ref) for m in p["day"].finditer(text)]
    for m in p["period"].finditer(text):
        unit, step = w["periods"][" ".join(m["period"].split())]
        found.append(_in_year(m, step, ref) if unit == "year" and m["month"] else
                     _in_month(m, step, ref) if unit == "month" and m["mday"] else _shifted(m, unit, step, ref, m.end("period")))
    for m in p["ago"].finditer(text):
        unit = next(k for k in w["ago"]["periods"] if m[k])
        count = int(m["n"]) if m["n"].isdigit() else w["ago"]["numbers"].get(m["n"]) or _hanzi_count(m["n"])
        if not count:
            continue  # "二三年前": two or three years, no count
        from_event = m.start() > 0 and text[m.start() - 1] in w["ago"]["event_before"]  # "選挙の3日前"
        left_open = m["open"] or m["open_after"]  # "20年以上前": more than twenty years ago, no year
        found.append(_shifted(m, unit, -count, None if from_event or left_open else ref))
    return [d for d in found if d is not None]
