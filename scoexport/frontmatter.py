"""A book's front matter, by one rule for every route that knows a document's pages (PDF, paged plain text).

Enters: the blocks opening on each page as (kind, number of lines, text), and the pages of the table of contents
(both routes tell them by `contents.is_contents_page`, the PDF route from a page's lines, the text route from its
paragraphs). Leaves: the pages that are front matter, whose lines are no running text and give no facts.

A book opens with pages typeset apart from its text: a title page and a collaborators table or a dedication set in
short lines, and a copyright page (the notice, the licence, the edition and its date), before its contents; Sphinx
sets the copyright page after the contents, before the first chapter's heading. A foreword or an abstract set
before the contents in paragraphs of several lines is text, and stays so.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from .contents import contents_span, is_contents_page
from .date_text import in_copyright_line
from .records import Block
from .text import ends_sentence

_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")

PageBlocks = list[tuple[str, int, str]]  # (kind, number of lines, text) of each block opening on a page


def copyright_notice(texts: list[str]) -> bool:
    """One of the texts (lines joined by newlines) holds a copyright notice with its year ("Copyright © 2013-2021
    Osamu Aoki")."""
    # every year: an edition's date may come first in a block the notice closes ("last updated 14 March 2021 ...
    # Copyright 1995-2021 ...")
    return any(in_copyright_line(text, m.start()) for text in texts for m in _YEAR.finditer(text))


def _closes_sentence(text: str) -> bool:
    """Running text: a paragraph (lines joined by newlines) one of whose lines closes a sentence (its last may be a
    page number or a heading the extractor ran into it). A title page's lines and a table's cells close none, though
    a cell's words may wrap in its narrow column ("Hiroto Kagotani, and / Frédéric")."""
    return any(ends_sentence(line.rstrip()) for line in text.split("\n"))


def front_matter_pages(pages: dict[int, PageBlocks], contents: list[int],
                       noticed: Collection[int] = ()) -> dict[int, set[int] | None]:
    """The front matter: for each of its pages, the blocks that are front matter (None: all of them). Before the first
    run of contents pages, a page with no running text (`_closes_sentence`: a title page, a collaborators table), or
    one with a copyright notice and no heading (a copyright page: the notice, the licence, the edition); on a page
    where a heading opens a section of running text (an executive summary under the report's title), only the blocks
    with the notice. After the contents, up to the first heading, a page with a copyright notice (Sphinx's copyright
    page). A page in `noticed` has its notice among the furniture taken off it (set at its top or foot, where
    pdftotext leaves it a line of its own). No contents, no front matter to tell."""
    if not contents:
        return {}
    first = last = min(contents)
    while last + 1 in contents:
        last += 1
    found: dict[int, set[int] | None] = {}
    for page, blocks in pages.items():
        short = not any(kind == "body" and lines > 1 and _closes_sentence(text) for kind, lines, text in blocks)
        # after the contents, up to the first chapter's heading
        opening = page > last and not any(kind == "heading" for p in pages if last < p <= page for kind, _, _ in pages[p])
        notices = {n for n, (_, _, text) in enumerate(blocks) if copyright_notice([text])}
        sections = any(kind == "heading" for kind, _, _ in blocks)
        own = bool(notices) or page in noticed
        if (page < first and (short or (own and not sections))) or (opening and own):
            found[page] = None
        elif page < first and notices:
            found[page] = notices
    return found


def mark_front_matter(blocks: Sequence[Any], contents_page: Callable[[list[Any]], bool], kinds: tuple[str, ...],
                      noticed: Collection[int] = ()) -> None:
    """Gives the blocks of kinds `kinds` on the front matter's pages the kind `front_matter`. `blocks` are a route's
    blocks (a `kind`, `lines` that each have a `text` and a `page`); `contents_page` tells from a page's blocks whether
    it is a page of the table of contents, the one thing each route reads its own way; `noticed` are the pages whose
    furniture held a copyright notice of their own (`front_matter_pages`)."""
    pages: dict[int, list[Any]] = {}
    for block in blocks:
        if block.lines:
            pages.setdefault(block.lines[0].page, []).append(block)
    contents = [page for page in sorted(pages) if contents_page(pages[page])]
    front = front_matter_pages({page: [(b.kind, len(b.lines), "\n".join(ln.text for ln in b.lines)) for b in page_blocks]
                                for page, page_blocks in pages.items()}, contents, noticed)
    for page, which in front.items():
        for n, block in enumerate(pages[page]):
            if block.kind in kinds and (which is None or n in which):
                block.kind = "front_matter"


def mark_paged_text(blocks: list[Block], noticed: Collection[int] = ()) -> None:
    """A paged plain text's front matter (a PDF manual extracted to text, its pages ended by form feeds), its contents
    pages told by `contents.is_contents_page` as the PDF route tells them; on those pages the rows
    (`contents.contents_span`) are kind `table`, as the PDF route's are: an entry the extractor cut from its number or
    ran into the next ("Device files . . . . 14 1.2.11") is one all the same, and a page continuing the contents is
    rows from its top (`contents.contents_span`)."""
    mark_front_matter(blocks, lambda page: is_contents_page([b.text for b in page]), ("body", "heading"), noticed)
    pages: dict[int, list[Block]] = {}
    for block in blocks:
        if block.lines:
            pages.setdefault(block.lines[0].page, []).append(block)
    contents: set[int] = set()
    for number, page in sorted(pages.items()):
        span = contents_span([b.text for b in page], continued=number - 1 in contents)
        if span:
            contents.add(number)
        for n in span:
            if page[n].kind in ("body", "heading"):
                page[n].kind = "table"
