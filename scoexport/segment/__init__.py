"""Segment: cleaned blocks become paragraphs with IDs, and paragraphs become sentences.

Enters: a document's ID and its kept `Block`s. Leaves: `Paragraph`s (ID, order, kind, section,
text, source spans) and `Sentence`s with offsets into their paragraph, from `splitter`, a rule
splitter that knows abbreviations and initials.
"""
from __future__ import annotations

from .paragraphs import paragraphs, sentences
from .splitter import sentence_spans, split_sentences

__all__ = ["paragraphs", "sentence_spans", "sentences", "split_sentences"]
