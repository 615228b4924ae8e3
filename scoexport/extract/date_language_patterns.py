"""The patterns that find a date without a year in a language other than English (`date_languages` reads them).

Enters: an ISO 639-1 code the date words know (`date_language_words`). Leaves: one compiled pattern per kind of
date (`patterns`: a day and month, a weekday, a day word, a day and month in digits, a phrase naming a period, a
month after a preposition, a decade) and one for two years made one span (`year_spans`), each built once per
language.

Why it works: these languages write the day before the month, join them with a fixed word or mark (`de`, an
ordinal stop, French `er`), write months and weekdays in lower case (German capitalizes them as nouns), and name
days by the same few words in every news text: the words are data (`data/date_languages.json`), the patterns
only their order, and the words before and after that make them no date.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..data import alternation, prefix_tree
from ..date_text import COUNT_NOT_YEAR, DAY_START, YEAR, either_apostrophe
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from .date_language_words import months_of, span_words, weekdays_of, words_of


@cache
def patterns(language: str) -> dict[str, re.Pattern[str]]:
    w = words_of(language)
    weekday = prefix_tree(weekdays_of(language))
    suffix = rf"(?:{alternation(w['weekday_suffixes'])})?" if w.get("weekday_suffixes") else ""
    rels = alternation([*w["next"], *w["last"], *w.get("second_next", ()), *w.get("second_last", ())]) or r"(?!)"
    months = prefix_tree(months_of(language))
    prepositions = alternation(w["month_prepositions"])
    never = re.compile(r"(?!)")
    # the phrases and day words as trees of their lower-case letters (the patterns are case-blind), either apostrophe
    phrases = either_apostrophe(prefix_tree({p.lower() for p in w["phrases"]}, flexible_spaces=True))
    day_words = either_apostrophe(prefix_tree({d.lower() for d in w["day_words"]}, flexible_spaces=True))
    # "6. bis 9. November", "du 6 au 9 novembre": two days of one month, one span
    days = rf"(?:{w['day_range']}(?P<day2>[0-3]?\d))?" if w.get("day_range") else ""
    return {
        "day_month": re.compile(
            rf"(?i){_B}(?:(?P<wd>{weekday}),?\s+(?:(?:le|el|den)\s+)?)?{DAY_START}(?P<day>[0-3]?\d)"
            rf"{days}{w['day_month']}(?P<month>{months}){_E}(?!,?\s*(?!{COUNT_NOT_YEAR})\d)") if w.get("day_month") else never,
        "weekday": re.compile(rf"(?i){_B}(?:(?P<rel>{rels})\s+)?(?P<weekday>{weekday}){suffix}{_E}")
        if weekdays_of(language) else never,
        "day_word": re.compile(rf"(?i){_B}(?P<word>{day_words}){_E}"),
        "numeric": numeric_days(w.get("numeric_days")) or never,
        # "letztes Jahr", "settimana scorsa", "в прошлую среду": a period or a weekday by its distance from the present
        "phrase": re.compile(rf"(?i){_B}(?P<phrase>{phrases}){_E}") if phrases else never,
        # a word that ends in a hyphen joins the month without a space ("mi-février")
        # "в мае прошлого года": the year phrase after the month, part of its date
        "month": re.compile(rf"(?i){_B}(?:{prepositions})(?:\s+|(?<=-))(?P<month>{months}){_E}{_month_year(w)}"
                            rf"(?!\.?\s*\d)")
        if prepositions
        else never,
        "decade": _decades(w),
    }


def _month_year(w: dict) -> str:
    """The year phrase right after a month, if any, as an optional group `year` ("прошлого года")."""
    years = either_apostrophe(prefix_tree(set(w.get("month_years", {})), flexible_spaces=True))
    return rf"(?:\s+(?P<year>{years}){_E})?" if years else ""


def _decades(w: dict) -> re.Pattern[str]:
    """A decade as the language writes it, as English "the 2000s" (not the year 2000): after the plural of "year"
    ("les années 2000", "gli anni ’80", "gli anni Novanta": `decade_words`, `decade_names`), or with the ending that
    makes a decade of its number ("die 1970er", "der 1970er-Jahre-Serie", "Anfang der 2030er Jahre":
    `decade_endings`), in a compound's head too."""
    number = r"(?P<decade>(?:1[6-9]|20)\d0|[1-9]0)"
    ways = []
    if w.get("decade_words"):
        names = rf"|(?P<name>{alternation(w['decade_names'])})" if w.get("decade_names") else ""
        ways.append(rf"{_B}(?:{alternation(w['decade_words'])})\s+(?:['’]?{number}{names}){_E}")
    if w.get("decade_endings"):
        endings = alternation(w["decade_endings"], flexible_spaces=True)
        ways.append(rf"{_B}{number.replace('decade', 'decade2')}(?:{endings})(?!\w)")
    return re.compile(rf"(?i){'|'.join(ways)}") if ways else re.compile(r"(?!)")


