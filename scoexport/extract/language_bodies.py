"""Named bodies in languages other than English: "la Fiscalía", "die Bundesregierung", "Ministério da Saúde".

Enters: a paragraph's text and the document's language. Leaves: (start, end) of each organization's name.

Why it works: a text names the bodies of its own country by their common noun, capitalized as a name
("la Procuraduría", "el Poder Judicial", "le Sénat"); these languages write a common noun in lower case inside a
sentence (German writes every noun capitalized, so for it only the names of one body are listed: "Bundesregierung",
not "Ministerium"), so the capitalized word inside a sentence is the name. A head noun before the language's "of"
and capitalized words names a body ("Ministerio de Economía", "Bundesministerium für Wirtschaft", "Landesverband
des Kfz-Gewerbes"). A short name written after a noun of those who lead, speak for or belong to a body, with the
language's "of" or none ("Sprecher der FDP", "rzecznik PSL", "porte-parole du RN"), or in German joined to one
("FDP-Vorsitzende"), names that body: the news names a party or an agency by its letters so, without defining
them. The words are in `data/organization_heads_languages.json`, keyed by language.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..data import adjective_endings, alternation, genitive_ending, genitive_endings, load_json, of_words
from ..text import opens_clause
from .country_names import country_initials
from .gazetteer import lookup
from .gazetteer_forms import known_form
from .local_bodies import town_bodies, trade_firms
from .name_stops import determiners
from .tokens import CAPITALS

# languages (ISO 639) that capitalize every noun: there a capitalized run is no name by its shape, and a body's name is
# its capitalized words (the numbers' list, `number_context.json`: one list for both)
NOUNS_CAPITALIZED = frozenset(load_json("number_context.json")["noun_capitalizing_languages"])
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*"


@cache
def _heads(language: str) -> dict[str, Any]:
    """The language's entry of `organization_heads_languages.json`: none for English, whose heads the gazetteer
    and `organizations` read."""
    if language == "en":
        return {}
    table = load_json("organization_heads_languages.json").get(language, {})
    federal = table.get("federal")
    if federal:  # "Bundespolizei": a federation's one body of a kind, the prefix joined to the kind's noun
        table = table | {"bodies": [*table.get("bodies", ()), *(federal["prefix"] + b.lower() for b in federal["bodies"])]}
    of = of_words(language)  # the language's "of" where of_languages.json holds it for every rule
    return table | {"of": of} if of and table else table


@cache
def _suffixes(language: str) -> tuple[str, ...]:
    return tuple(_heads(language).get("suffixes", ()))


def is_head_noun(word: str, language: str) -> bool:
    """Whether `word` is, whole, a head noun the language joins to a body's name ("Institut", "Behörde", any case):
    alone it names any body of its kind, or is a surname ("Salome Kammer"), never one body."""
    return word.lower() in _suffixes(language)


def ends_in_head_noun(word: str, language: str) -> bool:
    """Whether `word` ends in such a head noun, whole or as a compound's ending ("Mediengruppe", "Koch-Institut"):
    German joins a body's head to what names it, so the compound names a body."""
    return word.lower().endswith(_suffixes(language))


