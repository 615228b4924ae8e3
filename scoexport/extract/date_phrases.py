"""How dates relative to a reference day are written: "last September", "next month", "four years ago",
"Friday", "July 3" without a year, "the first half of next year", "the end of the year".

Enters: nothing but the package's word lists (`data/date_words.json`, `months.json`, `numbers.json`).
Leaves: `patterns()`, every context pattern by name (also the year forms `date_years` reads), and the
names and pieces of names the patterns are anchored on (`month_forms`, `month_prefixes`, `WEEKDAY_NAMES`),
which `date_scan` reads to run a long alternation only on a paragraph holding a word it needs, or only where
a word it needs is written. What a phrase resolves to against the publication date is `date_relative`'s part.
"""
from __future__ import annotations

import calendar
import re
from functools import cache

from ..data import alternation, joiner_alternation, load_json, prefix_tree
from ..date_text import COUNT_NOT_YEAR, DAY_START, day_range_joiners, full_month_names, month_numbers
from .numerals import number_table

WEEKDAY_NAMES = tuple(calendar.day_name)
WEEKDAY_RELS = ("last", "next", "this")  # the words before a weekday that place it
# the periods a count of them is written with ("four years ago", "six weeks before the vote", "2 minutes ago"): the
# patterns' alternations and the words `around` needs in a window before it searches there, one list for both
PERIODS = ("decade", "year", "month", "week", "day")
COUNTED = (*PERIODS, "hour")
CLOCK = ("second", "minute", "hour")


@cache
def date_words() -> dict:
    return load_json("date_words.json")


def count_words() -> dict[str, int]:
    """Number words that count periods back ("fifteen years ago"): numbers.json's units but zero."""
    return {w: v for w, v in number_table()["units"].items() if v}


@cache
def month_names() -> tuple[frozenset[str], frozenset[str]]:
    """The month names the patterns read, as written: full ("September") and short ("Sept", with its stop)."""
    full = frozenset(m.capitalize() for m in full_month_names() if m.isascii())
    english_short = {form for forms in load_json("months.json")["en"] for form in forms[1:]}  # "sept", "dec"
    short = frozenset(f.capitalize() for f in month_numbers() if f.isascii() and f not in full_month_names()
                      and f in english_short)
    return full, short


@cache
def month_forms() -> tuple[str, ...]:
    """Pieces one of which every month name of the patterns holds ("Sep" for "Sept." and "September")."""
    forms = month_names()[0] | month_names()[1]
    return tuple(sorted(f for f in forms if not any(o != f and o in f for o in forms)))