# a closed day and month ("12.11.") that no word of a date opens is read where its sentence goes on after it: a
# lower-case word or a closing bracket or comma follows ("ab 4.11. in der Mediathek", "(12.11.)", "6.11. um 20.15
# Uhr"); before a capital the closing stop may end a sentence on a section's or a version's number ("Abschnitt 2.4.").
# After a word that heads an identifier ("Artikel 3.12. ist", `identifiers.context.identifier_heads`) it is that number.
_GOES_ON = r"(?=\s+(?-i:[^\W\d_A-ZÀ-Þ])|\s*[)\],;])"


def numeric_days(numeric: dict | None) -> re.Pattern[str] | None:
    """A day and month in digits after the word a date takes ("del 7/10", "am 7.10."); not before a year or more
    digits ("7/10/2023" is an absolute date, "7/10/3" no date), nor before the language's "of" ("il 7/10 dei
    voti": a fraction). Where the language closes the month with a stop ("12.11.", German), the closed form is a
    date without the word before it (`_GOES_ON`): no decimal, score or fraction is written with a closing stop."""
    if not numeric:
        return None
    before = either_apostrophe(prefix_tree({b.lower() for b in numeric["before"]}, flexible_spaces=True))
    sep, closing = re.escape(numeric["separator"]), re.escape(numeric.get("closing", ""))
    fraction = rf"|\s+(?:{either_apostrophe(alternation(numeric['fraction_after']))})(?![\w])" \
        if numeric.get("fraction_after") else ""
    opening = rf"(?<![\w’'-])(?:{before})(?:\s+|(?<=['’]))"
    if closing:  # no digit, stop or word before the day: not the middle of "1.2.3." nor of "v2.4."
        opening = rf"(?:{opening}|(?<![\w’'.,/:-])(?=[0-3]?\d{sep}[01]?\d{closing}{_GOES_ON}))"
    return re.compile(rf"(?i){opening}(?P<day>[0-3]?\d){sep}(?P<mnum>[01]?\d){closing}"
                      rf"(?![\w/]|[.,:]?\d{fraction})")


@cache
def year_spans(language: str) -> re.Pattern[str] | None:
    """Two years the language's span words make one span ("de 2013 à 2017", "entre 2010 y 2015")."""
    pairs, article = span_words(language)
    if not pairs:
        return None
    ways = "|".join(rf"{re.escape(opener)}\s+{article}(?P<first{i}>{YEAR})\s+{alternation([join], flexible_spaces=True)}"
                    for i, (opener, join) in enumerate(pairs))
    return re.compile(rf"(?i)(?<![\w-])(?:{ways})\s+{article}(?P<last>{YEAR})(?![\w%]|[.,]\d)")


_APART = re.compile(r"[\s'’]+")  # where `patterns` lets a word's spelling vary: any white space, either apostrophe


@cache
def cues(language: str) -> dict[str, tuple[str, ...]]:
    """For each case-blind pattern of `patterns` read from words (not "numeric" nor "decade", which also read
    digits), lower-case pieces one of which every match holds as written: each listed word's longest stretch
    without a space or an apostrophe (the pattern matches a space as any white space and either apostrophe), none
    holding another. The month patterns need a month, "weekday" a weekday, "phrase" and "day_word" one of theirs.
    A paragraph that holds none (`base.may_hold`) is not scanned: these patterns open with a look-behind, which
    costs a try at every character."""
    w = words_of(language)
    months, weekdays = _pieces(months_of(language)), _pieces(weekdays_of(language))
    return {"day_month": months, "month": months, "weekday": weekdays, "phrase": _pieces(w["phrases"]),
            "day_word": _pieces(w["day_words"]), "decade_words": _pieces(w.get("decade_words") or ())}


def _pieces(words: Iterable[str]) -> tuple[str, ...]:
    pieces = {max(_APART.split(word.lower()), key=len) for word in words}
    return tuple(sorted(p for p in pieces if not any(o != p and o in p for o in pieces)))
