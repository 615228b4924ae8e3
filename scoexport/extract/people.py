"""Rules for people cued by the words around a name: a name after a title or role ("Foreign Minister S
Jaishankar", "Tsai Ing-wen" after a title), after "By" in a byline, in a photo credit ("Photo via Name/X"),
beside a verb of speech ("Jane Doe said", "said Jane Doe"), a leader's surname before "administration"
("the Obama administration"); with the rules by the shape of a name alone (name_shapes.py).

Enters a paragraph's text and kind; leaves (start, end, rule) spans of person names. Names in staff and
photographers' credits are left out (credits.py decides); entity_candidates.py drops a name that stands before a
noun of places ("the Yerba Buena theater").
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_lines, prefix_tree, word_set
from .base import lower_cased, lower_words, matches_at, word_places, written
from .credits import credit_spans, in_credit, picture_label_starts, picture_source_opening, source_words
from .gazetteer import lookup
from .korean_names import korean_people
from .name_contexts import aged_people, first_names_alone, owner_people
from .name_shapes import NAME, TOKEN, given_name_people, stops_a_name, trim
from .name_stops import is_common_noun
from .openings import capitals_before
from .tokens import tokens
from .words import given_names, inverted_speech_verbs, name_words, plain_words, speech_verbs

_LOWER_WORDS = re.compile(r"[a-z]+")
_WORD = re.compile(r"\S+")
_NAME_OPENS = ("speech", "speech_after", "role_after", "role_before")  # rules whose name may open a sentence
# rules whose cue says a person is named: a verb of speech ("Ed Day said", "said Ed Day"), a title or a noun of what
# people are ("Mayor Ed Day", "coach Ed Day")
_CUED = frozenset({"speech", "speech_after", "title", "role_before"})


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    # a prefix tree of the titles, one case (the group is case-blind): tried at every word of the text
    titles = prefix_tree({t.lower() for t in load_lines("person_titles.txt")})
    verbs = alternation(speech_verbs())
    inverted = alternation(inverted_speech_verbs())
    honorifics = alternation(load_lines("honorifics.txt"))
    nouns = alternation(word_set("person_nouns.txt"))
    return {
        "title": re.compile(rf"(?<![\w-])(?i:{titles}),? (?P<name>{NAME})"),
        "byline": re.compile(rf"^\s*(?i:by)\s+(?:(?i:{honorifics})\.?\s+)?(?P<name>{NAME})"),
        "credit": re.compile(rf"{picture_source_opening().pattern}(?P<name>{NAME})"),
        "speech": re.compile(rf"(?<![\w-])(?P<name>{TOKEN}(?: {TOKEN}){{1,3}}),? (?:{verbs})\b"),
        # one name alone beside the verb, "Trump tweeted", "said Boudreau": not after another capitalized word
        "speech_one": re.compile(rf"(?<![\w’'-] )(?<![\w’'-])(?P<name>{TOKEN}) (?:{verbs})\b"
                                 rf"|\b(?:{inverted}) (?P<after>{TOKEN})(?![\w-]| [A-Z])"),
        "speech_after": re.compile(rf"\b(?:{inverted}) (?P<name>{TOKEN}(?: {TOKEN}){{1,3}})"),
        # "the Obama administration", "the Assad regime": a leader's surname names the government they head
        "leader": re.compile(rf"(?<=\b[Tt]he )(?P<name>{TOKEN}) (?:{alternation(name_words('leader_nouns'))})\b"),
        # a name in apposition with a noun of what people are: "Kurinji Selvaraj, a research analyst", "keeper Kepa
        # Arrizabalaga", "media mogul, Debola Lagos"
        # (a name opens at a word's start: never inside "PowerPoint" or a glued run of words)
        "role_after": re.compile(
            rf"(?<![^\W\d_])(?P<name>{TOKEN}(?: {TOKEN}){{1,2}}), (?:a|an|the) (?:[\w-]+ ){{0,3}}(?:{nouns})\b"),
        # one name alone after the noun is a person known by one name ("singer Adele", "keeper Kepa")
        "role_before": re.compile(rf"(?:{nouns}),? (?P<name>{TOKEN}(?: {TOKEN}){{0,2}})(?![\w’'-]| [A-Z])"),
    }


@cache
def _cue_words(rule: str) -> frozenset[str]:
    """Lower-case words one of which a paragraph must hold for the rule's pattern to match in it."""
    if rule == "title":
        return frozenset(_LOWER_WORDS.findall(" ".join(t.split()[0].lower() for t in load_lines("person_titles.txt"))))
    if rule == "byline":
        return frozenset({"by"})
    if rule == "leader":
        return frozenset(name_words("leader_nouns"))
    if rule == "credit":  # a source word follows the picture's label, which may be in any script ("Фото via")
        return frozenset(w.split()[0] for w in source_words())
    if rule in ("role_after", "role_before"):
        return frozenset(w for n in word_set("person_nouns.txt") for w in _LOWER_WORDS.findall(n))
    return speech_verbs()


