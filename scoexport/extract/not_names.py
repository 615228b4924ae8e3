"""Evidence that a capitalized run is no name, for the entity rules (entity_candidates.py, entities.py) to drop it.

Enters a candidate name with its paragraph or its document's usage; leaves a yes or no. A capital marks a name
only where the writer had no other reason to set one: a title-case headline capitalizes most words, a
paragraph set in capitals every word (a licence's disclaimer), a terms page its defined terms; a name is
written with its capital wherever it stands, so a word the document also writes in lower case is a word. A
release's number after a word ("Debian 11") or a GNU system's kernel ("Debian GNU/Linux") says it is a product
(a person whose name the document numbers so, "Firefox 50.0", is one), and a social network after "follow us on" is
where to find someone, not what the article tells of."""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json, load_lines, word_set
from ..records import Paragraph
from ..text import has_digit, mostly_capitalized
from .gazetteer import Hit
from .number_units import is_plural, measure_unit
from .numerals import number_table
from .words import dictionary_words, english_stopwords

CAPITALS_HEADLINE_WORDS = 12  # a longer run of capitals is a paragraph (a licence's disclaimer), not a headline


def word_in_capitals(name: str) -> bool:
    """An acronym the gazetteer knows that is also an English word ("ANY OTHER PARTY WHO MODIFIES"): in a
    paragraph set in capitals every word looks like an acronym, so the word is read."""
    return " " not in name and (name.lower() in english_stopwords() or name.capitalize() in dictionary_words())


_FOLLOW_ON = re.compile(r"(?i:follow|visit|find|like|join|connect with)\b[^.!?]{0,80}\bon (?:[\w’'-]+,? (?:and |or )?){0,6}$")


def where_to_follow(text: str, hit: Hit) -> bool:
    """A social network named as where to follow or visit someone ("follow her on Twitter", "visit Arrowhead on
    Facebook, Twitter, and Instagram") is an address, not something the article tells of."""
    return (hit.entry.name in word_set("social_networks.txt")
            and bool(_FOLLOW_ON.search(text, max(0, hit.start - 140), hit.start)))


_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


