"""People written in capitals, where the layout or a cue makes the capitals a name and not emphasis.

Enters a paragraph's text; leaves (start, end, name) spans of person names, `name` in natural order and
title case ("SMITH, ALVARO R" -> "Alvaro R Smith"). Government tables, transcripts and court papers
print names in capitals:
- a payee or member list writes them surname first, one to a line or cell: "BAIN, J MATTHEW SMITH,
  ALVARO R". Two or more such names in a row make the list (one alone is as often a heading's "PART 39,
  GENERAL"); every word is a name's, not a plain or function word, and an initial or a known given name
  follows each comma;
- counsel and signatories carry a suffix after a comma: "STEVEN E. MERCER, ESQ.";
- a transcript labels its speakers with an honorific and a colon: "MR. ROBERTS:";
- a name with a middle initial between two words of capitals ("MICHAEL A. KNOWLES") is a name's shape
  no heading has;
- a known given name before a surname in capitals ("Tomohiro KUBOTA", "Jean DUPONT"): French, Japanese and
  many manuals' credits set the surname so, where the page writes other surnames so or the line is a byline or
  a heading; a manual's prose sets programs' names in capitals after a word that is a given name too ("the Julia
  REPL", "Carmen JSON"), so a word the page writes alone, defines, or the data lists as technical is none.
A heading set in capitals ("DEPARTMENT OF TRANSPORTATION") has none of these shapes: entity_candidates.py leaves
text in capitals alone otherwise.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..data import alternation, load_lines, word_set
from ..names import is_given_name
from .base import matches_at
from .gazetteer import lookup
from .name_stops import foreign_function_words
from .tokens import paragraph_memo, tokens
from .words import english_stopwords, given_names, plain_words

_WORD = r"[A-Z][A-Z'’]+(?![A-Z'’])(?:-[A-Z][A-Z'’]+(?![A-Z'’]))?"  # a word in capitals, "VELEZ-GREEN", "O'BRIEN"
_PART = rf"(?:{_WORD}|[A-Z]\.?)"  # a given name or an initial
# surname, comma, given names and initials; a word followed by a comma opens the next name, one followed by a
# dash opens the next cell ("GRUENDER, BENJAMIN L CITIBANK - TRAVEL CARD")
_GIVEN = rf"{_PART}(?![\w'’-]*,)(?!\s[-–—])"
_INVERTED = re.compile(rf"(?<![\w’'-])(?P<surname>{_WORD}), (?P<given>{_GIVEN}(?: {_GIVEN}){{0,2}})(?![\w’'-])")
_NATURAL = rf"{_WORD}(?: [A-Z]\.)? {_WORD}"
_INITIAL_INSIDE = re.compile(rf"(?<![\w’'-])(?P<name>{_WORD} [A-Z]\. {_WORD})(?![\w’'-])")
_LIST_GAP = re.compile(r"\s*[;|]?\s*")


# a given name as written, then a surname of four letters or more in capitals (shorter ones are acronyms as often)
_SURNAME_IN_CAPITALS = re.compile(r"(?<![\w’'-])(?P<given>[A-Z][a-zß-öø-ÿ]+) (?P<surname>[A-Z][A-Z'’]{3,}(?:-[A-Z][A-Z'’]+)?)"
                                  r"(?![\w’'-])")


# a word in capitals anywhere: one the page writes alone is an acronym's or a program's, not a surname
_CAPITAL_WORD = re.compile(r"(?<![\w’'-])[A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]+)?(?![\w’'-])")
_VOWEL = re.compile(r"[AEIOUY]")


@dataclass(frozen=True)
class PageCapitals:
    """What a page shows of its words in capitals: the surnames it writes so after a known given name, and the words
    in capitals it writes alone or defines as a short form (an acronym's, a program's: "REPL", "CUDA")."""

    surnames: frozenset[str]
    alone: frozenset[str]


def _paired(m: re.Match[str]) -> bool:
    """Whether a match of `_SURNAME_IN_CAPITALS` is a given name and a surname in capitals (`capitals_surname`)."""
    return capitals_surname(m["given"], m["surname"])


_SURNAME_WORD = re.compile(r"[A-Z][A-Z'’]{3,}(?:-[A-Z][A-Z'’]+)?")  # `_SURNAME_IN_CAPITALS`' surname


def capitals_surname(given: str, word: str, in_name: bool = False) -> bool:
    """Whether `word`, written in capitals after the word `given`, is that person's surname ("Tomohiro KUBOTA"): a
    given name the lists know and a word in capitals shaped like a surname: four letters or more (shorter ones are
    acronyms as often), a vowel, no plain or function word, no technical short name of the data's list ("Julia
    REPL", "Carmen JSON"), no name the gazetteer knows ("Angela NATO"). In running text the given name is none
    that is also a word ("Will", "Mark"); `in_name`, where the words are already a name (an author field: "Jean
    DUPONT"), it may be. The one rule for entities and for authors' names (authors.py title-cases what it takes)."""
    return ((given in given_names()[0] or (in_name and is_given_name(given))) and bool(_SURNAME_WORD.fullmatch(word))
            and bool(_VOWEL.search(word))
            and _names_only([word]) and word not in word_set("technical_acronyms.txt") and lookup(word) is None
            and lookup(word.capitalize()) is None)


@paragraph_memo
def _pairs(text: str) -> tuple[re.Match[str], ...]:
    """The matches of `_SURNAME_IN_CAPITALS` in a paragraph that are a given name and a surname in capitals
    (`_paired`), read once for the page's surnames and again for the paragraph's names. Both words open with a
    capital after no word character (`Tokens.capitals`), the surname's second letter a capital: a paragraph
    without such a word (`Tokens.capital_words`) holds none."""
    record = tokens(text)
    if not record.capital_words:
        return ()
    return tuple(m for m in matches_at(_SURNAME_IN_CAPITALS, text, _given_places(text)) if _paired(m))


def _given_places(text: str) -> list[int]:
    """Where `_SURNAME_IN_CAPITALS` may match: at the capital before each word in capitals that a space opens
    (`Tokens.capital_words`). The given name is one run of word characters that opens with a capital after none,
    so it opens at the record's capital that comes right before the surname's (`Tokens.capitals` holds one per run),
    and a single space parts the two. Tried there, not at every capitalized word of the paragraph."""
    record = tokens(text)
    capitals = record.capitals
    places = []
    for at in record.capital_words:
        i = bisect.bisect_left(capitals, at)  # the surname's own place among the capitals
        if i and text[at - 1] == " ":
            places.append(capitals[i - 1])
    return places


def page_capitals(texts: Iterable[str], defined: Iterable[str] = ()) -> PageCapitals:
    """The surnames a page's paragraphs write in capitals after a given name, and its other words in capitals
    (those written alone, and the short forms `defined`). A word in capitals opens with a capital and a capital
    or an apostrophe after no word character: it is looked for only where one does (`Tokens.capital_words`)."""
    surnames: set[str] = set()
    alone = set(defined)
    for text in texts:
        starts = tokens(text).capital_words
        if not starts:
            continue
        pairs = _pairs(text)
        surnames.update(m["surname"] for m in pairs)
        taken = {m.start("surname") for m in pairs}
        alone.update(m.group() for m in matches_at(_CAPITAL_WORD, text, starts) if m.start() not in taken)
    return PageCapitals(frozenset(surnames), frozenset(alone))


def stands_alone(text: str, kind: str) -> bool:
    """A paragraph that is a line of its own: a heading, a byline, a caption or a list's item by its kind, or a few
    words that end no sentence ("Par Jean DUPONT", "Tomohiro KUBOTA, 2001")."""
    # (split no further than a line's words: a paragraph of prose is not cut into all its words to be told long)
    return kind != "body" or (len(text.split(maxsplit=_LINE_WORDS)) <= _LINE_WORDS
                              and not text.rstrip().endswith((".", "!", "?", ":")))


_LINE_WORDS = 6  # a byline or a credit: "Texte et photos : Jean DUPONT"


def _surname_in_capitals(text: str, page: PageCapitals, line: bool) -> list[tuple[int, int, str]]:
    """A given name and a surname in capitals, where the page writes surnames so: French and Japanese credits and
    name lists set every surname in capitals, a manual's prose writes programs' names so ("Start the Julia REPL").
    Taken where the page writes another surname in capitals or the paragraph is a line of its own (a byline, a
    heading, a list's item), and the page never writes the word alone nor defines it."""
    found = []
    for m in _pairs(text):
        surname = m["surname"]
        if surname not in page.alone and (line or page.surnames - {surname}):
            found.append((m.start(), m.end(), _cased(m.group())))
    return found


@cache
def _suffixed() -> re.Pattern[str]:
    suffixes = alternation(s.upper() for s in load_lines("name_suffixes.txt"))
    return re.compile(rf"(?<![\w’'-])(?P<name>{_NATURAL}),\s+(?:{suffixes})\b")


@cache
def _speaker_label() -> re.Pattern[str]:
    honorifics = alternation(h.upper() for h in load_lines("honorifics.txt"))
    return re.compile(rf"(?<![\w’'-])(?:{honorifics})\.? (?P<name>{_WORD}(?: {_WORD})?):")


def _names_only(words: list[str]) -> bool:
    """No word is a plain English word ("RED, GREEN BLUE" is a list of colours, not of people) or a function word
    of a language we know ("CE, POUR LES UTILISATEURS"); a word that is also a common surname ("MERCER") may be
    a name."""
    function_words = english_stopwords() | foreign_function_words()
    return all(len(w.rstrip(".")) == 1 or (w.rstrip(".").capitalize() not in plain_words()
                                           and w.rstrip(".").lower() not in function_words) for w in words)


def _given(words: list[str]) -> bool:
    """A list writes a person's given names or initials after the comma: one of them is an initial or a known given
    name ("J MATTHEW", "PAYTON A")."""
    names, word_names = given_names()
    return any(len(w.rstrip(".")) == 1 or w.capitalize() in names or w.capitalize() in word_names for w in words)


def _cased(name: str) -> str:
    """A name in capitals as names are written: "VELEZ-GREEN" -> "Velez-Green", "O'BRIEN" -> "O'Brien"."""
    return re.sub(r"[A-Z]+", lambda m: m.group().capitalize(), name)


def capital_names(text: str, page: PageCapitals | None = None, line: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, natural-order name) of the people written in capitals (see the module's docstring). `page` is
    what the whole page writes in capitals (the paragraph's alone where not given); `line` says the paragraph is a
    line of its own (a heading, a byline, a list's item), which a surname in capitals may stand in alone."""
    # every shape opens with a word in capitals after no word character: tried only where one begins
    starts = tokens(text).capital_words
    if not starts:
        return []
    found: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        if len(run) >= 2:
            for m in run:
                found.append((m.start(), m.end(), _cased(f"{m['given']} {m['surname']}")))
        run.clear()

    for m in matches_at(_INVERTED, text, starts):
        words = [m["surname"], *m["given"].split()]
        if not _names_only(words) or not _given(words[1:]):
            close()
            continue
        if run and not _LIST_GAP.fullmatch(text, run[-1].end(), m.start()):
            close()
        run.append(m)
    close()
    if not text.isupper():
        page = page or page_capitals([text])
        found += [f for f in _surname_in_capitals(text, page, line) if all(f[0] != g[0] for g in found)]
    for pattern in (_suffixed(), _speaker_label(), _INITIAL_INSIDE):
        for m in matches_at(pattern, text, starts):
            if _names_only(m["name"].split()) and all(f[0] != m.start("name") for f in found):
                found.append((m.start("name"), m.end("name"), _cased(m["name"])))
    return found
