"""Bodies named after a noun of their kind, in languages that write common nouns in lower case: "l'agenzia di stampa
saudita Spa", "l'emittente tv Al Manar", "la constructora brasileña Odebrecht", "el sitio Don’t Kill My App"; and
institutions named by their noun and a proper name, the noun part of the name ("l'ospedale Shifa").

Enters: a paragraph's text and its language. Leaves: (start, end) of each body's name.

Why it works: the news of these languages introduces a body the reader may not know by its kind first, as English
writes "the band Steppenwolf" (organization_nouns.apposition): the noun in lower case, up to three words that qualify
it ("di stampa saudita"), then the capitalized name. A capital there is no sentence's opening, and what the noun
says makes the name a body's. The nouns are data (organization_heads_languages.json, "kinds"), brands' nouns left
out (a brand is a product's name as often). Not where the words between hold a verb (an auxiliary or a verb of
speech: "la rete ha detto Rossi"), nor where the name is a person's (a given name first), a place the gazetteer
knows, or a function word or month of the language. A capital right after a preposition between is that preposition's
object, part of the kind's description where a name follows ("la tv di Stato Trt": the name is "Trt"); a capital
followed by the body's remit ("l'agenzia Onu per i rifugiati") names the body's owner as a modifier (the agency is
the UN's, not called "Onu"), so no body is read there.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json, load_lines, of_words
from .gazetteer import lookup
from .language_bodies import NOUNS_CAPITALIZED
from .name_stops import function_words, is_common_noun, not_given_words
from .tokens import CAPITALS
from .words import given_names, language_speech_verbs, name_words

_LOWER = "a-zß-öø-ÿ\u0101-\u017f"
_WORD = rf"[{CAPITALS}][\w'’&.-]*(?<!\.)"


@cache
def _kinds(language: str, key: str = "kinds") -> re.Pattern[str] | None:
    """The noun of a kind ("kinds") or of an institution ("institutions"), up to three lower-case words, the name
    (an institution's may go on with the language's "of" and a place: "université Al-Azhar de Gaza")."""
    table = load_json("organization_heads_languages.json").get(language, {})
    nouns = table.get(key)
    if not nouns:
        return None
    joins = table.get("of") or of_words(language)
    of = rf"(?: (?:{alternation(joins)}) {_WORD})?" if key == "institutions" and joins else ""
    suffixes = table.get("kind_suffixes") if key == "kinds" else None
    # German capitalizes the kind and joins it into compounds ("Bergbaugesellschaft"): the noun may end in a kind
    compound = rf"|(?=[{CAPITALS}])[\w-]+(?:{alternation(suffixes)})" if suffixes else ""
    # German writes a kind's adjectives before it ("die britische Agentur"): words after it are the sentence's, but
    # for the word that gives examples of the kind ("eine Reinigungsfirma wie Filana")
    examples = table.get("kind_examples") if key == "kinds" else None
    between = (rf"(?: (?:{alternation(examples)}))?" if examples else "") if language in NOUNS_CAPITALIZED \
        else rf"(?: [{_LOWER}'’-]+){{0,3}}"
    return re.compile(rf"(?<![\w-])(?P<noun>{alternation(nouns)}{compound})(?P<between>{between}) "
                      rf"(?P<name>{_WORD}(?: (?:{_WORD}|\d+))*?{of})(?=[.,;:)!?»”\"]|$| [{_LOWER}])")


@cache
def _remit(language: str) -> re.Pattern[str]:
    """A preposition giving a body's remit right after a name ("per i rifugiati"): data, "purposes"."""
    words = load_json("organization_heads_languages.json").get(language, {}).get("purposes")
    return re.compile(rf" (?:{alternation(words)}) ") if words else re.compile(r"(?!)")


@cache
def _verbs(language: str) -> frozenset[str]:
    """Auxiliaries (every language's: data/auxiliaries_languages.txt) and the language's verbs of speech."""
    speech = language_speech_verbs(language)
    words = {w for line in load_lines("auxiliaries_languages.txt") for w in line.split()}
    return frozenset(words | {w for v in speech for w in v.split()})


def after_kind(text: str, shapes: list[tuple[int, int, str]],
               names: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A run another rule read from the kind's noun on ("Bergbaugesellschaft Gemfields Group Ltd.": German capitalizes
    the noun) is the name after the noun: the noun says what the body is, the name which."""
    if not names:
        return shapes
    # the name that opens one word after a run's start: one look per run, not one per name
    opening = {}
    for start, end in names:
        word_start = text.rfind(" ", 0, start - 1) + 1
        opening[word_start] = (start, end)
    trimmed = []
    for start, end, kind in shapes:
        name = opening.get(start)
        inside = name is not None and kind == "organization" and start < name[0] and name[1] <= end
        trimmed.append((name[0], end, kind) if inside and name is not None else (start, end, kind))
    return trimmed


def kind_bodies(text: str, language: str) -> list[tuple[int, int]]:
    """Bodies after the noun of their kind (the name alone) and institutions with their noun (the noun and the name:
    "ospedale Shifa"; one named after a person is the institution, "ospedale italiano Umberto I")."""
    names, word_names = given_names()
    stops = function_words(language)
    found = []
    for key in ("kinds", "institutions"):
        pattern = _kinds(language, key)
        for m in pattern.finditer(text) if pattern else ():
            if any(w in _verbs(language) for w in m.group("between").split()):
                continue  # "la rete ha detto Rossi": a verb between, the name is the sentence's
            between = m.group("between").split()
            name_start = m.start("name")
            if key == "kinds" and between and between[-1].lower() in stops and language not in NOUNS_CAPITALIZED:
                # "la tv di Stato Trt": the capital after a preposition is its object, the kind's description, where
                # a name follows it; alone it is the body ("le journal de la CGT"). German's only word between is one
                # giving examples ("Firma wie Filana")
                rest = m.group("name").split(" ", 1)
                if len(rest) == 2:
                    name_start += len(rest[0]) + 1
            if key == "kinds" and _remit(language).match(text, m.end("name")):
                continue  # "l'agenzia Onu per i rifugiati": a remit follows, the capital is the owner, not the body
            name = text[name_start:m.end("name")]
            words = name.split()
            known = lookup(name)
            particle = len(words) > 1 and words[0] in name_words("name_prefixes")
            if not particle and (words[0].lower() in stops or words[0] in not_given_words()):
                continue  # a function word or a month ("Al Manar", "La Stampa": a name's particle opens it, no word)
            if (key == "kinds" and not particle and (words[0] in names or words[0] in word_names)) \
                    or (known is not None and known.type != "organization") \
                    or any(is_common_noun(w, language) for w in words):
                continue  # a person, a place, a German noun ("das Unternehmen Geld verdient")
            found.append((m.start("noun") if key == "institutions" else name_start, m.end("name")))
    return found
