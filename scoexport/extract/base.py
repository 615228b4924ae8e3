"""What every extractor shares: the document context and the making of a fact with its provenance."""
from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import ids
from ..clean.published import reference_date
from ..records import Fact, Metadata, Paragraph, Sentence
from ..spans import SpanSet

Span = tuple[int, int]


@dataclass
class Earlier:
    """What the windows before this one found in a long document (`scoexport.windows`), for the ones after:
    the date relative dates resolve against (read in the first window), the people named in full (by
    name key) and the entities acronyms were defined as, so that "Smith" after "John Smith" and "the IMF"
    after its definition resolve across a window's edge. Grows with distinct names, not with the text."""

    reference: dt.date | None = None
    people: dict[str, Any] = field(default_factory=dict)  # person key -> gazetteer.Entry, first naming
    acronyms: dict[str, Any] = field(default_factory=dict)  # short form -> gazetteer.Entry, last definition


@dataclass
class Context:
    """What an extractor may know of the document beyond one sentence.

    Extractors share nothing through it: each gets its own, whose `claimed` spans are those of the
    facts it was given (`claiming`) plus the ones it claims itself.
    """

    doc_id: str
    metadata: Metadata
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    # spans of the paragraph text already taken (a date is not also a number)
    claimed: dict[str, SpanSet] = field(default_factory=dict)
    _by_paragraph: dict[str, tuple[list[int], list[Sentence]]] | None = None
    earlier: Earlier | None = None  # set when the document is processed in windows

    def claiming(self, facts: Iterable[Fact]) -> Context:
        """The same document for the next extractor, with the spans of `facts` taken."""
        self._sentence_index("")  # build the index once; the new context reads it
        ctx = Context(self.doc_id, self.metadata, self.paragraphs, self.sentences, _by_paragraph=self._by_paragraph,
                      earlier=self.earlier)
        for f in facts:
            ctx.claim(f.paragraph_id, f.start, f.end)
        return ctx

    def paragraph_order(self) -> dict[str, int]:
        """Each paragraph's place in the document (IDs compare as text only while they keep their padding)."""
        return {p.paragraph_id: p.seq for p in self.paragraphs}

    def _sentence_index(self, paragraph_id: str) -> tuple[list[int], list[Sentence]]:
        """(start offsets, sentences) of a paragraph, built once for the document."""
        if self._by_paragraph is None:
            self._by_paragraph = {}
            for s in self.sentences:
                starts, sents = self._by_paragraph.setdefault(s.paragraph_id, ([], []))
                starts.append(s.start)
                sents.append(s)
        return self._by_paragraph.get(paragraph_id, ([], []))

    def sentence_at(self, paragraph_id: str, offset: int) -> Sentence | None:
        starts, sents = self._sentence_index(paragraph_id)
        i = bisect.bisect_right(starts, offset) - 1
        return sents[i] if i >= 0 else (sents[0] if sents else None)

    def sentences_of(self, paragraph_id: str) -> list[Sentence]:
        return self._sentence_index(paragraph_id)[1]

    def is_claimed(self, paragraph_id: str, start: int, end: int) -> bool:
        taken = self.claimed.get(paragraph_id)
        return taken is not None and taken.overlaps(start, end)

    def claim(self, paragraph_id: str, start: int, end: int) -> None:
        taken = self.claimed.get(paragraph_id)
        if taken is None:
            taken = self.claimed[paragraph_id] = SpanSet(end)
        taken.add(start, end)

    def reference_date(self) -> dt.date | None:
        if self.earlier is not None:
            return self.earlier.reference
        return reference_date(self.metadata.published_date, self.paragraphs)


def make_fact(ctx: Context, paragraph: Paragraph, kind: str, start: int, end: int, value: str | None,
              **extra: object) -> Fact:
    sentence = ctx.sentence_at(paragraph.paragraph_id, start)
    return Fact(ids.fact_id(paragraph.paragraph_id, kind, start, end), paragraph.doc_id, paragraph.paragraph_id,
                sentence.sentence_id if sentence else None, kind, paragraph.text[start:end], value, start, end,
                **extra)  # type: ignore[arg-type]
