"""Parse: a decoded `Source` becomes a `Parsed` document of blocks of lines with source offsets.

Enters: a `Source`. Leaves: `Parsed` (blocks of lines, each line with the exact offsets of its text
in the decoded source; metadata hints and artifacts that the format itself carries). Each format
has its route: `text` (lines and blank-line blocks), `html/` (lxml: article text, furniture,
metadata). No text is changed here, so later stages can say where each character came from.
"""
from __future__ import annotations

from ..records import Parsed, Source
from .text import parse_text

__all__ = ["parse", "parse_text"]


def parse(source: Source) -> Parsed:
    if source.format == "html":
        from .html.page import parse_html  # lxml is loaded only when a page comes

        return parse_html(source)
    return parse_text(source)
