"""Text helpers every stage shares: a plain-text line with its blank-line block, the shape of a line
(does it end a sentence, is it set in capitals).

They read only the characters, never word lists, so parse, clean and extract agree on them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Line

_TERMINAL = re.compile(r"[.!?…:;]['\"”’)\]]*$")
CAPS_SHARE = 0.9  # a line in capitals may hold a few lower-case letters ("McDONALD", "Ltd")
MIN_CAPS_LETTERS = 4  # "UN" or "EU" alone is an acronym, not a line set in capitals


@dataclass
class TextLine:
    """A non-blank line of a plain-text source with the block (blank-line group) it belongs to."""

    line: Line
    block: int

    @property
    def text(self) -> str:
        return self.line.text


def ends_sentence(text: str) -> bool:
    """Whether the text ends as a sentence does: a terminal mark, then any closing quotes or brackets."""
    return bool(_TERMINAL.search(text))


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= MIN_CAPS_LETTERS and sum(ch.isupper() for ch in letters) >= CAPS_SHARE * len(letters)

