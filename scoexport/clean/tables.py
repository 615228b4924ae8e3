"""Find the tables of PDF-extracted text: runs of short cells, one to a line.

A text extractor reading a table without `-layout` gives its cells one after another, each on a line of its
own (usually a block of its own): the row labels and column heads are a word or two, the rest numbers.
Running text never sets a run of such lines, and a list's items are words, not bare numbers; so a run of at
least MIN_CELLS one-line paragraphs of a few words each, at least MIN_NUMBER_SHARE of them bare numbers,
is one table (kind `table`, its cells in reading order). Its numbers are read for no facts. A short line of words set
right above the next paragraph, with no blank line between (a heading, "5. SUMMARY", over its section's text),
heads that paragraph: pdftotext sets a table's cells apart from what follows, so it is no cell of the table.
"""
from __future__ import annotations

import re

from ..records import Block
from .captions import is_caption

MIN_CELLS = 6
MAX_CELL_WORDS = 4
MAX_CELL_CHARS = 40
MIN_NUMBER_SHARE = 0.5
_NUMBER = re.compile(r"^[-–+−(]?[$€£¥]?\d[\d.,\s]*[%)]?$")
_LETTER = re.compile(r"[^\W\d_]{2,}")  # a word's letters; one letter may be a number's ("1.2m", "5k")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _cell(block: Block) -> bool:
    text = block.text
    return len(block.lines) == 1 and len(text) <= MAX_CELL_CHARS and len(text.split()) <= MAX_CELL_WORDS \
        and not text.endswith((".", "!", "?", ":")) and not is_caption(text)  # a caption opens a table, apart


def _set_above(cell: Block, block: Block, text: str) -> bool:
    """Whether `cell`'s line stands right above `block`'s first line in the source `text` (no blank line between)."""
    return _BLANK_LINE.search(text, cell.lines[-1].end, block.lines[0].start) is None


def merge_tables(paragraphs: list[Block], text: str | None = None) -> list[Block]:
    """The paragraphs with each run of table cells made one block of kind table; `text`, the source the blocks'
    lines are offsets into, tells a heading set right above the paragraph after the run from a cell."""
    out: list[Block] = []
    run: list[Block] = []
    for block in [*paragraphs, None]:
        if block is not None and _cell(block):
            run.append(block)
            continue
        # a last line of words set right above the next paragraph heads it ("5. SUMMARY"), a number never does
        # ("450" over "The turnout was..."); the table is the run without that heading, or failing that the whole run
        heading = run[-1] if run and block is not None and text is not None and _heading(run[-1]) \
            and _set_above(run[-1], block, text) and _is_table(run[:-1]) else None
        cells = run[:-1] if heading is not None else run
        if _is_table(cells):
            out.append(Block([ln for b in cells for ln in b.lines], kind="table", text=" ".join(b.text for b in cells),
                             titles=tuple(t for b in cells for t in b.titles)))
            if heading is not None:
                out.append(heading)
        else:
            out += run
        run = []
        if block is not None:
            out.append(block)
    return out


def _is_table(run: list[Block]) -> bool:
    numbers = sum(bool(_NUMBER.match(b.text)) for b in run)
    return len(run) >= MIN_CELLS and numbers >= len(run) * MIN_NUMBER_SHARE


def _heading(cell: Block) -> bool:
    """A cell that may head the paragraph below: one holding a letter that is not a number's ("5. SUMMARY", not
    "450" or "$1.2m")."""
    return not _NUMBER.match(cell.text) and _LETTER.search(cell.text) is not None
