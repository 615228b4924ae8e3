"""Spans already taken in a text, for rules that keep the first (or longest) of overlapping matches.

A list of taken spans checked one by one makes a rule quadratic in the number of matches (a
paragraph of "$1 $1 $1 ..." holds a hundred thousand money amounts). A byte per character of the
text instead answers "is any character of this span taken?" in time proportional to the span,
which the rule's own pattern already paid to match: the whole check is linear in the text.
"""
from __future__ import annotations


class SpanSet:
    """Taken character ranges of one text of known length."""

    __slots__ = ("_taken",)

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any character in [start, end) is taken."""
        return self._taken.find(1, start, end) >= 0

    def first_free(self, start: int, end: int) -> int:
        """The first character in [start, end) not taken, or -1."""
        found = self._taken.find(0, start, end)
        if found < 0 and end > len(self._taken):
            return max(start, len(self._taken))
        return found

    def first_taken(self, start: int, end: int) -> int:
        """The first character in [start, end) taken, or -1."""
        return self._taken.find(1, start, end)

    def add(self, start: int, end: int) -> None:
        if end > len(self._taken):
            self._taken.extend(bytes(end - len(self._taken)))
        self._taken[start:end] = b"\x01" * (end - start)

    def take(self, start: int, end: int) -> bool:
        """Take the span unless part of it is taken already; whether it was taken now."""
        if self.overlaps(start, end):
            return False
        self.add(start, end)
        return True
