"""Page numbers and the running headers that repeat from page to page, as page furniture shows them.

Enters: lines at pages' edges, of the plain-text route (clean/furniture.py) and the PDF route
(parse/pdf/furniture.py), each with its page. Leaves: a line's key as furniture repeats it (`furniture_key`), the
shapes of a page number (`page_number_patterns`), which page numbers to believe (`one_numbering`,
`drop_stray_numerals`) and which running headers carry their page's number (`carry_page_numbers`). Why it works: a
document numbers its pages in one style and in step with the pages, and its furniture repeats but for the number;
both routes decide it here.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache

from .data import alternation, load_lines
from .text import has_digit

_DIGITS = re.compile(r"\d+")
# a page number in roman numerals at a line's start or end ("Debian Reference iv", "xii Preface"): front matter is
# numbered so, and its running header changes with it as an arabic one does
_EDGE_ROMAN = re.compile(r"(?:^|(?<=\s))(?=[ivxlc]+(?:\s|$))c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?=\s*$)"
                         r"|^(?=[ivxlc]+\s)c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})(?=\s)")


def furniture_key(text: str) -> str:
    """A line as page furniture repeats it: case and numbers aside, so "Page 3" and "PAGE 4" are one line, and so are
    "Debian Reference iv" and "Debian Reference v" (a roman page number at the line's edge)."""
    key = text.lower().strip()
    # a numeral alone is no running header's: "I" opening a page is a word, its page numbers tell (`one_numbering`)
    roman = " " in key and (key[-1:] in "ivxlc" or key[:1] in "ivxlc")
    return _DIGITS.sub("#", _EDGE_ROMAN.sub("#", key) if roman else key)


@cache
def page_number_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A page number alone ("3", "- 3 -", "Page 3 of 10", "iv") and one set beside text ("CMUS · Page 3")."""
    word = alternation(load_lines("page_words.txt"))
    # front matter and prefaces are numbered in roman numerals ("iv"): x{0,3}(ix|iv|v?i{0,3}), never empty, in
    # small letters or in capitals, not both ("Iv" is a word's start); the words around them in any case
    roman = r"(?:(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})(?![a-z])|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![A-Za-z]))"
    number = rf"(?:(?i:{word})\.?\s*)?(?:\d{{1,4}}|{roman})(?:\s*(?i:of|/|de|von|из)\s*(?:\d{{1,4}}|{roman}))?"
    bare = re.compile(rf"^(?:[-–—]\s*)?{number}(?:\s*[-–—])?$")
    with_text = re.compile(rf"^(?:.{{2,80}}?\s*[·|•–—]\s*{number}|{number}\s*[·|•–—]\s*.{{2,80}})$")
    return bare, with_text


_ROMAN_WORD = re.compile(r"(?<![^\W\d_])(?:[ivx]+|[IVX]+)(?![^\W\d_])")


def one_numbering(texts: list[str], pages: int) -> list[bool]:
    """Which of a document's page numbers (`page_number_patterns` matches) to believe: a document numbers its
    pages in one style, so a page number in roman numerals counts where another one is written in the same case,
    or where the document has one page (a lone "I" or "IV" line at a page's edge of a longer text is content)."""
    cases = []
    for text in texts:
        numerals = None if has_digit(text) else _ROMAN_WORD.findall(text)
        cases.append(("lower" if numerals[-1].islower() else "upper") if numerals else None)
    seen = Counter(c for c in cases if c)
    return [case is None or seen[case] >= 2 or pages == 1 for case in cases]


_TRAILING_NUMBER = re.compile(r"\D\s(\d{1,4})$")
_LEADING_NUMBER = re.compile(r"^(\d{1,4})\s+[^\W\d]")  # a verso's header: "4 Chapter 1. Scope of This Document"
MIN_NUMBERED_PAGES = 3


def carry_page_numbers(lines: list[tuple[int, str]], numbers: Iterable[tuple[int, int]] = ()) -> set[int]:
    """Which of the lines at pages' edges, given as (page, text), end with their page's number: a manual's running
    header names the chapter and then the page ("Chapter 6: Legal Matters 5"; a left-hand page's the page first, "4
    Chapter 1. Scope"), its words changing with the chapter,
    so it repeats only as a numbering: the number less the page's index is the same on at least MIN_NUMBERED_PAGES
    pages (a heading's numbers do not keep step with the pages). `numbers` are the (page, number) of page numbers
    standing alone at other pages' edges: a book heads its even pages with the chapter and the page and foots its
    chapters' first pages with the number alone, one numbering that both keep step with."""
    offset_of: dict[int, int] = {}  # line index -> its number less its page's index
    for n, (page, text) in enumerate(lines):
        m = _TRAILING_NUMBER.search(text) or _LEADING_NUMBER.match(text)
        if m:
            offset_of[n] = int(m.group(1)) - page
    pages: dict[int, set[int]] = {}
    for page, number in numbers:
        pages.setdefault(number - page, set()).add(page)
    texts = Counter(offset_of.values())  # one line in step with the numbers alone may be a caption's by chance
    for n, offset in offset_of.items():
        pages.setdefault(offset, set()).add(lines[n][0])
    return {n for n, offset in offset_of.items() if len(pages[offset]) >= MIN_NUMBERED_PAGES and texts[offset] >= 2}


def drop_stray_numerals(found: dict[int, str], text_of: Callable[[int], str], pages: int) -> None:
    """Takes out of `found` (line index -> kind of furniture) the page numbers `one_numbering` does not believe:
    `text_of` gives a line's text by its index, `pages` is how many pages the document has. The plain-text and the
    PDF route both decide it here."""
    numbers = [i for i, kind in found.items() if kind == "page_number"]
    for i, believed in zip(numbers, one_numbering([text_of(i) for i in numbers], pages), strict=True):
        if not believed:
            del found[i]
