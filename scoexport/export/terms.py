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


def term_columns(paragraphs: list[Paragraph]) -> dict[str, list[Any]]:
    """The rows of the terms table as columns: a paragraph has hundreds of terms, and a list per column is
    built by C-level extends where a dict per row is not."""
    columns: dict[str, list[Any]] = {"doc_id": [], "paragraph_id": [], "term": [], "tf": [], "paragraph_terms": []}
    for p in paragraphs:
        counts = terms(p.text)
        n = len(counts)
        columns["doc_id"] += [p.doc_id] * n
        columns["paragraph_id"] += [p.paragraph_id] * n
        columns["term"] += counts.keys()
        columns["tf"] += counts.values()
        columns["paragraph_terms"] += [sum(counts.values())] * n
    return columns
