"""Parse: a decoded `Source` becomes a `Parsed` document of blocks of lines with source offsets.

Enters: a `Source`. Leaves: `Parsed` (blocks of lines, each line with the exact offsets of its text
in the decoded source; metadata hints and artifacts that the format itself carries). Each format
has its route: `text` (lines and blank-line blocks), `html/` (lxml: article text, furniture,
metadata), `pdf/` (pypdfium2: lines with positions, blocks and furniture from the page layout; the
extracted text becomes the source text). No text is changed here, so later stages can say where each character came from.
"""
from __future__ import annotations

from ..records import Parsed, Source
from .html.rules import SiteRules


class ParseError(Exception):
    """A source its format's parser cannot read (an encrypted or broken PDF); the message says why in one line."""


from .text import parse_text  # noqa: E402

__all__ = ["ParseError", "parse", "parse_text"]


def parse(source: Source, rules: SiteRules | None = None) -> Parsed:
    """The source parsed by its format's route; `rules` (per-site CSS selectors) apply to HTML pages. Metadata
    the source's record states (`parse.stated`) then overrides the route's hints."""
    if source.format == "pdf":
        from .pdf import parse_pdf  # pypdfium2 is loaded only when a PDF comes

        parsed = parse_pdf(source)
    elif source.format == "html":
        from .html.page import parse_html  # lxml is loaded only when a page comes

        parsed = parse_html(source, rules)
    else:
        parsed = parse_text(source)
    if source.stated:
        from .stated import with_stated

        parsed = with_stated(parsed)
    return parsed
