"""Whether a link is a cross-reference to a part of the same work, written as that part's number and title.

Enters: an <a> element. Leaves: its text, spaces folded, where it is such a link; else None. The walk
(`tree._Walker`) notes where the text stands in its unit, and extraction reads no fact there (`extract.unread`,
as it reads none in a contents entry).

Why it works: a manual's toolchain (DocBook's xref, Texinfo's and LaTeX's cross-references) writes a link to
another of its parts as the part's label, its number and its title ("Chapter 15, Creating a Package", "Section
7.2, « What is ... ? »", "Appendix B, Licences"), and points it inside the page ("#...") or to a sibling page of
the same work (a relative address, no site named). The title repeats a heading the work sets elsewhere: its
capitals mark a title's words, not names, and its quotation marks a title, not speech. A link to another site, or
one whose text reads as a sentence's words (no number after its first word), is left to be read.
"""
from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from ...data import alternation, load_lines


@cache
def _number_and_title() -> re.Pattern[str]:
    """A part's label (data/part_labels.txt: a manual's, not a news series' "Part 2"), its number (dotted digits, a
    capital letter, a roman numeral), a separator, then the title."""
    labels = alternation(load_lines("part_labels.txt"))
    return re.compile(rf"(?i:{labels})\.?\s+(?:\d+(?:\.\d+)*|[A-Z]|[IVXLC]+)\s*[,.:]\s+\S")


def _inside_the_work(href: str) -> bool:
    """Whether an address points inside the page or to a sibling page: no scheme, no host, not the site's root."""
    href = href.strip()
    if not href or href.startswith("/"):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc


def part_reference(el: HtmlElement) -> str | None:
    """The link's text where it points inside the work and is a part's number and title, else None."""
    href = el.get("href")
    if href is None or not _inside_the_work(href):
        return None
    text = " ".join(el.text_content().split())
    return text if _number_and_title().match(text) else None
