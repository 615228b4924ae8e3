"""The word lists the extraction rules share, each read once from package data (scoexport/data/).

Which capitalized words are given names (given_names.txt, built from names-dataset), common surnames
(surnames.txt), plain English words (plain_words.txt: a word marked `*` is also
a common surname), and verbs of speech (speech_verbs.txt: a verb marked `+` takes its listener as
object; inverted_speech_verbs.txt: those written before their speaker). People, organizations,
sources, entities and quotes ask the same questions of the same lists, so they are decided here once.
"""
from __future__ import annotations

from functools import cache

from ..data import load_json, load_lines, word_set


@cache
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, given names that are also frequent English words or places)."""
    names = load_lines("given_names.txt")
    marked = [n for n in names if n[-1] == "*"]  # a line is never empty (load_lines)
    return frozenset(names).difference(marked), frozenset(n[:-1] for n in marked)


@cache
def surnames() -> frozenset[str]:
    return word_set("surnames.txt")


@cache
def known_surnames() -> frozenset[str]:
    """Every surname the lists know: the common surnames and the English words that are also one ("Baker",
    "Morrow", marked `*` in plain_words.txt), which surnames.txt leaves out."""
    return surnames() | frozenset(w[:-1] for w in load_lines("plain_words.txt") if w.endswith("*"))


def is_listed_name(word: str) -> bool:
    """A given name or a common surname of the lists ("Sayed", "Harding"): a word the name lists hold is no
    evidence of a verb form, whatever its ending ("-ed", "-ing")."""
    names, word_names = given_names()
    return word in surnames() or word in names or word in word_names


@cache
def plain_words() -> frozenset[str]:
    """Frequent English words that are no common surname ("License", "Party")."""
    return frozenset(w for w in load_lines("plain_words.txt") if not w.endswith("*"))


@cache
def dictionary_words() -> frozenset[str]:
    """Frequent English words, also those that are common surnames ("Just", "Peace", "Street"), each written with
    its first letter in capitals: look a word up as a name writes it, never in lower case."""
    return frozenset(w.rstrip("*") for w in load_lines("plain_words.txt"))


@cache
def speech_verbs() -> frozenset[str]:
    return frozenset(v.rstrip("+") for v in load_lines("speech_verbs.txt"))


@cache
def language_speech_verbs(language: str) -> tuple[str, ...]:
    """The verbs of speech of a language other than English (data/speech_verbs_languages.json), with those whose
    subject is impersonal ("heißt es": its `impersonal` lists): one list for every rule that reads them."""
    table = load_json("speech_verbs_languages.json")
    if language in ("impersonal", "reported"):
        return ()
    return (*table.get(language, ()), *table["impersonal"].get(language, ()))


@cache
def listener_verbs() -> frozenset[str]:
    """Verbs of speech whose object is the listener ("told", "asked"): no speaker stands after them."""
    return frozenset(v.rstrip("+") for v in load_lines("speech_verbs.txt") if v.endswith("+"))


@cache
def inverted_speech_verbs() -> frozenset[str]:
    """The verbs of speech written before their speaker ("said Jane Doe")."""
    return word_set("inverted_speech_verbs.txt")


@cache
def name_words(kind: str) -> frozenset[str]:
    """A closed class of words from name_words.json (function words, leader and kin nouns, auxiliaries,
    place prepositions, picture nouns...), which the people, organization, place and credit rules share."""
    return frozenset(load_json("name_words.json")[kind])


@cache
def english_stopwords() -> frozenset[str]:
    """English function words ("the", "of", "were")."""
    return frozenset(load_json("stopwords.json")["en"])
