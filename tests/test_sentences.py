from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport import split_sentences
from scoexport.segment.splitter import sentence_spans


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Smith met Dr. Jones in the U.S. on Monday. They talked.",
     ["Mr. Smith met Dr. Jones in the U.S. on Monday.", "They talked."]),
    ("Foreign Minister S. Jaishankar arrived. He spoke.", ["Foreign Minister S. Jaishankar arrived.", "He spoke."]),
    ("Growth was 3.5 percent in version 2.1. Prices fell.", ["Growth was 3.5 percent in version 2.1.", "Prices fell."]),
    ("He paused... Then he left.", ["He paused...", "Then he left."]),
    ("“We agree.” The talks ended.", ["“We agree.”", "The talks ended."]),
    ("It ended (as planned.) Next came lunch.", ["It ended (as planned.)", "Next came lunch."]),
    ("See item No. 5 below. It is short.", ["See item No. 5 below.", "It is short."]),
    ("Why now? Because it matters!", ["Why now?", "Because it matters!"]),
    ("Goals: • more trade • less debt", ["Goals:", "• more trade", "• less debt"]),
    ("A heading without a stop", ["A heading without a stop"]),
    ("Prices rose approx. 5 percent.", ["Prices rose approx. 5 percent."]),
])
def test_split(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@given(st.lists(st.sampled_from(["The talks ended.", "Mr. Li spoke at 3.5 p.m. today.", "Why?", "“Yes,” she said.",
                                 "Trade grew by 4.2%.", "It was the U.S. view."]), min_size=1, max_size=8))
def test_spans_cover_the_text_in_order(parts: list[str]) -> None:
    text = " ".join(parts)
    spans = sentence_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert len(spans) == len(parts)
