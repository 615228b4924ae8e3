"""Segment: blocks become paragraphs with IDs and spans, paragraphs become sentences."""
from __future__ import annotations

from .. import ids
from ..records import Block, Box, Paragraph, Sentence
from .splitter import sentence_spans, split_sentences

__all__ = ["paragraphs", "sentence_spans", "sentences", "split_sentences"]


def page_boxes(block: Block) -> list[tuple[int, Box]] | None:
    """The block's box on each page it lies on (the union of its lines' boxes), when the layout gave boxes."""
    boxes: dict[int, Box] = {}
    for ln in block.lines:
        if ln.box is None:
            return None
        x0, y0, x1, y1 = boxes.get(ln.page, ln.box)
        boxes[ln.page] = (min(x0, ln.box[0]), min(y0, ln.box[1]), max(x1, ln.box[2]), max(y1, ln.box[3]))
    return sorted(boxes.items())


def paragraphs(doc_id: str, blocks: list[Block]) -> list[Paragraph]:
    out = []
    for seq, b in enumerate(blocks):
        boxes = page_boxes(b)
        out.append(Paragraph(doc_id, ids.paragraph_id(doc_id, seq), seq, b.kind, b.section, b.text, b.spans,
                             None if boxes is None else [page for page, _ in boxes], boxes))
    return out


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
