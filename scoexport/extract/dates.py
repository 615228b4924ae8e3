"""Date facts: absolute and contextual dates, resolved against the publication date."""
from __future__ import annotations

from ..records import Fact
from .base import Context, make_fact
from .date_context import find_dates_in_context


def date_facts(ctx: Context) -> list[Fact]:
    reference = ctx.reference_date()
    facts = []
    for p in ctx.paragraphs:
        for d in find_dates_in_context(p.text, reference):
            if ctx.is_claimed(p.paragraph_id, d.start, d.end):
                continue  # inside an entity's name ("the May 4th Movement")
            facts.append(make_fact(ctx, p, "date", d.start, d.end, d.value, precision=d.precision))
            ctx.claim(p.paragraph_id, d.start, d.end)
    return facts
