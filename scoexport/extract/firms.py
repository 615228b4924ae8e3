"""Firms named after their partners: capitalized names joined by an ampersand ("Smith & Wesson", "Andrade & Mello
Arquitetura", "Johnson & Johnson").

Enters a paragraph's text; leaves (start, end) of each firm's name. Why it works: prose joins two people with a
word ("and", "e", "und"); an ampersand between two names is how a firm, a practice or a brand writes its partners'
names, in every language, and capitalized words right after it (the trade: "Arquitetura", "Associates") are part
of the name. Words a list of plain words holds ("Research & Development") and a given name before the ampersand
("Tom & Jerry", a pair of characters or a duo) name no firm.
"""
from __future__ import annotations

import re

from .gazetteer import head_words
from .tokens import CAPITALS
from .words import dictionary_words, given_names, plain_words, surnames

_NAME = rf"[{CAPITALS}][\w'’-]+"
_FIRM = re.compile(rf"(?<![\w&.-])(?P<first>{_NAME})(?: {_NAME})? & (?P<second>{_NAME})(?P<trade>(?: {_NAME}){{0,2}})(?![\w&-])")


def ampersand_firms(text: str) -> list[tuple[int, int]]:
    if " & " not in text:
        return []
    names, word_names = given_names()
    found = []
    for m in _FIRM.finditer(text):
        first, second = m.group("first"), m.group("second")
        if any(w in plain_words() or (w in dictionary_words() and w not in surnames()) for w in (first, second)):
            continue  # "Research & Development", "War & Peace": words joined, not names ("Smith" is a surname too)
        if (first in names or first in word_names) and first not in surnames():
            continue  # "Tom & Jerry": a given name opens no firm's name
        trade = m.group("trade").split()
        if any(w in plain_words() and w.lower() not in head_words() for w in trade):
            # "Bang & Olufsen Premium 3D Sound System": capitalized plain words after it name a product; a trade
            # ("Partners", "Co") is the firm's
            continue
        found.append(m.span())
    return found
