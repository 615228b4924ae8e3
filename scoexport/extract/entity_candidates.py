"""Entity candidates of one paragraph: every name a rule finds in its text, before any is chosen.

Enters a paragraph with its document's context, the acronyms the paragraph defines and the words its page writes
in capitals; leaves hits (span, entry, rule), which may overlap: entities.py chooses among them and resolves them
across the document. The rules: gazetteer places and organizations (in the text's own language too: translated,
inflected and Cyrillic forms), organizations and minor places by the shape of their names (organizations.py,
towns.py), brand names and names listed with a person or an organization (coordination.py), people by rule
(people.py, name_shapes.py), organizations named as a report's source (sources.py), the document's authors and
publisher (metadata_names.py), a long form an acronym defines. Each rule finds what a kind of writing marks as a
name, so the evidence that a run is no name is weighed here where it is local to the paragraph: a name before a
lower-case noun names a thing ("a Lewis Leathers jacket"), a name alone in quotation marks is a title, text set
in capitals marks no name by its case (but for the names a list or a cue shows in it: capital_names.py), a long
form whose short form is plural names a kind of things, and a name inside an address's street ("1200 New Jersey
Avenue SE" is one place where the text tells of it, none in a contact block: quantities.street_addresses)."""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_lines
from ..names import company_suffix, looks_like_organization
from ..records import Paragraph
from ..text import is_all_caps
from .acronyms import Definition
from .affiliations import affiliations
from .aliases import defined_entity
from .base import Context, digit_starts, matches_at
from .capital_names import PageCapitals, capital_names, stands_alone
from .coordination import brands, coordinated, examples
from .country_names import find_inflected, find_state_forms, find_translated
from .cyrillic import find_cyrillic
from .firms import ampersand_firms
from .gazetteer import Entry, Hit, find, lookup, title_words
from .language_bodies import NOUNS_CAPITALIZED, language_bodies, nominative_body, written_acronym
from .language_kinds import after_kind, kind_bodies
from .matchups import matchups
from .metadata_names import metadata_names
from .name_contexts import kin_people, paired_people
from .name_stops import compass_words, plural_short_form
from .not_names import CAPITALS_HEADLINE_WORDS, headline, thing_after, word_in_capitals, work_title
from .noun_case_names import noun_case_bodies, noun_case_people
from .openings import acronym_starts
from .organizations import find_organizations
from .people import find_people
from .quantities import is_contact_block, street_addresses, web_addresses
from .second_surnames import with_second_surname
from .sources import find_sources
from .words import speech_verbs


def _organization(name: str) -> Entry:
    known = lookup(name) or (lookup(name.upper()) if written_acronym(name) else None)  # "Cnn" is the CNN
    if known and known.type == "organization":
        return known
    return Entry("organization", name, None)


def _place(kind: str, name: str) -> Entry:
    """A place by its shape; a dateline's town in capitals ("MADRID —") is the gazetteer's city where it knows it."""
    known = lookup(name.title()) if name.isupper() else None
    return known if known is not None and known.type == kind else Entry(kind, name, None)


