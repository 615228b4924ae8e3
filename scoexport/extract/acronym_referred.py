"""Acronym definitions whose two forms no bracket ties: the long form in apposition after the short one, a long form
that a pronoun's sentence gives for a word written before it, and a short form written bare after its long form.

- apposition: "DPL, the Debian Project Leader, ...", "duck, the Debian Url ChecKer, processes ...";
- referred back: "Bash is the shell ... The name is an acronym for the ‘Bourne-Again SHell’", "apt, a tool to
  install packages (its name is an acronym for Advanced Package Tool)", "dpkg, the package program (it is an
  abbreviation of Debian PacKaGe)": a cue of data/acronym_cues.json's `long_lead` with no short form before it
  names a long form, and the word it stands for is the nearest one before whose letters that long form spells;
- written bare after its long form: "vom Hilfswerk der Evangelischen Kirchen der Schweiz HEKS gepflanzt";
- a numeronym, a cue, then the word whose letters it counts: "“i18n” is the abbreviation for “internationalization”".

Why the letters decide: an abbreviation is made from its expansion's content words, by their initials (function
words of any language skipped: data/stopwords.json) or, where a writer marks which letters it takes, by the
expansion's capitals ("Debian PacKaGe" = dpkg, "Bourne-Again SHell" = Bash). A comma, a pronoun or a mere
neighbour says nothing of a definition on its own; only an exact spelling, every letter of the short form in
order and no content word left over, makes the pair one, which chance words almost never do.

Enters a paragraph's text and the short-form spans other rules took; leaves Definitions with both spans.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ..data import alternation
from ..text import SENTENCE_STOP, matches_at
from .acronym_phrases import (
    MINOR_WORDS,
    NUMERONYM,
    Definition,
    cue_kinds,
    cues,
    is_numeronym,
    is_short_form,
    spelled_by_initials,
)
from .acronym_words import QUOTES, long_words
from .base import lower_cased, may_hold
from .name_stops import foreign_function_words, function_words
from .openings import acronym_starts
from .tokens import tokens

_WORD = re.compile(r"[^\W_][\w'’&-]*")
# a program's name in lower case ("duck", "dpkg") or a short form in capitals ("DPL", "LUGs"), as a whole word
_SHORT_SHAPE = r"(?<![\w./-])(?P<short>[^\W\d_][\w&+]{1,9})"
_SHORT_WORD = _SHORT_SHAPE + r"(?![\w/-])"
# a short form in capitals written bare after words, with its plural "s": "Schweiz HEKS", "the Linux User Groups LUGs"
_BARE = re.compile(r"(?P<short>[A-Z]{3,8}s?)(?![\w.&/-])")
_PUNCTUATION = re.compile(r"[.,;:!?()\[\]“”\"]")  # a bare short form follows its long form in one phrase
_NUMERONYM = re.compile(rf"(?<![\w./-]){NUMERONYM}(?![\w/-])")
_SENTENCE_WORDS = 40  # how far back the word a pronoun's long form stands for may be: this sentence or the last one


def _letters(text: str) -> str:
    """A form's letters and digits in lower case: what an abbreviation's letters are compared by."""
    return "".join(c for c in text if c.isalnum()).lower()


@cache
def _stops(language: str) -> frozenset[str]:
    """The words an abbreviation's initials leave out: the minor words and the function words of the text's language
    and of the others we know (a long form may be another language's: "Hilfswerk der ... Kirchen")."""
    return MINOR_WORDS | function_words(language) | foreign_function_words()


def initials_spell(short: str, long: str, language: str = "en") -> bool:
    """The short form (a plural's "s" aside) is the long form's initials (`acronym_phrases.spelled_by_initials`), the
    function words of any language left out: "LUGs" = "Linux User Groups", "HEKS" = "Hilfswerk der Evangelischen
    Kirchen der Schweiz"; two content words at least, none of them the short form itself."""
    words = long_words(long)
    stops = _stops(language)
    content = [w for w in words if w.lower() not in stops]
    if len(content) < 2 or _letters(short) in {_letters(w) for w in content}:
        return False
    joined = " ".join(words)  # the long form's words, its quotes aside
    return spelled_by_initials(short, joined, stops) or (
        short.endswith("s") and short[-2:-1].isupper() and spelled_by_initials(short[:-1], joined, stops))


def every_initial(short: str, long: str) -> bool:
    """The short form is the initials of every word, function words too ("MOTU" = "Masters Of The Universe")."""
    words = long_words(long)
    return len(words) >= 2 and "".join(w[0] for w in words).lower() == _letters(short)


def capitals_spell(short: str, long: str) -> bool:
    """The writer capitalised the letters the short form takes, some inside a word: "Debian Url ChecKer" = duck,
    "Debian PacKaGe" = dpkg, "Bourne-Again SHell" = Bash, or a function word capitalized as the others because it
    gives a letter too ("Still In Development" = Sid). Every word is capitalized: a writer who marks letters marks
    each word's first."""
    words = long_words(long)
    # every word gives its initial, and no word is the short form itself ("the FSF, the FSF sends")
    if len(words) < 2 or not all(w[0].isupper() for w in words) or _letters(short) in {_letters(w) for w in words}:
        return False
    return "".join(c for c in long if c.isupper()).lower() == _letters(short)


def spelled(short: str, long: str, language: str = "en") -> bool:
    """Does the long form spell the short one by its content words' initials or by the capitals the writer marked?"""
    return initials_spell(short, long, language) or capitals_spell(short, long)


def _prefixes(words: list[re.Match[str]], text: str) -> Iterator[tuple[int, int]]:
    """The spans of the leading `words`, two at least, fewest first."""
    for n in range(2, len(words) + 1):
        start, end = words[0].start(), words[n - 1].end()
        while text[end - 1] in QUOTES:  # "the ‘Bourne-Again SHell’": the closing mark is no part of it
            end -= 1
        yield start, end


def _long_prefix(short: str, words: list[re.Match[str]], text: str, language: str) -> tuple[int, int] | None:
    """The span of the fewest leading `words` (two at least) that spell `short`."""
    for start, end in _prefixes(words, text):
        if spelled(short, text[start:end], language):
            return start, end
    return None


def _spellable(words: list[re.Match[str]], text: str, language: str) -> frozenset[str]:
    """What the runs of leading `words` can spell, in lower case: each run's content words' initials and its
    capitals. `spelled` holds only where the short form's letters (or, a plural's, all but its "s") are one of these
    strings, so a cue's long form is tried against the dozens of words before it by a look-up each, and spelled out
    only for the words that pass."""
    found = set()
    for start, end in _prefixes(words, text):
        long = text[start:end]
        found.add("".join(w[0] for w in long_words(long) if w.lower() not in _stops(language)).lower())
        found.add("".join(c for c in long if c.isupper()).lower())
    return frozenset(found)


# what stands between a short form and its long form in apposition: ", the" or "or" and a quotation mark; found
# first, as a plain string, and the short form read back from there (a pattern opening with the short form's
# look-behind would be tried at every character)
# the long form may stand in quotation marks after ", the" too, as a term being introduced does ("CRAN, the “Comprehensive
# R Archive Network”")
_APPOSED_CUE = re.compile(r"(?:, the [“\"‘]?|,? or [“\"‘])(?=[A-Z])")
# the strings every such cue holds: a paragraph with none of them holds no apposition (a test of plain substrings, where
# the cue's pattern, opening with a comma or a space, is tried at every space)
_APPOSED_STRINGS = (", the ", " or “", ' or "', " or ‘")
_SHORT_BEFORE = re.compile(rf"{_SHORT_SHAPE}[{QUOTES}]*\Z")
_LONG_AFTER = re.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+){1,9}")