@cache
def month_prefixes() -> tuple[str, ...]:
    """Pieces one of which opens every month name of the patterns ("Sep" for "Sept." and "September")."""
    forms = month_names()[0] | month_names()[1]
    return tuple(sorted(f for f in forms if not any(o != f and f.startswith(o) for o in forms)))


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Every relative form by name, with the named groups `date_relative` resolves (month, day, weekday, rel,
    period, n, ...) and the year forms `date_years` reads (decade, bare_year, year)."""
    # prefix trees: the month names and weekdays are tried at every word of the text
    full = prefix_tree(month_names()[0])
    short = alternation(sorted(month_names()[1]))
    months = rf"{full}|(?:{short})\."  # "Sept. 30", "Dec. 6": a short form needs its full stop
    weekday = prefix_tree(calendar.day_name)
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    # "July 3-5", "from 17 to 23 July", "from July 25th to 31st": a span of days of one month (`day_range_joiners`)
    day2 = rf"(?:(?:\s*[-–]\s*|\s+(?:{alternation(day_range_joiners())})\s+)(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?"
    # a number after the day is its year ("November 11, 2023": an absolute date), unless it is a time of
    # that day ("Saturday, November 11, 5-8pm", "Nov. 11, 10 a.m.") or a count of the words after it ("October 7,
    # 70 of his staff")
    no_year = rf"\b(?!,?\s*(?!{COUNT_NOT_YEAR})\d+(?!\d|[-–:.]\d|\s*[ap]\.?m\b))"
    # "Wednesday, July 3": the weekday restates the date; the date is "July 3"
    on_weekday = rf"\b(?:(?P<wd>{weekday}),?\s+)?"
    # "five business days", "an additional week": a word between the count and its period qualifies the span
    qualifier = rf"(?:(?:{alternation(date_words()['period_qualifiers'])})\s+)?"
    count = rf"(?:an?|\d+|{alternation(count_words())})"  # "3", "three", "a" ("a week ago"): one rule for every count
    span_count = rf"(?:\d+|{alternation(count_words())})(?![\d.,]\d)"
    # a word between spaces ("10 to 15"), a dash with none ("5-10")
    range_joiners = joiner_alternation(date_words()["count_range_joiners"])
    # two counts of one span ("two to three years ago", "5-10 days after the vote"): its place the words give, and
    # a count back no single value (n2)
    second = rf"(?:{range_joiners})(?P<n2>{span_count})"
    counted = rf"{count}(?:(?:{range_joiners}){span_count})?\s+{qualifier}(?:{'|'.join(COUNTED)})"
    openers = alternation(date_words()["event_openers"])
    event_noun = rf"(?:[a-z]+(?:{alternation(date_words()['event_noun_endings'])})|{alternation(date_words()['event_nouns'])})\b"
    return {
        "month_day": re.compile(rf"{on_weekday}(?P<month>{months})\s+{day}{day2}{no_year}"),
        "day_month": re.compile(rf"{on_weekday}{DAY_START}{day}{day2}\s+(?:of\s+)?(?P<month>{months}){no_year}"),
        "weekday": re.compile(rf"\b(?:(?P<rel>(?i:{'|'.join(WEEKDAY_RELS)}))\s+)?(?P<weekday>{weekday})\b"
                              r"(?:\s+(?:night|morning|afternoon|evening)\b)?"),
        "rel_month": re.compile(
            rf"\b(?P<rel>(?i:last|next|this|early|late|mid-?|in|since|until|by|from|between|during|before|after))(?:(?<=-)|\s+)(?P<month>{months})\b(?!\s+\d)"),
        "rel_period": re.compile(r"\b(?:(?:the|later|earlier)\s+)?(?P<rel>last|next|this|previous|coming|past)\s+"
                                 r"(?P<period>year|month|week)\b", re.I),
        # "four years ago", "a week ago": counted back from the publication date
        "ago": re.compile(rf"(?i)\b(?P<n>{count})(?:{second})?\s+"
                          rf"(?P<period>{'|'.join(PERIODS)})s?\s+ago\b"),
        # "four years earlier", "a decade later": counted from an event the text told, not from the
        # publication date (a date without a value); "a half-century ago" counts half a hundred years
        "after_event": re.compile(rf"(?i)\b(?P<n>{count})(?:{second})?\s+"
                                  rf"(?P<period>{'|'.join(PERIODS)})s?\s+(?P<side>earlier|later)\b"),
        # a span counted to an event the words name ("six weeks before the vote", "24 hours prior to the call",
        # "one year from their election", "within seven days of the end"): rules, licences and contracts set
        # their deadlines so, and the count is the span's, not a quantity (a date without a value). The event
        # is a noun phrase, a clause ("from when ...") or a gerund: "3 days before 5 pm" is no event. A count
        # after "of", "for", "by" or "up to" measures something else ("a period of two weeks before ...", "jailed
        # for four years after ...", "varied by up to 1 week from its values"): a length or a change, a number.
        # "from" takes away as often as it counts ("shaved two years from his life"): only an event's noun
        # (a nominalization: "from their election") or "when", "now", "today" follows it in a date
        # (the word boundary first: it fails at most places of a window before the five looks behind are tried)
        "to_event": re.compile(rf"(?i)\b(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s)(?<!\bup\sto\s)(?<![\d.,])"
                               rf"(?:within\s+{counted}s?\s+of|{counted}s?\s+(?:after|before|prior\s+to))"
                               rf"(?=\s+(?:{openers})\b|\s+[a-z]+ing\b)"
                               rf"|\b(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s)(?<!\bup\sto\s)(?<![\d.,]){counted}s?\s+from"
                               rf"(?=\s+(?:when|now|today)\b|\s+(?:{openers})\s+(?:[a-z]+\s+)?{event_noun})"),
        # "after 5 days", "after the two weeks": a time counted from an event the text told before (a date without
        # a value); "after 44 days of strike" counts the days of something, a length (a number)
        "after_count": re.compile(rf"(?i)\bafter\s+(?:the\s+)?(?<![\d.,]){counted}s?\b(?![-\w]|\s+of\b)"),
        # "2 minutes ago", "an hour ago": the time of writing, which a date does not tell (a date without a value)
        "recent": re.compile(rf"(?i)\b(?P<n>{count})(?:{second})?\s+(?P<period>{'|'.join(CLOCK)})s?\s+ago\b"),
        "half_century": re.compile(r"(?i)\ban?\s+half[\s-]century\s+(?P<side>ago|earlier|later)\b"),
        # "the past four decades", "over the last 10 years", "the next two months", "the first 100 days": a span
        # that ends or starts at the time of writing, at the story's time or at an event the text names; its count
        # is the span's, not a quantity. Two counts joined ("the next 10 to 15 years", "the past two or three
        # weeks") leave the span's length open, not its place: one date still
        "counted_span": re.compile(rf"(?i)\b(?:the\s+)?(?P<rel>{alternation(date_words()['span_openers'])})\s+"
                                   rf"(?P<n>{span_count})(?:{second})?\s+"
                                   rf"(?P<period>{'|'.join(COUNTED)})s\b"),
        "day_word": re.compile(rf"\b(?P<word>{alternation(date_words()['day_words'])})\b", re.I),
        # "the 1990s", "the early 2020s": the part of the decade is written with it, the value is the decade's; the
        # century may be left out after an apostrophe ("the ’90s", "the early '80s"): the twentieth, but for "’00s"
        # and "’10s", which no one writes of 1900 and 1910 while a reader has this century's in mind
        "decade": re.compile(r"\b(?:the\s+)?(?:(?i:early|mid|late)[\s-]+)?(?P<decade>(?:1[6-9]|20)\d0)s\b"
                             r"|(?:\b(?:the\s+)?(?:(?i:early|mid|late)[\s-]+)?|(?<![\w'’‘]))['’‘](?P<short>\d0)s\b"),
        # "the first half of 2020", "the third quarter of last year": a span of months
        "part": re.compile(r"(?i)\b(?:the\s+)?(?P<nth>first|second|third|fourth|last)\s+(?P<part>half|quarter)\s+of\s+"
                           r"(?:(?P<year>(?:1[6-9]|20)\d\d)\b|(?P<rel>this|last|next)\s+year\b|the\s+year\b)"),
        # an edge of a year or a month: "the end of 2025", "the end of the year", "the start of next month", "the
        # end of November" (a month's name as written, not before its day: "the end of November 3" is no edge)
        "edge": re.compile(r"(?i:\b(?:the\s+)?(?P<edge>end|beginning|start|middle)\s+of\s+)"
                           r"(?:(?i:(?P<year>(?:1[6-9]|20)\d\d)\b(?![.,]?\d))"
                           r"|(?i:(?:the\s+|(?P<rel>this|last|next)\s+)(?P<period>year|month)\b)"
                           rf"|(?P<month>{alternation(sorted(month_names()[0]))})\b(?!\s+\d))"),
        **year_patterns(True),
    }


# a plural noun after four digits ("2000 trees", "1500-2000 people") counts them: they are no year
_PLURAL_AFTER = r"|\s+[a-z]{2,}[a-hj-rtv-z]s\b"


@cache
def year_patterns(plural_s: bool) -> dict[str, re.Pattern[str]]:
    """The years that stand without a month: alone ("bare_year"), after a preposition ("year": "in 2019"), and a
    span of two ("year_range"). A number before a plural noun counts it, and a year does not: where the
    document's language makes its plurals with -s (`plural_s`: English, French, Spanish), a lower-case word in -s
    after four digits is such a noun; elsewhere it is any word ("vuosien 2021-2027 rahoituskehys")."""
    plural = _PLURAL_AFTER if plural_s else ""
    return {
        # a year standing alone, not counting anything after it ("2000 trees") nor a model's year before
        # its name ("the 2021 RAV4"); "in the 2024 report" and "a 2018 analysis" stay years
        "bare_year": re.compile(rf"(?<![\w$€£¥.,:/-])(?P<year>(?:1[89]|20)\d\d)(?![\w%]|[.,:/-]\d{plural}|\s+[A-Z])"),
        "year": re.compile(rf"\b(?:(?P<prep>{prefix_tree(date_words()['year_prepositions'])})[\s-]+)"
                           rf"(?P<year>(?:1[6-9]|20)\d\d)\b(?![.,]?\d|\s*%{plural})", re.I),
        # "from 2004 to 2017", "2004-2017", "between 2004 and 2017": one span of years ("and" needs "between")
        # the end year cut to its last digits after a dash or a slash ("1990–2", "2009/10", "2019-20": a season, a
        # fiscal or school year), which `date_years` reads; no white space between, as such a span is written
        "year_range": re.compile(r"(?i)(?:\b(?P<between>between)\s+|\bfrom\s+)?(?<![\w$€£¥.,:/-])"
                                 r"(?P<year>(?:1[6-9]|20)\d\d)(?:(?:\s*[-–—]\s*|\s+(?:to|through|until|and)\s+)"
                                 r"(?P<year2>(?:1[6-9]|20)\d\d)|(?P<cut>[-–—/])(?P<short>\d\d?))"
                                 rf"(?![\w%]|[.,:/-]\d{plural})"),
    }


def plural_s(language: str | None) -> bool:
    """Does the language make its plurals with -s (`date_words.json`: plural_s_languages)? An unknown one is read
    as English."""
    return not language or language in date_words()["plural_s_languages"]
