"""The term table behind ranked search: one row per (paragraph, term) with its frequency.

Written at export time so that search is plain SQL (a BM25 macro in sql/) that works in any
DuckDB, with no extension to download, and in any Parquet reader. Terms are lower-cased runs of
letters and digits; the SQL side splits queries with the same rule.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..records import Paragraph

_TERM = re.compile(r"[^\W_]+")


def terms(text: str) -> Counter[str]:
    return Counter(_TERM.findall(text.lower()))


def term_rows(paragraphs: list[Paragraph]) -> list[dict[str, Any]]:
    rows = []
    for p in paragraphs:
        counts = terms(p.text)
        length = sum(counts.values())
        rows.extend({"doc_id": p.doc_id, "paragraph_id": p.paragraph_id, "term": term, "tf": tf, "paragraph_terms": length}
                    for term, tf in counts.items())
    return rows