def _one_name(word: str, given_ok: bool = False, language: str | None = None) -> bool:
    """A single word is a surname when it is no plain word, place, acronym, common noun of a language that
    capitalizes its nouns ("Minister Antwort schuldig") or (unless a title stands before it, "Professor Carlos")
    given name: "Officials", "China", "NASA", "Jim" say nothing of a person's surname."""
    names, word_names = given_names()
    if len(word) <= 2 or word.isupper() or word in plain_words() or stops_a_name(word) or _CONTRACTION.search(word) \
            or is_common_noun(word, language):
        return False  # "We’ve asked": a pronoun's contraction
    return given_ok or (word not in names and word not in word_names)




def _given_before(name: str) -> bool:
    """Is every word of a name before the last a given name, also one that is a word ("Ed")? Beside a cue that a
    person is named, its last word is then a surname though it is a plain word ("Ed Day said", "Mayor Ed Day"): a
    given name and a verb of speech or a title say a person, where a body's name opens with a plain word ("Human
    Rights Watch said") and a title of a work with any word ("Goonies Never say die")."""
    names, word_names = given_names()
    words = name.split()
    return len(words) >= 2 and all(w in names or w in word_names for w in words[:-1])


def _cued_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The person's own name at the end of a capitalized run beside a cue, after the last word that stops a name
    ("Rockland County Executive Ed Day said"): titles and bodies stand before a name, and the words nearest the
    verb are who speaks."""
    words = list(_WORD.finditer(text, start, end))
    last_stop = max((i for i, w in enumerate(words) if stops_a_name(w.group().rstrip("."))), default=-1)
    rest = words[last_stop + 1:]
    if last_stop < 0 or len(rest) < 2 or not _given_before(text[rest[0].start():end]):
        return None
    return trim(text, rest[0].start(), end, plain_surname=True)


def _is_place(word: str) -> bool:
    entry = lookup(word)
    return entry is not None and entry.type in ("city", "region")


def _role_named(text: str, start: int, end: int, span: tuple[int, int] | None,
                language: str | None) -> tuple[int, int] | None:
    """A name after a noun of what people are keeps a last word that is also a place ("media mogul, Debola Lagos"):
    the noun says a person is named, and a person's surname may be a town's name. The first word must be no plain
    word or place, as a given name is not."""
    if span is None or span[1] == end or " " in text[span[0]:span[1]]:
        return span
    words = text[start:end].split(" ")
    if len(words) == 2 and _one_name(words[0], True, language) and _is_place(words[1]):
        return start, end
    return span


_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|s)$")


def _places(rule: str, text: str, lowered: str, words: frozenset[str]) -> list[int] | None:
    """Where the rule's pattern may match, or None (scan it all). A title opens with one of the title words the
    paragraph holds, in any case; a verb of speech before the name is written in lower case; one name
    alone before a verb opens with a capital; so do a name before its apposition, a speaker's full name and a
    leader's surname; a noun of what people are before one is written in lower case; a credit opens with a
    picture's label."""
    if rule == "title":
        return word_places(text, lowered, words & _cue_words("title"))
    # the verb is a whole word (a boundary before it, a space after): only those among the paragraph's words
    verbs = words & inverted_speech_verbs()
    if rule == "speech_after":
        return written(text, verbs)
    if rule == "leader":
        return tokens(text).after_the
    # a speaker's name of two to four words holds no comma and ends before ", said" or " said" (a comma or a
    # space before the verb); one name alone holds no space and ends before " said"
    said = written(text, words & speech_verbs())
    if rule == "speech":
        return capitals_before(text, [at - 2 for at in said], ",")
    if rule == "speech_one":
        return sorted({*capitals_before(text, [at - 1 for at in said], " "), *written(text, verbs)})
    if rule == "role_after":  # a name before ", a/an/the ..." holds no comma
        return tokens(text).apposed
    if rule == "role_before":
        return word_places(text, lowered, words & _cue_words(rule))
    if rule == "credit":  # a picture's label opens it, in any case, maybe run into the next word ("Photovia")
        return word_places(text, lowered, picture_label_starts())
    return None


