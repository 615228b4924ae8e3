"""Find the tables of PDF-extracted text: runs of short cells, one to a line.

A text extractor reading a table without `-layout` gives its cells one after another, each on a line of its
own (usually a block of its own): the row labels and column heads are a word or two, the rest numbers.
Running text never sets a run of such lines, and a list's items are words, not bare numbers; so a run of at
least MIN_CELLS one-line paragraphs of a few words each, at least MIN_NUMBER_SHARE of them bare numbers,
is one table (kind `table`, its cells in reading order). Its numbers are read for no facts.
"""
from __future__ import annotations

import re

from ..records import Block
from .bylines import is_caption

MIN_CELLS = 6
MAX_CELL_WORDS = 4
MAX_CELL_CHARS = 40
MIN_NUMBER_SHARE = 0.5
_NUMBER = re.compile(r"^[-–+−(]?[$€£¥]?\d[\d.,\s]*[%)]?$")


def _cell(block: Block) -> bool:
    text = block.text
    return len(block.lines) == 1 and len(text) <= MAX_CELL_CHARS and len(text.split()) <= MAX_CELL_WORDS \
        and not text.endswith((".", "!", "?", ":")) and not is_caption(text)  # a caption opens a table, apart


def merge_tables(paragraphs: list[Block]) -> list[Block]:
    """The paragraphs with each run of table cells made one block of kind table."""
    out: list[Block] = []
    run: list[Block] = []
    for block in [*paragraphs, None]:
        if block is not None and _cell(block):
            run.append(block)
            continue
        numbers = sum(bool(_NUMBER.match(b.text)) for b in run)
        if len(run) >= MIN_CELLS and numbers >= len(run) * MIN_NUMBER_SHARE:
            out.append(Block([ln for b in run for ln in b.lines], kind="table", text=" ".join(b.text for b in run)))
        else:
            out += run
        run = []
        if block is not None:
            out.append(block)
    return out
