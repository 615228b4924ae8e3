"""Text is told from data by its share of control characters, counted the same on text and on bytes."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.sources.sniff import MAX_CONTROL_SHARE, bytes_look_binary, looks_binary

CONTROLS = frozenset([*range(0x00, 0x09), *range(0x0e, 0x1b), *range(0x1c, 0x20), 0x7f])  # not tab, line and page breaks


def _share_above(codes: list[int]) -> bool:
    return bool(codes) and sum(c in CONTROLS for c in codes) > MAX_CONTROL_SHARE * len(codes)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), max_size=300))
def test_text_controls_counted_one_by_one(text: str) -> None:
    assert looks_binary(text) == _share_above([ord(c) for c in text])


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300))
def test_byte_controls_counted_one_by_one(data: bytes) -> None:
    assert bytes_look_binary(data) == _share_above(list(data))


def test_a_lone_surrogate_is_no_control_and_no_error() -> None:
    text = "\ud800" * 50 + "\x01"  # one control in 51 characters: above a 1% share
    assert looks_binary(text)
    assert not looks_binary("\ud800" * 200 + "\x01")
