"""Find the layout artifacts of PDF-extracted text: letterheads, running headers and footers, page numbers.

The rules work on the lines of the whole document with their pages (form feeds) and blocks (blank
lines): an artifact is recognized by its shape and by where it sits on the page, or by repeating
across pages. Everything found is returned as `Artifact`s so nothing of the source is lost.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from ..data import word_set
from ..date_text import find_dates
from ..page_numbers import carry_page_numbers, drop_stray_numerals, furniture_key, page_number_patterns
from ..records import Artifact
from ..text import TextLine, capitalized_line, ends_sentence, has_contact, is_all_caps
from .bylines import is_byline, is_dateline
from .footnotes import is_note_shaped
from .kinds import is_follow_line
from .language import main_script

_WORD = re.compile(r"\w+")
_TRAILING_ELLIPSIS = re.compile(r"(?:…|\.\.\.)$")
EDGE_LINES = 2  # how many lines at the top and bottom of a page can be furniture
MAX_FURNITURE_CHARS = 100
MIN_REPEATS_WITHOUT_PAGES = 3
MAX_LETTERHEAD_LINES = 4
MAX_TITLE_WORDS = 20
MAX_HEAD_BLOCKS = 4  # a page's head above the title: a running header, the sender's name, its address, a line more


def _page_edges(lines: list[TextLine]) -> set[int]:
    """Indices of lines among the first and last few of their page."""
    by_page: dict[int, list[int]] = {}
    for i, tl in enumerate(lines):
        by_page.setdefault(tl.line.page, []).append(i)
    edges: set[int] = set()
    for idx in by_page.values():
        edges.update(idx[:EDGE_LINES])
        edges.update(idx[-EDGE_LINES:])
    return edges


def _single_line_blocks(lines: list[TextLine]) -> set[int]:
    sizes = Counter(tl.block for tl in lines)
    return {i for i, tl in enumerate(lines) if sizes[tl.block] == 1}


def page_numbers(lines: list[TextLine]) -> dict[int, str]:
    """Page numbers ("3", "- 3 -", "Page 3 of 10", "3 / 10") and footers that carry one ("CMUS · Page 3")."""
    bare, with_text = page_number_patterns()
    edges, alone = _page_edges(lines), _single_line_blocks(lines)
    last_page = lines[-1].line.page if lines else 0
    found: dict[int, str] = {}
    for i, tl in enumerate(lines):
        # a lone number mid-page is content; only the page's edges hold page numbers
        if i not in edges or (i not in alone and last_page == 0):
            continue
        if bare.match(tl.text):
            found[i] = "page_number"
        elif with_text.match(tl.text) and len(tl.text) <= MAX_FURNITURE_CHARS:
            found[i] = "page_footer"
    drop_stray_numerals(found, lambda i: lines[i].text, last_page + 1)
    return found


def _acronym(text: str, small: frozenset[str]) -> str:
    return "".join(w[0] for w in _WORD.findall(text) if w.lower() not in small).upper()


def running_headers(lines: list[TextLine], known: list[str], mid_page: Collection[int] = (),
                    paged: bool = False) -> dict[int, str]:
    """Lines at a page's top or bottom that repeat across pages or echo the letterhead or the title; in a `paged`
    text (form feeds end its pages) also a copyright line or a month alone there; `mid_page` lines only look
    like a page's edge (a window of a long text starts or ends there) and do not count."""
    edges, alone = _page_edges(lines), _single_line_blocks(lines)
    # a line set apart (a block of its own) may be furniture by its shape; one the extractor ran into the
    # page's last or first paragraph only by repeating at other pages' edges
    candidates = [i for i in sorted(edges) if len(lines[i].text) <= MAX_FURNITURE_CHARS and i not in mid_page]
    repeats = Counter(furniture_key(lines[i].text) for i in candidates)
    pages = {tl.line.page for tl in lines}
    known_words = {w.lower() for text in known for w in _WORD.findall(text)}
    small = word_set("title_small_words.txt")
    acronyms = {_acronym(text, small) for text in known}
    first_of_page: dict[int, int] = {}
    for j, o in enumerate(lines):
        first_of_page.setdefault(o.line.page, j)
    found: dict[int, str] = {}
    for i in candidates:
        tl = lines[i]
        text = _TRAILING_ELLIPSIS.sub("", tl.text).strip()
        words = [w.lower() for w in _WORD.findall(text)]
        top = i == first_of_page[tl.line.page]
        kind = "page_header" if top else "page_footer"
        if len(pages) > 1 and repeats[furniture_key(tl.text)] >= 2:
            if not top and is_note_shaped(text):
                continue  # one note printed on two pages differs by its number: `footnotes` reads it by its mark
            found[i] = kind
        elif i not in alone:
            continue
        elif len(pages) == 1 and repeats[furniture_key(tl.text)] >= MIN_REPEATS_WITHOUT_PAGES:
            found[i] = kind
        elif paged and is_follow_line(text):  # a copyright notice or a "follow us" line at a page's edge
            found[i] = kind
        elif paged and tl.line.page > 0 and _month_alone(text):  # a report dates its pages ("March 2021")
            found[i] = kind
        elif tl.line.page > 0 and top and words and (
            sum(w in known_words for w in words) >= 0.8 * len(words) or text.upper() in acronyms
        ):
            found[i] = kind
    return found


