"""Where a document's short forms are written (aliases.Written): the matches the pattern of all of them gives,
found by their heads instead of a pattern built for each document."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.data import alternation
from scoexport.extract.aliases import Written


def _by_pattern(forms: list[str], text: str) -> list[tuple[int, int, str]]:
    pattern = re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]


def test_surnames_and_acronyms_are_found_as_whole_words() -> None:
    forms = ["Nelson", "FAA", "AT&T", "U.S. Army", "U.S.", "Émile"]
    text = ("Nelson told the FAA that Nelsons and Leeds-Nelson were no one; AT&T and the U.S. Army, "
            "with the U.S., heard Émile and Nelson's aide, not FAA-approved parts.")
    found = Written(forms).find(text)
    assert [text[s:e] for s, e, _ in found] == ["Nelson", "FAA", "AT&T", "U.S. Army", "U.S.", "Émile", "Nelson"]
    assert found == _by_pattern(forms, text)


def test_the_longest_form_that_ends_at_a_word_boundary_wins() -> None:
    forms = ["New York", "New York Times", "New"]
    text = "The New York Timesheet, the New York Times and New Yorkers."
    assert Written(forms).find(text) == _by_pattern(forms, text)
    assert [f for _, _, f in Written(forms).find(text)] == ["New York", "New York Times", "New"]


_PIECES = ["Nelson", "Nel", "son", "AT", "&T", "U.S.", " ", "-", ".", "'s", "Émile", "e", "Army", "_", "1", ","]
_forms = st.lists(st.sampled_from(["Nelson", "Nel", "AT&T", "AT", "U.S.", "U.S. Army", "Émile", "son", "1st",
                                   "-Nel", "Army"]), min_size=1, max_size=6, unique=True)


@settings(max_examples=300)
@given(_forms, st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_the_heads_find_what_the_pattern_finds(forms: list[str], text: str) -> None:
    assert Written(forms).find(text) == _by_pattern(forms, text)
