"""Extract: typed facts with provenance from a document's paragraphs and sentences.

Each extractor is a plain function of the document's `Context` that returns facts; `extract`
runs them in order (entities first, since quotes look for their speakers among them; dates
before numbers, so that a year is not also a number) and sorts the facts by place.
"""
from __future__ import annotations

from ..records import Fact, Mention
from .base import Context, Extractor
from .dates import date_facts
from .entities import entity_facts
from .numbers import number_facts
from .quotes import quote_facts

EXTRACTORS: list[Extractor] = [entity_facts, date_facts, number_facts, quote_facts]

__all__ = ["EXTRACTORS", "Context", "Extractor", "extract"]


def extract(ctx: Context) -> tuple[list[Fact], list[Mention]]:
    facts: list[Fact] = []
    for extractor in EXTRACTORS:
        facts.extend(extractor(ctx))
    facts.sort(key=lambda f: (f.paragraph_id, f.start, f.end, f.kind))
    return facts, ctx.mentions
