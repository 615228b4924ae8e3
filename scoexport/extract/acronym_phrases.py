"""Acronym definitions that words, not only brackets, tie together (the bracketed orders are acronyms.py's):

- inside the brackets, the words a writer sets before either form: "(better known as SLS)", "(kurz: BEG)",
  "GNOME (originally an acronym for GNU Network Object Model Environment)", "KDE (formerly known as K Desktop
  Environment)", or the short form and its long form with a colon: "(NDCs: nationally determined contributions)";
- in running text, the long form then "abbreviated": "Stable Release Managers, often abbreviated SRM";
- the short form then "stands for" or "short for": "API stands for application programming interface";
- a numeronym, whose digits count the letters left out: "I18N (internationalization)";
- in German, a body's name in the language's words before the short form its members write in another
  ("Europäische Arzneimittelbehörde (EMA)", "Weltgesundheitsorganisation (WHO)").

The cue words of each language are data (data/acronym_cues.json). Enters a paragraph's text; leaves the spans a
definition is read from. Every rule still asks that the letters of the long form spell the short one, as the
bracketed orders do: a cue says a definition is meant, the letters say which words are its long form.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..data import alternation, load_json
from .language_bodies import NOUNS_CAPITALIZED, names_body
from .name_stops import function_words

_NUMERONYM = re.compile(r"^(?P<first>[A-Za-z])(?P<count>\d{1,2})(?P<last>[A-Za-z])$")
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def cues(kind: str) -> tuple[str, ...]:
    """The cue words of one kind (data/acronym_cues.json), longest first."""
    return tuple(sorted(load_json("acronym_cues.json")[kind], key=len, reverse=True))


@cache
def inner_lead() -> re.Pattern[str]:
    """Words before a short form inside the brackets after its long form, and the quotation mark it may wear."""
    return re.compile(rf"^(?:(?:{alternation(cues('inner_lead'))})\s+)*[“”\"‘’']?", re.I)


@cache
def _long_lead() -> re.Pattern[str]:
    return re.compile(rf"^(?:{alternation(cues('long_lead'))})\s+(?:the\s+)?", re.I)


def long_in_brackets(inner: str) -> tuple[int, str]:
    """Where a long form starts inside the brackets after a short form, past a lead phrase ("originally an acronym
    for", "formerly known as"), and its text; (0, inner) where no phrase leads."""
    lead = _long_lead().match(inner)
    return (lead.end(), inner[lead.end():]) if lead else (0, inner)


def is_numeronym(short: str, long: str) -> bool:
    """"I18N" of "internationalization": the first and last letters of one word, and between them the count of the
    letters left out. Digits that count exactly are no chance: a version or a model number ("A4", "F13") counts
    none of the word's letters."""
    m = _NUMERONYM.match(short)
    if m is None or not _WORDS.fullmatch(long) or "-" in long:
        return False
    return (long[0].lower() == m["first"].lower() and long[-1].lower() == m["last"].lower()
            and len(long) - 2 == int(m["count"]))


def colon_pair(inner: str) -> tuple[str, int, str] | None:
    """"NDCs: nationally determined contributions": a short form, a colon, then what it stands for, inside brackets
    (the short form, where the long one starts in `inner`, the long form), or None."""
    short, colon, rest = inner.partition(": ")
    if not colon or " " in short or not rest:
        return None
    long = rest.split(";")[0].strip()
    return short, len(short) + 2, long


@cache
def abbreviated() -> re.Pattern[str]:
    """", often abbreviated SRM": the cue before a short form that follows its long form in running text."""
    return re.compile(rf"(?:{alternation(cues('abbreviated'))})[“\"‘]?(?P<short>[A-Z][A-Za-z0-9&.+-]{{1,9}})(?![\w-])")


@cache
def stands_for() -> re.Pattern[str]:
    """"API stands for application programming interface": a short form, the cue, then up to ten words, among which
    the long form's end is found by its letters."""
    return re.compile(rf"(?<![\w.-])(?P<short>[A-Z][A-Za-z0-9&.+-]{{1,9}})(?:{alternation(cues('stands_for'))})"
                      r"(?:the )?[“\"‘]?(?P<long>[^\W\d_][\w'’-]*(?: [\w'’&-]+){0,9})")


def spelled_prefix(short: str, words: str, spelled: Callable[[str, str], bool]) -> str | None:
    """The fewest words of `words` (two at least) whose initials spell `short` (`spelled(short, candidate)` decides,
    acronyms.py's test), or None: the cue's words run on past the long form ("... interface and is used")."""
    parts = words.split()
    for n in range(2, len(parts) + 1):
        candidate = " ".join(parts[:n]).rstrip("”\"’,.;:")
        if spelled(short, candidate):
            return candidate
    return None


_CAPITALIZED_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def body_before(text: str, end: int, short: str, language: str) -> tuple[int, str] | None:
    """A body named in the text's own words before a short form in brackets that does not spell it: a body's short form
    is often its English one ("Europäische Arzneimittelbehörde (EMA)"). In German only, where a body's name is its
    capitalized words (one to four, the function words before them aside) and the last of them ends in a body's head
    noun (language_bodies.names_body); the short form starts with the name's first letter."""
    if language not in NOUNS_CAPITALIZED:  # elsewhere the letters must delimit the long form
        return None
    stops = function_words(language)
    words = list(_CAPITALIZED_WORD.finditer(text, max(0, end - 160), end))
    run: list[re.Match[str]] = []
    for w in reversed(words):
        gap = text[w.end():run[0].start() if run else end]
        if not w.group()[0].isupper() or w.group().lower() in stops or gap.strip() or len(run) == 4:
            break
        run.insert(0, w)
    if not run:
        return None
    long = text[run[0].start():run[-1].end()]
    if long[0].lower() != short[0].lower() or not names_body(long, language):
        return None
    return run[0].start(), long
