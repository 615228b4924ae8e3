"""Korean names (korean_names.korean_people): the cheap search for a hyphenated given name before the candidates
are tried leaves what trying every capitalized word finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.base import capital_starts, forget_paragraphs, matches_at
from scoexport.extract.korean_names import _CANDIDATE, _JOINED_BEFORE, korean_people
from scoexport.names import korean_name


def _by_every_capital(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "korean") for m in matches_at(_CANDIDATE, text, capital_starts(text))
            if not (m.start() and _JOINED_BEFORE.match(text, m.start() - 1)) and korean_name(m.group())]


def test_a_family_name_and_a_hyphenated_given_name() -> None:
    forget_paragraphs()
    text = "President Moon Jae-in met Kim Jong-un; a well-known Park stood by."
    assert [text[s:e] for s, e, _ in korean_people(text)] == ["Moon Jae-in", "Kim Jong-un"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Moon", "Jae", "-in", "-", " ", "Kim", "Jong", "un", "Park", "x", "'", "A", "Ban",
                                 "Ki-moon", ".", "Geun-hye", "Moon Jae-in", "Kim Jong-un", "McKim", "Ab"]),
                max_size=16).map("".join))
def test_the_search_keeps_every_candidate(text: str) -> None:
    forget_paragraphs()
    assert korean_people(text) == _by_every_capital(text)
