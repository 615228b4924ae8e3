"""Find text as an HTML source may spell it: any character written as an entity, spaces that vary,
stray tags of broken markup between words and punctuation.

Enters: a piece of text the tree gave back and the source to find it in. Leaves: the span of its
first spelling at or after a position, or None.

The rule is the regular expression `pattern(text)`. Compiling it costs milliseconds, because it
is as long as the text and the compiler is Python, and it is needed for every piece that the
source spells differently from the tree (2,897 pieces in the 170 evaluation pages: 2.7 of the 4.4
CPU seconds of parsing them, 0.3 s this way). So
`Flexible` runs the same expression without compiling it: the text's parts are matched one after
the other, each trying its ways of matching in the order the regex engine tries them (greedy
repeats longest first, alternatives left to right), backtracking depth-first as it does, at each
start the regex would try, leftmost first. The match is therefore the engine's match (a hypothesis
test holds the two together), found in microseconds.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

_PIECE = re.compile(r"\w+|\s+|.")
# the same pieces, named: a word of ASCII letters and digits only, another word, spaces, one other character
_STEP = re.compile(r"(?P<ascii_word>[A-Za-z0-9_]+(?!\w))|(?P<word>\w+)|(?P<spaces>\s+)|(?P<char>.)")
_WORD = re.compile(r"\w+")
_STRAY_TAGS = r"(?:<[^<>]*>)*"
_TAG = re.compile(r"<[^<>]*>")
_ENTITY_NAME = re.compile(r"[#\w]*")
_SPACE = re.compile(r"\s")

Ends = Callable[[str, int], Iterator[int]]


def pattern(text: str, letters_too: bool = False) -> re.Pattern[str]:
    """A pattern for text as the source may spell it: any character may be an entity, spaces may
    vary, and stray tags of broken markup may sit between words and punctuation. ASCII letters are
    taken as written unless `letters_too` (a page may write even "A" as "&#x41;")."""
    parts: list[str] = []
    for m in _PIECE.finditer(text):
        piece = m.group()
        if piece.isspace():
            parts.append(r"(?:\s|&[#\w]+;?)+")
        elif _WORD.fullmatch(piece) and piece.isascii() and not letters_too:
            parts.append(re.escape(piece))
        else:
            parts.append("".join(rf"(?:&[#\w]+;?|{re.escape(c)})" for c in piece))
    return re.compile(_STRAY_TAGS.join(parts))


def _entity_ends(source: str, pos: int) -> Iterator[int]:
    """`&[#\\w]+;?`: the longest name first, each with its semicolon before without."""
    if not source.startswith("&", pos):
        return
    name_end = _ENTITY_NAME.match(source, pos + 1).end()  # type: ignore[union-attr]
    for end in range(name_end, pos + 1, -1):
        if source.startswith(";", end):
            yield end + 1
        yield end


def _char(c: str) -> Ends:
    """`(?:&[#\\w]+;?|c)`: an entity first, then the character itself."""
    def ends(source: str, pos: int) -> Iterator[int]:
        yield from _entity_ends(source, pos)
        if source.startswith(c, pos):
            yield pos + 1
    return ends


def _word(word: str) -> Ends:
    def ends(source: str, pos: int) -> Iterator[int]:
        if source.startswith(word, pos):
            yield pos + len(word)
    return ends


def _space_item(source: str, pos: int) -> Iterator[int]:
    """`\\s|&[#\\w]+;?`."""
    if _SPACE.match(source, pos):
        yield pos + 1
    yield from _entity_ends(source, pos)


def _spaces(source: str, pos: int) -> Iterator[int]:
    r"""`(?:\s|&[#\w]+;?)+`, greedy: after each item, one more item (each of its ways) before stopping there.

    The depth-first walk the engine makes, with a stack instead of recursion: a run of a thousand
    spaces is a thousand items deep."""
    stack = [_space_item(source, pos)]
    places = [pos]
    while stack:
        end = next(stack[-1], None)
        if end is None:
            stack.pop()
            here = places.pop()
            if stack:  # at least one item taken: the repeat may stop here
                yield here
        else:
            places.append(end)
            stack.append(_space_item(source, end))


def _stray_tags(source: str, pos: int) -> Iterator[int]:
    """`(?:<[^<>]*>)*`, greedy: a tag matches one way only, so the ends are the tag run's, longest first."""
    ends = [pos]
    while m := _TAG.match(source, ends[-1]):
        ends.append(m.end())
    return reversed(ends)