def numbered_headers(lines: list[TextLine], numbers: Collection[int], mid_page: Collection[int] = ()) -> dict[int, str]:
    """A book's running headers that name the chapter and carry the page number, their words changing with the
    chapter ("Chapter 1: Introduction 2", "Chapter 6: Legal Matters 5"): lines at a page's edge (not `mid_page`) whose
    number keeps step with the pages (`page_numbers.carry_page_numbers`, the rule the PDF route reads them by). pdftotext
    often sets the number on a line of its own under the header, so a page's first line followed by a page number
    (`numbers`, the indices of the page numbers found) is read with that number, as the page sets them."""
    # a line opening with its number is left alone: plain text keeps no type size to tell a verso's header ("4 Chapter
    # 1. Scope") from a chapter's numbered heading, which keeps step with the pages where chapter 1 opens on page 1
    edges = sorted(i for i in _page_edges(lines) if i not in mid_page and i not in numbers
                   and len(lines[i].text) <= MAX_FURNITURE_CHARS and not lines[i].text.lstrip()[:1].isdigit())
    first_of_page: dict[int, int] = {}
    for j, tl in enumerate(lines):
        first_of_page.setdefault(tl.line.page, j)
    texts = []
    for i in edges:
        text = lines[i].text.strip()
        below = i + 1
        if first_of_page[lines[i].line.page] == i and below in numbers and lines[below].line.page == lines[i].line.page:
            text = f"{text} {lines[below].text.strip()}"
        texts.append((lines[i].line.page, text))
    alone = [(lines[i].line.page, int(lines[i].text)) for i in numbers
             if lines[i].text.strip().isascii() and lines[i].text.strip().isdecimal()]
    top = set(first_of_page.values())
    return {edges[n]: "page_header" if edges[n] in top else "page_footer" for n in carry_page_numbers(texts, alone)}


def _month_alone(text: str) -> bool:
    """A month and its year and nothing else (a day's date alone may head a diary's entry)."""
    dates = find_dates(text)
    return len(dates) == 1 and dates[0].precision == "month" and dates[0].start == 0 and dates[0].end == len(text)


def _letterhead_like(block: list[TextLine], script: str | None) -> bool:
    if len(block) > MAX_LETTERHEAD_LINES or any(
        is_byline(tl.text) or is_dateline(tl.text) or ends_sentence(tl.text) for tl in block
    ):
        return False
    return any(
        is_all_caps(tl.text) or has_contact(tl.text) or main_script(tl.text) not in (script, None) for tl in block
    )


def letterhead(lines: list[TextLine], script: str | None) -> list[list[TextLine]]:
    """The leading blocks of the first page that are a letterhead or banner rather than the title.

    The title stands right above the byline or dateline (in its own block, or in the block they are set in
    with it), so the short unpunctuated blocks above it are the page's head: the sender's name in any case,
    its address, a first page's running header or marking. Where no byline or dateline shows the title, a
    block is the letterhead when a line is in capitals, in another script than the document, or a web or
    mail address.
    """
    blocks: list[list[TextLine]] = []
    for tl in lines:
        if tl.line.page > 0:
            break
        if blocks and blocks[-1][0].block == tl.block:
            blocks[-1].append(tl)
        else:
            blocks.append([tl])
    title, set_with_byline = _title_block(blocks)
    if title is not None:
        # a title in a block of its own may instead be a standfirst under the title above it: then the
        # blocks above must read as names (capitalized words, an address, another script) to be the head
        heads = blocks[:title]
        if all(_head_like(b) and (set_with_byline or all(_name_like(tl.text, script) for tl in b)) for b in heads):
            return heads
        return []
    head: list[list[TextLine]] = []
    for i, block in enumerate(blocks[:-1]):
        following = blocks[i + 1][0].text
        if not _letterhead_like(block, script) or is_byline(following) or is_dateline(following):
            break
        head.append(block)
    return head


def _fronted(text: str) -> bool:
    return is_byline(text) or is_dateline(text)


def _title_block(blocks: list[list[TextLine]]) -> tuple[int | None, bool]:
    """The index of the block holding the title, known from the byline or dateline below it (None if none),
    and whether they are set in one block with it."""
    for i, block in enumerate(blocks[:MAX_HEAD_BLOCKS + 1]):
        if _fronted(block[0].text):
            # a block of finished sentences between the title and the byline is a standfirst under the title:
            # headlines seldom end in a full stop (a question or an exclamation, when longer than a headline)
            last = blocks[i - 1][-1].text.rstrip("'\"”’)") if i else ""
            standfirst = i and ends_sentence(last) and (last.endswith(".") or sum(
                len(tl.text.split()) for tl in blocks[i - 1]) > MAX_TITLE_WORDS)
            above = i - 2 if standfirst else i - 1
            return (above if above >= 0 else None), False
        if any(_fronted(tl.text) for tl in block[1:]):
            return i, True
    return None, False


def _name_like(text: str, script: str | None) -> bool:
    """A line naming an institution or giving its address: capitalized words (small words aside), capitals,
    digits, a web or mail address, or another script."""
    return is_all_caps(text) or has_contact(text) or main_script(text) not in (script, None) or capitalized_line(text)


def _head_like(block: list[TextLine]) -> bool:
    """Short lines that finish no sentence (a running header cut short with an ellipsis finishes none)."""
    return len(block) <= MAX_LETTERHEAD_LINES and not any(
        ends_sentence(_TRAILING_ELLIPSIS.sub("", tl.text)) or len(tl.text) > MAX_FURNITURE_CHARS for tl in block)


def letterhead_units(block: list[TextLine]) -> list[list[TextLine]]:
    """Lines of a letterhead block grouped into names: a line going on in lower case continues the one above."""
    units: list[list[TextLine]] = []
    for tl in block:
        if units and tl.text[:1].islower():
            units[-1].append(tl)
        else:
            units.append([tl])
    return units


def as_artifact(kind: str, unit: list[TextLine]) -> Artifact:
    return Artifact(kind, " ".join(tl.text for tl in unit), unit[0].line.start, unit[-1].line.end)
