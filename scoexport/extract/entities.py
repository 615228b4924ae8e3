"""Entity facts: gazetteer places and organizations, acronyms, organization names by their head
word, people by rule; then, within the document, short forms resolved to their full form
(surname -> full name, acronym -> long form) and every mention given its entity ID."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..data import alternation, load_lines
from ..records import Fact, Mention, Paragraph
from ..resolve import entity_id, person_key
from ..spans import SpanSet
from .acronyms import Definition, find_definitions
from .base import Context, make_fact
from .gazetteer import Entry, Hit, find, lookup
from .people import find_people

_PRIORITY = {"acronym": 0, "gazetteer": 1, "org_rule": 2, "person": 3, "alias": 4}


@dataclass
class _Doc:
    hits: dict[str, list[Hit]]
    definitions: dict[str, list[Definition]]


@cache
def _org_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in load_lines("organization_heads.txt"))
    word = r"[A-Z](?:[\w&-]|['’](?!s )|\.(?=\w))*"  # no full stop at its end, no possessive
    # "of ..." ends the name unless another "of" follows: "Bank of England", not "Council of Heads" of States
    tail = rf"(?: (?:of|for) (?:the )?{word}(?: {word}){{0,3}}\b(?! of\b| for\b))"
    return re.compile(rf"\b(?:(?:{word} (?:(?:and|&) )?){{1,5}}(?:{heads})\b{tail}?|(?:{heads}){tail})")


def _defined_entity(long: str) -> Entry | None:
    """What an acronym's long form names: a gazetteer entry, or an organization by its head word
    ("... Research Center"); None for other terms ("gross domestic product", "Belt and Road Initiative")."""
    known = lookup(long)
    if known:
        return known
    heads = {h.lower() for h in load_lines("organization_heads.txt")}
    if any(w.lower().strip(",") in heads for w in long.split()):
        return Entry("organization", long, None)
    return None


def _organization(name: str) -> Entry:
    known = lookup(name)
    if known and known.type == "organization":
        return known
    return Entry("organization", name, None)


def _select(hits: list[Hit], length: int) -> list[Hit]:
    """Longest first, then by rule priority; no two hits overlap."""
    taken = SpanSet(length)
    chosen = [h for h in sorted(hits, key=lambda h: (h.start - h.end, _PRIORITY[h.rule], h.start)) if taken.take(h.start, h.end)]
    return sorted(chosen, key=lambda h: h.start)


def _paragraph_hits(ctx: Context, p: Paragraph, definitions: list[Definition]) -> list[Hit]:
    text = p.text
    hits = find(text)
    for d in definitions:
        entry = _defined_entity(d.long)
        if entry:
            hits.append(Hit(*d.long_span, entry, "acronym"))
    for m in _org_pattern().finditer(text):
        start = m.start() + (4 if m.group().startswith("The ") else 0)
        if len(text[start:m.end()].split()) >= 2:
            hits.append(Hit(start, m.end(), _organization(text[start:m.end()]), "org_rule"))
    for start, end, rule in find_people(text, p.kind):
        name = text[start:end]
        is_org = rule == "byline" and p.kind == "dateline"
        hits.append(Hit(start, end, Entry("organization" if is_org else "person", name, None), "person"))
    _add_metadata_names(ctx, text, hits)
    return hits


def _add_metadata_names(ctx: Context, text: str, hits: list[Hit]) -> None:
    """The authors and the publisher the cleaning stage found are people and an organization wherever written."""
    names = [(a, "person") for a in ctx.metadata.authors] + [(ctx.metadata.publisher, "organization")]
    for name, kind in names:
        if not name:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            hits.append(Hit(m.start(), m.end(), Entry(kind, name, None), "person"))


def _aliases(doc: _Doc) -> dict[str, Entry]:
    """Short forms that stand for a full form elsewhere in the document: surnames, acronyms."""
    people: dict[str, Entry] = {}
    for hits in doc.hits.values():
        for h in hits:
            if h.entry.type == "person" and " " in h.entry.name:
                people.setdefault(person_key(h.entry.name), h.entry)
    forms: dict[str, Entry | None] = {}
    for entry in people.values():
        for token in entry.name.split():
            if len(token) >= 2 and not token.endswith(".") and lookup(token) is None:
                forms[token] = entry if forms.get(token, entry) == entry else None  # shared by two people: ambiguous
    for defs in doc.definitions.values():
        for d in defs:
            entry = _defined_entity(d.long)
            if entry:
                forms[d.short] = entry
    return {k: v for k, v in forms.items() if v is not None}


def _canonical(entry: Entry, aliases: dict[str, Entry]) -> Entry:
    if entry.type == "person" and " " not in entry.name and entry.name in aliases:
        return aliases[entry.name]
    return entry


def entity_facts(ctx: Context) -> tuple[list[Fact], list[Mention]]:
    """Acronym and entity facts, and a mention of each entity for resolution across documents."""
    definitions = {p.paragraph_id: find_definitions(p.text) for p in ctx.paragraphs}
    doc = _Doc({p.paragraph_id: _paragraph_hits(ctx, p, definitions[p.paragraph_id]) for p in ctx.paragraphs}, definitions)
    aliases = _aliases(doc)
    alias_pattern = re.compile(r"(?<![\w-])(?:" + alternation(aliases)
                               + r")(?![\w-])") if aliases else None
    facts: list[Fact] = []
    mentions: list[Mention] = []
    for p in ctx.paragraphs:
        hits = doc.hits[p.paragraph_id]
        if alias_pattern:
            hits = hits + [Hit(m.start(), m.end(), aliases[m.group()], "alias") for m in alias_pattern.finditer(p.text)]
        for d in definitions[p.paragraph_id]:
            facts.append(make_fact(ctx, p, "acronym", *d.short_span, d.long))
        for h in _select(hits, len(p.text)):
            entry = _canonical(h.entry, aliases)
            eid = entity_id(entry.type, entry.name, entry.external_id)
            fact = make_fact(ctx, p, "entity", h.start, h.end, entry.name, entity_id=eid, entity_type=entry.type)
            facts.append(fact)
            mentions.append(Mention(fact.fact_id, ctx.doc_id, entry.type, entry.name, fact.text, entry.external_id))
    return facts, mentions
