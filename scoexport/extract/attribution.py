"""Attribution: who the text says speaks each verb of speech of a paragraph (speech_verbs.py finds the verbs).

Enters: a paragraph's text, one verb of speech and the people and organizations named outside its quotes;
leaves: the verb's subject (a name, or a word to resolve: a pronoun, a role, a surname, an organization's kind),
resolved to a person or organization (quotes.py gives each quote the speaker of the verb nearest it).

The speaker of a verb of speech is its subject: the name (or pronoun) just before the verb ("Cook
said", "he told Benioff"), or just after a verb that does not take the listener as object ("said Cook",
not "told Cook"), or after "according to"; and where none of these stands there, the sentence's first
person (else organization) before the verb (a subject with a long apposition: "Dylan Nelson, a fellow at
..., Germany, and co-author ..., said"). An organization after "of"/"at" in the words after the verb,
past a name we did not find, employs the speaker and is not one ("said geologist Rosaly Lopes of NASA").
A pronoun is the last person named before it whose given name is not of the other sex ("she" passes
over a Vivek, "he" over a Nikki; given names nearly always carried by one sex, data/name_sexes.txt),
preferring one not named after a preposition (pronouns.py); "they" is a group and names no one.
A role as subject ("the governor said") is the person named earlier after that title ("Gov. Kristi
Noem"; short forms in data/title_roles.txt); an organization's kind as subject ("the company said", "a
company spokesperson told": data/organization_nouns.txt, organization_voices.txt) is the organization
named last before it, and "the university said" the organization named last with that word in its name
("Georgetown University"), as "the Government said" does where a body's head word or a plain noun is capitalized
as its name ("Scottish Government"); another noun there ("the report said") names no speaker. A verb of speech
counts for a short phrase only where it has a subject; one word in quotes is speech when an attribution
follows it ("“Wow,” he whispers").
In a language whose verb may come first, a singular article and a noun after the verb with no name ("«...», a répondu
la ministre": data/singular_articles.json) are an epithet for the person the text wrote with that noun before or
beside their name ("la ministre Élisabeth Borne"; pronouns.py), else for the one person named just before of the
article's gender ("sagte der Hamburger"), or of several the one the title names, not for whoever spoke last; an
indefinite one after a verb that follows a quote ("a ajouté un ténor de la droite") is someone the text does not name;
and a pronoun joined to the verb ("explique-t-elle": data/inverted_pronouns_languages.json) is its subject, as is a
pronoun of one person written just before the verb ("Er ergänzte:") or, in lower case and where no name follows the
verb, just after it ("sagte er", not "sier Han Kang", nor "il y a": data/subject_pronouns_languages.json); an
apposition's closing comma may have an auxiliary after it ("Marco Bianchi, il sindaco che ..., ha detto").
An impersonal verb of speech ("„...“, hieß es im Beitrag": speech_verbs.impersonal) has a subject no one the text
names. A name inside the quote is never its speaker. One who speaks for an organization written before it as its owner
("il portavoce del ministero", "una fonte del Ministero") also names it (organization_voices.txt, owner_voices.txt).
The shapes of an English subject before the verb (a pronoun, a role, an organization's kind, an owner's words) are
subject_shapes.py's patterns.
"""
from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from ..data import word_set
from ..names import organization_heads
from ..records import Fact
from .gazetteer import title_words
from .oblique import oblique
from .speech_gaps import (
    AFTER_VERB,
    apposed_gap,
    before_verb,
    capitalized_before,
    epithet_after,
    role_phrase,
    unnamed_after,
    voice_words,
)
from .speech_verbs import OPENING, Speech, impersonal, inverted_pronoun, pronoun_after, pronoun_before
from .subject_shapes import (
    OWNER_PRONOUNS,
    apposition_closed,
    capitalized_kind,
    organization_subject,
    owned_words,
    pronoun_subject,
    role_subject,
    voice_after,
)
from .words import plain_words

