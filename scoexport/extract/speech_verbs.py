"""Verbs of speech: the words of a paragraph, outside its quotations, that say someone speaks.

Enters: a paragraph's text, its quoted spans and the document's language; leaves: `Speech` records (a verb's
span and word) in text order, for `attribution` to find each one's subject. English verbs come from
data/speech_verbs.txt (a listener verb, "told", marked "+": the name after it is who listens), other languages'
from data/speech_verbs_languages.json. A verb of speech is lower case inside a sentence ("the United States"
states nothing); a verb inside quotation marks is part of what was said, not its attribution.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..clean.language import language_alias
from ..data import alternation, load_json
from ..records import Fact
from ..spans import SpanSet
from .base import lower_cased, lower_words
from .speech_gaps import between_words, epithet_after
from .words import language_speech_verbs, listener_verbs, speech_verbs

_VERB = re.compile(r"\b[A-Za-z]+\b(?: to\b)?")
_PHRASE = re.compile(r"\s+([^.,;:!?“”\"«»„]{1,120}?)\s*(?:[.,;:!?]|$)")  # the words after a tag word to a stop or comma
OPENING = re.compile(r"(?:^|[.!?:;“”\"]\s*)$")  # what stands before a word that opens a sentence


@dataclass
class Speech:
    """A verb of speech in a paragraph, outside any quote."""

    start: int
    end: int
    verb: str
    speaker: Fact | None = None
    said: bool = False  # a subject stands beside the verb: a name or a pronoun
    listener: str | None = None  # the entity a listener verb names after it


@cache
def _language_verbs(language: str) -> re.Pattern[str] | None:
    """The verbs of speech of a language other than English, as whole words in any case, with the subject pronoun
    the language joins to an inverted verb (`inverted_pronoun`: "explique-t-elle")."""
    words = language_speech_verbs(language)
    if not words or language == "en":
        return None
    pronouns = load_json("inverted_pronouns_languages.json").get(language)
    joined = rf"(?:-(?:t-)?(?:{alternation(pronouns)}))?" if pronouns else ""
    return re.compile(rf"(?i)(?<![\w-])(?:{alternation(words)}){joined}(?![\w-])")


def impersonal(verb: str, language: str | None) -> bool:
    """Is the verb of speech one whose subject is impersonal ("„...“, hieß es im Beitrag": data/speech_verbs_languages.json
    `impersonal`)? The words beside it are speech, said by no one the sentence names."""
    return verb.lower() in _impersonal(language or "")


@cache
def _impersonal(language: str) -> frozenset[str]:
    return frozenset(load_json("speech_verbs_languages.json")["impersonal"].get(language, ()))


@cache
def _reported(language: str) -> re.Pattern[str] | None:
    words = load_json("speech_verbs_languages.json")["reported"].get(language)
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})(?![\w-])") if words else None


def reported_speech(text: str, start: int, end: int, quoted: SpanSet, language: str | None) -> bool:
    """Is the sentence from `start` to `end` written in the mood the language reports speech in (German Konjunktiv
    I: "In der Diktatur sei der Humor „völlig abhanden gekommen“"; data/speech_verbs_languages.json `reported`), by
    a verb form outside its quotations? Its quoted words are then the reported speaker's, as beside a verb of speech."""
    pattern = _reported(language) if language else None
    return pattern is not None and any(not quoted.overlaps(m.start(), m.end())
                                       for m in pattern.finditer(text, start, end))


def knows_verbs(language: str | None) -> bool:
    """Do we know the verbs of speech of the language (English, or one data/speech_verbs_languages.json lists)? Where
    we do not, a paragraph in which we find none may well hold one ("Aslam berkata")."""
    return language in (None, "en") or _language_verbs(language) is not None


def inverted_pronoun(verb: str, language: str | None) -> str | None:
    """The English pronoun ("he", "she", "they") of the subject joined to an inverted verb of speech ("dit-il",
    "explique-t-elle"), or None."""
    pronoun = verb.rsplit("-", 1)[-1] if "-" in verb else None
    return load_json("inverted_pronouns_languages.json").get(language or "", {}).get(pronoun or "")


