"""Numbered headings: the section numbers a document opens its headings with ("3 GNU Accounts and Resources").

Enters: a document's paragraphs. Leaves: the spans of the numbers that open its headings, where the headings are
numbered as a series.

Why it works: a manual numbers its chapters and sections in its headings ("1 About This Document", "2 Getting Help",
"6.1 Copyright Papers"), and a list article its items ("1. Pack light"); the number there places the heading in the
document's order and counts nothing, however the words after it read ("3 GNU Accounts": no three accounts). One
heading that opens with a number may count ("5 Things to Know"); a series tells the numbering: three headings or
more open with a number, and two of those numbers or more follow the one before (n, then n + 1), as no headings
that count things do.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ...records import Paragraph

_OPENING_NUMBER = re.compile(r"\s*(?P<number>(?P<top>\d{1,2})(?:\.\d{1,2})*\.?)(?=\s+\S)")
_SERIES = 3  # headings that open with a number
_STEPS = 2  # of them, numbers that follow the number before


def numbered_headings(paragraphs: Iterable[Paragraph]) -> list[tuple[str, int, int]]:
    """(paragraph ID, start, end) of the number opening each heading, where the document's headings are numbered as
    a series (see the module's docstring); none otherwise."""
    opened = []
    for p in paragraphs:
        m = _OPENING_NUMBER.match(p.text) if p.kind == "heading" else None
        if m:
            opened.append((p.paragraph_id, m.start("number"), m.end("number"), int(m["top"])))
    tops = {top for *_, top in opened}
    steps = sum(1 for top in tops if top - 1 in tops)
    if len(opened) < _SERIES or steps < _STEPS:
        return []
    return [(paragraph_id, start, end) for paragraph_id, start, end, _ in opened]
