"""Author names from what documents write, for both routes: a byline line ("By Dr. Jane Doe and
John Roe, Reuters") and an author field of page metadata ("Ann Lee, Bo Chan").

Enters: the text of a byline or of an author field. Leaves: author names (without the opening
"By", honorifics, roles or links) and, for a byline, the affiliation written after the names.
A byline line is one name list and an affiliation after the first comma; an author field is a
list of names separated by commas, semicolons, "and" in several languages, "&" or "|".
"""
from __future__ import annotations

import re
from functools import cache

from .data import alternation, load_json, load_lines
from .text import is_all_caps, title_case

_SPACE = re.compile(r"\s+")
_BY = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af)\s+", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*")
_NOT_A_NAME = re.compile(r"https?:|www\.|@|\d")
_BYLINE_NAMES_SPLIT = re.compile(r"\s+(?:and|&)\s+|;\s*")


@cache
def byline_opening() -> re.Pattern[str]:
    """The words that open a byline ("By", "Written by", "Autor:"), followed by a name."""
    # the name after the opening word must start with a capital: "by the way" is not a byline
    words = alternation(load_lines("byline_words.txt"), flexible_spaces=True)
    return re.compile(rf"^(?:{words})\s*:?\s+(?=[^\W\d_])", re.I)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(load_lines("honorifics.txt"))


@cache
def _role_words() -> frozenset[str]:
    return frozenset(load_json("html_meta.json")["role_words"])


def _strip_honorifics(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in _honorifics():
        words.pop(0)
    return " ".join(words)


def parse_byline(text: str) -> tuple[list[str], str | None]:
    """Authors (without honorifics) and the affiliation written after the name."""
    m = byline_opening().match(text)
    rest = text[m.end():] if m else text
    names, _, affiliation = rest.partition(",")
    authors = []
    for name in _BYLINE_NAMES_SPLIT.split(names):
        name = _strip_honorifics(name.strip(" .")).strip()
        if name:
            authors.append(title_case(name) if is_all_caps(name) else name)
    return authors, affiliation.strip(" .") or None


def split_names(text: str) -> list[str]:
    """Author names from a byline or an author field: 'By A and B' gives [A, B]."""
    text = _BY.sub("", _SPACE.sub(" ", text).strip())
    names = [n.strip(" .") for n in _NAME_SPLIT.split(text)]
    roles = _role_words()
    return [n for n in names if n and not _NOT_A_NAME.search(n) and 1 <= len(n.split()) <= 5
            and not roles & {w.lower() for w in n.split()}]
