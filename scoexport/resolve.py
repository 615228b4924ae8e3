"""Entity resolution: canonical keys that give one entity ID per real-world thing, and the
`entities` table gathered across documents.

IDs come from keys every document can compute alone (ISO 3166 alpha-3, GeoNames ID, a spelling-
tolerant key of a person's name, an organization's folded long name), so the facts stream out as
documents arrive and no pass over the whole dataset rewrites them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from . import ids
from .names import korean_name
from .records import DocumentResult, Mention

_VOWEL_RUN = re.compile(r"(?<!^)[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")
_NOT_FOLDED = re.compile(r"[^0-9a-z ]+")


@lru_cache(maxsize=65536)  # names repeat through a document; the key of each is computed once
def fold(text: str) -> str:
    """Lower-case ASCII letters and digits, Latin letters without their accents: 'Türkiye’s' -> 'turkiyes'.
    Letters of other scripts are kept, lower-cased without their marks ('Малышева' -> 'малышева'): folded to
    nothing, every name in Cyrillic or Hangul had the same key, so one entity ID."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode()
    if len(ascii_text) == len(decomposed) or not any(_other_script(ch) for ch in decomposed):
        return _NOT_FOLDED.sub("", ascii_text.lower())
    kept = (ch for ch in decomposed.lower() if ch.isascii() or _other_script(ch))
    return _NOT_FOLDED_SCRIPTS.sub("", "".join(kept))


_NOT_FOLDED_SCRIPTS = re.compile(r"[^\w ]+|_")


def _other_script(ch: str) -> bool:
    """A letter or digit of a script other than Latin (a Latin letter folds to ASCII or, like 'ø', to nothing)."""
    return (ch.isalnum() and not ch.isascii() and not unicodedata.combining(ch)
            and not unicodedata.name(ch, "").startswith("LATIN"))


def skeleton(word: str) -> str:
    """A spelling-tolerant form of a name: after the first letter any run of vowels counts as one vowel, and
    doubled letters as one ('Kassym' = 'Kassim', 'Gaddafi' = 'Gadaffi'); letter order still counts ('Khan' != 'Kahn')."""
    return _DOUBLE.sub(r"\1", _VOWEL_RUN.sub("a", fold(word).replace(" ", "")))


_Y_AS_I = re.compile(r"(?<=.)y")
_SPELLINGS = (("x", "ks"), ("ph", "f"))


def given_skeleton(word: str) -> str:
    """A first name up to spelling: y as i after the first letter, x as ks, ph as f, doubled letters as one
    ('Kassym' = 'Kassim', 'Sergey' = 'Sergei', 'Yuliya' = 'Yulia', 'Alexei' = 'Aleksei'). Vowels count as
    written, since one vowel tells names apart ('Maria' / 'Mario', 'Francis' / 'Frances', 'Jon' / 'Jan'),
    and so does every consonant ('Mohammed' / 'Mahmoud', 'Hillary' / 'Hilda')."""
    folded = fold(word).replace(" ", "")
    for written, same in _SPELLINGS:
        folded = folded.replace(written, same)
    return _DOUBLE.sub(r"\1", _Y_AS_I.sub("i", folded))


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """Surname's and first name's skeletons; middle names and initials' dots do not count. A Korean name is
    written family name first and its given name is both its syllables ("Kim Jong-un" = "Kim Jong Un", not
    "Kim Jong-il")."""
    korean = korean_name(name)
    if korean:
        return f"{skeleton(korean[0])}|{given_skeleton(korean[1])}"
    tokens = fold(name.replace(".", " ").replace("-", " ")).split()
    if not tokens:
        return ""
    if len(tokens) == 1:
        return skeleton(tokens[0])
    return f"{skeleton(tokens[-1])}|{given_skeleton(tokens[0])}"


def entity_key(entity_type: str, name: str, external_id: str | None) -> str:
    if external_id:
        return external_id
    if entity_type == "person":
        return person_key(name)
    return fold(name).replace(" ", "")


@lru_cache(maxsize=1 << 16)
def entity_id(entity_type: str, name: str, external_id: str | None = None) -> str:
    # a corpus names the same entities again and again: the key's folding and hashing are done once per name
    return ids.entity_id(entity_type, entity_key(entity_type, name, external_id))


