"""A stretch of the source with its character references decoded, and the way back to the source's offsets.

Enters: a page's decoded source (a str) and the stretch of it to read. Leaves: `DecodedSource.find(text, pos,
markup_end)`, the source span where the text stands as a reader sees it (each `&amp;`, `&#8217;`, `&rsquo;` read as
its character) at or after pos and outside markup, or None; `plainly_spelled`, whether `flexible`'s match there is
that span.

Why: the tree gives back text with its references decoded, so a text the source spells with one ("it’s" written
"it&#8217;s") is not in the source as it is. Searching for it with a pattern that lets any character be a
reference (`flexible`) costs a Python step per character of the text; decoding the stretch where it stands (one
C pass over its references) lets it be found by `str.find` instead. Each reference of one character is replaced
by that character; the offsets of the decoded string go back to the source's through the references' places (a
bisect), so a found text carries the span the source spells it with, its references whole. A reference that
decodes to two characters, or that names no character, is left as it is written: a text holding one is not
found here, and the caller searches for it flexibly.
"""
from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable
from functools import lru_cache

# a reference as the HTML standard writes it: a name or a number, closed by its semicolon (a group: `split` keeps it)
_REFERENCE = re.compile(r"(&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});)")
_NOT_SPACE = re.compile(r"\S")
_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")


@lru_cache(maxsize=4096)
def _character(reference: str) -> str:
    """The one character a reference stands for, or the reference as written (an unknown name, two
    characters); a page repeats a few references (`&amp;`, `&nbsp;`, `&#8217;`) many times: each is read once."""
    decoded = html.unescape(reference)
    return decoded if len(decoded) == 1 else reference


class DecodedSource:
    """A source with each one-character reference replaced by its character, with the references' places
    (in the decoded text and in the source) to map offsets between the two."""

    def __init__(self, source: str, start: int = 0, stop: int | None = None) -> None:
        """The stretch [start, stop) of the source, decoded (offsets stay the source's)."""
        self.source, self.start = source, start
        self._at_d: list[int] = []  # where each replaced reference's character stands in the decoded text
        self._at_s: list[int] = []  # where the reference starts in the source
        self._end_s: list[int] = []  # where it ends
        # text and references by turns (split in C); a stretch before one tag holds a few references
        parts = _REFERENCE.split(source[start:stop])
        d = s = start
        for i in range(1, len(parts), 2):
            d += len(parts[i - 1])
            s += len(parts[i - 1])
            written = parts[i]
            parts[i] = read = _character(written)
            if read != written:
                self._at_d.append(d)
                self._at_s.append(s)
                self._end_s.append(s + len(written))
            d += len(read)
            s += len(written)
        self.text = "".join(parts) if len(parts) > 1 else parts[0]

    def to_source(self, d: int) -> int:
        """The source offset of decoded offset d (the offset after a reference's character is the reference's end)."""
        k = bisect.bisect_right(self._at_d, d) - 1
        if k < 0:
            return d
        if d == self._at_d[k]:
            return self._at_s[k]
        return self._end_s[k] + d - self._at_d[k] - 1

    def to_decoded(self, s: int) -> int:
        """The first decoded offset whose source offset is s or later (past a reference s falls inside)."""
        k = bisect.bisect_right(self._at_s, s) - 1
        if k < 0:
            return s
        if s == self._at_s[k]:
            return self._at_d[k]
        return self._at_d[k] + 1 + max(0, s - self._end_s[k])

    def find(self, text: str, pos: int, markup_end: Callable[[int, int], int | None]) -> tuple[int, int] | None:
        """The source span of the first place at or after source offset pos where the decoded source reads
        `text`, neither inside markup nor running into it (`markup_end(start, end)`: the end of the markup that
        holds start or begins before end, or None), or None."""
        d = self.to_decoded(max(pos, self.start)) - self.start  # an offset in `self.text`
        while (found := self.text.find(text, d)) >= 0:
            found += self.start
            start, end = self.to_source(found), self.to_source(found + len(text))
            tag_end = markup_end(start, end)
            if tag_end is None:
                return start, end
            d = self.to_decoded(tag_end) - self.start
        return None

    def plainly_spelled(self, start: int, end: int) -> bool:
        """Whether `flexible`'s match at start is the source's spelling of the span [start, end) as decoded.

        So it is where every part's first way reads that spelling, or the only way tried before it fails at
        once: no "<" in the span (no stray tag), every "&" opens a replaced reference, none stands for an ASCII
        letter, digit or "_" (words are matched as written). A run of spaces takes the references after it
        first: one for a character after a space is taken by the run, and the character's part then fails, only
        where what follows it (after literal spaces) is a character written as itself and neither that
        character nor "&", nor a "#" or ";" it could start within the reference's name."""
        source, text = self.source, self.text
        if source.find("<", start, end) >= 0:
            return False
        first, last = bisect.bisect_left(self._at_s, start), bisect.bisect_left(self._at_s, end)
        if source.count("&", start, end) != last - first:
            return False
        for k in range(first, last):
            d = self._at_d[k] - self.start
            char = text[d]
            if char in _ASCII_WORD_CHARS:
                return False
            if self._at_s[k] > start and text[d - 1].isspace() and not char.isspace():
                after = _NOT_SPACE.search(source, self._end_s[k], end)
                if char in "#;" or after is None or after.group() in ("&", char):
                    return False
        return True