def find_people(text: str, kind: str, english: bool = True, in_english: bool = True,
                language: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, rule) of each person name the rules find in a paragraph of the given kind.

    The given-name and surname rules read capitalization as English writes it (names only): in German
    every noun is capitalized ("Eine Stunde", "Von Beginn"), so there (english=False) only the titles,
    bylines, credits and verbs of speech name people."""
    found = [*given_name_people(text, in_english, language), *first_names_alone(text), *aged_people(text),
             *owner_people(text), *korean_people(text)] if english else []
    lowered = lower_cased(text)
    words = lower_words(text)
    for rule, pattern in _patterns().items():
        if rule == "byline" and kind != "byline":
            continue
        if not words & _cue_words(rule):
            continue  # none of the rule's words in the paragraph: the pattern cannot match (a cheap test first)
        places = _places(rule, text, lowered, words)
        for m in pattern.finditer(text) if places is None else matches_at(pattern, text, places):
            group = "after" if rule == "speech_one" and m.group("name") is None else "name"
            span = trim(text, m.start(group), m.end(group), rule in _CUED and _given_before(m.group(group)))
            if rule in _CUED and (span is None or span[1] < m.end(group)):
                span = _cued_name(text, m.start(group), m.end(group)) or span
            if rule == "role_before":
                span = _role_named(text, m.start(group), m.end(group), span, language)
            if span is None:
                continue
            title = m.group()[0]
            if rule == "role_before" and " " not in text[span[0]:span[1]]:
                if _one_name(text[span[0]:span[1]], True, language):
                    found.append((*span, rule))
                continue
            if rule in ("speech_one", "leader"):
                if _one_name(text[span[0]:span[1]], rule == "leader", language):  # "the Assad regime": no one's first name
                    found.append((*span, rule))
                continue
            if " " not in text[span[0]:span[1]] and (rule != "title" or not title.isupper() or "," in m.group()
                                                     or not _one_name(text[span[0]:span[1]], True, language)):
                # one capitalized word is a name only right after a capitalized title ("President Macron", not
                # "Writer, Programme Director"); after "said", in a credit or after a lower-case word ("in general,
                # There") it is as often anything
                continue
            if rule in _NAME_OPENS and text[span[0]:span[1]].split()[0] in plain_words():
                continue  # "The Company said", "Officials said": a plain word opens no name
            found.append((*span, rule))
    credits = credit_spans(text)
    # "Editing by Jo Park", "Photo: Jo Park/AP": the document's makers, not what it tells of
    return [f for f in found if not in_credit(credits, f[0])] if credits else found
