"""Extract: typed facts with provenance from a document's paragraphs and sentences.

Each extractor is a plain function (paragraph, sentence, context) -> facts; `extract` runs them
all and gives every fact its sentence, offsets and ID.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .records import Fact, Mention, Metadata, Paragraph, Sentence


@dataclass
class Context:
    """What extractors may know of the document beyond one sentence."""

    doc_id: str
    metadata: Metadata
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    mentions: list[Mention] = field(default_factory=list)


Extractor = Callable[[Context], list[Fact]]
EXTRACTORS: list[Extractor] = []


def extract(ctx: Context) -> tuple[list[Fact], list[Mention]]:
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor(ctx))
    facts.sort(key=lambda f: (f.paragraph_id, f.start, f.end, f.kind))
    return facts, ctx.mentions
