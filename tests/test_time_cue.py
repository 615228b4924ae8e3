"""A clock time ("9 a.m.", "10:30PM") is looked for only in a paragraph whose runs of letters hold "am", "pm" or the
"m" of "a.m." (`dates._TIME_WORDS`), and found there wherever a scan of every run of digits finds it: checked on
texts of hours, minutes, the halves of the day in both cases and their look-alikes ("amid", "10 amps", "5 mph")."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import dates
from scoexport.extract.base import digit_starts, forget_paragraphs, matches_at, may_hold_words

PIECES = ["9", "10", "12", ":30", ":5", " ", "a", "p", "A", "P", "m", "M", ".", "am", "PM", "amid", "amps", "mph", "x",
          "İ", "ſ", "K", "-", "\u00a0", "ä"]
texts = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_time_cue_misses_no_time(text: str) -> None:
    forget_paragraphs()
    found = [m.span() for m in matches_at(dates._TIME, text, digit_starts(text))]
    assert [m.span() for m in dates._TIME.finditer(text)] == found
    if found:
        assert may_hold_words(text, dates._TIME_WORDS)


def test_time_cue_passes_over_prose() -> None:
    """"amid 10 amps" holds no time and no cue word; "10 a.m." and "10AM" hold theirs."""
    assert not may_hold_words("amid 10 amps at 5 mph", dates._TIME_WORDS)
    assert may_hold_words("at 10 a.m. sharp", dates._TIME_WORDS) and may_hold_words("at 10AM", dates._TIME_WORDS)
