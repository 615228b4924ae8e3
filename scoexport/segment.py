"""Segment: blocks become paragraphs with IDs and spans, paragraphs become sentences."""
from __future__ import annotations

import re
from functools import cache

from . import ids
from .data import load_lines
from .records import Block, Paragraph, Sentence

# A candidate boundary: terminal punctuation, closing quotes or brackets, then space and
# something that can open a sentence.
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]»]*)\s+(?=[\"'“‘(\[«]?[A-Z0-9À-ÖØ-ÞΑ-ΩА-Я])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_INITIAL = re.compile(r"^(?:\w\.)+$|^[A-Z]$")


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in load_lines("abbreviations.txt"))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the full stop at `dot` end an abbreviation or an initial rather than a sentence?"""
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1).lstrip("(\"'“‘[")
    return word.lower() in _abbreviations() or bool(_INITIAL.match(word))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        punct = m.group(1)
        if punct == "." and not m.group(2) and _is_abbreviation(text, m.start(1)):
            continue
        end = m.end(2)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split a paragraph's text into sentences."""
    return [text[s:e] for s, e in sentence_spans(text)]


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
