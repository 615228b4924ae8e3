"""Find the footnotes at the foot of a page of PDF-extracted text.

A footnote is set at the bottom of the page its mark is on, each note opening with its number, and the
mark is a raised number right after the word or the punctuation it annotates; text extraction keeps the
raised number, glued to that word ("in 2019.1", "the ministry2"). So a run of lines ending a page (after
its running footer and page number are gone) whose first line opens with a number that the text above
marks that way, and whose every note opens with the next such number, is the page's footnotes. They
are content of their own (kind `footnote`), out of the running text: a paragraph the page break cut
goes on after them. Each note's mark in the running text is written raised ("in 2019.¹"), as the page
prints it and as the PDF route reads it (`parse/pdf/runs.py`): a reader sees a mark, and no rule reads
"Dec. 6.1" as a decimal or "the ministry2" as a word.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from ..records import Block
from ..text import TextLine, ends_sentence, glued_mark, raised_mark

_OPENING = re.compile(r"^(\d{1,2})\s+\S")
MAX_NOTE_LINES = 12  # a page's notes are short; a longer run of numbered lines is a list or a table


def is_note_shaped(text: str) -> bool:
    """A line as a footnote is printed: its number, then a sentence (a running footer that carries the page
    number, "3 Annual Report", ends with no stop)."""
    return _OPENING.match(text) is not None and ends_sentence(text)


def _marked(text: str, number: str) -> bool:
    """Whether `text` holds `number` raised after a lower-case word or a closing punctuation mark."""
    return glued_mark(number).search(text) is not None


def raise_marks(notes: list[list[int]], lines: list[TextLine], blocks: list[Block]) -> None:
    """Write each note's mark in the running text raised: the first glued `number` (`text.glued_mark`) in the blocks
    holding lines of the note's page, above the note, not yet raised."""
    for note in notes:
        opening = lines[note[0]]
        number = _OPENING.match(opening.text).group(1)  # type: ignore[union-attr]  # a note opens with it
        page, start = opening.line.page, opening.line.start
        for block in blocks:
            if block.kind == "footnote" or not any(ln.page == page and ln.start < start for ln in block.lines):
                continue
            m = glued_mark(number).search(block.text)
            if m:
                block.text = block.text[:m.start(1)] + raised_mark(number) + block.text[m.end(1):]
                break


def page_footnotes(lines: list[TextLine], removed: Collection[int]) -> list[list[int]]:
    """The footnotes of each page, as lists of line indices (a note's opening line and those going on from it)."""
    by_page: dict[int, list[int]] = {}
    for i, tl in enumerate(lines):
        if i not in removed:
            by_page.setdefault(tl.line.page, []).append(i)
    notes: list[list[int]] = []
    for page in by_page.values():
        tail = page[-MAX_NOTE_LINES:]
        for k, i in enumerate(tail):
            found = _notes(lines, tail[k:], " ".join(lines[j].text for j in page if j < i))
            if found:
                notes += found
                break
    return notes


def _notes(lines: list[TextLine], run: list[int], above: str) -> list[list[int]]:
    """The notes `run` holds when it opens with one marked in `above` and each note after it opens with the
    next number; empty otherwise."""
    first = _OPENING.match(lines[run[0]].text)
    if first is None or not _marked(above, first.group(1)):
        return []
    expected = int(first.group(1))
    notes: list[list[int]] = []
    for i in run:
        m = _OPENING.match(lines[i].text)
        if m and int(m.group(1)) == expected and _marked(above, m.group(1)):
            notes.append([i])
            expected += 1
        elif m or not notes or (lines[i].block != lines[notes[-1][-1]].block and not lines[i].text[:1].islower()):
            return []  # a numbered line out of order, or a new block that does not go on: no footnotes
        else:
            notes[-1].append(i)
    return notes
