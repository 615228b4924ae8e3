"""The plain-text route of parse: a decoded source becomes blocks of lines with their source offsets.

Plain text is cut at blank lines (HTML goes through `parse.html`). No text is changed here:
every line keeps the exact offsets of its non-blank content so that later stages can say where
each character came from.
"""
from __future__ import annotations

import re

from ..records import Block, Line, Parsed, Source

_LINE = re.compile(r"[^\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029]|$)")
_NOT_BLANK = re.compile(r"\S")


def split_lines(text: str, start: int = 0, end: int | None = None, page: int = 0) -> list[Line]:
    """Every line of the text (or of its window `start:end`, which opens on page `page`) with the offsets
    of its stripped content in the whole text; blank lines give empty text.

    A form feed ends a page as well as a line, so each line knows its page.
    """
    lines: list[Line] = []
    for m in _LINE.finditer(text, start, len(text) if end is None else end):
        raw = m.group()
        if not raw:
            break
        content = raw.rstrip("\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029")
        first = _NOT_BLANK.search(content)
        if first is None:
            lines.append(Line("", m.start(), m.start(), page))
        else:
            stripped = content.strip()
            start = m.start() + first.start()
            lines.append(Line(stripped, start, start + len(stripped), page))
        if raw.endswith("\f"):
            page += 1
    return lines


def blocks_from_lines(lines: list[Line]) -> list[Block]:
    """Group consecutive non-blank lines into blocks; a page break also ends a block."""
    blocks: list[Block] = []
    current: list[Line] = []
    for line in lines:
        if not line.text or (current and line.page != current[-1].page):
            if current:
                blocks.append(Block(current))
            current = [line] if line.text else []
        else:
            current.append(line)
    if current:
        blocks.append(Block(current))
    return blocks


def parse_text(source: Source, start: int = 0, end: int | None = None, page: int = 0) -> Parsed:
    """The blocks of the source's text, or of one window of it (see `scoexport.windows`)."""
    return Parsed(source, blocks_from_lines(split_lines(source.text, start, end, page)))
