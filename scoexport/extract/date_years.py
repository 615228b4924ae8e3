"""Years written without a month: a bare year ("in 2019", "2019"), a year after a preposition, a year its noun
names ("im Jahr 1681"), a span of two ("from 2004 to 2017"), a decade ("the 1990s"); not a year that ends a
law's name ("the Immigration and Nationality Act of 1965").

Enters: a paragraph's text and the document's language (whether its plurals take -s decides whether a word in -s
after four digits is a noun they count, `date_phrases.plural_s`). Leaves: `DateMatch`es valued by their years,
which need no reference date (`year_dates`, `named_years`); `in_law_name` for the numbers, which leave such a year
alone too.

Why it works: four digits from 1600 to 2099 count nothing in running text unless a noun follows them
(`date_phrases.year_patterns` reads that noun); a year's noun or a preposition before them, or a second year joined
by "to" or a dash, makes them a year for certain. The patterns are tried only where a run of digits opens with a
year's first digits, not at every character (`date_scan.openings_before`).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..data import alternation
from ..date_text import DateMatch, either_apostrophe
from .base import digit_starts, matches_at
from .date_phrases import date_words, patterns, plural_s, year_patterns
from .date_scan import openers, openings_before
from .tokens import tokens

YEAR_HINT = re.compile(r"(?:1[6-9]|20)\d\d")  # a year of ours written somewhere: worth reading the year forms


def year_dates(text: str, language: str | None) -> list[DateMatch]:
    """The spans of years, the decades, the years after a preposition and the bare years of a paragraph, in that
    order; none that ends a law's name (`in_law_name`)."""
    decades = [_decade(m) for m in patterns()["decade"].finditer(text)] if "0s" in text else []  # "the ’90s" has no year
    if not YEAR_HINT.search(text):
        return decades
    found: list[DateMatch] = []
    years = year_patterns(plural_s(language))
    for m in matches_at(years["year_range"], text, _year_range_places(text)):
        span = _year_range(m)
        found.extend([span] if span else [])
    found.extend(decades)
    for m in matches_at(years["year"], text, _year_places(text)):
        year = int(m["year"])
        found.append(DateMatch(m.start("year") if m["prep"].lower() not in ("early", "late", "mid") else m.start(),
                               m.end(), text[m.start("year"):m.end()] if m["prep"].lower() not in ("early", "late", "mid")
                               else m.group(), str(year), "year", dt.date(year, 1, 1)))
    # a bare year opens where a run of digits starts: tried only there, not at every character
    for m in matches_at(years["bare_year"], text, digit_starts(text)):
        year = int(m["year"])
        found.append(DateMatch(m.start(), m.end(), m.group(), str(year), "year", dt.date(year, 1, 1)))
    if any(head in text for head in date_words()["law_heads"]):  # a plain substring test first
        found = [d for d in found if not in_law_name(text, d.start)]
    return found


_NAMED_YEAR = r"(?P<year>1\d{3}|20\d\d)(?![\w%]|[.,:/-]\d)"


@cache
def _year_noun() -> re.Pattern[str]:
    nouns = [*date_words()["year_nouns"], *date_words()["year_nouns_plural"]]
    return re.compile(rf"(?i)(?<![\w-])(?P<noun>{either_apostrophe(alternation(nouns))})\s+{_NAMED_YEAR}")


@cache
def _listed_year() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:\s*,\s*|\s+(?:{alternation(date_words()['year_list_joiners'])})\s+){_NAMED_YEAR}")


def named_years(text: str) -> list[DateMatch]:
    """The years the language's noun for a year and its article name ("im Jahr 1681", "in the year 1524",
    "nell'anno 1492"), and the years listed after its plural ("die Jahre 1435 bzw. 1465"): four digits there count
    nothing and are a year, also before the 1600s that a bare year is read from (`date_text.YEAR`). The date is the
    digits, as a year written alone.

    The pattern opens with a look-behind, which costs a try at every character: it is tried only where a noun
    would open before one of `_named_year_places` (`openings_before`: back over the white space before it, by
    the nouns' lengths), which tests/test_date_prefilters.py checks against the scan of the whole text."""
    years = _named_year_places(text)
    if not years:
        return []
    found = []
    plural = {n.lower() for n in date_words()["year_nouns_plural"]}
    for m in matches_at(_year_noun(), text, sorted(openings_before(text, years, _noun_lengths()))):
        more = [m]
        while " ".join(m["noun"].lower().split()) in plural and (n := _listed_year().match(text, more[-1].end())):
            more.append(n)
        for y in more:
            year = int(y["year"])
            found.append(DateMatch(y.start("year"), y.end(), y["year"], str(year), "year", dt.date(year, 1, 1)))
    return found


_NAMED_YEAR_OPENING = ("1", "20")  # `_year_noun`'s years: 1000-1999 and 2000-2099


