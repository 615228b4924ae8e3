"""Mends of session 9's review: each test fails on the code before its mend."""
from __future__ import annotations

from scoexport.extract.quantities import web_addresses


def test_web_address_without_a_slash() -> None:
    text = "See www.example.com for the schedule."
    assert [text[s:e] for s, e in web_addresses(text)] == ["www.example.com"]
