"""The date and line-joining shortcuts find what the full scans find.

`date_years.named_years` tries its pattern of a year after its noun ("im Jahr 1681") only where a noun would
open before a run of four digits opening with "1" or "20" after white space (`_named_year_places`);
`repair._trailing_word` reads the last word of a line from its last characters reversed, not the whole line;
`date_languages.language_dates` scans for the forms that hold a digit (a day and month, in words or digits, a span
of years) only in a paragraph that holds one, and for those read from words only in one that writes a piece of one
of them (`date_language_patterns.cues`); `date_ago.counted_dates` only in one that writes a period's name. Checked on
texts made of the pieces that matter: the year nouns, months, weekdays, phrases and periods of several languages in
both cases, years of every century, digits glued to letters, to a hyphen or to other digits, digits of another
script, white space of four kinds (the no-break space and a line break among them), both apostrophes, the
characters case-blind matching folds apart from lower-casing, and words longer than the stretch the shortcut reads.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean.repair import _TAIL, _trailing_word
from scoexport.date_text import DateMatch
from scoexport.extract import date_ago, date_languages, date_years
from scoexport.extract.base import forget_paragraphs
from scoexport.extract.date_language_patterns import cues
from scoexport.extract.date_phrases import date_words

_PIECES = ["the year", "The Year", "THE YEAR", "im Jahr", "im Jahre", "des Jahres", "nell'anno", "nell’anno", "el año",
           "del año", "l'an", "l'année", "o ano de", "year", "Jahr", " ", "  ", "\u00a0", "\n", "\t", "-", ".", ",", "%",
           "/", "1681", "1524", "2019", "2099", "2100", "0999", "19", "1", "20", "12345", "x", "a1999", "٢٠١٩", "in",
           "the year 1999", "im Jahr\n\n2019", "l’an  1515", "1999a", "2019%", "1999-2000", "1٢٣4"]
_NOUNS = date_words()["year_nouns"]
# a year as the pattern reads one: what stands before the noun, the noun in some case, white space, the year, what follows
_NAMED = st.tuples(st.sampled_from(["", " ", "x", "-", "("]), st.sampled_from([*_NOUNS, *(n.upper() for n in _NOUNS)]),
                   st.sampled_from([" ", "  ", "\u00a0", "\n", ""]), st.sampled_from(["1681", "2019", "2100", "12345", "199"]),
                   st.sampled_from(["", " ", "x", "%", ".5", ",", "-"])).map("".join)
texts = st.lists(_NAMED | st.sampled_from(_PIECES), max_size=8).map("".join)


def _full_scan(text: str) -> list[DateMatch]:
    """`_named_years` without its shortcut: the pattern run over the whole text."""
    # the value is the year in ASCII digits, whatever script its digits are written in ("1٢٣4" -> "1234")
    return [DateMatch(m.start("year"), m.end(), m["year"], str(int(m["year"])), "year", dt.date(int(m["year"]), 1, 1))
            for m in date_years._year_noun().finditer(text)]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_named_years_shortcut_changes_nothing(text: str) -> None:
    forget_paragraphs()
    assert date_years.named_years(text) == _full_scan(text)


def test_named_years_shortcut_skips_paragraphs_without_a_year_after_a_space() -> None:
    """The shortcut does leave places out (so the test above compares something): a year glued to what stands
    before it, a longer number, or another number is no year after a noun; one after a space is tried and found."""
    forget_paragraphs()
    assert date_years._named_year_places("Model X-2019 costs 350 dollars, item 12345") == []
    assert date_years._named_year_places("das ist im Jahr\u00a01681 geschehen") == [16]
    assert [d.text for d in date_years.named_years("das ist im Jahr\u00a01681 geschehen")] == ["1681"]
    # digits of another script are read as the year they write (the case the property test above once drew)
    assert [(d.text, d.value) for d in date_years.named_years("in the year 1٢٣4")] == [("1٢٣4", "1234")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "9", "_", " ", "-", ".", "x" * (_TAIL - 1), "y" * _TAIL, "z" * (_TAIL + 5)]),
                max_size=8).map("".join))
def test_trailing_word_reads_the_whole_word(text: str) -> None:
    assert _trailing_word(text) == len(re.match(r"\w*", text[::-1]).group())


@contextlib.contextmanager
def _every_paragraph_scanned() -> Iterator[None]:
    """`language_dates` with its gates open (a digit, a word of the pattern's): every pattern scans every paragraph."""
    digit, words = date_languages.has_digit, date_languages.may_hold
    date_languages.has_digit = lambda text: True
    date_languages.may_hold = lambda text, lowered, cues: True
    try:
        yield
    finally:
        date_languages.has_digit, date_languages.may_hold = digit, words


_LANGUAGE_PIECES = ["am", "vom", "le", "el", "del", "il", "de", "im", "mi-", "en", " ", "\u00a0", "\n", ". ", ".", ",", "/", "-",
                    " au ", " bis ", "März", "MÄRZ", "märz", "November", "novembre", "Juni", "agosto", "janvier", "Montag",
                    "lundi", "sábado", "segunda-feira", "venerdì", "letzte Woche", "letztes\u00a0Jahr", "LETZTES JAHR",
                    "l'an dernier", "l’année dernière", "L'ANNÉE DERNIÈRE", "aujourd'hui", "heute", "ieri", "ontem",
                    "anni", "anni ’80", "années", "anos", "Novanta", "die 1970er", "de 2013 à 2017", "von 2010 bis 2015",
                    "3", "12", "31", "7.10.", "12.11.", "٣", "2019", "x", "Uhr", "İ", "ſ", "prossima", "scorso",
                    "в прошлом году", "В ПРОШЛОМ\u00a0ГОДУ", "вчера", "января", "в мае", "августа"]


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(["de", "fr", "it", "es", "pt", "ru"]),
       st.lists(st.sampled_from(_LANGUAGE_PIECES), max_size=10).map("".join))
