"""Short forms resolved within a document: a surname stands for the person the document names in full, an
acronym for the body its definition names ("the Federal Aviation Administration (FAA)" makes "FAA" the body).

Enters the entity stage's hits and acronym definitions per paragraph (and, for a document read in windows, the
full forms of the windows before); leaves a map from each short form to the entity it stands for. A surname
shared by two people of the document stands for neither; a word the gazetteer knows is no short form, but for
a surname that is also a town's name ("Dylan Nelson", then "Nelson").
"""
from __future__ import annotations

from ..names import looks_like_organization
from ..resolve import person_key
from .acronyms import Definition
from .base import Earlier
from .gazetteer import Entry, Hit, lookup
from .language_bodies import names_body


def defined_entity(long: str, language: str = "en") -> Entry | None:
    """What an acronym's long form names: a gazetteer entry, or an organization by its head word
    ("... Research Center", in the text's language "Europäische Arzneimittelbehörde"); None for other terms
    ("gross domestic product", "Belt and Road Initiative")."""
    known = lookup(long)
    if known:
        return known
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


def canonical(entry: Entry, aliases: dict[str, Entry]) -> Entry:
    if entry.type == "person" and " " not in entry.name and entry.name in aliases:
        return aliases[entry.name]
    return entry
