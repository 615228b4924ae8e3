"""Repair the text of a block: invisible characters, odd spaces, mojibake, words hyphenated at line ends."""
from __future__ import annotations

import re
from functools import cache

try:  # the regular-expression parser's modules are re._parser and re._constants from Python 3.11 on
    from re import _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as _constants  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

import ftfy
from ftfy.badness import BADNESS_RE

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_FIRST_WORD = re.compile(r"\w+")
_WORD_RUN = re.compile(r"\w*")
_WORD_CHAR = re.compile(r"\w")


_INVISIBLE_RUN = re.compile(f"(?:{_INVISIBLE.pattern}|{_CONTROL.pattern})+")


def invisible_runs(text: str) -> list[tuple[int, int]]:
    """Offsets of zero-width and control characters, which the repaired text leaves out. Each is a format or control
    character, which `str.isprintable` tells apart in C: a printable line (most lines) holds none."""
    return [] if text.isprintable() else [m.span() for m in _INVISIBLE_RUN.finditer(text)]


def normalize(text: str) -> str:
    """NBSP and other spaces to one space, invisible and control characters out."""
    # the spaces (NBSP, thin, ideographic...) are all Unicode white space, which str.split splits on: one split
    # and join do what a substitution of every gap between words did, a test keeps the two equal
    if text.isprintable():  # no control, format (the invisible ones) or odd space character: nothing to take out
        # its only white space is the ASCII space: a line without two in a row or at its edges (most lines) is
        # its own normal form, told by three string tests instead of a split into words and a join
        if "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text
        return " ".join(text.split())
    return " ".join(_CONTROL.sub("", text if text.isascii() else _INVISIBLE.sub("", text)).split())


# the longest sequence ftfy's badness pattern matches; a test keeps it true for the installed ftfy
BADNESS_WIDTH = 7


def _class_of(item: tuple[object, object]) -> frozenset[str] | None:
    """The characters one item of a parsed pattern matches, where it is one character named by a literal or a class
    of literals and ranges; None for any other item (a category, a negated class, a group, a repeat)."""
    op, arg = item
    if op is _constants.LITERAL:
        return frozenset(chr(arg))  # type: ignore[arg-type]
    if op is not _constants.IN:
        return None
    chars: set[str] = set()
    for kind, value in arg:  # type: ignore[attr-defined]
        if kind is _constants.LITERAL:
            chars.add(chr(value))
        elif kind is _constants.RANGE:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:
            return None
    return frozenset(chars)


def _commonness(ch: str) -> int:
    # ASCII stands in every text, and small letters and the quotes and dashes of U+2000-206F in most of the others
    return 1000 if ch.isascii() else 10 if ch.islower() or "\u2000" <= ch <= "\u206f" or ch in "«»\xa0" else 1


@cache
def badness_witnesses() -> str:
    """Characters one of which every match of ftfy's badness pattern holds: from each of its alternatives, the
    class of one of the characters it matches in turn (each of its matches holds one), the class whose characters
    text uses least ("Ђ" of "вЂ", not "в"). Mojibake shows these rare symbols and capitals; a Russian paragraph or
    curly apostrophes hold few of them. An alternative with no such class makes every non-ASCII character one."""
    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    branches = parsed.data[0][1][1] if len(parsed.data) == 1 and parsed.data[0][0] is _constants.BRANCH else [parsed]
    witnesses: set[str] = set()
    for branch in branches:
        classes = [c for c in map(_class_of, branch.data) if c]
        if not classes:
            return ""
        witnesses |= min(classes, key=lambda c: sum(map(_commonness, c)))
    return "".join(sorted(witnesses))


@cache
def _badness_areas() -> re.Pattern[str]:
    """Runs of witnesses (or, failing them, of non-ASCII characters) at most 2 * (BADNESS_WIDTH - 1) characters
    apart: one window, one search."""
    gap = 2 * (BADNESS_WIDTH - 1)
    witness = f"[{''.join(map(re.escape, badness_witnesses()))}]" if badness_witnesses() else "[^\\x00-\\x7f]"
    return re.compile(rf"{witness}(?:.{{0,{gap}}}{witness})*", re.S)