_PRONOUN_AFTER = re.compile(r"\s+(?P<pronoun>he|she)\b")
# the longest gap `before_verb` and `AFTER_VERB` accept between a name and its verb in normalized text (an
# apposition of 80 characters and two words): names farther away are not looked at, so each verb
# costs the names near it, not every name of the paragraph
_NEAR = 300
_APPOSITION_END = re.compile(r",\s*$")  # a comma just before a verb ends an apposition, before a name opens one
_NAME_WORD = re.compile(r"\s[A-Z][a-z]")  # a capitalized word inside a sentence: part of a name
# "an analyst at Stratfor", "at the Delhi-based Council": where one works
_AFFILIATION = re.compile(r"\b(?:at|of|for|with|from) (?:the )?(?:[A-Za-z]+-[a-z]+ )?$")
# a compound subject: a name joined to the one before it, or to a pronoun ("she and Rose-Lynn")
_JOINED = re.compile(r"\s(?:and|&)\s+$")
_PRONOUN_JOINED = re.compile(r"\b(?:[Hh]e|[Ss]he|I|[Ww]e)\s+(?:and|&)\s+$")
_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s")  # a stop after a word in lower case (not "Gov. ", "U.S. ")
_NAMES_JOINED = re.compile(r",?\s+(?:and|&)\s+")
# the noun before an owner's preposition ("portavoce del ", "spokesman of the ", "portavoce dell'")
_VOICE_BEFORE_OWNER = re.compile(r"(\w+)\s+(?:\w+\s+(?:the\s+)?|\w+['’])$")


def names_source(speech: Speech) -> bool:
    """Does the verb name its source after it ("according to", "secondo", "laut")? One we do not find there is someone
    the text names, not whoever spoke before."""
    return speech.verb in word_set("according_words.txt")


def _voice_of(text: str, f: Fact) -> bool:
    """Is the organization `f` named as the owner of one who speaks for it ("il portavoce del ministero", "una fonte
    del Ministero della Difesa")? Its voice's words are the organization's, as "a company spokesperson" says."""
    voice = _VOICE_BEFORE_OWNER.search(text, max(0, f.start - 40), f.start)
    return f.entity_type != "person" and voice is not None and voice.group(1).lower() in voice_words()


@cache
def _organization_heads() -> frozenset[str]:
    return frozenset(organization_heads())