@cache
def _patterns(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    table = _heads(language)
    bodies, heads, of = table.get("bodies"), table.get("heads"), table.get("of")
    # a body's noun declined in the genitive ("des Bundestages", "des Bundesrats"): data.genitive_endings
    genitive = genitive_ending(language)
    alone = re.compile(rf"(?<![\w-])(?:{alternation(bodies, flexible_spaces=True)}){genitive}(?![\w-])") if bodies else None
    # "Landesverband des Kfz-Gewerbes": the head, "of" and one to three capitalized words (a lower-case "de"
    # between them: "Ministerio de Economía y Finanzas" stops at "y")
    # a compound may end in the head, its first parts a founder's name ("Bernhard-Nocht-Institut für Tropenmedizin")
    named = re.compile(rf"(?<![\w-])(?:[{CAPITALS}][\w'’]*-)*(?:{alternation(heads)})\s+"
                       rf"(?:{alternation(of, flexible_spaces=True)})\s+"
                       rf"{_NAME_WORD}(?:\s+(?:(?:de|da|do|del|des|der|di|la)\s+)?{_NAME_WORD}){{0,2}}") \
        if heads and of else None
    return alone, named


@cache
def _at_place(language: str) -> re.Pattern[str] | None:
    """A head noun right before a capitalized word ("Universität Warschau", "Università Bocconi"): a body named
    after its seat where that word is a place."""
    table = _heads(language)
    heads = table.get("heads")
    return re.compile(rf"(?<![\w-])(?:{alternation(heads)})\s+(?P<place>{_NAME_WORD})(?![\w-])") if heads else None


# a short name: two to six letters, two capitals at least ("PSL", "KfW", "PiS"); a single capital is an initial
# ("KPÖ", "SPÖ": a capital with its umlaut is a capital)
_SHORT_LETTERS = rf"[{CAPITALS}][A-Za-z{CAPITALS}]{{0,4}}[{CAPITALS}][a-z]?"
_SHORT = rf"(?P<short>{_SHORT_LETTERS})(?![\w-])"


@cache
def _members(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Patterns for a short name after a member noun ("rzecznik PSL", "Sprecher der FDP") and, in German, before
    one it is joined to ("FDP-Vorsitzende")."""
    table = _heads(language)
    members, of = table.get("members"), table.get("of") or []
    if not members:
        return None, None
    linked = rf"(?:(?:{alternation(of, flexible_spaces=True)})\s+)?" if of else ""
    # the noun may open a sentence ("Rzecznik PSL"); the short name keeps its case
    before = re.compile(rf"(?<![\w-])(?i:{alternation(members)})\s+{linked}{_SHORT}")
    joined_members = alternation([*members, *table.get("joined_members", ())])
    joined = re.compile(rf"(?<![\w.-])(?P<short>{_SHORT_LETTERS})-(?P<member>{joined_members})"
                        rf"(?![\w-])") \
        if language == "de" else None
    return before, joined


def member_bodies(text: str, language: str) -> list[tuple[int, int]]:
    """Short names placed as a body's by a member noun before them or, in German, joined to them."""
    before, joined = _members(language)
    found = [m for pattern in (before, joined) if pattern for m in pattern.finditer(text)]
    # a country's short name is the country's ("US-Abgeordnete", "VAE" of "Vereinigte Arabische Emirate"), a body the
    # gazetteer knows keeps its entry
    # a noun a state's head bears as well ("Präsident") names a body's member only for a body the gazetteer knows:
    # "DDR-Präsident", "NRW-Präsident" join a state's or a region's short name the country list lacks
    countries = country_initials(language)
    state_heads = frozenset(_heads(language).get("joined_members", ()))
    return [m.span("short") for m in found if m.group("short") not in countries
            and ((known := lookup(m.group("short"))) is None or known.type == "organization")
            and (known is not None or "member" not in m.re.groupindex or m.group("member") not in state_heads)]


# an acronym written as a word: a capital and two to five small letters ("Oms", "Nato", "Unrwa", "Nascar"); read here
# for a body's short name and by acronyms.py for a short form in brackets
WORD_ACRONYM = r"[A-Z][a-z]{2,5}"
_WORD_ACRONYM = re.compile(rf"(?<![\w-]){WORD_ACRONYM}(?![\w-])")


def written_acronym(word: str) -> bool:
    """A body's short name written as a word ("Cnn", "Nato"), as the gazetteer knows it in capitals."""
    if not _WORD_ACRONYM.fullmatch(word):
        return False
    known = lookup(word.upper())
    return known is not None and known.type == "organization"


def word_acronyms(text: str, language: str) -> list[tuple[int, int]]:
    """Short names written as words inside a sentence, where the language's press writes acronyms so ("la Cnn",
    "l'Afp", "la Nato"): a capitalized word inside a sentence is a name, and the gazetteer knows this one in
    capitals as a body's short name. At a sentence's opening the capital says nothing ("Nato a Roma")."""
    table = _heads(language)
    if not table.get("acronyms_as_words"):
        return []
    return [m.span() for m in _WORD_ACRONYM.finditer(text)
            if not opens_clause(text, m.start()) and written_acronym(m.group())]


@cache
def _compound_at_place(language: str) -> re.Pattern[str] | None:
    """A word ending in a body's head noun right before a capitalized word ("Bezirksregierung Arnsberg",
    "Stadtsparkasse Dortmund"), in a language that joins the head to what names the body (German)."""
    suffixes = _suffixes(language) if language in NOUNS_CAPITALIZED else ()
    return re.compile(rf"(?<![\w-])(?=[{CAPITALS}])[\w-]*(?i:{alternation(suffixes)}) (?P<place>{_NAME_WORD})(?![\w-])") \
        if suffixes else None


def _seated(m: re.Match[str]) -> bool:
    """The word after a body's head is a place it has its seat in, a town as well: the head places the name, as a
    preposition of place does ("Bezirksregierung Arnsberg", "Montanuniversität Leoben")."""
    place = known_form(m.group("place"))
    return place is not None and place.type in ("city", "region", "country") and not place.demonym


@cache
def _adjectives(language: str) -> re.Pattern[str] | None:
    """One to three capitalized adjectives (a stem's suffix and a declined ending), a head noun and the head's "of"
    tail: the shape `adjective_bodies` reads; None for a language with no such adjectives listed."""
    table = _heads(language).get("name_adjectives")
    if not table:
        return None
    # "Römisch-katholische", "Evangelisch-reformierte": a compound adjective capitalizes its first part only
    endings = alternation(adjective_endings(language))
    word = rf"[{CAPITALS}](?:[a-zß-öø-ÿ]+-)?[a-zß-öø-ÿ]*(?:{alternation(table['stems'])})(?:{endings})"
    of = alternation(table.get("of", ()) or _heads(language).get("of", ()))
    return re.compile(rf"(?<![\w-])(?:(?:[{CAPITALS}][a-zß-öø-ÿ]+-)?{word} ){{1,3}}(?P<head>[{CAPITALS}][\w-]*)(?![\w-])"
                      rf"(?P<tail> (?:{of}) {_NAME_WORD}(?![\w-]))?")


def _one_body(word: str, language: str) -> bool:
    """Whether `word` is, whole, the noun of one body ("Bundestag", "Bundestages"): capitalized adjectives before it
    are the body's full name ("des Deutschen Bundestages")."""
    alone = _patterns(language)[0]
    return alone is not None and alone.fullmatch(word) is not None


def nominative_body(name: str, language: str) -> str:
    """A body's noun in the nominative where the text declines it ("Bundesrates" -> "Bundesrat"): the entity is named
    as the body names itself; any other name is returned as written."""
    endings = genitive_endings(language)
    if not endings or not _one_body(name, language):
        return name
    stems = [name[:-len(ending)] for ending in endings if name.endswith(ending)]
    return next((stem for stem in stems if stem.lower() in _bodies_lower(language)), name)


@cache
def _bodies_lower(language: str) -> frozenset[str]:
    return frozenset(b.lower() for b in _heads(language).get("bodies", ()))


def adjective_bodies(text: str, language: str) -> list[tuple[int, int]]:
    """Bodies named by capitalized adjectives and a head noun ("der Ökumenische Rat der Kirchen", "die Freiwillige
    Feuerwehr", "das Internationale Olympische Komitee"): German writes an adjective in lower case ("die katholische
    Kirche" is any), but capitalized where it is part of a name, so inside a sentence the capital names one body.
    The head's "of" tail goes with it ("Christkatholische Kirche der Schweiz"). At a sentence's start the capital is
    the sentence's, and says nothing."""
    pattern = _adjectives(language)
    if pattern is None:
        return []
    table = _heads(language)
    heads = frozenset((*table.get("heads", ()), *table["name_adjectives"].get("heads", ())))
    any_of_kind = determiners(language, "of_kind")  # "eine Freiwillige Feuerwehr": any one of the kind, no name
    found = []
    for m in pattern.finditer(text):
        head, before = m.group("head"), text[max(0, m.start() - 8):m.start()].split()
        named = head in heads or ends_in_head_noun(head, language) or _one_body(head, language)
        if named and not opens_clause(text, m.start()) \
                and not (before and before[-1].lower() in any_of_kind):
            found.append(m.span())
    return found


def language_bodies(text: str, language: str) -> list[tuple[int, int]]:
    alone, named = _patterns(language)
    found = adjective_bodies(text, language)
    found += [m.span() for m in named.finditer(text) if not any(s <= m.start() < e for s, e in found)] if named else []
    at_place = _at_place(language)
    for m in at_place.finditer(text) if at_place else ():
        place = lookup(m.group("place"))
        if place is not None and place.type in ("city", "region", "country") and not place.demonym \
                and not any(s <= m.start() < e for s, e in found):
            found.append(m.span())  # "Universität Warschau": the university, not the city
    compound = _compound_at_place(language)
    found += [m.span() for m in (compound.finditer(text) if compound else ()) if _seated(m)
              and not any(s <= m.start() < e for s, e in found)]
    found += member_bodies(text, language)
    found += town_bodies(text, language)
    found += trade_firms(text, language)
    found += word_acronyms(text, language)
    for m in alone.finditer(text) if alone else ():
        if language != "de" and opens_clause(text, m.start()):
            continue  # a capital that opens a sentence says nothing of a name
        if not any(s <= m.start() < e for s, e in found):
            found.append(m.span())
    return found


def names_body(name: str, language: str) -> bool:
    """A name written in full that the language's head nouns make a body's: a German compound ending in one
    ("Europäische Arzneimittelbehörde"), or a name opening with one ("Ministère de la Santé", "Instituto
    Nacional"); an acronym's definition in that language names an organization so. The head noun alone ("Behörde",
    "Bundesamt") names none: "Ein Sprecher der Behörde (BKA)" says which body, not what BKA stands for."""
    table = _heads(language)
    words = name.split()
    if not words:
        return False
    if len(words) == 1 and (name in table.get("heads", ()) or is_head_noun(name, language)):
        return False  # a bare head noun ("die Behörde", "das Bundesamt") is any body of its kind, not one body
    if language == "de":
        return ends_in_head_noun(words[-1], language)
    return words[0] in table.get("heads", ()) or any(name.startswith(b) for b in table.get("bodies", ()))
