"""A table of contents' pages, by one rule for every route that knows a document's pages (PDF, paged plain text).

Enters one page's texts in reading order: the PDF route's lines, the text route's paragraphs (pdftotext sets an
entry's section number, title and page number on lines of their own where the layout set them in columns). Leaves
whether the page is a page of the table of contents, and which of its texts are its rows. What one entry looks
like (a dot leader and a page number close it) is defined once here too, for every route (`is_contents_entry`,
`is_contents_row`, `contents_entry_page`, and the `LEADER` a table's row may hold).

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

from .text import search_at_end

# One definition of a table of contents' entry for every route (the PDF route reads its lines, the text route its
# paragraphs). A dot leader leads the eye from the entry's title to its page number across the gap: five dots or more,
# run together or spaced evenly, or two ellipsis characters; prose writes an ellipsis and its full stop (four dots at
# most: "was.... ill", ". . . .").
LEADER = re.compile(r"(?:\.\s?){4,}\.|…{2,}")
# a page number: digits, or a valid lower-case roman numeral standing alone, as front matter is numbered ("vii"),
# never a word that only holds numeral letters ("civil", "mill")
_ROMAN = r"(?<![^\s.…])(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?![a-z])"
PAGE_NUMBER = rf"(?:\d{{1,4}}|{_ROMAN})"
_CONTENTS_ENTRY = re.compile(rf"(?:{LEADER.pattern})\s*({PAGE_NUMBER})$")
_LEADER_CLOSED = re.compile(rf"(?:{LEADER.pattern})\s*$")
# what may stand in an entry's or a closing leader's match past its first dot: dots, spaces, a page number
_ENTRY_REST = re.compile(r"[.…\sivxlc\d]*")
# an entry's page or section number on a line of its own ("37", "1.1.4", "B.1", "iv")
# (digits are read by one alternative only: where two could read them, a run of numbers that fails at its end, as a
# paragraph of figures closed by a word does, would be tried both ways for every number, 2 ** n tries)
_ENTRY_NUMBER_FORM = rf"(?:(?:[A-Z]\.)?\d{{1,4}}(?:\.\d{{1,3}})*|{_ROMAN})"
_ENTRY_NUMBER = re.compile(rf"^{_ENTRY_NUMBER_FORM}$")
# a column of entries' numbers read as one text ("9 9 10 11 12 4"): pdftotext reads a block of entries column by
# column, their titles and leaders first, then their page numbers in a run of their own, which the last entries of
# the page, set without leaders, may follow in the same text ("... 179 179 23 License 181 Index")
_NUMBER_RUN = re.compile(rf"^{_ENTRY_NUMBER_FORM}(?:\s+{_ENTRY_NUMBER_FORM})+(?!\S)")


def contents_entry_page(text: str) -> str | None:
    """The page number closing a contents entry, its leader before it ("6.1 Copyright Papers . . . . . 3" -> "3",
    "Preface..........vii" -> "vii"); None for a text that is no entry."""
    m = search_at_end(_CONTENTS_ENTRY, _ENTRY_REST, text.strip())
    return m.group(1) if m else None


def is_contents_entry(text: str, after: str | None = None) -> bool:
    """Entries of a table of contents, one or several run together: their dot leader and page number close them.
    A text extracted without its layout sets the number on a line of its own (`after`, the next paragraph): an entry
    closed by its leader alone is one only when that number follows it ("…the buyer may recover the price . . . . ."
    ending a paragraph is prose)."""
    text = text.strip()
    return search_at_end(_CONTENTS_ENTRY, _ENTRY_REST, text) is not None or (
        after is not None and search_at_end(_LEADER_CLOSED, _ENTRY_REST, text) is not None and is_entry_number(after))


def closes_on_leader(text: str) -> bool:
    """A text whose dot leader closes it, a contents entry's number (or nothing) to follow."""
    return search_at_end(_LEADER_CLOSED, _ENTRY_REST, text.strip()) is not None


def is_entry_number(text: str) -> bool:
    """A contents entry's page or section number alone ("37", "1.1.4", "B.1", "iv")."""
    return _ENTRY_NUMBER.match(text.strip()) is not None


def is_contents_row(text: str, before: str | None, after: str | None) -> bool:
    """A paragraph of a table of contents, given its neighbours' texts (None: none): an entry (`is_contents_entry`), or
    an entry's number alone beside one (before it its section number, after it its page number)."""
    return is_contents_entry(text, after) or (is_entry_number(text) and (
        (before is not None and is_contents_entry(before, text)) or (after is not None and closes_on_leader(after))))


MAX_FALLS = 4  # at most one step in four between entries' page numbers falls back
_PAGE_NUMBER_END = re.compile(rf"{PAGE_NUMBER}$")
# a chapter's or section's entry opening with its number ("1 GNU/Linux tutorials", "3.2 Shell Commands"): one or two
# digits for the chapter, so that a year opening a title ("2021 Annual Report") is none
_NUMBERED_ENTRY = re.compile(r"^(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,3})*\.?\s+[^\W\d]")


def contents_rows(texts: list[str]) -> list[bool]:
    """For each text of a page, whether it is a row of a table of contents: an entry or an entry's number alone
    beside one (`is_contents_row`); and where the page sets entries' numbers apart from their titles (numbers alone,
    or a column of them read as one text), those numbers, and a title its leader closes, its number in the column.
    A form's fill-in lines close on leaders too, but no number stands apart beside them; a table's cells read one by
    one are numbers alone, but no leader leads to them."""
    rows = [is_contents_row(text, texts[n - 1] if n else None, texts[n + 1] if n + 1 < len(texts) else None)
            for n, text in enumerate(texts)]
    apart = [_NUMBER_RUN.match(text.strip()) is not None or is_entry_number(text) for text in texts]
    if any(apart) and any(LEADER.search(text) for text in texts):
        rows = [row or alone or closes_on_leader(text) for row, alone, text in zip(rows, apart, texts, strict=True)]
    return rows


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


def contents_span(texts: list[str], continued: bool = False) -> range:
    """The rows of a contents page (`is_contents_page`): from the first text opening with a chapter's number or
    closing on a page number to the last entry or entry's number; empty on a page that is no contents page. On a page
    that `continued` the contents from the page before (its furniture taken off), from its top: the heading
    "Contents" stands on the first page only, and what opens a later one is an entry whose number the extractor set
    apart ("Appendix B" above its title, a chapter's title above the run of its sections' page numbers)."""
    if not is_contents_page(texts):
        return range(0)
    rows = contents_rows(texts)
    last = max(n for n, row in enumerate(rows) if row)
    first = 0 if continued else next(n for n, text in enumerate(texts) if rows[n] or _PAGE_NUMBER_END.search(
        text.strip()) or _NUMBERED_ENTRY.match(text.strip()))
    return range(first, last + 1)