def subject_of(speech: Speech, text: str, outside: list[Fact], sentence_start: int,
               surnames: Container[str] = (), language: str | None = None) -> Fact | str | None:
    """The speaker of one verb of speech: a name before it, a pronoun before it, or a name after it.
    `outside` are the paragraph's names outside quotes, in text order; `surnames` those of people named in full;
    `language` the document's (its prepositions: oblique.py)."""
    pronoun = inverted_pronoun(speech.verb, language)
    if pronoun is not None:
        return pronoun  # "« ... », explique-t-elle": the subject is joined to the verb
    if impersonal(speech.verb, language):
        return "someone"  # "„...“, hieß es im Beitrag": words said, by no one the sentence names
    if unnamed_after(text, speech.start, speech.end, language):
        return "someone"  # "« ... », a ajouté un ténor de la droite": no one the text names, nor whoever spoke last
    if names_source(speech):
        # "secondo l'agenzia Wam", "según Carrión", "according to Smith": the source is named after the word
        return _name_after(speech, text, outside, language)
    i = first_from(outside, speech.start)
    for j in range(i - 1, -1, -1):  # the nearest name before that the gap allows
        f = outside[j]
        if f.end < speech.start - _NEAR:
            break
        if f.end <= speech.start and f.entity_type != "person" and voice_after().match(text[f.end:speech.start]):
            return f  # "a Sussex Police spokesman said", "Apple’s spokeswoman told": the organization speaks
        if f.end <= speech.start and (before_verb().match(text[f.end:speech.start]) or (
                _APPOSITION_END.search(text, max(0, f.start - 3), f.start) and apposed_gap().match(text[f.end:speech.start]))):
            if joined(text, outside, j):
                return "they"  # "Smith and Jones said", "she and Rose-Lynn sing": two speakers, no one of them
            if oblique(text, f.start, language) == "of":
                # "L'ufficio umanitario delle Nazioni Unite afferma": the name owns the noun that speaks, which is
                # the organization only where that noun is its voice ("il portavoce del ministero ha detto")
                return f if _voice_of(text, f) else None
            if f.entity_type != "person" and _AFFILIATION.search(text, max(0, f.start - 30), f.start):
                # "Omar Lamrani, an analyst at Stratfor, ... told": the organization is the speaker's employer,
                # and if we did not find the speaker, no one is
                for k in range(first_from(outside, sentence_start), j):
                    if outside[k].entity_type == "person":
                        return outside[k]
                return None
            return f
    kind = capitalized_kind().search(text, max(0, speech.start - 40), speech.start)
    if kind and (kind.group("kind") in _organization_heads() or kind.group("kind") in plain_words()):
        # "the Government said", "the Council told": a body's head word or a plain noun capitalized as its name is
        # the body named before with that word in its name ("Scottish Government"), never a person of that surname
        return "kind " + kind.group("kind").lower()
    surname = capitalized_before().search(text, max(0, speech.start - 40), speech.start)
    # "Noem later tweeted": a person named in full earlier, if one; a capital that opens a sentence is any
    # word ("They", "Officials"), so there only a surname of someone already named
    if surname and (surname.group(1) in surnames
                    or not OPENING.search(text, max(0, surname.start() - 3), surname.start())):
        return "surname " + surname.group(1)
    if speech.verb.rstrip("+").endswith("ing"):
        # "Boudreau gave a talk, telling them ...": a participle's subject is the sentence's
        j = first_from(outside, sentence_start)
        if j < len(outside) and outside[j].end <= speech.start:
            return outside[j]
    after = _name_after(speech, text, outside, language)
    role = role_subject().search(text, max(0, speech.start - 40), speech.start)
    if role and role.group("role").lower() in title_words():
        return "the " + role.group("role").lower()  # "the governor said": the person named with that title
    if organization_subject().search(text, max(0, speech.start - 60), speech.start):
        return "organization"  # "the company said", "a company spokesperson told": the organization named before
    if role and role.group("role").islower():
        # "the university said": the organization named before with that word in its name, else no one (nor
        # the name after the verb: "the report said Smith ..." is not Smith speaking)
        return "kind " + role.group("role")
    window = text[max(0, speech.start - 40):speech.start]
    pronoun = pronoun_subject().search(window)
    owned = None if pronoun else owned_words().search(window)
    if pronoun or owned:
        if speech.verb.endswith("+") and after:
            speech.listener = after.entity_id  # "he told Cook": he is not Cook
        return pronoun.group("pronoun").lower() if pronoun else OWNER_PRONOUNS[owned.group("owner").lower()]
    other = pronoun_before(text, speech, language)
    if other is not None:
        return other  # "Er ergänzte:": another language's "he said"
    if not speech.verb.endswith("+"):  # "told Benioff": the name after is the listener
        pronoun = _PRONOUN_AFTER.match(text, speech.end)
        if pronoun:
            return pronoun.group("pronoun").lower()  # "..., replied she"
        if after:
            return after  # "sier Han Kang": a name after the verb before a pronoun there
        other = pronoun_after(text, speech, language)
        if other is not None:
            return other  # "„...“, sagte er": another language's "he said"
    epithet = epithet_after(language) if language else None  # the data names the languages (none for English)
    m = epithet.match(text, speech.end) if epithet is not None and after is None else None
    if m and m.group("noun").lower() not in voice_words():
        # "«...», a répondu la ministre": whom the text wrote with that noun, or one named just before of the
        # article's gender (pronouns.py); the article is kept after the noun ("epithet ministre la")
        return f"epithet {m.group('noun')} {(m.group('article') or '').lower()}"
    # a long apposition between the subject and its verb ("Dylan Nelson, a fellow at ..., Germany, and co-author
    # of the study, said", "Marco Bianchi, il sindaco che ..., ha detto"): the first person before the verb in its
    # sentence, else the first organization;
    # looked for within _NEAR of the verb so that each verb costs the names near it. An apposition ends in a
    # comma; a noun just before the verb is its subject ("44 percent of Americans say"), no name farther back
    if not apposition_closed().search(text, max(0, speech.start - 40), speech.start):
        return None
    first = None
    for j in range(first_from(outside, max(sentence_start, speech.start - _NEAR)), len(outside)):
        f = outside[j]
        if f.end > speech.start:
            break
        if oblique(text, f.start, language):
            continue  # "L'Urnwa, l'agenzia delle Nazioni Unite ..., afferma": an owner inside the apposition
        if f.entity_type == "person":
            return f
        first = first or f
    return first


