"""Segment: blocks become paragraphs with IDs and spans, paragraphs become sentences."""
from __future__ import annotations

from .. import ids
from ..records import Block, Paragraph, Sentence
from .splitter import sentence_spans, split_sentences

__all__ = ["paragraphs", "sentence_spans", "sentences", "split_sentences"]


def paragraphs(doc_id: str, blocks: list[Block]) -> list[Paragraph]:
    return [
        Paragraph(doc_id, ids.paragraph_id(doc_id, seq), seq, b.kind, b.section, b.text, b.spans)
        for seq, b in enumerate(blocks)
    ]


def sentences(paragraph: Paragraph) -> list[Sentence]:
    if paragraph.kind != "body":
        spans = [(0, len(paragraph.text))]
    else:
        spans = sentence_spans(paragraph.text)
    return [
        Sentence(paragraph.doc_id, paragraph.paragraph_id, ids.sentence_id(paragraph.paragraph_id, seq), seq,
                 paragraph.text[s:e], s, e)
        for seq, (s, e) in enumerate(spans)
    ]