def test_language_dates_gates_change_nothing(language: str, text: str) -> None:
    """`date_languages.language_dates` scans for the forms that hold a digit only in a paragraph with one, for those
    read from words only in one that writes one of them: the dates it finds are those it finds when every paragraph
    is scanned."""
    forget_paragraphs()
    ref = dt.date(2024, 5, 17)
    gated = date_languages.language_dates(text, ref, language)
    with _every_paragraph_scanned():
        assert date_languages.language_dates(text, ref, language) == gated


def test_language_dates_gates_leave_out_paragraphs() -> None:
    assert not date_languages.has_digit("am Montag, den dritten März")
    assert not date_languages.may_hold("Es regnet.", "es regnet.", cues("de")["month"])
    assert date_languages.may_hold("am Montag", "am montag", cues("de")["weekday"])
    assert [d.text for d in date_languages.language_dates("Es geschah am 3. März.", dt.date(2024, 5, 17), "de")] \
        == ["3. März"]


_COUNT_PIECES = ["vor", "VOR", "il y a", "за", "до", "назад", "спустя", "fa", " ", "  ", "\u00a0", ",", "3", "13", "1,5",
                 "zwei", "deux", "два", "Jahren", "JAHREN", "Tagen", "Tage", "Wochen", "ans", "AN", "jours", "лет", "ДНЕЙ",
                 "дней", "anni", "ANNI", "giorni", "später", "plus tard", "İ", "ſ", "x"]


@contextlib.contextmanager
def _every_paragraph_may_count() -> Iterator[None]:
    """`counted_dates` with its gate open: its patterns scan every paragraph."""
    gate = date_ago.may_hold
    date_ago.may_hold = lambda text, lowered, cues: True
    try:
        yield
    finally:
        date_ago.may_hold = gate


# a count as the patterns read one: the word before, the count, the period in one of its cases, the word after
_COUNTS = st.tuples(st.sampled_from(["", "vor ", "Vor ", "il y a ", "за ", "seit über "]),
                    st.sampled_from(["3", "zwei", "deux", "два", "tre"]),
                    st.sampled_from([" ", "\u00a0", "  "]),
                    st.sampled_from(["Jahren", "JAHREN", "Monaten", "Tag", "ans", "jours", "лет", "дней", "anni", "mesi"]),
                    st.sampled_from(["", " назад", " до", " fa", " später", " plus tard", "."])).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["de", "fr", "ru", "it"]), st.lists(_COUNTS | st.sampled_from(_COUNT_PIECES), max_size=6).map("".join))
def test_counted_dates_period_gate_changes_nothing(language: str, text: str) -> None:
    """`date_ago.counted_dates` scans only a paragraph that writes a period's name (in any case): the counts it finds
    are those it finds when every paragraph is scanned."""
    forget_paragraphs()
    ref = dt.date(2024, 5, 17)
    gated = date_ago.counted_dates(text, ref, language)
    with _every_paragraph_may_count():
        assert date_ago.counted_dates(text, ref, language) == gated


def test_counted_dates_period_gate_leaves_out_paragraphs_without_a_period() -> None:
    forget_paragraphs()
    assert not date_ago.may_hold("vor zwei Wochenenden", "vor zwei wochenenden", date_ago._period_cues("ru"))
    assert [d.text for d in date_ago.counted_dates("Es war vor zwei Jahren.", dt.date(2024, 5, 17), "de")] \
        == ["vor zwei Jahren"]
