"""Segment: blocks become paragraphs with IDs and spans, paragraphs become sentences."""
from __future__ import annotations

from .. import ids
from ..records import Block, Box, Paragraph, Sentence
from .splitter import sentence_spans, split_sentences

__all__ = ["paragraphs", "sentence_spans", "sentences", "split_sentences"]


def page_boxes(block: Block) -> list[tuple[int, Box]] | None:
    """The block's boxes, one per piece (a page, or a column: the next line starts above the last one), or None.

    Each box is the union of its lines' boxes, so a paragraph going on in the next column or on the
    next page has one box there too.
    """
    boxes: list[tuple[int, Box]] = []
    for ln in block.lines:
        if ln.box is None:
            return None
        if boxes and boxes[-1][0] == ln.page and ln.box[3] <= boxes[-1][1][1] + 0.5 * (ln.box[3] - ln.box[1]):
            x0, y0, x1, y1 = boxes[-1][1]
            boxes[-1] = (ln.page, (min(x0, ln.box[0]), min(y0, ln.box[1]), max(x1, ln.box[2]), max(y1, ln.box[3])))
        else:
            boxes.append((ln.page, ln.box))
    return boxes


def paragraphs(doc_id: str, blocks: list[Block], first_seq: int = 0) -> list[Paragraph]:
    """The blocks as paragraphs numbered from `first_seq` (a later window of a long document goes on counting)."""
    out = []
    for seq, b in enumerate(blocks, start=first_seq):
        boxes = page_boxes(b)
        out.append(Paragraph(doc_id, ids.paragraph_id(doc_id, seq), seq, b.kind, b.section, b.text, b.spans,
                             None if boxes is None else sorted({page for page, _ in boxes}), boxes, b.literals,
                             b.quotation, b.titles, b.references))
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
