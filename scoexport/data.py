"""Package data files (gazetteers, word lists), loaded once per process."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    return json.loads(resources.files("scoexport").joinpath("data", name).read_text(encoding="utf-8"))


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A data file of one entry per line; blank lines and '#' comments skipped."""
    text = resources.files("scoexport").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


def alternation(words: Iterable[str], flexible_spaces: bool = False) -> str:
    """A regex alternation of literal words, longest first so that the longest form wins.

    With flexible_spaces, a space in a word matches any run of whitespace (wrapped lines).
    """
    escaped = (re.escape(w) for w in sorted(words, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", r"\s+") for e in escaped) if flexible_spaces else "|".join(escaped)


@cache
def word_set(name: str, lower: bool = False) -> frozenset[str]:
    """A one-entry-per-line data file as a set."""
    return frozenset(w.lower() if lower else w for w in load_lines(name))
