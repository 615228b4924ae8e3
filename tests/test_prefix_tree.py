"""data.prefix_tree must match exactly what the plain longest-first alternation matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.data import alternation, prefix_tree

_WORDS = st.lists(st.text(alphabet="abcAB .-", min_size=1, max_size=5), min_size=1, max_size=12)
_TEXT = st.text(alphabet="abcAB .-xſK", max_size=40)


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT)
def test_same_matches_as_the_alternation(words: list[str], text: str) -> None:
    """Bare, before a word boundary and before a continuation that forces backtracking to a shorter word."""
    for tail in ("", r"\b", r"(?:a|\.)"):
        assert _spans(f"(?:{prefix_tree(words)}){tail}", text) == _spans(f"(?:{alternation(words)}){tail}", text)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT)
def test_same_matches_case_blind_on_one_case(words: list[str], text: str) -> None:
    lower = {w.lower() for w in words}
    assert (_spans(rf"\b(?:{prefix_tree(lower)})", text, re.I)
            == _spans(rf"\b(?:{alternation(words)})", text, re.I))


def test_a_word_that_is_a_prefix_of_another() -> None:
    pattern = re.compile(prefix_tree(["Mr", "Mr.", "Mrs", "Mrs."]))
    assert [m.group() for m in pattern.finditer("Mrs. Mr Mr. Mrs")] == ["Mrs.", "Mr", "Mr.", "Mrs"]