def paragraph_hits(ctx: Context, p: Paragraph, definitions: list[Definition], page: PageCapitals) -> list[Hit]:
    """Every candidate name of paragraph `p`, overlapping as the rules found them; `definitions` are the acronyms
    it defines, `page` the words its page writes in capitals."""
    text = p.text
    language = ctx.metadata.language or "en"
    # names in Cyrillic, and countries as the text's own language writes them ("Estados Unidos")
    compass = compass_words(language)  # "nel Nord di Gaza": the north, not the French department the gazetteer knows
    hits = [*(h for h in find(text, language in NOUNS_CAPITALIZED, language) if text[h.start:h.end].lower() not in compass),
            *((*find_translated(text, language), *find_inflected(text, language)) if language != "en" else ())]
    if language != "en":  # "Bundesrepublik Deutschland": a country's full name, its form of state first
        hits += find_state_forms(text, language, hits)
    # a paragraph set in capitals ("THIS SOFTWARE IS PROVIDED ... NOT LIMITED TO") marks no name by its case
    capitals = is_all_caps(text)
    if capitals and len(text.split()) > CAPITALS_HEADLINE_WORDS:
        hits = [h for h in hits if not word_in_capitals(text[h.start:h.end])]
    hits += [h for h in find_cyrillic(text)
             if h.entry.type != "person" or not _WHOLE_QUOTATION.match(text[h.start - 1:h.end + 1])]
    for d in definitions:
        entry = defined_entity(d.long, language)
        if entry:
            hits.append(Hit(*d.long_span, entry, "acronym"))
    # German capitalizes every noun ("Eine Stunde", "Von Beginn"), a headline every word: there a capitalized
    # run is no name by its shape
    title = headline(p)
    english = language not in NOUNS_CAPITALIZED and not title
    nouns_of = language if language in NOUNS_CAPITALIZED else None
    shapes = [] if capitals else [*find_organizations(text, english, language == "en", nouns_of),
                                  *((start, end, "organization") for start, end in ampersand_firms(text))]
    if english and not capitals:
        shapes += [(start, end, "organization") for start, end in (*brands(text), *examples(text), *matchups(text))]
    if language != "en":  # "la Fiscalía", "Ministério da Saúde": bodies named by their head noun or their kind
        kinds = kind_bodies(text, language)
        shapes = after_kind(text, shapes, kinds) + [(start, end, "organization") for start, end in (
            *language_bodies(text, language), *kinds)]
    if language in NOUNS_CAPITALIZED and not title:  # "Robert Koch-Institut": a body named after a person
        shapes += [(start, end, "organization") for start, end in noun_case_bodies(text, language)]
    for start, end, kind in shapes:
        name = nominative_body(text[start:end], language)  # "des Bundesrates": the Bundesrat
        hits.append(Hit(start, end, _organization(name) if kind == "organization" else _place(kind, name), "org_rule"))
    if english:
        hits.extend(Hit(start, end, _organization(text[start:end]), "source") for start, end in find_sources(text))
    seen: set[tuple[int, int, bool]] = set()
    people = find_people(text, p.kind, english, language == "en", language)
    if language in NOUNS_CAPITALIZED and not title:  # "Christian Lindner", "Frau Merkel": given names and titles
        people += [(start, end, "given_name") for start, end in noun_case_people(text, language)]
    if language != "en" and not title:
        people += kin_people(text, language)  # "seines Bruders Mischa", "trois filles Aseel"
        people += paired_people(text, language)  # "Aron und Gianni"
    for start, end, rule in people:
        byline = rule == "byline" and p.kind == "dateline"
        if (start, end, byline) in seen:
            continue  # several rules find most names ("said John Smith": a given name and a speaker): one hit
        seen.add((start, end, byline))
        if _THING_AFTER.match(text, end) and thing_after(text, end):
            continue  # "the Yerba Buena theater", "a Lewis Leathers jacket": a name given to a place or thing
        if _PLURAL_POSSESSIVE.match(text, end - 1) or _WHOLE_QUOTATION.match(text[start - 1:end + 1]):
            continue  # "Rochdale Coroners’ Court" goes on; a name alone in quotation marks is a title or nickname
        if work_title(text[start:end]):
            continue  # "Jessie Release Notes", "Network Administration Guide": a work's title, not its writer
        if text[end:end + 1] in ("®", "™"):
            continue  # "Don Victor® honey": a registered mark is a brand's, whoever it is named after
        suffix = company_suffix().match(text, end)
        end = suffix.end() if suffix else end  # "Hammond Distilling Co.": a legal form ends a company's name
        end = with_second_surname(text, start, end, language) if not suffix else end  # "Alberto Pasco Font"
        name = text[start:end]
        is_org = byline or looks_like_organization(name)
        hits.append(Hit(start, end, Entry("organization" if is_org else "person", name, None), "person"))
    # names in capitals where a list, a suffix or a speaker's label makes them names ("SMITH, ALVARO R")
    hits.extend(Hit(start, end, Entry("person", name, None), "person") for start, end, name
                in capital_names(text, page, stands_alone(text, p.kind)))
    hits.extend(metadata_names(ctx.metadata, text))
    hits.extend(Hit(m.start(1), m.end(1), _organization(m.group(1)), "source")
                for pattern in (_acronym_speaker(), _acronym_members())
                for m in matches_at(pattern, text, acronym_starts(text))  # they open with a word in capitals
                if lookup(m.group(1)) is None and not text.isupper() and m.group(1).lower() not in title_words())
    # "Gonzalo Ferraro Rey (Graña y Montero)": where the person belongs; not a short form the words before define
    shorts = {d.short_span for d in definitions}
    hits += [h for h in affiliations(text, hits, language) if (h.start, h.end) not in shorts]
    if english and language == "en":  # the list's members are judged by the English word lists ("Stato" is none)
        hits.extend(coordinated(text, hits))
    elif language != "en" and not title and not capitals:  # "BMWK, BMWSB und BMF": by the text's own words
        hits.extend(coordinated(text, hits, language))
    hits += _with_country(text, hits)
    # "Non-Maintainer Uploads (NMUs)": a long form whose short form is plural names a kind of things, no one
    kinds = [d.long_span for d in definitions if plural_short_form(d.short)]
    if kinds:
        hits = [h for h in hits if not any(s < h.end and h.start < e for s, e in kinds)]
    # "1200 New Jersey Avenue SE": a street is one place (not "New Jersey" in its name, not a person "Westminster
    # Blvd"), where the text tells of it; a contact block's address (a telephone, a ZIP code) names no place but
    # its city and the organization to write to, and its state code is no organization ("DC 20590")
    addresses = web_addresses(text)
    if addresses:
        hits = [h for h in hits if not any(s < h.end and h.start < e for s, e in addresses)]
    streets = street_addresses(text, digit_starts(text))
    if not streets:
        return hits
    hits = [h for h in hits if not any(s < h.end and h.start < e for s, e in streets)]
    return hits if is_contact_block(text) else hits + [Hit(s, e, Entry("region", text[s:e], None), "org_rule")
                                                       for s, e in streets]


