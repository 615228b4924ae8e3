"""The paragraph-level cue test (`acronym_phrases.cue_kinds`) skips the acronym routes that need a cue of
data/acronym_cues.json where the paragraph holds none of its kind: it must skip only what could find nothing.
The gated finder is compared with one whose test lets every kind through, on paragraphs made of the cues (in any
case, as the case-blind `long_lead` pattern reads them), brackets, short forms of every shape the routes accept
(capitals, lower case, a capitalized word, numeronyms) and long forms that spell them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import acronym_phrases, acronym_referred
from scoexport.extract.acronym_phrases import cue_keys, cue_kinds, cues
from scoexport.extract.acronyms import find_definitions
from scoexport.extract.tokens import forget_paragraphs

_ALL_CUES = sorted({c for kind in ("long_lead", "abbreviated", "stands_for", "inner_lead") for c in cues(kind)})
_PIECES = [
    "QRX", "qrx", "Qrx", "q9x", "K3s", "Quiet Radio Exchange", "quiet radio exchange", "Quartz-Ray Xenon",
    "the", "is", "it", "or", ", or ", ", the ", " – ", ", i.e. ", "known as", "(", ")", "[", "]", ".", ",",
    "“", "”", "\"", ":", " ", " ", " ", "ü", "é", "İ", "ı", "ſ", "\u212a", "stands", "short", "kurz",
]


def _cased(text: str, how: int) -> str:
    return (text, text.upper(), text.title(), text.capitalize())[how]


_SHORTS = ["QRE", "qre", "Qre", "QREs", "QRX", "qrx", "q1x", "K3s"]
_LONGS = ["Quiet Radio Exchange", "quiet radio exchange", "Quartz-Ray Xenon", "Quiet Radio eXchange",
          "“Quiet Radio Exchange”", "Quarzröntgenxenon", "Quiet Radio Exchanges"]
_CUE = st.tuples(st.sampled_from(_ALL_CUES), st.integers(0, 3)).map(lambda p: _cased(*p))
# a short form, a cue and a long form, in either order, as the cue routes read them, or loose pieces between
_PAIR = st.tuples(st.sampled_from(_SHORTS), _CUE, st.sampled_from(_LONGS), st.booleans()).map(
    lambda p: f"{p[0]}{p[1]}{p[2]}" if p[3] else f"{p[2]}{p[1]}{p[0]}")
_PIECE = st.one_of(st.sampled_from(_PIECES), _CUE, _PAIR, _PAIR.map(lambda p: f"The name {p}."))


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    every = frozenset({"long_lead", "abbreviated", "stands_for"})
    monkeypatch.setattr(acronym_phrases, "cue_kinds", lambda text: every)
    monkeypatch.setattr(acronym_referred, "cue_kinds", lambda text: every)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECE, min_size=3, max_size=24).map(" ".join), st.sampled_from(["en", "de", "fr"]))
def test_gate_changes_no_definition(text: str, language: str) -> None:
    forget_paragraphs()
    gated = find_definitions(text, language)
    with pytest.MonkeyPatch.context() as mp:
        _ungated(mp)
        ungated = find_definitions(text, language)
    assert gated == ungated


def test_gate_keeps_the_routes_of_a_written_cue() -> None:
    # each route's cue, written in a sentence of its own making, lets its kind through
    assert "stands_for" in cue_kinds("Our QRX stands for quiet radio exchange in the manual.")
    assert "abbreviated" in cue_kinds("The Quiet Radio Exchange, often abbreviated QRX, closed.")
    assert "long_lead" in cue_kinds("The tool qrx (ITS NAME IS AN ACRONYM FOR Quiet Radio eXchange) ran.")
    assert "long_lead" in cue_kinds("Die Datei heißt QRX, eine Abkürzung für Quarz-Röntgen-Xenon.")


def test_gate_skips_a_paragraph_without_cues() -> None:
    # a paragraph of plain prose with short forms but no cue of any kind holds no cue route
    assert cue_kinds("The QRX team met the NATO delegates in Brussels on Monday, the day after.") == frozenset()
    assert cue_keys("abbreviated") <= {"abbreviated", "abgek"}