def _name_after(speech: Speech, text: str, outside: list[Fact], language: str | None) -> Fact | None:
    """The name after the verb that the gap allows: role words (`AFTER_VERB`) or a role phrase (`role_phrase`),
    past the names of its owners and of the verb's objects ("del Consiglio", "a SkyTg24")."""
    for j in range(first_from(outside, speech.end), len(outside)):
        f = outside[j]
        if f.start > speech.end + _NEAR:
            break
        gap = text[speech.end:f.start]
        if _SENTENCE_END.search(gap):
            return None  # "ha detto basta. Ad Adnkronos spiega": the next sentence's names are not this verb's
        if AFTER_VERB.match(gap) or role_phrase().match(gap):
            if f.entity_type != "person" and _AFFILIATION.search(text, max(0, f.start - 30), f.start) \
                    and _NAME_WORD.search(text, speech.end, f.start):
                return None  # "said geologist Rosaly Lopes of NASA": the organization employs a speaker we did not find
            if oblique(text, f.start, language, speech.end) and not _voice_of(text, f):
                continue  # "il vicepresidente del Consiglio ... Antonio Tajani", "detto a SkyTg24": the role's owner
            if compound_head(text, f):
                continue  # "betonte der VW-Boss", "sagte SPD-Chef Lars Klingbeil": the body owns the role, not speaks
            return f
    return None


_COMPOUND_HEAD = re.compile(r"-[^\W\d_]{2,}")


def compound_head(text: str, f: Fact) -> bool:
    """Is the organization `f` the first part of a hyphenated compound ("VW-Boss", "SPD-Chefin", "Tagesschau-Zuschauer")?
    A compound names what its last part names (German sets the modifier first and joins it with a hyphen where it is a
    name or an acronym): the body there owns the person or thing, it is not what the compound names, nor a speaker.
    A person's double name ("Schmidt-Chanasit") is found whole, so only organizations are asked about."""
    return f.entity_type == "organization" and _COMPOUND_HEAD.match(text, f.end) is not None


def joined(text: str, outside: list[Fact], j: int) -> bool:
    """Is the name `outside[j]` the second of a compound subject, joined by "and" to a name or a pronoun?"""
    f = outside[j]
    return bool(_JOINED.search(text, max(0, f.start - 20), f.start)) and bool(
        _PRONOUN_JOINED.search(text, max(0, f.start - 20), f.start)
        or (j and _NAMES_JOINED.fullmatch(text, outside[j - 1].end, f.start)))


def first_from(facts: list[Fact], offset: int) -> int:
    """The index of the first fact starting at or after offset (facts in text order)."""
    lo, hi = 0, len(facts)
    while lo < hi:
        mid = (lo + hi) // 2
        if facts[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo
