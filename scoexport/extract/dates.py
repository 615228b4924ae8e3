"""Date facts: absolute and contextual dates, resolved against the publication date.

A copyright line ("(c) Thomson Reuters 2020", "Copyright 2019 ...") dates the text's rights, not
an event: dates after a copyright sign in the same sentence are left out of the timeline.
"""
from __future__ import annotations

import re

from ..records import Fact
from .base import Context, make_fact
from .date_context import find_dates_in_context

_COPYRIGHT = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright\b)[^.!?\n]*$")


def date_facts(ctx: Context) -> list[Fact]:
    reference = ctx.reference_date()
    facts = []
    for p in ctx.paragraphs:
        for d in find_dates_in_context(p.text, reference):
            if ctx.is_claimed(p.paragraph_id, d.start, d.end):
                continue  # inside an entity's name ("the May 4th Movement")
            if _COPYRIGHT.search(p.text, max(0, d.start - 80), d.start):
                ctx.claim(p.paragraph_id, d.start, d.end)  # not a number either
                continue
            facts.append(make_fact(ctx, p, "date", d.start, d.end, d.value, precision=d.precision))
            ctx.claim(p.paragraph_id, d.start, d.end)
    return facts