def looks_garbled(text: str) -> bool:
    """ftfy's `is_bad`, read only around the characters one of which each of its matches holds.

    Every sequence the badness pattern matches is at most BADNESS_WIDTH characters long, holds one of the
    `badness_witnesses` and asserts nothing about its surroundings (a test checks all three on the installed
    ftfy), so a search of the few characters around each run of witnesses finds what a search of the whole text
    finds; curly quotes in long English paragraphs and a Russian text's small letters cost no search."""
    reach = BADNESS_WIDTH - 1
    return any(BADNESS_RE.search(text, max(0, m.start() - reach), m.end() + reach)
               for m in _badness_areas().finditer(text))


def fix_mojibake(text: str) -> str:
    # ftfy is slow (about 3 MB/s), so it only sees text that looks garbled; mojibake is made of non-ASCII
    # characters, so ASCII text is never garbled and skips even the check
    return text if text.isascii() or not looks_garbled(text) else ftfy.fix_text(text)


def hyphenated_pairs(text: str) -> frozenset[str]:
    """Every pair of adjacent parts of the hyphenated words in the text ("long-term-care": long-term, term-care).

    Each hyphen between two word characters joins the whole runs of word characters on its sides, and those
    are the pair: read from the hyphens (found by string search), not by a scan of every word."""
    pairs = set()
    backwards = ""
    at = text.find("-")
    while at >= 0:
        if at and _WORD_CHAR.match(text, at - 1) and _WORD_CHAR.match(text, at + 1):
            backwards = backwards or text[::-1]  # the run before the hyphen, read forwards in the reversed text
            before = _WORD_RUN.match(backwards, len(text) - at).group()[::-1]
            pairs.add(f"{before}-{_WORD_RUN.match(text, at + 1).group()}")
        at = text.find("-", at + 1)
    return frozenset(pairs)


_TAIL = 32  # longer than nearly every word: the text's last characters, reversed, mostly hold its last word whole


def _trailing_word(text: str) -> int:
    """How many word characters end the text (read backwards, so only the word itself is scanned). Only the
    text's last `_TAIL` characters are reversed, not the whole line; a run of word characters that fills them
    may go on before them, and is then read in the whole text reversed."""
    n = len(_WORD_RUN.match(text[:-_TAIL - 1:-1]).group())
    return n if n < _TAIL else len(_WORD_RUN.match(text[::-1]).group())


def join_lines(lines: list[str], compounds: frozenset[str] = frozenset()) -> str:
    """Join hard-wrapped lines into one text.

    A word hyphenated at a line end is rejoined when the next line goes on in lower case, unless
    the document writes that hyphenated compound elsewhere (`compounds`, from `hyphenated_pairs`).
    The text is built from pieces and only the length of the word that ends it is carried along,
    so each line is read a fixed number of times however long the paragraph grows.
    """
    pieces: list[str] = []
    word = 0  # length of the word the text so far ends with (before a final hyphen, if any)
    longest_part = max((len(c) for c in compounds), default=0)
    for line in lines:
        if not pieces:
            if line:
                pieces.append(line)
                word = _trailing_word(line[:-1] if line.endswith("-") else line)
            continue
        hyphenated = pieces[-1].endswith("-") and word > 0
        following = _FIRST_WORD.match(line)
        if hyphenated and following and line[:1].islower():
            compound = None
            if word + 1 + len(following.group()) <= longest_part:
                compound = f"{_tail(pieces, word + 1)[:-1]}-{following.group()}"
            if compound not in compounds:
                pieces[-1] = pieces[-1][:-1]
            joined_to = word  # the line goes on the word before the hyphen
            if compound in compounds:
                joined_to = 0  # the hyphen stays and breaks the word
            pieces.append(line)
        else:
            joined_to = 0
            pieces.append(" ")
            pieces.append(line)
        body = line[:-1] if line.endswith("-") else line
        run = _trailing_word(body)
        word = joined_to + run if run == len(body) else run
    return "".join(pieces)


def _tail(pieces: list[str], n: int) -> str:
    """The last n characters of the joined pieces, reading only the pieces that hold them."""
    taken: list[str] = []
    for piece in reversed(pieces):
        taken.append(piece[-n:] if n < len(piece) else piece)
        n -= len(taken[-1])
        if n <= 0:
            break
    return "".join(reversed(taken))
