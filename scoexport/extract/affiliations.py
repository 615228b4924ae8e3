"""Bodies named as a person's affiliation, in parentheses right after the person's name: "Gonzalo Ferraro Rey (Graña
y Montero)", "José Fernando Castillo Dibos (ICCGSA)", "Raphaël Hertzog (Freexian)".

Enters: a paragraph's text, its language and the hits the other rules found. Leaves: organization hits.

Why it works: a text that names people in a row says where each belongs in parentheses after the name, and a
capitalized name there, which no rule knows as a place, is the body the person works for or sits for. What a
parenthesis after a name holds otherwise is written otherwise: a role or a description in lower case ("seguridad del
expresidente"), an age or a date in digits, a place the gazetteer knows ("(France)": the gazetteer reads it), a
word of the language (a German noun, "Vorstand"; plain English words, "Retired", "Democrat"), or an abbreviated
word, which keeps its consonants and drops its vowels ("(Stmk)", "(Bgld)": provinces), or a country's code, which
is a nationality ("Dorothea Wierer (ITA)"), as the code before a results row's time or gap is ("(GER) +1:02,3"). A
given name opening it names a person ("(Jane Doe)"), a party's letter a label ("Kristi Noem (R)", "(D-N.J.)"), a
title, an office or a month no body ("(Vizebürgermeister von Eisenerz)").
"""
from __future__ import annotations

import re
from functools import cache

from ..data import load_json
from ..spans import SpanSet
from .gazetteer import Entry, Hit, lookup
from .name_shapes import stops_a_name
from .name_stops import function_words, is_common_noun, not_given_words, plural_short_form
from .noun_case_names import is_office
from .tokens import CAPITALS
from .words import given_names, plain_words

_WORD = rf"[{CAPITALS}0-9][\w&.'’+-]*"
# a capitalized word, up to five more words joined by lower-case function words ("Graña y Montero"), closed at once
_AFFILIATION = re.compile(rf" \((?P<name>{_WORD}(?: (?:[a-zß-öø-ÿ]{{1,4}} )?{_WORD}){{0,4}})\)")
# what follows a results row's code: a time, a score, a gap ("Dorothea Wierer (ITA) 37:52,3", "(NOR) +1.06,6")
_RESULT_AFTER = re.compile(r" ?[+–-]?\d")
_PARTY_LABEL = re.compile(r"[A-Z](?:$|-)")
_VOWEL = re.compile(r"[AEIOUYaeiouyÀ-ÆÈ-ÏÒ-ÖÙ-Üà-æè-ïò-öù-ü]")


@cache
def _country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes of the gazetteer's countries ("ITA", "FRA"): after a person, a nationality."""
    return frozenset(row["id"] for row in load_json("gazetteer.json")["countries"])


def _body_name(name: str, language: str) -> bool:
    words = name.split()
    if plural_short_form(name):
        return False  # "(NMUs)": several things of a kind
    if _PARTY_LABEL.match(name):
        return False  # "Kristi Noem (R)", "(D-N.J.)": a party and a state by their letters, a label
    if name in _country_codes():
        return False  # "Dorothea Wierer (ITA)": a nationality, no entity
    capitalized = [w for w in words if not w.islower()]
    names, word_names = given_names()
    known = lookup(name)
    if known is not None and known.type != "organization":
        return False  # "(France)", "(Texas)": a place, which the gazetteer reads
    if len(words) == 1 and not name.isupper() and not _VOWEL.search(name):
        return False  # "(Stmk)", "(Bgld)": an abbreviated word
    if words[0] in names or words[0] in word_names or any(c in not_given_words() for c in capitalized):
        return False  # "(Jane Doe)": a person; "(März)", "(Die Linke)": a month, a function word
    if any(w.lower() not in function_words(language) and w.lower() not in function_words("en") for w in words
           if w.islower()):
        return False  # a lower-case word other than a name's joint: a phrase
    if any(is_common_noun(c, language) or is_office(c, language) or stops_a_name(c.rstrip(".")) for c in capitalized) \
            and known is None:
        return False  # "(Vorstand VA Erzberg)", "(Retd. Col.)": a role or a title
    return not all(c in plain_words() or c.isdigit() for c in capitalized)  # "(Democrat)", "(2019)"


def affiliations(text: str, hits: list[Hit], language: str) -> list[Hit]:
    """Organization hits for the names in parentheses right after a person's name; none where another rule found a
    place or a body there already (the characters others took are marked once: linear in the paragraph)."""
    if " (" not in text:
        return []
    found = []
    others: SpanSet | None = None
    for h in hits:
        if h.entry.type != "person":
            continue
        m = _AFFILIATION.match(text, h.end)
        if m is None or _RESULT_AFTER.match(text, m.end()) or not _body_name(m.group("name"), language):
            continue
        if others is None:
            others = SpanSet(len(text))
            for o in hits:
                if o.entry.type != "person":
                    others.add(o.start, o.end)
        if not others.overlaps(*m.span("name")):
            known = lookup(m.group("name"))
            entry = known if known is not None else Entry("organization", m.group("name"), None)
            found.append(Hit(*m.span("name"), entry, "org_rule"))
    return found
