"""Run the extractors over paragraphs written in a test."""
from __future__ import annotations

import datetime as dt

from scoexport.extract import Context, extract
from scoexport.records import Fact, Mention, Metadata, Paragraph
from scoexport.segment.paragraphs import sentences


def facts_of(*texts: str, published: dt.date | None = None, kinds: tuple[str, ...] = ("body",),
             metadata: Metadata | None = None) -> tuple[list[Fact], list[Mention]]:
    meta = metadata or Metadata(published_date=published)
    paras = [Paragraph("doc", f"doc-p{i:04d}", i, kinds[i] if i < len(kinds) else "body", None, t, [(0, len(t))])
             for i, t in enumerate(texts)]
    sents = [s for p in paras for s in sentences(p)]
    return extract(Context("doc", meta, paras, sents))


def of_kind(facts: list[Fact], *kinds: str) -> list[Fact]:
    return [f for f in facts if f.kind in kinds]
