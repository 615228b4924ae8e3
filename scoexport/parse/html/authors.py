"""Author names from what a page states (JSON-LD, meta tags, itemprop, byline text): people or
organizations only.

A page's author fields also carry what is not a name: comment-form labels ("Name *", "Nama
(wajib)"), labels and furniture ("By", "Published by", "Today's e-Edition"), photo credits,
handles and addresses ("@CBSNews", "facebook.com/x"), datelines ("London") and affiliations
("... For Mailonline", "... for NJ.com"). A piece is a name when its words are capitalized (name
particles aside), it is not a label, a place, an address or a number, and it is not the site
itself beside a person. An entity-escaped apostrophe ("O&#39;Donnell") is unescaped before the
name is split, so its ";" is not read as a separator.
"""
from __future__ import annotations

import html
import re
from functools import cache

from ...data import alternation, load_json, load_lines, word_set
from ...names import looks_like_organization, place_names

_SPACE = re.compile(r"\s+")
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\||\s[-–—]\s|\s(?:with|mit|avec|con)\s)\s*")
_AFFILIATION = re.compile(r"\s+(?:for|für|pour|para|per)\s+.*$", re.I)  # "Amitai Winehouse For Mailonline"
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # "Finian Cunningham. Sputnik International"
_NOT_A_NAME = re.compile(r"https?:|www\.|@|©|\d|\[at\]|/|\.(?:com|net|org|de|it|fr|co|uk|ru|info|io)\b|[()*:?!]|^\W", re.I)
_PARTICLES = frozenset("da de del della der di do dos du van von den ter bin ibn al el la le y e zu".split())
_MAX_WORDS = 5


@cache
def _byline_prefix() -> re.Pattern[str]:
    words = alternation([*load_lines("byline_words.txt"), *load_lines("author_prefixes.txt")], flexible_spaces=True)
    return re.compile(rf"^\s*(?:(?:{words})\s*:?\s+)+", re.I)


@cache
def _labels() -> frozenset[str]:
    return word_set("author_labels.txt", lower=True)


@cache
def _roles() -> frozenset[str]:
    """Words of a role, not a name ("Staff Writer", "News Desk"); organizations' words ("CBS News") are names."""
    return frozenset(load_json("html_meta.json")["role_words"])


def _is_place(piece: str) -> bool:
    return piece.removeprefix("The ") in place_names()


def is_name(piece: str) -> bool:
    """A person's or an organization's name: no label, address, number or place; capitalized words."""
    if not piece or _NOT_A_NAME.search(piece) or piece.lower().strip(" .") in _labels():
        return False
    words = piece.split()
    if len(words) > _MAX_WORDS or _is_place(piece) or _roles() & {w.lower() for w in words}:
        return False
    # every word capitalized but particles ("Ed de Leon", "Christoph von Ritter"); scripts without case pass
    return all(not w[0].islower() or w in _PARTICLES for w in words) and not words[0][0].islower()


def split_names(text: str) -> list[str]:
    """Author names from one byline or author field: 'By A and B' gives [A, B]."""
    text = _SPACE.sub(" ", html.unescape(text)).strip()
    text = _byline_prefix().sub("", text)
    names = []
    for piece in _SPLIT.split(_SENTENCE_BREAK.sub(", ", text)):
        piece = _byline_prefix().sub("", piece.strip(" ."))
        cut = _AFFILIATION.sub("", piece)
        piece = cut if _person_like(cut) else piece  # "Amitai Winehouse For Mailonline"; "Centre for Policy" stays
        if is_name(piece):
            names.append(piece)
    return names


def _person_like(name: str) -> bool:
    return len(name.split()) >= 2 and not looks_like_organization(name)


def author_names(names: list[str], publisher: str | None) -> list[str]:
    """The authors to keep: beside a person, the site or an organization is the source, not an author
    ("Victor Tangermann, Futurism"); names written in capitals are title-cased ("TOM KRISHER")."""
    names = list(dict.fromkeys(n for n in names if is_name(n)))
    if any(_person_like(n) for n in names):
        site = (publisher or "").casefold()
        names = [n for n in names if _person_like(n) and n.casefold() != site]
    return [n.title() if n.isupper() and len(n.split()) > 1 and _person_like(n.title()) else n for n in names]