@cache
def _referring() -> re.Pattern[str]:
    """A long form named by a cue ("an acronym for", "an abbreviation of"), after "the" or a quotation mark."""
    return re.compile(rf"\b(?:{alternation(cues('long_lead'))})\s+(?:the\s+)?[{QUOTES}]?"
                      r"(?P<long>[^\W\d_][\w'’-]*(?:[ -][\w'’-]+){0,9})", re.I)


@cache
def _cue_phrases() -> tuple[str, ...]:
    """Each cue in lower case, whole: where the case-blind pattern matches one, the lower-cased text holds it (but for
    the letters `base.may_hold` knows). A stronger test than `cue_kinds`' look-up of the cues' longest words ("known",
    "short" are common), made after it, before the pattern, case-blind and opening with a word boundary, is tried at
    every word."""
    return tuple(cue.lower() for cue in cues("long_lead"))


def _apposed(text: str, language: str) -> list[Definition]:
    """"DPL, the Debian Project Leader", "CRAN, the “Comprehensive R Archive Network”" or "LUGs or “Linux User
    Groups”": a short form, then ", the" (and a quotation mark or none) or "or" and a quotation mark, then up to ten
    words from a capitalized one; the short form may wear the marks of a literal ("``duck``, the Debian Url ChecKer")."""
    if not any(cue in text for cue in _APPOSED_STRINGS):
        return []
    found = []
    for cue in _APPOSED_CUE.finditer(text):
        before = _SHORT_BEFORE.search(text, max(0, cue.start() - 14), cue.start())
        after = _LONG_AFTER.match(text, cue.end())
        if before is None or after is None:
            continue
        short = before["short"]
        if not (is_short_form(short) or short.islower()):
            continue
        span = _long_prefix(short, list(_WORD.finditer(text, after.start(), after.end())), text, language)
        if span is not None:
            found.append(Definition(short, text[slice(*span)], before.span("short"), span))
    return found


