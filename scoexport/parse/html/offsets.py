"""Where the text of an HTML tree sits in the decoded source.

The tree builder gives back unescaped text; these helpers find each piece of it again in the
source, in document order, so that blocks and artifacts carry real source offsets.
"""
from __future__ import annotations

import bisect
import html
import re
from itertools import compress, repeat
from operator import itemgetter

from ...spans import SpanSet
from .decoded import DecodedSource
from .flexible import Flexible, first_start

_RAW_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style")}
# the next construct, in the order tried at one "<": a script or style start tag (its element runs to
# its end tag), a comment's opening, a declaration or processing instruction, a tag; "</" opens an end
# tag, or a bogus comment ("</>", "</;>") parsers drop. The "<" stands first, outside the alternatives, so the
# engine looks for it as a literal instead of trying every alternative at every character
_MARKUP = re.compile(r"<(?:(?P<raw>script|style)\b[^>]*>|(?P<comment>!--)|[!?][^>]*>|[A-Za-z/][^>]*>)", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NOT_SPACE = re.compile(r"\S")
# CPython's str.find scans a stretch shorter than 30,000 characters for a needle shorter than 100, one
# shorter than 2,500 for any needle, and one less than about 12 times the needle's length directly (or
# adaptively); past that it first prepares a two-way search, whose setup costs more than the scan
_SHORT_NEEDLE, _SHORT_STRETCH = 100, 29_999
_LONG_NEEDLE, _LONG_STRETCH = 2_500, 2_499


def _find_near(source: str, text: str, pos: int) -> int:
    """`source.find(text, pos)`, searched near pos first: the next piece of a page's text mostly sits a few
    tags on, and a script's text right after its start tag. The first place at or after pos is the same."""
    n = len(text)
    stretch = _SHORT_STRETCH if n < _SHORT_NEEDLE else _LONG_STRETCH if n < _LONG_NEEDLE else 2 * n
    found = source.find(text, pos, pos + stretch)
    return found if found >= 0 else source.find(text, pos)


class _NextMatch:
    """The next place of a pattern at or after a position, remembered: the tokenizer asks with
    positions that only grow, so a search that failed (an unclosed comment) is never run again and
    one that succeeded answers every later question up to the place it found."""

    def __init__(self, source: str, pattern: re.Pattern[str]) -> None:
        self.source, self.pattern = source, pattern
        self.asked, self.found = -1, -1
        self.end = -1

    def at_or_after(self, pos: int) -> tuple[int, int]:
        """(start, end) of the next match, or (-1, -1)."""
        if not (self.asked >= 0 and self.asked <= pos and (self.found < 0 or pos <= self.found)):
            m = self.pattern.search(self.source, pos)
            self.asked = pos
            self.found, self.end = (m.start(), m.end()) if m else (-1, -1)
        return self.found, self.end


def markup_spans(source: str) -> list[tuple[int, int]]:
    """Spans of the markup in an HTML source, in order: tags, comments, declarations, processing
    instructions, and script and style elements whole (the page's text is never searched for inside
    a script). An unclosed comment or script is read as the tag it opens, up to the next ">".

    One pattern finds the next construct and, for tags and declarations, its end (the first ">"), in
    one call per construct; nothing is searched past the source's last ">", where no construct can
    end, so a "<" left open is never scanned to the end of the source again and again. The ends of
    comments and scripts are searched for through `_NextMatch`, so each is read once across the
    source: the cost is linear however many constructs are left unclosed.
    """
    comment_end = _NextMatch(source, re.compile("-->"))
    raw_end = {name: _NextMatch(source, pattern) for name, pattern in _RAW_CLOSE.items()}
    limit = source.rfind(">") + 1
    spans: list[tuple[int, int]] = []
    append = spans.append
    pos = 0
    while pos < limit:
        # tags follow one another as the pattern finds them; a script, style or comment runs past its match,
        # so the search starts again at its end
        for m in _MARKUP.finditer(source, pos, limit):
            if m.lastgroup is None:
                append(m.span())
                continue
            start, end = m.span()
            if m.lastgroup == "raw":
                end = raw_end[m.group("raw").lower()].at_or_after(end)[1]
                if end < 0:  # unclosed: read as its start tag
                    end = m.end()
            else:
                end = comment_end.at_or_after(start + 4)[1]
                if end < 0:  # unclosed: read as a declaration, up to the next ">"
                    end = source.find(">", start + 2) + 1
            append((start, end))
            pos = end
            break
        else:
            break
    return spans


def without_markup(text: str) -> str:
    """The text with every piece of markup replaced by a space."""
    pieces, last = [], 0
    for start, end in markup_spans(text):
        pieces += [text[last:start], " "]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def without_xml_declaration(text: str) -> str:
    """lxml refuses a str that declares its encoding; blank the declaration so offsets stay put."""
    m = _XML_DECLARATION.match(text)
    return text if m is None else " " * m.end() + text[m.end():]


class TextLocator:
    """Finds pieces of text in the source, moving forward only, never inside a tag."""

    def __init__(self, source: str, spans: list[tuple[int, int]] | None = None) -> None:
        """`spans` are the source's `markup_spans`, when the caller has them already."""
        self.source = source
        self.cursor = 0
        spans = markup_spans(source) if spans is None else spans
        self._tag_starts = list(map(itemgetter(0), spans))
        self._tag_ends = list(map(itemgetter(1), spans))

    def _inside_tag(self, pos: int, end: int | None = None) -> int | None:
        """The end of the tag that holds pos or starts before `end`, or None when the text is free of tags."""
        i = bisect.bisect_right(self._tag_starts, pos) - 1
        if i >= 0 and pos < self._tag_ends[i]:
            return self._tag_ends[i]
        if end is not None and i + 1 < len(self._tag_starts) and self._tag_starts[i + 1] < end:
            # the match runs into markup: "b<" found in "b</p>" is not the text "b<"
            return self._tag_ends[i + 1]
        return None

    def locate(self, text: str) -> tuple[int, int]:
        """Source offsets of the stripped text; when it cannot be found, an empty span at the cursor."""
        text = text.strip()
        if not text:
            return self.cursor, self.cursor
        if "&" in text:  # a plain find would stop at the first character of an entity
            return self._locate_spelled(text)
        pos = self.cursor
        while True:
            found = _find_near(self.source, text, pos)
            if found < 0:
                break
            tag_end = self._inside_tag(found, found + len(text))
            if tag_end is None:
                self.cursor = found + len(text)
                return found, self.cursor
            pos = tag_end
        return self._locate_spelled(text)

    def _find_in_text(self, needle: str, pos: int, limit: int) -> int:
        """The first place of needle at or after pos and before limit that is not inside a tag, or -1."""
        while (found := self.source.find(needle, pos, limit)) >= 0:
            tag_end = self._inside_tag(found)
            if tag_end is None:
                return found
            pos = tag_end
        return -1

    def _locate_spelled(self, text: str) -> tuple[int, int]:
        """A text the source spells otherwise than the tree gives it (a reference for a character): where the
        flexible pattern first matches it. That is where the source, its references decoded, first reads it (one C
        search) when no place before could start a match and the spelling there is one the pattern takes at its
        first try (`DecodedSource.plainly_spelled`); else the flexible search says.

        The walk gives the texts in the source's order, so the next one mostly stands where the next visible
        character does, before the next tag: only that stretch of the source is decoded, so no reference (a page's
        URLs hold hundreds) is decoded for more than one text, and the work stays linear in the source."""
        start = self._first_text(self.cursor)
        stop = bisect.bisect_right(self._tag_starts, start)
        decoded = DecodedSource(self.source, start, self._tag_starts[stop] if stop < len(self._tag_starts) else None)
        found = decoded.find(text, start, self._inside_tag)
        if (found is None or not decoded.plainly_spelled(*found)
                or first_start(text, self.source, self.cursor, self._inside_tag) != found[0]):
            return self._locate_flexibly(text)
        self.cursor = found[1]
        return found

    def _locate_flexibly(self, text: str) -> tuple[int, int]:
        found = self._search(Flexible(text))
        return found if found is not None else self._search(Flexible(text, letters_too=True)) or (
            self.cursor, self.cursor)

    def _search(self, flexible: Flexible) -> tuple[int, int] | None:
        found = flexible.search(self.source, self.cursor, self._inside_tag)
        if found is not None:
            self.cursor = found[1]
        return found

    def raw(self, text: str) -> tuple[int, int]:
        """Offsets of raw element content (scripts, styles), which the source holds verbatim."""
        found = _find_near(self.source, text, self.cursor)
        if found < 0:
            return self.cursor, self.cursor
        self.cursor = found + len(text)
        return found, self.cursor

    def rest(self) -> tuple[str, int, int] | None:
        """Text after the last piece found that the tree does not hold (the parser gives up on pages
        nested deeper than it allows), with its span, so that it is kept rather than lost."""
        text = " ".join(html.unescape(without_markup(self.source[self.cursor:])).split())
        if not text:
            return None
        return text, self._first_text(self.cursor), len(self.source.rstrip())

    def unplaced(self, covered: SpanSet) -> list[tuple[int, int]]:
        """Runs of visible source text (outside markup, not white space) that `covered` leaves out:
        text the tree holds where the search could not place it (markup broken inside a word).
        Read once, gap by gap between tags, so the check is linear in the source."""
        runs: list[tuple[int, int]] = []
        starts, ends = [0, *self._tag_ends], [*self._tag_starts, len(self.source)]
        # most gaps between tags are empty or white space, nothing there to place: the others are picked in C
        # (a search from a gap's start to its end finds nothing in an empty gap or in white space)
        visible = map(_NOT_SPACE.search, repeat(self.source), starts, ends)
        for start, end in compress(zip(starts, ends, strict=True), visible):
            pos = start
            while pos < end:
                first = covered.first_free(pos, end)
                if first < 0:
                    break
                stop = covered.first_taken(first, end)
                stop = end if stop < 0 else stop
                piece = self.source[first:stop]
                if piece.strip():
                    lead = len(piece) - len(piece.lstrip())
                    runs.append((first + lead, first + len(piece.rstrip())))
                pos = stop
        return runs

    def _first_text(self, pos: int) -> int:
        """The first visible character at or after pos: not white space, not inside markup."""
        while True:
            m = _NOT_SPACE.search(self.source, pos)
            if m is None:
                return pos
            tag_end = self._inside_tag(m.start())
            if tag_end is None:
                return m.start()
            pos = tag_end
