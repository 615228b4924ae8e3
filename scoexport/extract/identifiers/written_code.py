"""Places in a paragraph that hold text a program reads, not prose: a web address and an inline code span of
Markdown or reStructuredText. A numeral there is part of an address or a command (`context.is_identifier`).

Enters: a paragraph's text and where a numeral starts. Leaves: whether it stands in such a place. Both are
written with marks of their own ("http://", "www.", backticks), so the marks decide.
"""
from __future__ import annotations

import re
from functools import lru_cache

_LONGEST_ADDRESS = 300


def in_web_address(text: str, start: int) -> bool:
    """Does the numeral at `start` stand inside a web address (the word holding it holds "http://", "https://" or
    "www." before it, maybe after a markup's bracket: "[format](https://.../1.0/)")?"""
    floor = max(0, start - _LONGEST_ADDRESS)  # each numeral looks back a bounded way: linear on one long line
    word_start = max(text.rfind(" ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    return _ADDRESS_OPENING.search(text, word_start, start) is not None


_ADDRESS_OPENING = re.compile(r"https?://|www\.")
# a span in backticks; one a reStructuredText link's trailing "_" follows ("`Your key ... <https://...>`__") is the
# link's prose text, no code
_CODE_SPAN = re.compile(r"(`+)[^`]+?\1(?!_)")


def in_code_span(text: str, start: int) -> bool:
    """Does the numeral stand inside an inline code span of Markdown or reStructuredText (`awk '{print $2}'`,
    ``index 100644``)? A manual writes commands, fields and values there: text a program reads, no prose quantity.
    A link's text in backticks (reStructuredText's "`words <address>`_") is prose."""
    return "`" in text and any(left < start < right for left, right in _code_spans(text))


@lru_cache(maxsize=8)
def _code_spans(text: str) -> tuple[tuple[int, int], ...]:
    # a paragraph's spans found once, whatever the number of numerals asked about in it
    return tuple(m.span() for m in _CODE_SPAN.finditer(text))
