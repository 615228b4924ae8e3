"""Acronym definitions that words, not only brackets, tie together (the bracketed orders are acronyms.py's):

- inside the brackets, the words a writer sets before either form: "(better known as SLS)", "(kurz: BEG)",
  "GNOME (originally an acronym for GNU Network Object Model Environment)", "KDE (formerly known as K Desktop
  Environment)", or the short form and its long form with a colon: "(NDCs: nationally determined contributions)";
- in running text, the long form then "abbreviated": "Stable Release Managers, often abbreviated SRM";
- the short form then "stands for" or "short for": "API stands for application programming interface";
- a numeronym, whose digits count the letters left out: "I18N (internationalization)";
- in German, a body's name in the language's words before the short form its members write in another
  ("Europäische Arzneimittelbehörde (EMA)", "Weltgesundheitsorganisation (WHO)").

The letter tests every order shares live here too (acronyms.py reads them): what a short form is (`SHORT_FORM`,
`is_short_form`), where its letters start a long form (`best_long_form`), whether a long form's initials spell it
(`spelled_by_initials`) and whether a long form written after it does (`spells`).

The cue words of each language are data (data/acronym_cues.json). Enters a paragraph's text; leaves the spans a
definition is read from. Every rule still asks that the letters of the long form spell the short one, as the
bracketed orders do: a cue says a definition is meant, the letters say which words are its long form.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..data import alternation, load_json
from .acronym_words import QUOTES, compound_words
from .base import may_hold_words
from .gazetteer import lookup
from .language_bodies import NOUNS_CAPITALIZED, names_body
from .name_stops import function_words

# a numeronym: a word's first and last letters with the count of those between ("i18n", "K8s")
NUMERONYM = r"(?P<first>[A-Za-z])(?P<count>\d{1,2})(?P<last>[A-Za-z])"
_NUMERONYM = re.compile(rf"^{NUMERONYM}$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# a short form's characters: a capital, then letters, digits, dots and joiners ("G20", "AT&T", "U.S.")
SHORT_FORM = r"[A-Z][A-Za-z0-9&.+-]{1,9}"
# in running text a full stop after the short form ends the sentence ("often abbreviated SRM. The SRM team"), unless
# the form is dotted throughout ("U.S."): its last dot is kept only after a single letter that a dot precedes
SHORT_IN_TEXT = SHORT_FORM + r"(?<![^.][A-Za-z0-9]\.)"
_SHORT = re.compile(rf"^{SHORT_FORM}$")
# the mark a short form may wear inside its brackets, on either side: a quotation mark, or the backquotes of a literal
# in plain-text markup ("carbon copy (``CC``)")
SHORT_MARK = rf"(?:``|[{QUOTES}])"
# the same shape in any alphabet ("ÖVP", "ПП", "ΕΕ"), read where a short form stands alone, as in brackets
_SHORT_LETTERS = re.compile(r"^[^\W\d_][\w&.+-]{1,9}$")
# the minor words a long form's initials leave out ("maternal and child health" = MCH)
MINOR_WORDS = frozenset({"and", "of", "for", "the", "on", "in", "to", "&"})


@dataclass
class Definition:
    short: str
    long: str
    short_span: tuple[int, int]
    long_span: tuple[int, int]


def is_short_form(text: str) -> bool:
    """Two or more capitals, or a capital with digits ("G20"), of any alphabet ("ÖVP", "ПП"); not an ordinary
    capitalized word."""
    shaped = _SHORT.match(text) if text.isascii() else (text[0].isupper() and _SHORT_LETTERS.match(text))
    return bool(shaped) and "_" not in text and sum(c.isupper() for c in text) + min(1, sum(c.isdigit() for c in text)) >= 2


def best_long_form(short: str, candidate: str) -> int | None:
    """Where in `candidate` the long form of `short` starts, or None (Schwartz-Hearst matching from the end)."""
    s, lo = len(short) - 1, len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while lo >= 0 and (candidate[lo].lower() != c or (s == 0 and lo > 0 and candidate[lo - 1].isalnum())):
            lo -= 1
        if lo < 0:
            return None
        lo -= 1
        s -= 1
    return lo + 1


@cache
def _elided() -> re.Pattern[str]:
    """An article or preposition elided before a word ("l'", "dell'", "d'"): the forms of
    data/oblique_prepositions.json that end in an apostrophe, straight or curly. Read from the languages' own
    lists, not any short lower-case run before an apostrophe, which would cut English possessives ("women's")."""
    forms: set[str] = set()

    def walk(entry: object) -> None:
        if isinstance(entry, str):
            if entry.endswith("'"):
                forms.add(entry[:-1])
        elif isinstance(entry, list):
            for item in entry:
                walk(item)
        elif isinstance(entry, dict):
            for key, item in entry.items():
                if key != "_comment":
                    walk(item)
    walk(load_json("oblique_prepositions.json"))
    walk(load_json("of_languages.json"))  # the languages' "of" ("dell'", "d'"), kept there for every rule
    return re.compile(rf"^(?i:{alternation(forms)})['’]")


def spelled_by_initials(short: str, long: str, minor: frozenset[str] = frozenset()) -> bool:
    """The short form is the long form's initials, minor words (and those of `minor`) aside: "MCH" = "maternal and
    child health". The words are `acronym_words.compound_words`': a hyphen between letters parts a compound's words
    as a space does ("Bourne-Again Shell"); the text is read as it stands, a mark before its first word included."""
    # an article elided before a word is no word of its own ("per l'ambiente", "Banque d'État")
    words = [_elided().sub("", w) or w for w in compound_words(long)]
    initials = "".join(w[0] for w in words if w.lower() not in MINOR_WORDS and w.lower() not in minor)
    return initials.lower() == "".join(c for c in short if c.isalnum()).lower()


def past_its_letters(short: str, long: str) -> str:
    """The long form without a last word that none of the short form's letters stand for: letter matching stops at the
    last letter it finds, so a head noun the writer adds after the spelled words ("Perl Compatible Regular Expression
    Library (PCRE)", "the Work-Needing and Prospective Packages list (WNPP)", "Distributed Denial of Service attacks
    (DDoS)") was read into the long form. It is cut where the words before it have the short form's letters as their
    initials (only its capitals where it writes a minor word's letter in lower case: "DoS") and the whole does not."""
    head, _, last = long.rpartition(" ")
    capitals = "".join(c for c in short if c.isupper())
    if not head or not last.isalpha() or not head[-1].isalnum() or last.lower() in MINOR_WORDS \
            or spelled_by_initials(short, long):
        return long  # a list's item or a mark ("Lisp, C++, or PASCAL") is no head noun of the long form
    if head.rsplit(" ", 1)[-1].lower() in MINOR_WORDS:
        return long  # "Centers for Disease Control and Prevention": a long form ends in its head, not in "and"
    if spelled_by_initials(short, head) or (len(capitals) >= 2 and capitals != short.rstrip("s")
                                             and spelled_by_initials(capitals, head)):
        return head
    return long


def spells(short: str, long: str) -> bool:
    """Whether `long` is the long form of `short` written after it: its letters spell the short form from its first
    word on, and a long form in lower case ("(which we all use)", "(NOTE: never use the root account)") only where
    its words' initials are the short form's letters, a plural's "s" aside ("NDCs: nationally determined
    contributions"): letters scattered through a lower-case aside spell most short forms by chance. Lower-case words
    define a term, never a name: a short form the gazetteer knows ("USA", "EU") is no term, whatever the initials of
    a remark after it ("(USA: under some accounts)")."""
    if best_long_form(short, long) != 0:
        return False
    if long[0].isupper():
        return True
    if lookup(short) is not None:
        return False
    return spelled_by_initials(short, long) or (short.endswith("s") and short[-2:-1].isupper() and long.endswith("s")
                                                 and spelled_by_initials(short[:-1], long))


@cache
def cues(kind: str) -> tuple[str, ...]:
    """The cue words of one kind (data/acronym_cues.json), longest first."""
    return tuple(sorted(load_json("acronym_cues.json")[kind], key=len, reverse=True))


_LETTER_RUN = re.compile(r"[a-z]+")


@cache
def cue_keys(kind: str) -> frozenset[str]:
    """Each cue's longest run of letters a-z, in lower case ("acronym" of "an acronym for", "rzung" of "Abkürzung
    für"): wherever a cue is written, that run stands whole among the paragraph's lower-case words
    (`base.lower_words`), as a space, a mark or a letter outside a-z bounds it inside the cue, and at the cue's
    edge its pattern's word boundary or the space it opens or ends with does."""
    return frozenset(max(_LETTER_RUN.findall(cue.lower()), key=len) for cue in cues(kind))


def cue_kinds(text: str) -> frozenset[str]:
    """The kinds of cue (data/acronym_cues.json: `long_lead`, `abbreviated`, `stands_for`) the paragraph may
    hold, by one look-up of its words each: the routes that need a cue are skipped where it holds none of their
    kind. Most paragraphs hold none, and the look-up replaces a scan of the text for each of the forty cues."""
    return frozenset(kind for kind in ("long_lead", "abbreviated", "stands_for")
                     if may_hold_words(text, cue_keys(kind)))


@cache
def inner_lead() -> re.Pattern[str]:
    """Words before a short form inside the brackets after its long form, and the quotation mark it may wear, or the
    backquotes of a literal in plain-text markup ("carbon copy (``CC``)")."""
    return re.compile(rf"^(?:(?:{alternation(cues('inner_lead'))})\s+)*{SHORT_MARK}?", re.I)


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
    if m is None or not _WORD.fullmatch(long) or "-" in long:
        return False
    return (long[0].lower() == m["first"].lower() and long[-1].lower() == m["last"].lower()
            and len(long) - 2 == int(m["count"]))


def colon_pair(paren: re.Match[str]) -> Definition | None:
    """"(NDCs: nationally determined contributions)": a short form, a colon, then what it stands for, both inside the
    brackets; the long form spells the short one as one written after it does (`spells`), so that a label and its
    remark are no pair ("(NOTE: never use the root account here)")."""
    inner = paren.group(1).strip()
    short, colon, rest = inner.partition(": ")
    if not colon or " " in short or not rest:
        return None
    long = rest.split(";")[0].strip()
    if not is_short_form(short) or len(compound_words(long)) < 2 or not spells(short, long):
        return None
    start = paren.start(1) + len(paren.group(1)) - len(paren.group(1).lstrip())
    offset = len(short) + 2
    return Definition(short, long, (start, start + len(short)), (start + offset, start + offset + len(long)))


@cache
def abbreviated() -> re.Pattern[str]:
    """", often abbreviated SRM": the cue before a short form that follows its long form in running text."""
    return re.compile(rf"(?:{alternation(cues('abbreviated'))})[“\"‘]?(?P<short>{SHORT_IN_TEXT})(?![\w-])")


@cache
def stands_for() -> re.Pattern[str]:
    """"API stands for application programming interface": a short form, the cue, then up to ten words, among which
    the long form's end is found by its letters."""
    return re.compile(rf"(?<![\w.-])(?P<short>{SHORT_IN_TEXT})(?:{alternation(cues('stands_for'))})"
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



def body_before(text: str, end: int, short: str, language: str) -> tuple[int, str] | None:
    """A body named in the text's own words before a short form in brackets that does not spell it: a body's short form
    is often its English one ("Europäische Arzneimittelbehörde (EMA)"). In German only, where a body's name is its
    capitalized words (one to four, the function words before them aside) and the last of them ends in a body's head
    noun (language_bodies.names_body); the short form starts with the name's first letter."""
    if language not in NOUNS_CAPITALIZED:  # elsewhere the letters must delimit the long form
        return None
    stops = function_words(language)
    words = list(_WORD.finditer(text, max(0, end - 160), end))
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


def phrased(text: str, taken: set[tuple[int, int]],
            defined_before: Callable[[str, int, str, tuple[int, int]], Definition | None]) -> list[Definition]:
    """Definitions that a phrase in running text ties ("Stable Release Managers, often abbreviated SRM", "API stands
    for application programming interface"); each cue is looked for as a string before its pattern is run. The long
    form before "abbreviated" is found as before a bracket (`defined_before`, acronyms.py's)."""
    found = []
    kinds = cue_kinds(text)
    if "abbreviated" in kinds and any(cue in text for cue in cues("abbreviated")):
        for m in abbreviated().finditer(text):
            definition = defined_before(text, m.start(), m["short"], m.span("short"))
            if definition and definition.short_span not in taken:
                found.append(definition)
    if "stands_for" in kinds and any(cue in text for cue in cues("stands_for")):
        for m in stands_for().finditer(text):
            long = spelled_prefix(m["short"], m["long"], spelled_by_initials) if is_short_form(m["short"]) else None
            if long and m.span("short") not in taken:
                found.append(Definition(m["short"], long, m.span("short"), (m.start("long"), m.start("long") + len(long))))
    return found
