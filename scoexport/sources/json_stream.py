"""A JSON array read item by item, so that a file of any size takes the memory of one item.

Enters: a text file that holds a JSON array (the caller has seen its "["). Leaves: its items, in
order, each decoded by the standard library's decoder (`raw_decode` from a position in a buffer),
and `json.JSONDecodeError` where the array breaks (the items before it have been given). The buffer
holds one chunk, and grows only while an item does not fit in it.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

CHUNK = 1 << 20  # characters read at a time
_SPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"[-+0-9.eE]*")


class _Stream:
    """JSON values read one at a time from a file, through a buffer of text that grows only while one value
    does not fit in it (the read size doubles then, so a long value costs a few decodes, not one per chunk)."""

    def __init__(self, f: TextIO) -> None:
        self.f, self.buf, self.pos, self.eof, self.size = f, "", 0, False, CHUNK
        self.decoder = json.JSONDecoder()

    def fill(self) -> bool:
        chunk = "" if self.eof else self.f.read(self.size)
        self.eof = not chunk
        if chunk:
            self.buf, self.pos = self.buf[self.pos:] + chunk, 0
        return bool(chunk)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf) or not self.fill():
                return self.buf[self.pos:self.pos + 1]

    def value(self) -> Any:
        self.peek()  # the decoder takes no white space before a value
        while True:
            try:
                value, end = self.decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if not self.fill():
                    raise
                self.size *= 2
                continue
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            # a number cut by the chunk's end ("0." of "0.25") goes on in the next chunk
            if number and _NUMBER.match(self.buf, self.pos).end() == len(self.buf) and self.fill():  # type: ignore[union-attr]
                continue
            self.pos, self.size = end, CHUNK
            return value


def array_items(f: TextIO) -> Iterator[Any]:
    """The items of the array a JSON file holds, one at a time; JSONDecodeError for what breaks it."""
    stream = _Stream(f)
    stream.peek()
    stream.pos += 1  # the "[" the caller saw
    if stream.peek() == "]":
        stream.pos += 1
    else:
        while True:
            yield stream.value()
            after = stream.peek()
            stream.pos += 1
            if after == "]":
                break
            if after != ",":
                raise json.JSONDecodeError("Expecting ',' delimiter", stream.buf, stream.pos - 1)
    if stream.peek():
        raise json.JSONDecodeError("Extra data", stream.buf, stream.pos)
