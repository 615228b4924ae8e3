"""Entity facts of a document: the candidates of each paragraph (entity_candidates.py) chosen where they overlap,
then, within the document, short forms resolved to their full form (surname -> full name, acronym -> long form)
and every mention given its entity ID.

Enters a document's context; leaves acronym and entity facts and their mentions. Where candidates
overlap the longest wins ("New Jersey", not Jersey), then the most explicit source (metadata,
acronym definition, gazetteer, shape rule, person rule, surname, report's source). Evidence decides type conflicts: an author
the gazetteer knows keeps its type ("Reuters"), a name with an organization word is an organization.
Not entities: nationalities, names in staff and photographers' credits and the document's own author where a
signature or a byline run into the text credits them (credits.py decides), a city that
stands for its government or team (places.py decides, as it decides "Georgia" the US state), and, in German text
and title-case headlines, capitalized runs that only look like names (not_names.py holds that evidence). A short
form the document defines as a term ("flight control computer (FCC)") names no body the gazetteer knows by the
same letters."""
from __future__ import annotations

from ..records import Fact, Mention
from ..resolve import entity_id
from ..spans import SpanSet
from .acronym_titles import titled_definitions
from .acronyms import find_definitions
from .aliases import Written, canonical, document_aliases, people_named
from .base import Context, make_fact
from .capital_names import page_capitals
from .credits import author_credit, is_prose
from .entity_candidates import paragraph_hits
from .gazetteer import Entry, Hit
from .not_names import Usage, headline, no_name, numbered_station, product_after, where_to_follow
from .places import actors, named_with_year, stands_for_government, us_states_by_evidence

# a report's source is an organization only where no rule knows the name as something else ("told Smith")
# rules that name a thing from a list or a shape, which a name the document gives in full outweighs
_GUESSED = frozenset({"gazetteer", "org_rule", "source", "coordinated"})
_PRIORITY = {"metadata": 0, "acronym": 1, "gazetteer": 2, "org_rule": 3, "person": 4, "alias": 5, "source": 6,
             "coordinated": 6}


def _select(hits: list[Hit], length: int) -> list[Hit]:
    """Longest first, then by rule priority; no two hits overlap."""
    taken = SpanSet(length)
    chosen = [h for h in sorted(hits, key=lambda h: (h.start - h.end, _PRIORITY[h.rule], h.start)) if taken.take(h.start, h.end)]
    return sorted(chosen, key=lambda h: h.start)


