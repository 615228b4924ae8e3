"""Repair the text of a block: invisible characters, odd spaces, mojibake, words hyphenated at line ends."""
from __future__ import annotations

import re
from itertools import pairwise

import ftfy
from ftfy.badness import is_bad

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_HYPHEN_BREAK = re.compile(r"(\w+)-$")
_FIRST_WORD = re.compile(r"^(\w+)")
_COMPOUND = re.compile(r"\w+(?:-\w+)+")


def invisible_runs(text: str) -> list[tuple[int, int]]:
    """Offsets of zero-width and control characters, which the repaired text leaves out."""
    return [m.span() for m in re.finditer(f"(?:{_INVISIBLE.pattern}|{_CONTROL.pattern})+", text)]


def normalize(text: str) -> str:
    """NBSP and other spaces to one space, invisible and control characters out."""
    return _SPACES.sub(" ", _CONTROL.sub("", _INVISIBLE.sub("", text))).strip()


def fix_mojibake(text: str) -> str:
    # ftfy is slow (about 3 MB/s), so it only sees text that looks garbled
    return ftfy.fix_text(text) if is_bad(text) else text


def hyphenated_pairs(text: str) -> frozenset[str]:
    """Every pair of adjacent parts of the hyphenated words in the text ("long-term-care": long-term, term-care)."""
    pairs = set()
    for compound in _COMPOUND.findall(text):
        parts = compound.split("-")
        pairs.update(f"{a}-{b}" for a, b in pairwise(parts))
    return frozenset(pairs)


def join_lines(lines: list[str], compounds: frozenset[str] = frozenset()) -> str:
    """Join hard-wrapped lines into one text.

    A word hyphenated at a line end is rejoined when the next line goes on in lower case, unless
    the document writes that hyphenated compound elsewhere (`compounds`, from `hyphenated_pairs`).
    """
    out = ""
    for line in lines:
        if not out:
            out = line
            continue
        broken = _HYPHEN_BREAK.search(out)
        following = _FIRST_WORD.match(line)
        if broken and following and line[:1].islower():
            compound = f"{broken.group(1)}-{following.group(1)}"
            out = out + line if compound in compounds else out[:-1] + line
        else:
            out = f"{out} {line}"
    return out
