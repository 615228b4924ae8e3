"""The shapes a verb of speech's subject takes in the words just before the verb, as English writes them
(attribution.py reads them; other languages' epithets and pronouns are speech_gaps.py's and speech_verbs.py's): a
pronoun ("he also said"), a role ("the governor said"), a capitalized kind of body ("the Government said"), an
organization named by its kind ("a company spokesperson told"), a person's words ("his statement said"), one who
speaks for an organization written after its name ("Sussex Police spokesman said"), and the comma that closes an
apposition before the verb (in any language: "Marco Bianchi, il sindaco che ..., ha detto").

Enters: nothing (each function builds its pattern once from the data files). Leaves: compiled patterns that
attribution.py matches against the text before a verb; each ends at the verb, past the adverbs and auxiliaries
`speech_gaps.between_words` allows between a subject and its verb, so that a match is the verb's own subject.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_lines
from .speech_gaps import auxiliary_words, between_words


@cache
def pronoun_subject() -> re.Pattern[str]:
    """A pronoun subject, with up to two adverbs or auxiliaries before its verb ("he instead told", "she has said")."""
    return re.compile(rf"\b(?P<pronoun>he|she|they)\s+(?:(?:{between_words()}|instead|would|will)\s+){{0,2}}$", re.I)


@cache
def apposition_closed() -> re.Pattern[str]:
    """The comma that closes an apposition before the verb, with the auxiliary of a compound tense or an adverb after
    it ("Marco Bianchi, il sindaco che ..., ha detto", "Claire Dubois, ..., a déclaré", "..., has said")."""
    return re.compile(rf",\s*(?:{between_words()}\s+){{0,2}}$")


@cache
def role_subject() -> re.Pattern[str]:
    """A role as the subject, past an adverb or auxiliary ("the governor also said"), which is no role itself (a noun
    may end in -ly: "the family said")."""
    return re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<role>(?!{auxiliary_words()}\s)[a-z]+)\s+(?:{between_words()}\s+)?$")


@cache
def capitalized_kind() -> re.Pattern[str]:
    """A capitalized noun as the subject ("the Government said", "the Council has told")."""
    return re.compile(rf"\b[Tt]he\s+(?P<kind>[A-Z][a-z]+)\s+(?:{between_words()}\s+)?$")


@cache
def organization_subject() -> re.Pattern[str]:
    """A subject that names an organization by its kind ("the company", "a company spokesperson", "the
    agency’s spokeswoman"), just before a verb of speech: news refers back so to the organization it named."""
    nouns = alternation(load_lines("organization_nouns.txt"))
    voices = alternation(load_lines("organization_voices.txt"))
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:{nouns})(?:(?:’s|'s)?\s+(?:{voices}))?\s+"
                      rf"(?:{between_words()}\s+)?$")


OWNER_PRONOUNS = {"his": "he", "her": "she"}


@cache
def owned_words() -> re.Pattern[str]:
    """A person's words as the subject ("His statement continued:", "her letter said"): the owner speaks, "his"
    as "he" does (`OWNER_PRONOUNS`)."""
    return re.compile(rf"\b(?P<owner>[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?"
                      rf"(?:{alternation(load_lines('statement_nouns.txt'))})\s+(?:{between_words()}\s+)?$")


@cache
def voice_after() -> re.Pattern[str]:
    """Who speaks for an organization, written after its name and before the verb ("Sussex Police spokesman")."""
    voices = alternation(load_lines("organization_voices.txt"))
    return re.compile(rf"^(?:’s|'s)?\s+(?:{voices})\s+(?:{between_words()}\s+)?$")
