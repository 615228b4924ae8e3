"""Short forms resolved within a document: a surname stands for the person the document names in full, an
acronym for the body its definition names ("the Federal Aviation Administration (FAA)" makes "FAA" the body).

Enters the entity stage's hits and acronym definitions per paragraph (and, for a document read in windows, the
full forms of the windows before); leaves a map from each short form to the entity it stands for. A surname
shared by two people of the document stands for neither; a word the gazetteer knows is no short form, but for
a surname that is also a town's name ("Dylan Nelson", then "Nelson").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from ..data import alternation
from ..names import looks_like_organization
from ..resolve import person_key
from .acronyms import Definition
from .base import Earlier
from .gazetteer import Entry, Hit, lookup
from .language_bodies import names_body


def defined_entity(long: str, language: str = "en") -> Entry | None:
    """What an acronym's long form names: a gazetteer entry, or an organization by its head word
    ("... Research Center", in the text's language "Europäische Arzneimittelbehörde"); None for other terms
    ("gross domestic product", "Belt and Road Initiative"), and for any long form written all in lower case."""
    known = lookup(long)
    if known:
        return known
    if long.islower():
        # "network address translator (NAT)", "database management system (DBMS)": every language written in cased
        # letters capitalizes a body's name (at least its first word), so a long form all in lower case is a term
        return None
    words = long.split()
    last = words[-1].rstrip("'’s")
    if language == "en" and len(words) >= 2 and last.isalpha() and last.islower() and not words[-2].islower():
        # "Debian Project leader's (DPL)": English capitalizes a name whole, so a lower-case noun after the capitals
        # heads a term, no body's name (Romance languages write a name's adjectives after it in lower case)
        return None
    if looks_like_organization(long) or names_body(long, language):
        return Entry("organization", long, None)
    return None


def document_aliases(hits: dict[str, list[Hit]], definitions: dict[str, list[Definition]],
                     earlier: Earlier | None = None, language: str = "en") -> dict[str, Entry]:
    """Short forms that stand for a full form elsewhere in the document: surnames, acronyms. In a document
    read in windows, the full forms of the windows before count too, and this window's are added to them."""
    people: dict[str, Entry] = dict(earlier.people) if earlier is not None else {}
    for found in hits.values():
        for h in found:
            if h.entry.type == "person" and " " in h.entry.name:
                people.setdefault(person_key(h.entry.name), h.entry)
    forms: dict[str, Entry | None] = {}
    for entry in people.values():
        tokens = entry.name.split()
        for i, token in enumerate(tokens):
            known = lookup(token)
            # a surname that is also a town's name stands for the person where the document names them in full
            town = known is not None and known.type in ("city", "region") and i == len(tokens) - 1
            # a particle ("de", "da", "von") is no short form: as an alias every "de" of a Spanish text was the person
            if len(token) >= 2 and not token.endswith(".") and not token.islower() and (known is None or town):
                forms[token] = entry if forms.get(token, entry) == entry else None  # shared by two people: ambiguous
    acronyms: dict[str, Entry] = dict(earlier.acronyms) if earlier is not None else {}
    for defs in definitions.values():
        for d in defs:
            entry = defined_entity(d.long, language)
            if entry:
                acronyms[d.short] = entry
    forms.update(acronyms)
    if earlier is not None:
        earlier.people, earlier.acronyms = people, acronyms
    return {k: v for k, v in forms.items() if v is not None}


def people_named(aliases: dict[str, Entry]) -> dict[str, Entry] | None:
    """The full names of the people whose surnames or given names are aliases, each as the document first wrote it.
    In running text the rules that read names by their shape find a full name whole; in a title-case heading they
    are off (every word is capitalized), and the aliases alone would read "Joel Klecker Joins The Project" as two
    mentions, "Joel" and "Klecker": the full name is matched there as one. None where there are none."""
    names = {e.name: e for e in aliases.values() if e.type == "person" and " " in e.name}
    return names or None


def canonical(entry: Entry, aliases: dict[str, Entry]) -> Entry:
    if entry.type == "person" and " " not in entry.name and entry.name in aliases:
        return aliases[entry.name]
    return entry



_HEAD = re.compile(r"\w*")  # a short form's first run of word characters: "AT" of "AT&T", all of "Nelson"
_WORD = re.compile(r"\w")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


class Written:
    r"""Where a document's short forms are written in a paragraph: the matches `finditer` gives of the pattern
    `(?<![\w-])(?:longest|...|shortest)(?![\w-])`, that is forms that no word character or hyphen stands beside,
    of two that begin at one place the longest that ends so, none overlapping; found without that pattern.

    A long document has hundreds of short forms; their pattern was built and compiled for each document, and
    where one of them opened with no ASCII capital it was tried at every character of the text. A form so bounded
    opens with a whole run of word characters of the text (its head): no word character before it, and none right
    after the head, which ends the form or meets the form's next character, no word character. So the forms are
    found by their heads, read by one Aho-Corasick automaton per document (one scan in C of each paragraph), and
    a head is kept only where it is a whole run. A form that opens with no word character (none is known to the
    rules that make them) is left to the pattern. Enters the short forms; `find` leaves (start, end, form)."""

    def __init__(self, forms: Iterable[str]) -> None:
        forms = tuple(forms)
        self._by_head: dict[str, list[str]] = {}
        for form in sorted(forms, key=lambda f: (-len(f), f)):  # longest first, as the pattern's alternation
            self._by_head.setdefault(_HEAD.match(form).group(), []).append(form)  # type: ignore[union-attr]
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])") if "" in self._by_head else None
        self._automaton = ahocorasick.Automaton()
        for head in self._by_head:
            self._automaton.add_word(head, head)
        self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if self._pattern is not None:
            return [(m.start(), m.end(), m.group()) for m in self._pattern.finditer(text)]
        found: list[tuple[int, int, str]] = []
        done = 0  # where the last form found ends: the next may begin there, not before
        beside = _WORD_OR_HYPHEN.match
        for last, head in self._automaton.iter(text):
            start, after = last + 1 - len(head), last + 1
            if start < done or (start and beside(text, start - 1)) or _WORD.match(text, after):
                continue  # inside the last form, or the head is part of a longer word ("Nelsons", "Leeds")
            for form in self._by_head[head]:
                end = start + len(form)
                if text.startswith(form, start) and not beside(text, end):
                    found.append((start, end, form))
                    done = end
                    break
        return found
