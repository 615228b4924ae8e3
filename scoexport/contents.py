"""A table of contents' pages, by one rule for every route that knows a document's pages (PDF, paged plain text).

Enters one page's texts in reading order: the PDF route's lines, the text route's paragraphs (pdftotext sets an
entry's section number, title and page number on lines of their own where the layout set them in columns). Leaves
whether the page is a page of the table of contents, and which of its texts are its rows. What one entry looks
like (a dot leader and a page number close it) is defined once in `text` (`is_contents_row`).

A contents page is made of its entries: most of its texts are entries or their numbers alone, and the arabic page
numbers they lead to rise down the page, but for a step or two an extractor read out of order (a price list's do not
keep step with the page order; a form's fill-in lines have leaders and no page number). Its rows run from the first
that opens with a chapter's number or closes on a page number (the heading "Contents" stands above them) to its last
entry; the rows between are entries too, though set without leaders (a chapter's entry in bold, "2 Debian package
management 37") or wrapped; what follows the last entry (the first chapter's heading and text, on a short report's
first page) is the text's.
"""
from __future__ import annotations

import re
from itertools import pairwise

from .text import PAGE_NUMBER, contents_entry_page, is_contents_row

MAX_FALLS = 4  # at most one step in four between entries' page numbers falls back
_PAGE_NUMBER_END = re.compile(rf"{PAGE_NUMBER}$")
# a chapter's or section's entry opening with its number ("1 GNU/Linux tutorials", "3.2 Shell Commands"): one or two
# digits for the chapter, so that a year opening a title ("2021 Annual Report") is none
_NUMBERED_ENTRY = re.compile(r"^(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,3})*\.?\s+[^\W\d]")


def contents_rows(texts: list[str]) -> list[bool]:
    """For each text, whether it is a contents entry or an entry's number alone beside one (`text.is_contents_row`)."""
    return [is_contents_row(text, texts[n - 1] if n else None, texts[n + 1] if n + 1 < len(texts) else None)
            for n, text in enumerate(texts)]


def is_contents_page(texts: list[str]) -> bool:
    """A page of a table of contents, given its texts (furniture aside): most of them are entries or their numbers,
    and the arabic page numbers the entries close on rise down the page but for a step in MAX_FALLS (the roman ones of
    the front matter come first)."""
    rows = contents_rows(texts)
    if not texts or 2 * sum(rows) < len(texts):
        return False
    numbers = [int(page) for text in texts if (page := contents_entry_page(text) or "").isdigit()]
    # an extractor may read a block of entries out of order (pdftotext sets a chapter's column of page numbers before
    # its sections'), so a few steps may fall back; a price list's numbers, in no order, fall about every other step
    return MAX_FALLS * sum(a > b for a, b in pairwise(numbers)) <= max(len(numbers) - 1, 0)


def contents_span(texts: list[str]) -> range:
    """The rows of a contents page (`is_contents_page`): from the first text opening with a chapter's number or
    closing on a page number to the last entry or entry's number; empty on a page that is no contents page."""
    if not is_contents_page(texts):
        return range(0)
    rows = contents_rows(texts)
    last = max(n for n, row in enumerate(rows) if row)
    first = next(n for n, text in enumerate(texts) if rows[n] or _PAGE_NUMBER_END.search(text.strip())
                 or _NUMBERED_ENTRY.match(text.strip()))
    return range(first, last + 1)
