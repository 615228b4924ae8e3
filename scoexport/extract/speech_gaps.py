"""The gaps a verb of speech allows between itself and its speaker, as regular expressions over the text between
them (attribution.py reads them; quotes.py the words between a quote and its verb).

Enters nothing but the package's word lists (data/auxiliaries_languages.txt, role_phrase_stops.txt, the articles
of oblique_prepositions.json and singular_articles.json); leaves compiled patterns, built once. A speaker stands
next to its verb in news writing, or past a short apposition, adverbs and auxiliaries, or (after an inverted verb)
past a role phrase; each pattern is anchored at both ends of the gap, so a gap holding anything else names no
speaker. After an inverted verb, an article and a noun that end the clause are an epithet (`epithet_after`).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json, load_lines
from .oblique import articles

# what may stand between an inverted verb and the speaker: role words ("said Apple CEO Tim Cook"), also
# as an apposition before the name ("said the city's mayor, Ana Ruiz")
AFTER_VERB = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,4}(?:[a-z][\w'’.-]*,\s+)?$")
# the longer role phrase a language that sets the verb first writes before the name ("Lo ha detto la portavoce del
# ministero degli Esteri russo, Maria Zakharova"): words with no clause opening among them
# (data/role_phrase_stops.txt), a comma only
# at its end; names inside it after a preposition are the role's owner ("del Consiglio"), passed over
_ROLE_WORDS = 10

@cache
def auxiliary_words() -> str:
    """The auxiliaries and adverbs of data/auxiliaries_languages.txt, English ones and those of other languages ("she
    has said", "Halevi ha detto", "Macron a également déclaré"), as a regex alternation."""
    return rf"(?:{alternation(load_lines('auxiliaries_languages.txt'))})"


@cache
def between_words() -> str:
    """What may stand between a subject and its verb of speech: an auxiliary or adverb (`auxiliary_words`), or an
    English adverb in -ly ("Noem later tweeted", "he angrily told")."""
    return rf"(?:{auxiliary_words()}|\w+ly)"


@cache
def before_verb() -> re.Pattern[str]:
    """What may stand between a speaker and the verb: an apposition (", Apple's chief executive,") and adverbs or
    auxiliaries, or the reflexive pronoun of a verb of speech in another language ("Lindner sich ausdrückte")."""
    return re.compile(rf"^(?:\s*,[^,“”\"]{{1,80}},)?\s*(?:(?:{between_words()}|would|will|sich|se|si|się)\s+){{0,2}}$")


@cache
def apposed_gap() -> re.Pattern[str]:
    """The comma that closes a name that is a whole apposition, before its verb ("L'ex capo dell'esercito, Yair
    Golan, ha spiegato"); read only after a name with a comma before it, not one that ends a longer apposition
    ("Steve Clarke, deputy administrator in NASA’s Science Mission Directorate, said")."""
    return re.compile(rf"^\s*,\s*(?:(?:{between_words()}|would|will)\s+){{0,2}}$")


@cache
def capitalized_before() -> re.Pattern[str]:
    """A capitalized word just before the verb, past adverbs or auxiliaries: a surname ("Noem later tweeted")."""
    return re.compile(rf"\b([A-Z][a-z’'-]+)(?:’s|'s)?\s+(?:{between_words()}\s+){{0,2}}$")


@cache
def role_phrase() -> re.Pattern[str]:
    """The role phrase between an inverted verb and its speaker's name (`_ROLE_WORDS`)."""
    stops = alternation(load_lines("role_phrase_stops.txt"))
    word = rf"(?!(?:{stops})\b)(?:[\w'’.-]+|\(\w+\))"  # and an acronym in brackets: "dell'agenzia (Unrwa)"
    # it opens with an article ("la portavoce", "l'Ambasciatore"), maybe after a listener ("a SkyTg24 l'Ambasciatore"):
    # a verb's object or clause there ("di essere pronto a prendere parte ...") is no role
    return re.compile(rf"(?i)^\s+(?:{word}\s+{word}\s+)?{articles()}(?:{word}\s+){{0,{_ROLE_WORDS}}}(?:{word},\s+)?$")


@cache
def epithet_after(language: str) -> re.Pattern[str] | None:
    """A singular definite article and a noun (an adjective before it maybe) that end the clause after a verb of
    speech, in a language whose verb may come first: "„...“, sagte der Hamburger.", "«...», ajoute la ministre"
    (data/singular_articles.json). News names someone so after naming them (the city, the job, the age): the
    one who spoke last, not a new speaker."""
    words = load_json("singular_articles.json").get(language)
    if not words:
        return None
    spaced = alternation(w for w in words if not w.endswith("'"))
    elided = alternation(w[:-1] for w in words if w.endswith("'"))
    article = rf"(?:(?P<article>{spaced})\s+|(?P<elided>{elided})['’])" if elided else rf"(?P<article>{spaced})\s+"
    return re.compile(rf"(?i)\s+{article}(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s*(?:[.,;:!?]|$)")



@cache
def after_quote() -> re.Pattern[str]:
    """A verb right after a closing quotation mark, past an auxiliary: "“...”, señaló", "“...”, ha aggiunto"."""
    return re.compile(rf"[”\"»“’]\s*(?:,\s*)?(?:{between_words()}\s+){{0,2}}$")


@cache
def voice_words() -> frozenset[str]:
    """The nouns of one who speaks for a body, written after its name or before it as its owner ("a Sussex Police
    spokesman", "il portavoce del ministero"; data/organization_voices.txt, owner_voices.txt)."""
    return frozenset((*load_lines("organization_voices.txt"), *load_lines("owner_voices.txt")))


@cache
def _indefinite_after(language: str) -> re.Pattern[str]:
    table = load_json("singular_articles.json")["indefinite"]
    words = table.get(language) or table["en"]
    spaced = alternation(w for w in words if not w.endswith("'"))
    elided = alternation(w[:-1] for w in words if w.endswith("'"))
    article = rf"(?:(?:{spaced})\s+|(?:{elided})['’])" if elided else rf"(?:{spaced})\s+"
    return re.compile(rf"(?i)\s+{article}(?P<words>[\w-]+(?:\s+[\w-]+){{0,2}})")  # its noun, maybe after a name


def unnamed_after(text: str, start: int, end: int, language: str | None) -> bool:
    """Does an indefinite article open the role after the verb from `start` to `end` that follows a quote, of one who
    does not speak for a body ("« ... », a ajouté un ténor de la droite", "« ... », selon un proche d'Edouard
    Philippe"; data/singular_articles.json `indefinite`, English's where the language has none listed)? The speaker
    is someone the text does not name, and a name after the role is its owner or the next clause's subject; "un
    porte-parole du ministère", "a WeWork spokesperson" still name the body. Elsewhere an indefinite article after a
    verb opens its object ("asked a question")."""
    m = _indefinite_after(language or "en").match(text, end)
    return m is not None and not voice_words().intersection(m.group("words").lower().split()) \
        and after_quote().search(text, max(0, start - 30), start) is not None
