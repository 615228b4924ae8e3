"""Extract: typed facts with provenance from a document's paragraphs and sentences.

Enters: a document's `Context` (ID, metadata, paragraphs, sentences). Leaves: its `Fact`s sorted by
place, and the `Mention`s of its entities for resolution across documents. Each extractor is a
plain function that returns facts; `extract` hands each one what the earlier ones found, so their
order is in its body: entities first (their names hold dates and numbers, "the May 4th Movement",
and quotes look for their speakers among them), dates in what names left, numbers in what names
and dates left, then quotes. What is not read is decided in `unread`, once: paragraphs of `UNREAD_KINDS` (a
reference list's entries and blocks of code stay in the paragraphs table, but their years, places, publishers,
page numbers, versions and quoted strings are no facts of the article), and spans of the others.
Identifiers in running text (codes, legal citations: the `identifiers` package decides) are
claimed before dates and numbers are read: the year in "AD 2018-23-51" is no date, the 39 of
"14 CFR 39.13" no number. No fact starts inside a paragraph's unread spans, whichever family found it: a literal
(code, a command, a file name), where only an acronym's definition is read, and a caption's credit (`unread`
decides them, the one filter below applies them).
"""
from __future__ import annotations

from ..records import Fact, Mention
from .base import Context, forget_paragraphs
from .dates import date_facts
from .entities import entity_facts
from .identifiers import identifier_spans, literal_names, manual_sections, model_numbers, named_models, numbered_headings
from .numbers import number_facts
from .quotes import quote_facts
from .unread import UNREAD_KINDS, read_facts, unread_spans

__all__ = ["UNREAD_KINDS", "Context", "extract"]



def extract(ctx: Context) -> tuple[list[Fact], list[Mention]]:
    forget_paragraphs()  # the rules share values of this document's paragraphs (`base.paragraph_memo`)
    # every paragraph, read or not: a caption's credit is judged by the paragraph right before it, as `clean.kinds`
    # judged the caption
    unread = unread_spans(ctx.paragraphs)
    ctx = ctx.reading([p for p in ctx.paragraphs if p.kind not in UNREAD_KINDS])
    found, mentions = entity_facts(ctx)
    found = read_facts(found, unread)
    kept = {f.fact_id for f in found}
    mentions = [m for m in mentions if m.fact_id in kept]
    names = [f for f in found if f.kind == "entity"]
    held = _identifiers(ctx)  # found once, claimed for both readers of numerals
    dates = date_facts(_claimed(ctx.claiming(names), held))
    numbers = number_facts(_claimed(ctx.claiming(names + dates), held))
    quotes = quote_facts(ctx, names)
    order = ctx.paragraph_order()
    facts = found + read_facts(dates + numbers + quotes, unread)
    facts.sort(key=lambda f: (order[f.paragraph_id], f.start, f.end, f.kind))
    return facts, mentions


def _identifiers(ctx: Context) -> list[tuple[str, int, int]]:
    """(paragraph ID, start, end) of each paragraph's identifiers: codes and citations, the document's model
    numbers where a name follows them ("Model 737-8" ... "the 737 MAX"), the manual sections after the names of
    commands and files ("``debdiff``" ... "see debdiff 1.") and the numbers of headings numbered as a series."""
    models = model_numbers(p.text for p in ctx.paragraphs)
    literals = literal_names(p.text for p in ctx.paragraphs)
    return [(p.paragraph_id, start, end) for p in ctx.paragraphs
            for start, end in [*identifier_spans(p.text), *named_models(p.text, models),
                               *manual_sections(p.text, literals)]] + numbered_headings(ctx.paragraphs)


def _claimed(ctx: Context, spans: list[tuple[str, int, int]]) -> Context:
    """The context with the identifiers' spans taken, as a name's span is."""
    for paragraph_id, start, end in spans:
        ctx.claim(paragraph_id, start, end)
    return ctx