def title_case(text: str) -> bool:
    """A headline in title case ("Titan Just Revealed Its Secrets"): capitals there mark no names."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and mostly_capitalized(words)


def headline(p: Paragraph) -> bool:
    """Is the paragraph a title or heading set in title case? The rules that read a name by its capitals are off
    there (entity_candidates.py), so only names the document gives elsewhere are found in it."""
    return p.kind in ("title", "subtitle", "heading") and title_case(p.text)


def work_title(name: str) -> bool:
    """Whether a run a person rule read as a name of two words or more ends in a noun that closes a work's title
    ("Jessie Release Notes", "Network Administration Guide"): the run is the title, so no part of it is a person (a
    run cut before the noun would leave "Jessie Release", and its last word would become a surname to resolve)."""
    words = name.split()
    return len(words) > 1 and words[-1] in word_set("work_nouns.txt")


def thing_after(text: str, end: int) -> bool:
    """Does a lower-case noun of a place or a thing follow the name ("the Kennedy airport")?"""
    word = text[end + 1:end + 20].split(" ", 1)[0].strip(".,;:!?")
    return word in word_set("place_heads.txt", lower=True) or word in word_set("organization_nouns.txt")


# a word in lower case, not a part of an address, a path or a file name ("pixabay.com", "debian/rules")
# (the first letter before the look behind at what stands before it: the regex engine then scans for letters instead
# of trying the look behind at every character)
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’./@-][a-z])[a-z]{2,}(?![\w'’/@-]|\.\w)")
# a name with a release's number after it ("Debian 11", "Debian 7.0 Wheezy", "Python 3"), not a year ("Paris 2024");
# a clause or a sentence may end after it ("in Fedora 20, ...", "... Debian 11."), a number's own comma or point not
_END = r"(?![\w%/-]|[.,:]\d)"
_VERSIONED = re.compile(rf"([A-Z](?<!\w[A-Z])[a-z]+) (?!(?:1[6-9]|20)\d\d\b)\d{{1,2}}(?:\.\d+)*{_END}")
# the same after any name, or a model's or a standard's number ("Intel 386", "IEEE 1394"): up to four digits, not a
# year, a postal code (five digits) or a count grouped in thousands ("in Tel Aviv 300.000 Menschen")
_RELEASE_AFTER = re.compile(rf" (?!(?:1[6-9]|20)\d\d\b)(?!\d{{1,3}}(?:\.\d{{3}})+\b)\d{{1,4}}(?:\.\d+)*{_END}")
# a word after the number that it counts or scales ("hat Siemens 300 Stellen gestrichen", "Apple 2.5 billion"), a
# measure's unit or a plural noun ("Microsoft 10 years ago", as `named_versions._amount` reads what a numeral counts),
# or a score's next side ("Bayern 2, Dortmund 1"): no release; a verb or a model's noun in the singular may follow one
# ("Debian 9 still boots", "the IBM 5150 computer")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


@cache
def _counted_after() -> re.Pattern[str]:
    scales = alternation(number_table()["scales"])
    return re.compile(rf" (?:[A-ZÄÖÜ]|(?:{scales}|percent|per cent|%)\b)|, [A-Z]\w* \d|%")
_PLACES = frozenset({"country", "city", "region"})
# a release numbered with two points ("Vega 2.1.3"), or with one as a list's item of its own ("Firefox 50.0", in a
# list of the programs each release ships, which names it more than once): the shape a program's release has and a
# person's name never takes; a time or a score after a surname ("Bolt 9.58", "Miller 11.42 seconds") has one point
# and stands in a sentence
_DOTTED = re.compile(r"(?:([A-Z](?<!\w[A-Z])[a-z]+) \d{1,3}(?:\.\d+){2,}(?![\w%/-]|[.,:]\d| ?[a-z%°])"
                     r"|^([A-Z][a-z]+) \d{1,3}\.\d+\s*$)")


class Usage:
    """How the document writes words beside its names: the words it writes in lower case, the names it numbers.

    Each is answered for the one word a one-word guessed name asks about (`no_name`), where reading every word
    of the document into a set cost a scan of the whole text for each document, most of which ask about a few
    words. A word is looked for by string search (in C), and kept where the pattern matches at that place: each
    pattern's matches begin where no match could overlap them (a lower-case run after no letter, a capitalized
    word after no word character), so one found at its place is one the pattern's scan of the text finds."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self._paragraphs = paragraphs
        self._lower: dict[str, bool] = {}
        self._versioned: dict[str, bool] = {}
        self._dotted: dict[str, bool] = {}
        self._numbered: list[str] | None = None

    def _with_digits(self) -> list[str]:
        """The texts of the paragraphs that hold a digit (where a release's number can stand), found once for every
        word asked about."""
        if self._numbered is None:
            self._numbered = [p.text for p in self._paragraphs if has_digit(p.text)]
        return self._numbered

    def writes_lower(self, word: str) -> bool:
        """Does the document write `word` (lower case) as a whole word in lower case (`_LOWER_WORD`)?"""
        known = self._lower.get(word)
        if known is None:
            known = self._lower[word] = any(_written_as(_LOWER_WORD, p.text, word, 0) for p in self._paragraphs)
        return known

    def releases(self, name: str) -> bool:
        """Does the document write the last word of `name` with a release's number in points after it (`_DOTTED`)?"""
        word = name.rsplit(" ", 1)[-1]
        known = self._dotted.get(word)
        if known is None:
            numbered = self._with_digits()
            # a list's items: more than one release listed so (a race's results list each runner once)
            known = self._dotted[word] = any(_written_as(_DOTTED, t, word, 1) for t in numbered) or sum(
                _written_as(_DOTTED, t, word, 2) for t in numbered) > 1
        return known

    def numbers(self, name: str) -> bool:
        """Does the document write `name` with a release's number after it (`_VERSIONED`)?"""
        known = self._versioned.get(name)
        if known is None:
            known = self._versioned[name] = any(_written_as(_VERSIONED, t, name, 1) for t in self._with_digits())
        return known


def _written_as(pattern: re.Pattern[str], text: str, word: str, group: int) -> bool:
    """Is `word` written in the text where `pattern` matches at the word's place with `word` as the group?"""
    at = text.find(word)
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None and m.group(group) == word:
            return True
        at = text.find(word, at + 1)
    return False


def no_name(hit: Hit, usage: Usage) -> bool:
    """A one-word name guessed by its shape alone that the document shows is none. A word it also writes in lower
    case is a common noun that a terms page capitalizes as a defined term ("breach the Terms", "additional
    terms"), a sentence opens with ("Excluded are ..."), or a release's code name ("in Bullseye", "(bullseye)"):
    a name is written with its capital wherever it stands. A town guessed from "in" that the document numbers
    ("in Debian", "Debian 11") is a product that has releases: a town has none. A one-word name joined from a word
    and an event's noun ("PyCon", "DebCamp", "DebianDay") is a community's meeting, an event."""
    if hit.rule != "org_rule" or " " in hit.entry.name:
        return False
    if hit.entry.type == "organization" and _event_compound().fullmatch(hit.entry.name):
        return True  # "PyCon", "DebConf", "DebianDay": a community's meeting names itself so; an event is no entity
    return usage.writes_lower(hit.entry.name.lower()) or (hit.entry.type == "city" and usage.numbers(hit.entry.name))


@cache
def _event_compound() -> re.Pattern[str]:
    """A one-word name whose last part, after a lower-case letter, is an event's (data/event_compound_heads.txt)."""
    return re.compile(rf"[A-Z]\w*[a-z](?:{alternation(load_lines('event_compound_heads.txt'))})")


# a model's designation after its maker's name, letters and digits in one token, after at most one word of the
# product line: "Intel i386", "IBM S/390", "Intel IA-64", "Intel Core i5-9300H"; not a letter and one digit, which
# as often counts a quarter, a race series or a group ("Intel Q3 results", "Ferrari F1 team", "the G7")
_MODEL_AFTER = re.compile(r"(?: [A-Z][a-z]+)? (?![A-Z]\d\b)[A-Za-z]{1,4}[/-]?\d[\w/-]*(?![\w'’])")
# the GNU system named by its kernel ("Debian GNU/Linux", "Debian GNU/Hurd", "GNU/kFreeBSD"): an operating system
_SYSTEM_AFTER = re.compile(r" GNU/\w")


@cache
def _version_of() -> re.Pattern[str]:
    """A version's noun and its preposition right before a name ("the stable version of", "la version 2.0 de"),
    read on the few words before the name (data/product_cues_languages.json)."""
    words = load_json("product_cues_languages.json")
    prepositions = alternation(words["prepositions"])
    return re.compile(rf"(?i:\b(?:{alternation(words['nouns'])}))(?: \d[\w.]*)? (?:{prepositions})(?: |(?<=['’]))$")


@cache
def _based() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words that say a thing is built on what a name names, before it (the name ending its phrase), after it,
    and around it (data/product_cues_languages.json)."""
    words = load_json("product_cues_languages.json")
    ends = rf"(?=$|[^\w\s'’-]|\s(?:{alternation(words['conjunctions'])})\b)"
    return (re.compile(rf"(?i:\b(?:{alternation(words['based_before'])})) $"),
            re.compile(rf"{ends}"),
            re.compile(rf"(?:{alternation(words['based_after'])})\b"),
            re.compile(rf"(?i:\b(?:{alternation(words['based_around']['before'])})) $"))


def _based_on(text: str, hit: Hit) -> bool:
    """Is the name what something is based on ("distributions based on Debian", "a Debian-based system", "auf
    Debian basierende Distributionen")?"""
    before, ends, after, around = _based()
    start = max(0, hit.start - 24)
    if (before.search(text, start, hit.start) and ends.match(text, hit.end)) or after.match(text, hit.end):
        return True
    words = load_json("product_cues_languages.json")["based_around"]["after"]
    return bool(around.search(text, start, hit.start)) and text[hit.end + 1:].startswith(tuple(words))


def product_after(text: str, hit: Hit) -> int | None:
    """Where a name is part of a product's designation, the end of that designation; else None (the name stands for
    itself). A release's number right after a name ("Debian 11.0 was released", "upgrade to Windows 7", "(Fedora
    20)") names that release of a product, not the body that makes it, as a model's or a standard's number names the
    model or the standard ("Intel 386 processors", "IEEE 1394"): a body, a place or a person has no numbered
    releases. A person's name takes only a release in points ("Firefox 50.0"), since a bare number after a surname
    is a score or a count in sports writing ("Miller 23 points"), and a place none: a number after it counts what
    follows ("in Berlin 300 Menschen"). "Debian GNU/Linux" names the operating system, the
    GNU system with the Linux kernel, as the distribution's makers name it, and no part of it is a body or a person.
    A broadcaster numbers its channels within their names ("Rai Radio 1", `station_words.txt`): there the number is
    the name's own (`numbered_station`)."""
    if _SYSTEM_AFTER.match(text, hit.end) or text[max(0, hit.start - 4):hit.start] == "GNU/":
        return hit.end
    if hit.entry.type == "organization" and (_version_of().search(text, max(0, hit.start - 32), hit.start)
                                             or _based_on(text, hit) or _MODEL_AFTER.match(text, hit.end)):
        return hit.end  # "the stable version of Debian", "a Debian-based distribution", "Intel i386": no body
    if hit.entry.type in _PLACES:  # "in Paris 12 people died": a count after a place (a town that has releases is
        return None                # none: `no_name`)
    if hit.entry.type == "person":  # a time or a score after a surname ("Bolt 9.58"); a program a document lists
        return None                 # with its releases is `Usage.releases`'
    m = _RELEASE_AFTER.match(text, hit.end)
    if m is None or _counted_after().match(text, m.end()):
        return None
    word = _NEXT_WORD.match(text, m.end())
    counted = word is not None and (measure_unit(word.group(1)) is not None
                                    or (is_plural(word.group(1)) and word.group(1) not in english_stopwords()))
    return None if counted else m.end()


def numbered_station(hit: Hit) -> bool:
    """A broadcaster's channel, whose number is part of its name ("Channel 4", "Rai Radio 1")."""
    return hit.entry.type == "organization" and hit.entry.name.rsplit(" ", 1)[-1] in word_set("station_words.txt")