_THING_AFTER = re.compile(r" [a-z]")
_PLURAL_POSSESSIVE = re.compile(r"s['’] [A-Z]")
_WHOLE_QUOTATION = re.compile(r"[“\"‘«„].*[”\"’»“]$")  # « » and „ “ as Russian and German quote


@cache
def _acronym_speaker() -> re.Pattern[str]:
    """An acronym as the subject of a verb of speech ("the UAW said"): a person's name is not written in
    capitals, a body's short name is."""
    return re.compile(rf"(?<![\w.-])([A-Z]{{2,6}}),? (?:{alternation(speech_verbs())})\b")


@cache
def _acronym_members() -> re.Pattern[str]:
    """An acronym before a noun of those who serve a body ("SNP ministers", "VOA reporter"): a body's short name."""
    return re.compile(rf"(?<![\w.-])([A-Z]{{3,6}}) (?:{alternation(load_lines('member_nouns.txt'))})\b")


def _with_country(text: str, hits: list[Hit]) -> list[Hit]:
    """A country written right before an organization is part of its name ("U.S. Securities and Exchange
    Commission"); a known organization keeps its canonical name, the longer form being how this text writes it.
    A country, continent or world region right after one names its unit there ("Stellantis North America",
    "Google India"): a company names its national units so."""
    countries = {h.end: h for h in hits if h.entry.type == "country" and not h.entry.demonym}
    # a state or province (an ISO 3166-2 code) is no company's unit: "Apple Texas" is not written
    world_parts = {h.start: h for h in hits if not h.entry.demonym and (h.entry.type == "country" or (
        h.entry.type == "region" and "-" not in (h.entry.external_id or "-")))}
    extended = []
    for h in hits:
        part = world_parts.get(h.end + 1)
        if h.entry.type == "organization" and part is not None and text[h.end:part.start] == " ":
            extended.append(Hit(h.start, part.end, Entry("organization", text[h.start:part.end], None), h.rule))
        c = countries.get(h.start - 1)
        if h.entry.type == "organization" and c is not None and text[c.end:h.start] == " ":
            entry = h.entry if h.entry.external_id or lookup(h.entry.name) else Entry("organization", text[c.start:h.end], None)
            extended.append(Hit(c.start, h.end, entry, h.rule))
    return extended