def _first_entity_end(source: str, pos: int) -> int:
    """The first end `_entity_ends` gives, or -1."""
    if not source.startswith("&", pos):
        return -1
    name_end = _ENTITY_NAME.match(source, pos + 1).end()  # type: ignore[union-attr]
    if name_end == pos + 1:
        return -1
    return name_end + 1 if source.startswith(";", name_end) else name_end


def _start_of(piece: tuple[str, str, str, str], letters_too: bool) -> tuple[str, re.Pattern[str]]:
    """What a match of a text whose first piece (as `_STEP` cuts it) is `piece` starts with: its ASCII word, which
    stands as written, or else ("") the pattern of its first part's first character: that character or an entity,
    or, for spaces, any space or an entity."""
    ascii_word, word, spaces, char = piece
    first = ascii_word if ascii_word and not letters_too else ""
    return first, _start_pattern("" if spaces else (ascii_word or word or char)[0])


@lru_cache(maxsize=1024)
def _start_pattern(char: str) -> re.Pattern[str]:
    """An entity or the character (or, for "", any space), compiled once for each character a text may start with."""
    return re.compile(f"&|{re.escape(char)}" if char else r"\s|&")


def _starts(first: str, start_pattern: re.Pattern[str], source: str, pos: int,
            markup_end: Callable[[int], int | None] | None) -> Iterator[int]:
    """Every place a match may start, in order: where the first word (`first`) stands, or where the first
    character or an entity (or, for spaces, any space) does (`start_pattern`); none inside markup, when
    `markup_end` says where the markup holding a place ends."""
    while True:
        if first:
            found = source.find(first, pos)
        else:
            m = start_pattern.search(source, pos)
            found = m.start() if m else -1
        if found < 0:
            return
        end = markup_end(found) if markup_end is not None else None
        if end is not None:
            pos = end  # every place up to the markup's end is inside it too
            continue
        yield found
        pos = found + 1


def first_start(text: str, source: str, pos: int, markup_end: Callable[[int], int | None]) -> int:
    """The first place at or after pos, outside markup, where `Flexible(text).search` tries a match, or -1: the
    place it tries first, found without cutting the whole text into parts."""
    piece = _STEP.match(text)
    if piece is None:
        return pos
    return next(_starts(*_start_of(piece.groups(""), False), source, pos, markup_end), -1)


_WORD_PART, _CHAR_PART, _SPACES_PART, _TAGS_PART = range(4)
_TAG_STEP, _SPACES_STEP = (_TAGS_PART, ""), (_SPACES_PART, "")