# a language's pronouns with their English ones, the patterns before and after a verb, the pronouns that are one person
# only beside a verb of the singular, and the endings of the plural's verb forms
_Pronouns = tuple[dict[str, str], re.Pattern[str], re.Pattern[str], frozenset[str], tuple[str, ...]]


@cache
def _subject_pronouns(language: str) -> _Pronouns | None:
    """A language's pronouns of one person (data/subject_pronouns_languages.json, with those that are one person only
    beside a verb of the singular: `singular_verb`), the patterns of one before a verb (past auxiliaries and adverbs, in
    a window that ends at the verb) and of one right after it, with the word after it, and the endings of the
    language's plural verb forms. After the verb the pronoun is written in lower case and opens no name ("sier Han
    Kang", "dijo Ella Baker"; `pronoun_after` looks at that word's case), nor an impersonal phrase ("a déclaré il y a
    deux semaines": "ago"; the file's `impersonal`)."""
    table = load_json("subject_pronouns_languages.json")
    language = language_alias(language) or language  # "no" and "nn" pages read Bokmål's pronouns
    singular = table["singular_verb"].get(language, {})
    pronouns = {**table.get(language, {}), **singular.get("pronouns", {})}
    if not pronouns:
        return None
    words = alternation(pronouns)
    impersonal = table["impersonal"].get(language)
    not_phrase = rf"(?!(?:{alternation(impersonal, flexible_spaces=True)})(?!\w))" if impersonal else ""
    return (pronouns, re.compile(rf"(?i)(?<!\w)(?P<pronoun>{words})\s+(?:{between_words()}\s+){{0,2}}$"),
            re.compile(rf"\s+{not_phrase}(?P<pronoun>{words})(?!\w)(?:\s+(?P<next>\w))?"),
            frozenset(singular.get("pronouns", ())), tuple(singular.get("plural_endings", ())))


def _one_person(found: _Pronouns, pronoun: str, verb: str) -> str | None:
    """The English pronoun of `pronoun` as the subject of `verb`, or None where the pronoun is one person only beside a
    verb of the singular and the verb is plural ("sagten sie": they)."""
    pronoun = pronoun.lower()
    if pronoun in found[3] and verb.rstrip("+").lower().endswith(found[4]):
        return None
    return found[0].get(pronoun)


def pronoun_before(text: str, speech: Speech, language: str | None) -> str | None:
    """The English pronoun ("he", "she") of a pronoun subject of another language written just before the verb of
    speech ("Er ergänzte:", "Il a ajouté :", "Sie betonte:"), or None: the speaker is then someone named before."""
    found = _subject_pronouns(language) if language else None
    m = found[1].search(text, max(0, speech.start - 40), speech.start) if found else None
    return _one_person(found, m.group("pronoun"), speech.verb) if found and m else None


def pronoun_after(text: str, speech: Speech, language: str | None) -> str | None:
    """The English pronoun of another language's pronoun subject written just after an inverted verb ("sagte er",
    "sier hun", "antwortet sie"), or None; attribution.py asks only where no name follows the verb."""
    found = _subject_pronouns(language) if language else None
    m = found[2].match(text, speech.end) if found else None
    if m is None or (m.group("next") and m.group("next").isupper()):
        return None  # "sier Han Kang": the pronoun's word opens a name
    return _one_person(found, m.group("pronoun"), speech.verb)


@cache
def _tag_words(language: str) -> re.Pattern[str] | None:
    """The words of a language that attribute a quote right after its closing mark ("„...“, so Müller", "“...”. Così
    l'ambasciatore"; data/tag_words_languages.json): elsewhere they are adverbs."""
    words = load_json("tag_words_languages.json").get(language)
    return re.compile(rf"(?i)[”“\"»]\s*(?:[,.]\s*)?(?P<word>{alternation(words)})(?![\w-])") if words else None


