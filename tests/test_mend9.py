"""Mends of session 9's review: each test fails on the code before its mend."""
from __future__ import annotations

from scoexport.extract.identifiers.context import is_identifier
from scoexport.extract.quantities import web_addresses


def test_web_address_without_a_slash() -> None:
    text = "See www.example.com for the schedule."
    assert [text[s:e] for s, e in web_addresses(text)] == ["www.example.com"]


def _digits(text: str) -> tuple[int, int]:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return start, end


def test_lower_case_accented_word_after_is_no_noun() -> None:
    # German capitalizes nouns: "Jahren 30 Prozent" is a count; a verb after it ("ändert") is lower case,
    # accented or not, and leaves "Modell 3" the name of a model
    for text in ("Das Modell 3 verändert die Regeln.", "Das Modell 3 ändert die Regeln."):
        assert is_identifier(text, *_digits(text), "de"), text
    text = "Seit Jahren 30 Prozent der Leute."
    assert not is_identifier(text, *_digits(text), "de")