class Flexible:
    """`pattern(text, letters_too)`, run part by part without compiling it.

    At each start the way the engine tries first (every part taking its first way: the longest tag run,
    the longest run of spaces, an entity before the character) is followed without backtracking; only
    where it fails is the depth-first search made. That first way is the engine's match whenever it gets
    through. Where it does not (a third of the pieces found this way on the evaluation pages: "Risk &
    Compliance" written "Risk &amp; Compliance", whose run of spaces takes the entity first), the search
    goes back only to the parts that had another way, noted as the first way passed them: most parts (a
    word, a character written as itself, one space) have one way only, and asking each part for its ways
    cost more than the rest."""

    def __init__(self, text: str, letters_too: bool = False) -> None:
        self.letters_too = letters_too
        self.text = text
        self.first = ""  # what a match starts with: a word, or the single character of a one-character part
        pieces = _STEP.findall(text)  # in C: each piece as (ascii word, other word, spaces, other character)
        steps: list[tuple[int, str]] = []  # each part's kind and its word or character
        append = steps.append
        for ascii_word, word, spaces, char in pieces:
            append(_TAG_STEP)  # stray tags before every piece but the first (dropped below)
            if spaces:
                append(_SPACES_STEP)
            elif ascii_word and not letters_too:
                append((_WORD_PART, ascii_word))
            else:
                steps += [(_CHAR_PART, c) for c in ascii_word or word or char]
        self.steps = steps[1:]
        # the longest word a match holds as it is written: a source without it after a place holds no match there
        self.longest = max((arg for kind, arg in self.steps if kind == _WORD_PART), key=len, default="")
        if pieces:
            self.first, self.start_pattern = _start_of(pieces[0], letters_too)

    def _ways(self, step: int, source: str, pos: int) -> Iterator[int]:
        """The ends of part `step` from `pos`, in the order the engine tries them (a word has one way only)."""
        kind, arg = self.steps[step]
        if kind == _TAGS_PART:
            return _stray_tags(source, pos)
        if kind == _SPACES_PART:
            return _spaces(source, pos)
        return (_char(arg) if kind == _CHAR_PART else _word(arg))(source, pos)

    def _first_way(self, source: str, pos: int, step: int, branches: list[list]) -> int:
        """From part `step` on, the end of the match along every part's first way, or -1 where a part has no
        way there. Each part passed that had another way is noted on `branches`
        (its index, where it began, and, once backtracking asks for them, the generator of its ways)."""
        steps = self.steps
        for i in range(step, len(steps)):
            kind, arg = steps[i]
            if kind == _TAGS_PART:
                if source.startswith("<", pos) and (tag := _TAG.match(source, pos)):
                    branches.append([i, pos, None])
                    pos = tag.end()
                    while source.startswith("<", pos) and (tag := _TAG.match(source, pos)):
                        pos = tag.end()
            elif kind == _WORD_PART:
                if not source.startswith(arg, pos):
                    return -1
                pos += len(arg)
            elif kind == _CHAR_PART:
                entity_end = _first_entity_end(source, pos)
                if entity_end >= 0:
                    branches.append([i, pos, None])
                    pos = entity_end
                elif source.startswith(arg, pos):
                    pos += 1
                else:
                    return -1
            else:
                end, items, entities = pos, 0, False
                while True:
                    if _SPACE.match(source, end):
                        end += 1
                    elif (entity_end := _first_entity_end(source, end)) >= 0:
                        end, entities = entity_end, True
                    else:
                        break
                    items += 1
                if not items:
                    return -1
                if entities or items > 1:
                    branches.append([i, pos, None])
                pos = end
        return pos

    def _match_at(self, source: str, start: int) -> int | None:
        """The engine's match at `start`: the first way, then, where it fails, the depth-first search, backtracking
        to the latest part that had another way (only those parts are asked for their ways, each once)."""
        branches: list[list] = []
        pos = self._first_way(source, start, 0, branches)
        while pos < 0:
            while branches:
                branch = branches[-1]
                if branch[2] is None:  # its first way failed further on: its other ways, in the engine's order
                    branch[2] = self._ways(branch[0], source, branch[1])
                    next(branch[2])
                end = next(branch[2], None)
                if end is not None:
                    pos = self._first_way(source, end, branch[0] + 1, branches)
                    break
                branches.pop()
            else:
                return None
        return pos

    def search(self, source: str, pos: int = 0,
               markup_end: Callable[[int], int | None] | None = None) -> tuple[int, int] | None:
        """The span `pattern(text, letters_too).search(source, pos)` finds, or None. With `markup_end` (the end
        of the tag that holds a place, or None when no tag does), the first match that starts outside
        every tag: the match the regex finds when matches found inside tags are passed over, without
        trying the places inside them (URLs and class names hold many words and ampersands)."""
        if not self.steps:
            return pos, pos
        if self.longest and source.find(self.longest, pos) < 0:
            return None
        for start in _starts(self.first, self.start_pattern, source, pos, markup_end):
            end = self._match_at(source, start)
            if end is not None:
                return start, end
        return None