# One document's entities, as the entities table counts them: per entity ID, [mentions, the place of the first
# mention, its type, name and external ID, {form: (place of its first use, 0 as a name / 1 as written)}]; places
# count the document's mentions in text order. What a worker sends back of a document instead of its mentions.
DocumentEntities = dict[str, list[Any]]


def tally(mentions: Iterable[tuple[Mention, str | None]], first: int = 0,
          into: DocumentEntities | None = None) -> DocumentEntities:
    """One document's mentions in text order, with the entity ID of each one's fact (None: the fact was dropped),
    tallied per entity; `first` is how many of its mentions earlier calls tallied `into` the same summary (a long
    document's windows)."""
    entities: DocumentEntities = {} if into is None else into
    for n, (m, entity) in enumerate(mentions, start=first):
        if entity is None:
            continue
        row = entities.get(entity)
        if row is None:
            row = entities[entity] = [0, n, m.type, m.name, m.external_id, {}]
        row[0] += 1
        forms = row[5]
        for form, place in ((m.name, (n, 0)), (m.alias, (n, 1))):
            if form not in forms or place < forms[form]:
                forms[form] = place
    return entities


class EntityIndex:
    """Entities gathered across documents: one row per entity ID with its aliases and counts.

    A row's name, type and external ID come from its first mention and its aliases are listed in the
    order they first appear, where "first" is by the documents' rank (their place among the inputs),
    not by the order they are added: an incremental run, which adds kept documents before new ones,
    gives the rows a full run gives, and so does a run whose workers send each document's `tally`.
    Memory grows with the number of distinct entities and of their spellings, not with the number of
    documents.
    """

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self._added = 0
        self._last_added: str | None = None

    def next_rank(self) -> int:
        """The rank a document added without one gets: after every document added so far."""
        return self._added

    def add(self, result: DocumentResult, rank: int | None = None, first: int = 0) -> None:
        facts = {f.fact_id: f.entity_id for f in result.facts}
        self.add_mentions(result.doc_id, [(m, facts.get(m.fact_id)) for m in result.mentions], rank, first)

    def add_mentions(self, doc_id: str, mentions: Iterable[tuple[Mention, str | None]], rank: int | None = None,
                     first: int = 0) -> None:
        """One document's mentions in text order, with the entity ID of each one's fact (None: the fact was dropped).

        A document's mentions may come in several calls (a long document's windows), but not interleaved with
        another document's; `first` is how many of them the earlier calls gave, so their order holds.
        """
        self.add_document(doc_id, tally(mentions, first), rank)

    def add_document(self, doc_id: str, entities: DocumentEntities, rank: int | None = None) -> None:
        """One document's entities (`tally`), or a part of them (the next calls continue the same document)."""
        if rank is None:
            rank = self._added
        if doc_id != self._last_added:  # a document in several calls counts once
            self._added += 1
            self._last_added = doc_id
        for entity, (count, n, kind, name, external, forms) in entities.items():
            row = self.rows.get(entity)
            if row is None:
                row = self.rows[entity] = {"entity_id": entity, "n_mentions": 0, "n_documents": 0, "_forms": {},
                                           "_first": None, "_last_doc": None}
            at = (rank, n)
            if row["_first"] is None or at < row["_first"][0]:
                row["_first"] = (at, kind, name, external)
            row["n_mentions"] += count
            held = row["_forms"]
            for form, (k, how) in forms.items():
                place = (rank, k, how)
                if form not in held or place < held[form]:
                    held[form] = place
            if row["_last_doc"] != doc_id:
                row["n_documents"] += 1
                row["_last_doc"] = doc_id

    def table_rows(self) -> list[dict[str, Any]]:
        out = []
        for entity, row in sorted(self.rows.items()):
            _, kind, name, external = row["_first"]
            aliases = [f for f, _ in sorted(row["_forms"].items(), key=lambda item: item[1]) if f != name]
            out.append({"entity_id": entity, "type": kind, "name": name, "aliases": aliases, "external_id": external,
                        "n_mentions": row["n_mentions"], "n_documents": row["n_documents"]})
        return out