def _referred(text: str, language: str, taken: set[tuple[int, int]]) -> list[Definition]:
    """A long form a cue names with no short form before it ("The name is an acronym for the ..."): the word it
    stands for is the nearest one before it, in this sentence or the last, whose letters the long form's first words
    spell; a pronoun or a short word in lower case is none. A short form another rule took is left to it."""
    if "long_lead" not in cue_kinds(text) or not may_hold(text, lower_cased(text), _cue_phrases()):
        return []
    found = []
    for m in _referring().finditer(text):
        words = list(_WORD.finditer(text, m.start("long"), m.end("long")))
        before = list(re.finditer(_SHORT_WORD, text[:m.start()]))[-_SENTENCE_WORDS:]
        spellable = _spellable(words, text, language)
        for w in reversed(before):  # the nearest word the long form spells is the one it stands for
            if w["short"].lower() in _stops(language) or (len(w["short"]) < 3 and not is_short_form(w["short"])):
                continue  # "it is short for ...": the pronoun is no short form
            letters = _letters(w["short"])
            if letters not in spellable and letters[:-1] not in spellable:
                continue
            span = _long_prefix(w["short"], words, text, language)
            if span is not None:
                if w.span("short") not in taken:
                    found.append(Definition(w["short"], text[slice(*span)], w.span("short"), span))
                break
    return found


def _bare(text: str, language: str) -> list[Definition]:
    """A short form in capitals right after the words whose initials spell it, the first of them capitalized: the
    words are read back until they hold as many content words as the short form has letters (its plural's "s"
    aside), and only that run is tried."""
    found = []
    stops = _stops(language)
    for m in matches_at(_BARE, text, acronym_starts(text)):  # only where two capitals open a word
        short = m["short"]
        if m.start() < 2 or text[m.start() - 1] != " " or not text[m.start() - 2].isalpha():
            continue
        n = len(short) - (short[-1] == "s")
        content = 0
        words = list(_WORD.finditer(text, max(0, m.start() - 30 * n), m.start()))
        for k in range(1, len(words) + 1):
            word = words[-k].group()
            if word.lower() in stops:
                continue
            content += 1
            if word[0].lower() != short[n - content].lower() or content == n:
                break
        else:
            continue
        first = words[-k]
        if content == n and first.group()[0].isupper():
            long = text[first.start():words[-1].end()]
            if not _PUNCTUATION.search(long) and initials_spell(short, long, language):
                found.append(Definition(short, long, m.span("short"), (first.start(), words[-1].end())))
    return found


def _numeronym_places(text: str) -> Iterator[re.Match[str]]:
    """The numeronyms ("i18n", "K8s"), tried only a letter before each run of digits."""
    return matches_at(_NUMERONYM, text, (at - 1 for at in tokens(text).digits if at))


def _numeronyms(text: str) -> list[Definition]:
    """"“i18n” and “l10n” are the abbreviations for the words “internationalization” and “localization”": a numeronym,
    a cue, and later in the sentence the one word whose letters it counts exactly (`is_numeronym`)."""
    found = []
    for m in _numeronym_places(text):
        end = SENTENCE_STOP.search(text, m.end())
        sentence = text[m.end():end.start() if end else len(text)]
        cue = _referring().search(sentence)
        if cue is None:
            continue
        for w in _WORD.finditer(sentence, cue.start()):
            if is_numeronym(m.group(), w.group()):
                start = m.end() + w.start()
                found.append(Definition(m.group(), w.group(), m.span(), (start, start + len(w.group()))))
                break
    return found


def referred(text: str, taken: set[tuple[int, int]], language: str = "en") -> list[Definition]:
    """The definitions of the three shapes whose short form no other rule took, in text order."""
    found: list[Definition] = []
    seen = set(taken)
    # a numeronym is defined only by a cue of `long_lead` in its sentence
    numeronyms = _numeronyms(text) if "long_lead" in cue_kinds(text) and any(True for _ in _numeronym_places(text)) else []
    for definition in (*_apposed(text, language), *_referred(text, language, seen), *_bare(text, language), *numeronyms):
        if definition.short_span not in seen:
            found.append(definition)
            seen.add(definition.short_span)
    return found
