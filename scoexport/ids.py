"""Deterministic identifiers: the same input gives the same IDs on every run and machine."""
from __future__ import annotations

import hashlib


def digest(*parts: object, length: int = 16) -> str:
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def doc_id(source_sha256: str) -> str:
    # From the content, not the path: a moved or copied corpus keeps its IDs.
    return source_sha256[:16]


def paragraph_id(doc: str, seq: int) -> str:
    return f"{doc}-p{seq:04d}"


def sentence_id(paragraph: str, seq: int) -> str:
    return f"{paragraph}-s{seq:03d}"


def fact_id(paragraph: str, kind: str, start: int, end: int) -> str:
    return f"{paragraph}-{kind[:3]}{start}_{end}"


def entity_id(entity_type: str, key: str) -> str:
    return f"{entity_type[:3]}-{digest(entity_type, key, length=12)}"
