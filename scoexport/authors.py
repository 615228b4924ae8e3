"""A document's authors, decided here for every route, from what documents write: a byline line
("By Dr. Jane Doe and John Roe, Reuters") and a page's author fields ("Ann Lee, Bo Chan").

Enters: the places a page names its authors (`AuthorEvidence`, gathered by parse) and the
article's first byline block. Leaves: author names (without the opening "By", honorifics, roles or
links) and the affiliation a byline writes after them. A byline line is one name list and an
affiliation after the first comma; an author field is a list of names separated by commas,
semicolons, "and" in several languages, "&" or "|". The most explicit place that names anyone wins.
"""
from __future__ import annotations

import re
from functools import cache

from .data import alternation, load_json, load_lines
from .records import AuthorEvidence
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


def page_authors(evidence: AuthorEvidence) -> list[str]:
    """The authors a page names: JSON-LD, then the author meta tag, itemprop="author", marked bylines."""
    names = evidence.structured or split_names(evidence.meta or "")
    if not names and evidence.itemprop is not None:
        names = split_names(evidence.itemprop)
    if not names:
        names = next((found for found in map(split_names, evidence.bylines) if found), [])
    return list(dict.fromkeys(names))


def document_authors(stated: list[str], evidence: AuthorEvidence, byline: str | None) -> tuple[list[str], str | None]:
    """Authors and affiliation: those already stated, else the page's, else the first byline block's."""
    authors, affiliation = parse_byline(byline) if byline else ([], None)
    return list(stated or page_authors(evidence) or authors), affiliation