@cache
def _not_tag_before(language: str) -> frozenset[str]:
    return frozenset(load_json("tag_words_languages.json")["not_before"].get(language, ()))


def _verbless_tag(text: str, end: int, language: str) -> bool:
    """Is what follows a tag word at `end`, up to the next stop or comma, a name or a noun phrase with no verb ("so
    Bernd Voss.", "Così l’ambasciatore israeliano in Italia, ...", "così il ministro.")? A clause ("so dass Angela
    Merkel nun handeln muss", "Così Mario Rossi ha deciso di partire") ends in its verb, written in lower case, or
    opens with a conjunction or an adverb (`_not_tag_before`); a name or noun phrase ends in a capitalized word, or
    is an article and its noun (`epithet_after`)."""
    phrase = _PHRASE.match(text, end)
    words = phrase.group(1).split() if phrase else []
    if not words or words[0].lower() in _not_tag_before(language):
        return False
    epithet = epithet_after(language)
    return words[-1][0].isupper() or (epithet is not None and epithet.match(text, end) is not None)


def speech_verbs_in(text: str, quotes: list[tuple[int, int]], language: str | None = None) -> list[Speech]:
    """The verbs of speech of a paragraph outside its quotations: English ones, and those of the document's language
    (`data/speech_verbs_languages.json`, and `_tag_words` after a closing mark)."""
    found = _english_verbs_in(text, quotes)
    pattern = _language_verbs(language) if language else None
    tags = _tag_words(language) if language else None
    spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
    spans += [m.span("word") for m in tags.finditer(text)
              if _verbless_tag(text, m.end("word"), language)] if tags is not None and language else []
    if spans:
        quoted = SpanSet(len(text) + 1)
        for s, e in quotes:
            quoted.add(max(0, s - 1), e + 1)
        found += [Speech(s, e, text[s:e].lower()) for s, e in spans if not quoted.overlaps(s, s + 1)]
        found.sort(key=lambda v: v.start)
    return found


def _english_verbs_in(text: str, quotes: list[tuple[int, int]]) -> list[Speech]:
    verbs, listeners = speech_verbs(), listener_verbs()
    quoted = SpanSet(len(text) + 1)
    for s, e in quotes:
        quoted.add(max(0, s - 1), e + 1)
    found = []
    for start, end in verb_spans(text, verbs):
        word = text[start:end].lower()
        verb = "according" if word == "according to" else word.split()[0]
        if verb not in verbs or (verb == "according" and word != "according to"):
            continue
        if quoted.overlaps(start, start + 1):
            continue
        if text[start].isupper() and not OPENING.search(text, max(0, start - 3), start):
            continue  # "the United States", "Notes from ...": a capital inside a sentence starts a name
        found.append(Speech(start, end, verb if verb not in listeners else verb + "+"))
    return found


_TO_AFTER = re.compile(r" to\b")
_WORD_CHAR = re.compile(r"\w")


def verb_spans(text: str, verbs: frozenset[str]) -> list[tuple[int, int]]:
    """The spans `_VERB` finds in the text (a whole word of ASCII letters and a " to" after it) whose word
    is one of `verbs` (lower-case), and maybe others. A paragraph holds a few verbs among hundreds of
    words: each verb it holds is looked for in the lower-cased text, where lower-casing keeps every
    character in place and makes no ASCII letter of another (the Kelvin sign would); else every word."""
    lowered = lower_cased(text)
    if len(lowered) != len(text) or "\u212a" in text:
        return [m.span() for m in _VERB.finditer(text)]
    spans = []
    for verb in verbs.intersection(lower_words(text)):
        at = lowered.find(verb)
        while at >= 0:
            end = at + len(verb)
            if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
                to = _TO_AFTER.match(text, end)
                spans.append((at, to.end() if to else end))
            at = lowered.find(verb, end)
    return sorted(spans)
