"""The names the document's metadata gives: the authors and the publisher the cleaning stage found are
people and an organization wherever the text writes them, and so are the short forms a text names its own
publication by ("told Salon" at Salon.com, "the Post" at the New York Post).

Enters the document's `Metadata` and a paragraph's text; leaves gazetteer `Hit`s of rule "metadata", the
most explicit evidence entities.py weighs (an author the gazetteer knows keeps its type: "Reuters").
"""
from __future__ import annotations

import re
from functools import cache

from ..names import looks_like_organization
from ..records import Metadata
from .gazetteer import Entry, Hit, lookup


def metadata_names(metadata: Metadata, text: str) -> list[Hit]:
    """Hits for the document's authors and publisher where `text` writes them."""
    hits: list[Hit] = []
    for i, name in enumerate((*metadata.authors, metadata.publisher)):
        if not name or name not in text:
            continue  # the name is not written here (a substring test before anything is asked of the name)
        # "The Debian Developers": a name with an article is a body or a group, never one person's
        kind = "organization" if i == len(metadata.authors) or looks_like_organization(name) \
            or name.startswith("The ") else "person"
        known = lookup(name)  # an author the gazetteer knows ("Reuters") is what the gazetteer says it is
        entry = known if known is not None and not known.demonym else Entry(kind, name, None)
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            hits.append(Hit(m.start(), m.end(), entry, "metadata"))
    if metadata.publisher:
        pattern, pieces = _publisher_short_forms(metadata.publisher)
        for m in pattern.finditer(text) if any(piece in text for piece in pieces) else ():
            hits.append(Hit(m.start("name"), m.end("name"), Entry("organization", metadata.publisher, None), "metadata"))
    return hits


_DOMAIN = re.compile(r"\.(?:com|org|net|info|co\.uk|co|us|uk|au|ca|de|fr|in)$", re.I)


@cache
def _publisher_short_forms(publisher: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """How a text names its own publication: a site without its domain ("told Salon" at Salon.com), a paper by
    its last word after "the" ("the Post" at the New York Post, "the Reader’s" at the Chicago Reader); with
    the names as written, one of which a text must hold for the pattern to match."""
    forms, pieces = [], []
    bare = _DOMAIN.sub("", publisher)
    if bare != publisher and bare[:1].isupper():
        forms.append(rf"(?<![\w.-])(?P<name>{re.escape(bare)})(?![\w-]|\.\w)")
        pieces.append(bare)
    words = publisher.split()
    if len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha():
        forms.append(rf"(?<=\b[Tt]he )(?P<name>{re.escape(words[-1])})(?![\w-])")
        pieces.append(words[-1])
    return re.compile("|".join(forms) or r"(?!)"), tuple(pieces)