def entity_facts(ctx: Context) -> tuple[list[Fact], list[Mention]]:
    """Acronym and entity facts, and a mention of each entity for resolution across documents."""
    definitions = {p.paragraph_id: find_definitions(p.text, ctx.metadata.language or "en") for p in ctx.paragraphs}
    # the words the page writes in capitals: a surname so needs others so, and no acronym of the page's is one
    page = page_capitals((p.text for p in ctx.paragraphs), (d.short for defs in definitions.values() for d in defs))
    by_paragraph = {p.paragraph_id: paragraph_hits(ctx, p, definitions[p.paragraph_id], page) for p in ctx.paragraphs}
    # the names each paragraph keeps where candidates overlap: a person's name that a place's or a body's of the
    # same span outweighs ("Stati Uniti") gives no surname to resolve
    selected = {p.paragraph_id: _select(by_paragraph[p.paragraph_id], len(p.text)) for p in ctx.paragraphs}
    aliases = document_aliases(selected, definitions, ctx.earlier, ctx.metadata.language or "en")
    # a short form the document defines as a term ("flight control computer (FCC)") means that term here, not the
    # body the gazetteer knows by it (the Federal Communications Commission)
    terms = {d.short for defs in definitions.values() for d in defs} - set(aliases)
    # what the markup defines (<abbr title>) is an acronym fact only: its long form is no text, so it names nothing
    # here and gives no alias, and a body the gazetteer knows by the short form stays that body
    titled = titled_definitions(ctx.paragraphs, (d.short for defs in definitions.values() for d in defs),
                                ctx.metadata.language or "en")
    states = us_states_by_evidence(h for hits in by_paragraph.values() for h in hits)  # "Georgia" in a US story
    acting = actors((p.text, h) for p in ctx.paragraphs for h in selected[p.paragraph_id])
    # a town the document places ("In Bhagalpur, ...") is that town where a person rule guessed from one word
    # ("the Bhagalpur administration"); a surname of a person named in full stays the person's (aliases)
    towns = {h.entry.name: h.entry for hs in by_paragraph.values() for h in hs if h.entry.town and h.entry.name not in aliases}
    written = Written(aliases) if aliases else None
    names = people_named(aliases)
    full_names = Written(names) if names else None
    usage = Usage(ctx.paragraphs)
    authors = frozenset(ctx.metadata.authors)
    # where the text is: its first paragraph and its running text (a byline stands above both, a signature below)
    first_body = min((p.seq for p in ctx.paragraphs if p.kind == "body"), default=0)
    prose = [p.seq for p in ctx.paragraphs if p.kind == "body" and is_prose(p.text)]
    facts: list[Fact] = []
    mentions: list[Mention] = []
    for p in ctx.paragraphs:
        hits = [h for h in by_paragraph[p.paragraph_id] if not no_name(h, usage)]
        if towns:
            hits = [Hit(h.start, h.end, towns[h.entry.name], "gazetteer") if h.rule == "person" and h.entry.name in towns
                    else h for h in hits]
        if written is not None:
            found = [Hit(start, end, aliases[form], "alias") for start, end, form in written.find(p.text)]
            if names is not None and headline(p):  # "Joel Klecker Joins The Project": the name whole, not two
                found += [Hit(start, end, names[form], "alias") for start, end, form in full_names.find(p.text)]
            # "Nelson" after "Dylan Nelson" is the person, not the town; so is "Horford" after "Al Horford" where a
            # rule by the shape of a name saw a town ("his nemesis in Horford") or a body ("coalition Trump rode")
            spans = {(h.start, h.end) for h in found}
            hits = [h for h in hits if h.rule not in _GUESSED or (h.start, h.end) not in spans] + found
        for d in (*definitions[p.paragraph_id], *titled.get(p.paragraph_id, ())):
            facts.append(make_fact(ctx, p, "acronym", *d.short_span, d.long))
        if terms:
            hits = [h for h in hits if h.rule != "gazetteer" or p.text[h.start:h.end] not in terms]
        for h in _select(hits, len(p.text)):
            if h.entry.demonym:
                continue  # "Chinese", "South Korean": a nationality is not an entity, though it hides no other name
            if stands_for_government(p.text, h, acting) or named_with_year(p.text, h):
                continue  # "Beijing said": a city that speaks stands for its government or team, not the place;
                # "Polska 2050", "Paris 2024": a party or an event named after it
            product = product_after(p.text, h)
            if product is not None and not numbered_station(h):
                continue  # "Debian 11.0", "Windows 7", "Debian GNU/Linux": a product, not the body that makes it
            if product is not None:  # "Rai Radio 1": a channel's number is its name's
                h = Hit(h.start, product, Entry("organization", p.text[h.start:product], None), h.rule)
            if where_to_follow(p.text, h):
                continue  # "visit Arrowhead on Facebook, Twitter and Instagram": where to find a brand, not a subject
            if h.entry.type == "person" and p.text[h.start:h.end] in authors \
                    and author_credit(p.text, h.start, h.end, p.seq <= first_body or not prose or p.seq > prose[-1]):
                continue  # "Von Jana Kolb", a signature: the document's author credited as its maker
            entry = canonical(states.get(h.entry.external_id or "", h.entry), aliases)
            if entry.type == "person" and usage.releases(entry.name):
                continue  # "Mozilla Firefox" where the document lists "Firefox 50.0": a program, no one's name
            eid = entity_id(entry.type, entry.name, entry.external_id)
            fact = make_fact(ctx, p, "entity", h.start, h.end, entry.name, entity_id=eid, entity_type=entry.type)
            facts.append(fact)
            mentions.append(Mention(fact.fact_id, ctx.doc_id, entry.type, entry.name, fact.text, entry.external_id))
    return facts, mentions
