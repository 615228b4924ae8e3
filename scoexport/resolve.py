"""Entity resolution: canonical keys that give one entity ID per real-world thing, and the
`entities` table gathered across documents.

IDs come from keys every document can compute alone (ISO 3166 alpha-3, GeoNames ID, a spelling-
tolerant key of a person's name, an organization's folded long name), so the facts stream out as
documents arrive and no pass over the whole dataset rewrites them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from . import ids
from .records import DocumentResult

_VOWEL_RUN = re.compile(r"(?<!^)[aeiouy]+")
_DOUBLE = re.compile(r"(.)\1+")
_NOT_FOLDED = re.compile(r"[^0-9a-z ]+")


@lru_cache(maxsize=65536)  # names repeat through a document; the key of each is computed once
def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: 'Türkiye’s' -> 'turkiyes'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_FOLDED.sub("", ascii_text.lower())


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
    """Surname's and first name's skeletons; middle names and initials' dots do not count."""
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


def entity_id(entity_type: str, name: str, external_id: str | None = None) -> str:
    return ids.entity_id(entity_type, entity_key(entity_type, name, external_id))


class EntityIndex:
    """Entities gathered across documents: one row per entity ID with its aliases and counts.

    Memory grows with the number of distinct entities, not with the number of documents.
    """

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}

    def add(self, result: DocumentResult) -> None:
        facts = {f.fact_id: f for f in result.facts}
        for m in result.mentions:
            fact = facts.get(m.fact_id)
            if fact is None or fact.entity_id is None:
                continue
            row = self.rows.setdefault(fact.entity_id, {
                "entity_id": fact.entity_id, "type": m.type, "name": m.name, "aliases": {},
                "external_id": m.external_id, "n_mentions": 0, "n_documents": 0, "_last_doc": None,
            })
            row["n_mentions"] += 1
            for form in (m.name, m.alias):
                if form != row["name"]:
                    row["aliases"][form] = None
            if row["_last_doc"] != result.doc_id:
                row["n_documents"] += 1
                row["_last_doc"] = result.doc_id

    def table_rows(self) -> list[dict[str, Any]]:
        return [
            {**{k: v for k, v in row.items() if not k.startswith("_")}, "aliases": list(row["aliases"])}
            for _, row in sorted(self.rows.items())
        ]
