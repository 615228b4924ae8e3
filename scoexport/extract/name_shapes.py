"""People by the shape of their names, the rules that need no cue word: a given name followed by a
surname ("Hillary Clinton"), a common surname after a capitalized non-word ("Aryavir Kumar"), in English
text two capitalized words no list knows with no lower-case word after them ("Devan Dubnyk").

Enters a paragraph's text; leaves (start, end, rule) spans for people.py, which adds the rules cued by a
title, a byline, a credit or a verb of speech, and those of name_contexts.py (an age, an owned body, a kinship
noun or a second given name around a name). Also the shared pieces of a name: the token and run
patterns, `trim` (where a candidate stops being a name) and `unknown_word`.

Given names come from package data (given_names.txt, built from names-dataset): a capitalized run
that starts with one and has a surname after it is a person; a given name that is also a word or a
place ("Will", "Austin") needs a surname that is neither; a given name makes a town's name after it a
surname ("Dylan Nelson"). Evidence against a person wins: a run that ends in a plain English word
("Public License", "Grace Period"), an organization head word or company suffix, or a place is the name
of something else.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from functools import cache, lru_cache

from ..clean.language import guess_language
from ..data import alternation, load_lines
from .base import capital_starts, matches_at
from .gazetteer import lookup, title_words
from .name_stops import function_words, name_stops
from .tokens import CAPITALS
from .words import dictionary_words, given_names, is_listed_name, name_words, plain_words, speech_verbs, surnames

# A name token: "Merkel", "O’Brien", "Jean-Pierre", "Ing-wen", "McConnell", or an initial "S" / "S."
_LOW = "a-zß-öø-ÿ\u0101-\u017f"  # lower-case Latin letters with their accented forms ("Petrović", "Wróblewski")
TOKEN = rf"(?:(?:O['’])?[{CAPITALS}][{_LOW}]+(?:[A-Z][{_LOW}]+)?(?:['’-][{CAPITALS}{_LOW}][{_LOW}]+)*|[A-Z]\.?)"
# lower-case particles inside a name: "Lula da Silva", "Ursula von der Leyen" (data/name_words.json, particles)
_PARTICLES = rf"(?:(?:{alternation(name_words('particles'))}) ){{0,2}}"
NAME = rf"{TOKEN}(?: {_PARTICLES}{TOKEN}){{0,3}}"
_RUN = re.compile(rf"(?<![\w-]){NAME}")
_WORDS = re.compile(r"\S+")
_INITIAL = re.compile(r"[A-Z]\.")
_DANGLING_INITIAL = re.compile(r"(?:^| )[A-Z]\.?$")
_DANGLING_PARTICLE = re.compile(r"(?:^| )[a-z]+$")
_LOWER = re.compile(r"[a-z]")
_WORD_AFTER = re.compile(r" ([a-z]+)")


@cache
def not_name_words() -> frozenset[str]:
    words = {w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr, "sept") if w}
    words |= {h.lower() for h in load_lines("organization_heads.txt")}
    words |= {s.lower().rstrip(".") for s in load_lines("company_suffixes.txt")}
    words |= {s.lower() for s in load_lines("place_heads.txt")}
    words |= {s.lower() for s in load_lines("event_heads.txt")}
    words |= set(name_words("function_words"))
    return frozenset(words | title_words())


def is_organization(word: str) -> bool:
    entry = lookup(word)
    return entry is not None and entry.type == "organization"


def stops_a_name(word: str) -> bool:
    return word.lower() in not_name_words() or lookup(word) is not None


def trim(text: str, start: int, end: int, plain_surname: bool = False,
         after_given: bool = False) -> tuple[int, int] | None:
    """Cut a candidate name at the first word that cannot be part of a name; keep it if a full word is left.
    The cut depends on the candidate's own words alone, so a name the text repeats is cut once. after_given: the
    candidate is the surname part after a given name, where a particle may open it ("Van Hollen")."""
    kept = _trimmed(text[start:end], plain_surname, after_given)
    return None if kept is None else (start, start + kept)


@lru_cache(maxsize=4096)
def _trimmed(name: str, plain_surname: bool, after_given: bool = False) -> int | None:
    """How many characters of a candidate name `trim` keeps, or None for none."""
    tokens = list(_WORDS.finditer(name))
    kept_end = 0
    for i, t in enumerate(tokens):
        if stops_a_name(t.group().rstrip(".")) and not (i and t.group() in name_words("pronoun_surnames")) \
                and not _INITIAL.fullmatch(t.group()) \
                and not ((i or after_given) and i < len(tokens) - 1 and t.group() in name_words("name_prefixes")):
            # a capitalized "He" after a name inside a sentence is a name's part ("Liu He"), not the pronoun; so is
            # a middle initial that is also a word ("Walter A. Reed": the article is no "A."), and a surname's
            # particle between a given name and the rest of the surname ("Chris Van Hollen": not the town Van)
            break
        if i and _past_tense(t.group()):
            break  # no surname is a verb's past tense: a sentence whose stop went missing goes on ("Ana Silva Added a")
        kept_end = t.end()
    # drop a particle the cut left at the end ("Ville de" of "Ville de Montréal": no name ends in "de") and a
    # dangling initial ("Xi J")
    while kept_end > 0 and (_DANGLING_PARTICLE.search(name[:kept_end]) or _DANGLING_INITIAL.search(name[:kept_end])):
        kept_end = name.rfind(" ", 0, kept_end)
        if kept_end < 0:
            return None
    if kept_end <= 0 or not _LOWER.search(name[:kept_end]):
        return None
    last = name[:kept_end].rsplit(" ", 1)[-1]
    if " " in name[:kept_end] and last in plain_words() and not plain_surname:
        # "Public License", "Democratic Party": a person's name does not end in a plain word, unless a
        # given name that is no word opens it ("Steve Jobs")
        return None
    return kept_end


@lru_cache(maxsize=4096)
def _past_tense(word: str) -> bool:
    """A regular past tense of a plain word ("Added", "Fixed", "Updated", "Stopped", "Applied"): no surname has
    that shape, where surnames that end in "-ed" are no verb's ("Reed", "Alfred"), and a name the lists hold is
    none ("Sayed", "Rashed": "say", "rash" are words)."""
    if len(word) < 5 or not word.endswith("ed") or is_listed_name(word):
        return False
    words = dictionary_words()
    stems = (word[:-2], word[:-1], word[:-3] if word[-3] == word[-4] else "", word[:-3] + "y" if word.endswith("ied") else "")
    return any(stem in words for stem in stems if len(stem) > 1)


def given_name_people(text: str, in_english: bool, language: str | None = None) -> list[tuple[int, int, str]]:
    """Capitalized runs with a given name followed by a surname; a given name that is also a word or a
    place ("Will", "Austin") needs a surname that is neither ("Will Smith", not "Will Congress"). In a text of
    another language (`language` as the clean stage guessed it) a given name that is also one of its words opens
    no name ("Nella Striscia", "Capo Unrwa", "Casa Bianca": name_stops), and none ends in one of its function
    words ("Juste Le")."""
    names, word_names = given_names()
    found = []
    for m in matches_at(_RUN, text, capital_starts(text)):  # a run opens with a capital after no word character
        if " " not in m.group():
            continue  # one capitalized word is no full name
        tokens = list(_WORDS.finditer(m.group()))
        for i, t in enumerate(tokens[:-1]):
            word = t.group()
            if not word.isascii():
                word = without_accents(word)  # "Eugênio" is the list's "Eugenio", "Zoë" its "Zoe"
            if (word not in names and word not in word_names) or is_organization(word):
                continue  # "Apple Arcade": a known organization's name opens no person's
            if not in_english and word.lower() in name_stops(language):
                continue  # "Il Cavaliere Oscuro", "La Trilogia": in an Italian text "Il" and "La" are articles
            if i and _is_place(f"{tokens[i - 1].group()} {t.group()}"):
                continue  # "South Carolina Tim Scott", "San Francisco World": the given name ends a place's name
            start = m.start() + t.start()
            # the surname part is trimmed alone: the given name may itself be a place ("Austin Dillon")
            rest = trim(text, m.start() + tokens[i + 1].start(), m.end(), plain_surname=word in names, after_given=True)
            if rest is None and word in names:
                rest = _place_surname(text, m.start() + tokens[i + 1].start(), m.start() + tokens[i + 1].end())
            if rest is None and word in names and i + 2 == len(tokens):
                rest = _title_surname(text, m.start() + tokens[i + 1].start(), m.end())
            if rest and not in_english and text[rest[0]:rest[1]].rsplit(" ", 1)[-1].lower() in function_words(language):
                rest = None  # "Juste Le": no name ends in an article of the text's language (another's may: "Durante")
            if rest and (word in names or not plain_words() & set(text[rest[0]:rest[1]].split())):
                found.append((start, rest[1], "given_name"))
            break
        else:
            found.extend(_surname_person(text, m, in_english, language))
    return found


_OF_PLACE = re.compile(r" ((?:the )?[A-Z][\w&-]*(?: [A-Z][\w&-]*)?)")  # "of NASA", "of the UN", "of South Portland"


def _of_place(text: str, end: int) -> bool:
    """ "of" followed by a known place or organization: where a person is from or works ("Deqa Dhalac of South
    Portland", "Rosaly Lopes of NASA"); a name of something goes on with words of its own ("Hall of Fame")."""
    m = _OF_PLACE.match(text, end) if text.endswith(" of", 0, end) else None
    name = m.group(1).removeprefix("the ") if m else ""
    return m is not None and (_is_place(name) or is_organization(name)
                              or any(_is_place(w) or is_organization(w) for w in name.split()))


def _is_place(name: str) -> bool:
    entry = lookup(name)
    return entry is not None and entry.type in ("country", "city", "region")


# letters Unicode gives no decomposition, which the name lists write as their base letter ("Włodzimierz" is the
# list's "Wlodzimierz", "Søren" its "Soren")
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ð": "d"})


def without_accents(word: str) -> str:
    return unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()


def _place_surname(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A surname that is also a town or a region ("Dylan Nelson", "Jack Lincoln") after a given name that is
    no word or place: a given name is followed by a surname, and a place does not stand after one."""
    entry = lookup(text[start:end])
    return (start, end) if entry is not None and entry.type in ("city", "region") else None


def _title_surname(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A title that is also a common surname, the last word after a given name that is no word or place ("Gayle
    King", "Howard Dean", "John Major"): a title stands before a name, not after a given name; "of" after it
    makes it a title again ("Mary Queen of Scots")."""
    word = text[start:end]
    if word.lower() in title_words() and word in surnames() and not text.startswith(" of ", end):
        return start, end
    return None


_AGENT = re.compile(r"(?:e?rs?|ors?)$")


def _agent_noun(word: str) -> bool:
    """A noun of who or what does a verb ("Maintainers", "Installer", "Editors"): the verb is an English word and the
    surname list does not hold the noun ("Baker", "Walker" are surnames). A pair ending in one names a role or a
    tool ("Debian Maintainers", "Debian Installer"), not a person."""
    m = _AGENT.search(word)
    if m is None or word in surnames():
        return False
    stem = word[:m.start()]
    return any(len(s) > 3 and s in dictionary_words() for s in (stem, stem + "e"))


def unknown_word(word: str) -> bool:
    """A capitalized word that no list knows: no English word, name, place, title or organization head."""
    names, word_names = given_names()
    return (len(word) > 2 and not word.isupper() and word not in dictionary_words() and word not in names
            and word not in word_names and not stops_a_name(word.rstrip(".")))


def _surname_person(text: str, run: re.Match[str], in_english: bool,
                    language: str | None = None) -> list[tuple[int, int, str]]:
    """Two or three capitalized words ending in a common surname, none of them a plain word, place or title:
    a person with a given name the list lacks ("Aryavir Kumar", "Bubba Wallace")."""
    words = run.group().split()
    if text[run.end():run.end() + 1].isdigit():
        return []  # "the sixth DebConf Debconf5": a word glued to a number is an edition's or a model's designation
    if in_english and len(words) == 2 and all(unknown_word(w) for w in words) and lookup(run.group()) is None \
            and not _agent_noun(words[1]):
        # two capitalized words no list knows ("Devan Dubnyk"): in English prose a pair of that shape is a
        # person's given name and surname where nothing says it is a thing, as a lower-case word after it
        # does ("the Europa Clipper mission", "its Gran Turismo is"); a verb of speech there is evidence for
        # a person. In another language the English lists know none of its words ("Como Educar").
        after = _WORD_AFTER.match(text, run.end())
        if after is None or after.group(1) in speech_verbs() or after.group(1) == "who" or _of_place(text, after.end()):
            # "who" asks for a person; "of" and a place says where someone is from ("Deqa Dhalac of South Portland")
            return [(run.start(), run.end(), "unknown_pair")]
        # a pair before a lower-case word is still a person where it ends in a common surname ("a Payton
        # Pritchard layup"): the surname rule below asks that
    if not 2 <= len(words) <= 3 or words[-1] not in surnames() or lookup(run.group()) is not None:
        return []
    if text.startswith(" of ", run.end()) and not _of_place(text, run.end() + 3):
        return []  # "Rock and Roll Hall of Fame": a name with "of" after it names no person, but "Rosaly Lopes of NASA" does
    if foreign_text(text, in_english, language):
        # the surname list and the plain-word test that guards it are English: in an Italian sentence
        # "Gerusalemme Est" or "Forze di Difesa" ends in a listed surname and holds no English word
        return []
    if words[0] in dictionary_words() or any(w in plain_words() or stops_a_name(w.rstrip(".")) or (len(w) > 1 and w.isupper())
                                             for w in words):
        return []  # "for Just Peace": a word before a surname is a word
    return [(run.start(), run.end(), "surname")]


@lru_cache(maxsize=1024)
def paragraph_language(text: str, document: str | None = None) -> str | None:
    """The language of the paragraph's function words; where it has too few to tell (a table row, a list of
    names, a short quotation) the document's language, None where that is not given."""
    return guess_language(text, default=document)


def foreign_text(text: str, in_english: bool = False, language: str | None = None) -> bool:
    """The paragraph's function words are another language's ("una fonte del Ministero"); a table row or a
    list of names, with none, is no evidence either way, nor a short paragraph of an English document; a short
    sentence ("Attentato a Gerusalemme Est") is in the document's language where the clean stage guessed it, but a
    row of a table or a list of names, with no word in lower case, is in none ("27 Bubba Wallace 487 0 0")."""
    document = "en" if in_english else language if _LOWER_WORD.search(text) else None
    return paragraph_language(text, document) not in (None, "en")


_LOWER_WORD = re.compile(rf"(?<![\w-])[{_LOW}]+(?![\w-])")
