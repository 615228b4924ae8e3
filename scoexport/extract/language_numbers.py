"""Numbers written as words in languages other than English ("drei Wochen", "cinq enfants", "la deuxième nuit").

Enters: a paragraph's text and the document's language. Leaves: (start, end, kind, value) of each cardinal
("number") or ordinal written as one word, from `data/number_languages.json`.

Why it works: these languages write small numbers as single words in lower case, as English does; the words
listed are those that mean nothing else in prose (articles such as "un" and "ein", French "neuf", titles such
as "premier ministre" are left out of the lists). A word capitalized inside a sentence is a name's part ("Erste
Bank"), so a capital is read only where a sentence opens. Portuguese and Spanish "segundo" before an article or
a name is "according to" ("segundo o ministro"), and "na segunda" a weekday: neither is a number. An ordinal is an
adjective after a determiner ("la deuxième nuit", "im zweiten Durchgang"); without one it is another word
("en segundo plano": in the background).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from .numerals import language_table

_OPENS = re.compile(r"(?:^|[.!?:;]\s+|[«„\"“]\s*)$")
_ACCORDING = re.compile(r"\s+(?:o|a|os|as|el|la|los|las|[A-ZÁÉÍÓÚ])")
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:na|nesta|numa|el|la)\s+$")


@cache
def _words(language: str) -> tuple[dict[str, tuple[str, int]], re.Pattern[str] | None]:
    table = language_table().get(language, {}) if language != "en" else {}
    words = {w: ("number", v) for w, v in table.get("number_words", {}).items()}
    words |= {w: ("ordinal", v) for w, v in table.get("ordinal_words", {}).items()}
    return words, (re.compile(rf"(?i)(?<![\w-])(?:{alternation(words)})(?![\w-])") if words else None)


_TWO_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


def _after_determiner(text: str, start: int, language: str) -> bool:
    """Does a determiner stand before the ordinal, or before one word before it ("der geplante vierte")?"""
    m = _TWO_WORDS_BEFORE.search(text, max(0, start - 40), start)
    determiners = language_table()[language].get("determiners", ())
    # the search opens at the earliest place the pattern fits: its groups are the last one or two words
    return m is not None and any(w.lower() in determiners for w in m.groups() if w)


def word_numbers(text: str, language: str | None) -> list[tuple[int, int, str, float]]:
    words, pattern = _words(language or "en")
    found = []
    for m in pattern.finditer(text) if pattern else ():
        word = m.group()
        if not word.islower() and not (word[1:].islower() and _OPENS.search(text, max(0, m.start() - 3), m.start())):
            continue  # "Erste Bank", "SEPT": a capital inside a sentence opens a name
        low = word.lower()
        if low in ("segundo", "secondo") and _ACCORDING.match(text, m.end()):
            continue  # "segundo o ministro": according to
        if low in ("segunda", "quinta", "sexta") and _WEEKDAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "na segunda": on Monday
        kind, value = words[low]
        if kind == "ordinal" and not _after_determiner(text, m.start(), language or "en"):
            continue  # "en segundo plano" (in the background), "un segundo" (a second): no rank
        found.append((m.start(), m.end(), kind, float(value)))
    return found