def _named_year_places(text: str) -> list[int]:
    """Where `_year_noun`'s year may stand: a run of exactly four digits (`Tokens.digits`; no word character may
    follow the year) that opens with "1" or "20", after white space (the noun's spaces)."""
    return [at for at in digit_starts(text) if at and text[at - 1].isspace() and text.startswith(_NAMED_YEAR_OPENING, at)
            and text[at:at + 4].isdecimal() and not text[at + 4:at + 5].isdecimal()]


@cache
def _noun_lengths() -> tuple[int, ...]:
    """The lengths of the nouns `_year_noun` reads (either apostrophe is one character)."""
    words = date_words()
    return tuple(sorted({len(noun) for noun in [*words["year_nouns"], *words["year_nouns_plural"]]}))


def _decade(m: re.Match[str]) -> DateMatch:
    """"the 1990s" -> 1990/1999; "the ’90s" -> 1990/1999, "the ’00s" -> 2000/2009 (`patterns()["decade"]`)."""
    decade = int(m["decade"]) if m["decade"] else int(m["short"]) + (2000 if m["short"] in ("00", "10") else 1900)
    return DateMatch(m.start(), m.end(), m.group(), f"{decade}/{decade + 9}", "decade", dt.date(decade, 1, 1))


_YEAR_OPENING = ("16", "17", "18", "19", "20")


@cache
def _preposition_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in openers()["year"]}))


def _years(text: str) -> list[int]:
    """Where a year of 1600-2099 may open: a run of digits (`Tokens.digits`) that opens with 16 to 20."""
    return [at for at in tokens(text).digits if text.startswith(_YEAR_OPENING, at)]


def _year_places(text: str) -> list[int]:
    """Where the year-after-a-preposition pattern may match ("in 2019", "since 1990"): the preposition ends where
    the spaces or hyphens before a year begin."""
    return sorted(openings_before(text, _years(text), _preposition_lengths(), True))


def _year_range_places(text: str) -> list[int]:
    """Where a span of years may match: at a year, or at one of its openers before one ("from 2004 to 2017")."""
    years = _years(text)
    lengths = tuple(sorted({len(w) for w in openers()["year_range"]}))
    return sorted({*years, *openings_before(text, years, lengths, False)})


@cache
def _law_name_before() -> re.Pattern[str]:
    return re.compile(rf"\b[\w-]+\s+(?:{alternation(date_words()['law_heads'])})(?:\s+of|,)?\s+$")


def in_law_name(text: str, start: int) -> bool:
    """Is the year at `start` the end of a law's name ("the Immigration and Nationality Act of 1965", "the
    Epidemic Disease COVID 19 Regulation, 2020")? A law is named by its year of passing: the name, not a date
    of the text's events (the head is capitalized, as a name writes it: "a law of 1965" stays a date)."""
    return text[start:start + 1].isdigit() and bool(_law_name_before().search(text, max(0, start - 40), start))


def _year_range(match: re.Match[str]) -> DateMatch | None:
    """One span of years ("2004 to 2017" -> 2004/2017); "and" only after "between"; the low end first. An end year
    cut to its last digits (`_cut_year`) is the next year that ends in them ("1990–2" -> 1990/1992, "2009/10" ->
    2009/2010, "1999-00" -> 1999/2000)."""
    low = int(match["year"])
    high = _cut_year(low, match["short"], match["cut"]) if match["short"] else int(match["year2"])
    joined = "" if match["short"] else \
        match.group()[match.end("year") - match.start():match.start("year2") - match.start()].strip().lower()
    if high is None or high <= low or (joined == "and" and not match["between"]):
        return None
    start = match.start("year")  # the date is the years: "from" and "between" stay outside it, as "in" does
    return DateMatch(start, match.end(), match.string[start:match.end()], f"{low}/{high}", "year", dt.date(low, 1, 1))


def _cut_year(low: int, digits: str, mark: str) -> int | None:
    """The end year a span writes by its last one or two digits after `low` and a dash or a slash: the first year after
    `low` that ends in them. A slash lists alternatives ("Excel 2004/8": the 2004 and the 2008 one) but where it
    joins two years that follow each other: a season, a school or a fiscal year ("2009/10"). A hyphen and two digits
    that may be a month are ISO 8601's year and month ("2003-07": July 2003), not a span, unless they are the next
    year's (a season or a fiscal year, "2011-12", is written so far more often than that month in running text)."""
    step = 10 ** len(digits)
    high = low - low % step + int(digits)
    if high <= low:
        high += step
    if high - low >= step or (len(digits) == 1 and high // 10 != low // 10):
        return None  # "2009-5" is no span of 2009 to 2015: one digit only ends a span within its decade
    if high != low + 1 and (mark == "/" or (mark == "-" and len(digits) == 2 and 1 <= int(digits) <= 12)):
        return None
    return high
