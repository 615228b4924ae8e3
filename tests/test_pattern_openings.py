"""Patterns rewritten for speed find what their plain forms find: a look behind moved after the first character, a
word read backwards instead of searched forwards, a case-blind pattern tried only where its opening words are."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean.language import _WORD
from scoexport.extract.acronyms import _PAREN
from scoexport.extract.base import digit_starts, matches_at, may_hold
from scoexport.extract.date_phrases import CLOCK, COUNTED, PERIODS, patterns
from scoexport.extract.date_scan import around, before_months, openers, rel_periods, scan
from scoexport.extract.date_seasons import _century_starts, _patterns, _season_starts, holiday_places
from scoexport.extract.date_story import _words as story_phrases
from scoexport.extract.date_story import cues as story_cues
from scoexport.extract.identifiers.context import word_before
from scoexport.extract.not_names import _LOWER_WORD, _VERSIONED
from scoexport.extract.quantities import _POSTAL_STATE
from scoexport.extract.tokens import forget_paragraphs

# each rewritten pattern beside its plain form, and characters that make the two disagree if they could
_PLAIN = [
    (_WORD, r"(?<![^\W\d_])(?<![^\W\d_]\.)[^\W\d_]+(?:['’][^\W\d_]+)*(?![^\W\d_'’]|\.[^\W\d_])", "ab1é_.’' ,Ж-"),
    (_POSTAL_STATE, r"(?<=, )[A-Z]{2}(?=\s+\d{5}(?:[-–]\s?\d{4})?\b)", "AB, 12345-"),
    (_LOWER_WORD, r"(?<![\w'’./@-])[a-z]{3,}(?![\w'’/@-]|\.\w)", "abc./@-’' 1A"),
    (_VERSIONED, r"\b([A-Z][a-z]+) (?!(?:1[6-9]|20)\d\d\b)\d{1,2}(?:\.\d+)*(?![\w.,:%/-])", "Aab 1290.,é"),
    (_PAREN, r"(?:\(|(?<![^\s\"“‘'])\[)([^()\[\]]{1,120})[)\]]", "()[]a \"'“x"),
]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_look_behind_after_the_first_character_finds_the_same(data: st.DataObject) -> None:
    for fast, plain, alphabet in _PLAIN:
        text = data.draw(st.text(alphabet=alphabet, max_size=30))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(plain, text)]
        assert fast.findall(text) == re.findall(plain, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1é_#.-’' \t\n,;Ж", max_size=60), st.integers(0, 60))
def test_the_word_before_read_backwards_is_the_one_searched_forwards(text: str, at: int) -> None:
    at = min(at, len(text))
    m = re.search(r"([#\w.'’-]+)[ \t]*$", text[:at][-40:])
    first = max(0, at - 40)
    assert word_before(text, at) == ((m.group(1), first + m.start(1)) if m else None)


_VOCAB = ["a", "an", "A", "two", "Three", "12", "2020", "years", "ago", "the", "The", "first", "half", "quarter", "of",
          "last", "this", "weeks", "Chicago", ",", ".", "the summer", "Summer", "fall", "in", "on", "ahead of",
          "Christmas", "Easter", "21st", "century", "twenty-first", "early", "mid-", "é", "ſince", "winter"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_VOCAB), st.sampled_from([" ", "  ", "-", ""])), max_size=14))
def test_date_patterns_tried_at_their_opening_words_find_what_a_full_scan_finds(words: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in words)
    forget_paragraphs()
    cases = [(patterns()["ago"], openers()["ago"], True), (patterns()["part"], openers()["part"], False),
             (_patterns()["season"], _season_starts(), False),
             (_patterns()["century"], _century_starts(), True)]
    for pattern, opening, digits in cases:
        tried = scan(pattern, text, text.lower(), opening, digit_starts(text) if digits else ())
        assert [m.span() for m in tried] == [m.span() for m in pattern.finditer(text)]


_HOLIDAY_VOCAB = ["on", "On", "ON", "for", "before", "ahead of", "Ahead Of", "this", "last", "Christmas", "Christmas Eve",
                  "New", "Year's", "New Year's Day", "St.", "St", "Patrick's Day", "Easter", "2021", ",", ".", "and",
                  "the", "x", "é", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_HOLIDAY_VOCAB), st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", "\u2009",
                                                                          "-", ""])), max_size=14))
def test_holidays_tried_before_their_names_find_what_a_full_scan_finds(words: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in words)
    pattern = _patterns()["holiday"]
    assert [m.span() for m in matches_at(pattern, text, holiday_places(text))] == [m.span() for m in pattern.finditer(text)]


_COUNT_VOCAB = ["six years", "a week", "An hour", "24 hours", "two decades", "3 days", "five minutes", "ten months",
                "six", "years", "before", "after", "prior to", "from", "within", "of", "the vote", "the election", "when",
                "ago", "earlier", "later", "past", "last", "next", "the", "word", "K", "ſ", "ı", "é", ",", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_COUNT_VOCAB), st.sampled_from([" ", " ", " ", "  ", "\n", "-", ""])), max_size=24))
def test_windows_without_a_period_word_hold_no_count(words: list[tuple[str, str]]) -> None:
    """A window around an anchor is skipped where no period word is written in it: what `around` finds is what it
    finds searching every window."""
    text = "".join(w + sep for w, sep in words)
    low = text.lower()
    anchors = {"to_event": ((" after ", " before ", " prior to ", " from ", " of "), 40, 30, COUNTED),
               "after_event": ((" earlier", " later"), 30, 10, PERIODS), "after_count": (("after ",), 0, 40, COUNTED),
               "counted_span": (("past ", "last ", "next "), 4, 40, COUNTED), "recent": ((" ago",), 30, 4, CLOCK)}
    for name, (words_at, before, after, needs) in anchors.items():
        pattern = patterns()[name]
        assert [m.span() for m in around(pattern, text, low, words_at, before, after, needs)] == \
            [m.span() for m in around(pattern, text, low, words_at, before, after)]


_REL_VOCAB = ["in", "In", "mid", "mid-", "last", "Next", "this", "the", "The", "later", "earlier", "past", "since", "by",
              "September", "May", "Sept.", "Dec.", "Mar", "March", "year", "Month", "weeK", "weeks", "2", "x", "İ", "é",
              "the past", "earlier this", "The Next", "later  this"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_REL_VOCAB), st.sampled_from([" ", " ", "  ", "\n", "\u00a0", "-", ""])),
                max_size=14))
def test_months_and_periods_tried_before_their_names_find_what_a_full_scan_finds(words: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in words)
    forget_paragraphs()
    month = patterns()["rel_month"]
    assert [m.span() for m in matches_at(month, text, before_months(text))] == [m.span() for m in month.finditer(text)]
    assert [m.span() for m in rel_periods(text, text.lower())] == \
        [m.span() for m in patterns()["rel_period"].finditer(text)]


_STORY_VOCAB = ["the next", "The following", "that same", "day", "Day", "DAY", "da", "y", "morning", "Morn", "night",
                "afternoon", "am folgenden", "Tag", "TAG", "kurz darauf", "il giorno", "dopo", "no dia", "seguinte",
                "de dag", "erna", "ſ", "ı", "İ", "K", "é", "’", "'", ",", "."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_STORY_VOCAB), st.sampled_from([" ", "  ", "\n", "-", ""])), max_size=12),
       st.sampled_from(["en", "de", "it", "pt", "nl", None]))
def test_a_paragraph_without_a_story_phrase_last_word_holds_no_story_day(words: list[tuple[str, str]],
                                                                         language: str | None) -> None:
    """story_days reads no paragraph that lacks every phrase's last word: the phrases find nothing in one."""
    text = "".join(w + sep for w, sep in words)
    needed = story_cues(language)
    if needed is not None and not may_hold(text, text.lower(), needed):
        assert story_phrases(language)[1].search(text) is None
