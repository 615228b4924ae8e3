"""Names known by the names written beside them: a sentence coordinates like with like.

Enters a paragraph's text and the hits the other rules found; leaves hits for names that no list knows
but that stand in a list or an "and"/"or" pair with a person or an organization found ("Wistron and Global
Lighting Technologies", "Disney, Pixar, Marvel", "Bob Marley, Bruno Mars, Drake", "01. Robert Plant 02. Bon
Scott": a list's running numbers set its items off as commas do, and open no sentence), typed as most of the
list's known members are. Two names joined by "and" may be a title or a phrase ("Will and Grace"): there
every word must be unknown to the English lists, and a lone comma between two names joins nothing (it sets
off a clause: "With Optilli, Balmond Studio creates"). A list of three or more, its members set off by
commas, is a list of like things; there a member may be a word ("Chime", "Current") as long as it is not
made of plain English words alone ("Star Wars movies" is a thing), nor a place, title or calendar word.

Also the organizations written with an inner capital ("DoorDash", "SoFi", "SunExpress"): English writes
no word and no person's name so (names' own particles aside: "McConnell", "DeSantis", "LaGuardia",
`name_prefixes` in name_words.json); a company's or a brand's name is. Not a hashtag or handle ("#MeToo",
"@JaneDoe"), an acronym's own capitals ("MaT"), a programming type's name ("GlobList", "LiteralEntry"), a
name that goes on from another ("Apple CarPlay"), nor
one followed by a lower-case word other than a verb of acting or saying, as a product is by the noun it
qualifies ("the MyTown newsletter", "WhatsApp messages").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..data import alternation, load_json, load_lines, word_set
from .base import matches_at, written
from .gazetteer import Entry, Hit, lookup
from .name_shapes import stops_a_name, unknown_word
from .name_stops import function_words, is_common_noun, not_given_words, plural_short_form
from .numerals import language_table
from .openings import opening_places
from .tokens import CAPITALS
from .words import name_words, plain_words, speech_verbs

_ITEM_WORD = rf"[{CAPITALS}](?:[\w&+-]|['’](?!s\b)|\.(?=\w))*!?"  # "Yahoo!", "O’Brien": no full stop, no possessive
# a middle initial keeps its stop inside a member ("Terry J. Reedy"): the stop ends no member before a capital
_ITEM = rf"(?:The )?{_ITEM_WORD}(?: (?:[A-Z]\. )?{_ITEM_WORD}){{0,2}}"
_ENGLISH_JOINS = ("and", "or", "&")
_NICKNAME_AFTER = re.compile(r" [“\"‘]")
_NICKNAME_BEFORE = re.compile(r"[”\"’] $")
_NUMBERED = re.compile(r"(?<!\S)\d{1,3}\. $")
_REACH = 60  # characters looked back for one list member: a name of three words and its comma
_SENTENCE_START = re.compile(r"(?:^|[.!?:;—–]\s*|\(\s*)$")


@cache
def _separator(joins: tuple[str, ...]) -> str:
    """A comma, a conjunction, or a list's running number ("01. Robert Plant 02. Rob Halford"), which sets off its
    items as commas do."""
    words = alternation(joins)
    return rf"(?:, (?:(?:{words}) )?|,? (?:{words}) | \d{{1,3}}\. )"


@cache
def _around(joins: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A member after a name and its separator, and one before a name with its separator after it."""
    sep = _separator(joins)
    return (re.compile(rf"(?P<sep>{sep})(?P<name>{_ITEM})(?![\w’'-])"),
            re.compile(rf"(?<![\w’'-])(?P<name>{_ITEM})(?P<sep>{sep})$"))


@cache
def _joins(language: str) -> tuple[str, ...]:
    """The words that join a list's last member: English's, or the text's own "and" and "or" (number_languages.json's
    number_joins, which the number rules read) with "&"."""
    if language == "en":
        return _ENGLISH_JOINS
    own = language_table().get(language, {}).get("number_joins")
    return (*own, "&") if own else ()


@cache
def named_products() -> frozenset[str]:
    """Bodies whose name is also their product's ("Debian"): organizations.json's `named_products`."""
    return frozenset(load_json("organizations.json")["named_products"])


def coordinated(text: str, hits: list[Hit], language: str = "en") -> list[Hit]:
    """Hits for the names listed or coordinated with a person or organization found in `text`; a name in
    a list with both takes the kind most of the list's known members are ("Bob Marley, Drake, The Eagles,
    Jay Z": people). In another language the list is joined by its own "and" ("BMWK, BMWSB und BMF", "Huawei,
    Honor y Xiaomi") and its members are judged by its own words (`_foreign_member`)."""
    joins = _joins(language)
    if not joins:
        return []
    votes: dict[tuple[int, int], Counter[str]] = {}
    for h in hits:
        if h.entry.type not in ("person", "organization") or h.entry.name in named_products():
            continue  # "Debian and Ubuntu": a body named like its product may stand in a list of products
        members, commas = _members(text, h.start, h.end, joins)
        listed = commas >= 1 and len(members) >= 2  # with this one, three or more set off by commas
        if language != "en" and not _names_alike(text, members, language):
            continue
        for start, end, joined in members:
            if not listed and not joined:
                continue  # "With Optilli, Balmond Studio creates": one comma between two names sets off a clause
            opening = _past_sentence_opening(text, start, end)
            if language != "en" and opening != start:
                continue  # a capital that opens a sentence says nothing of a name where the English lists judge no word
            start = opening
            if start >= end or any(start < o.end and o.start < end for o in hits) or _NICKNAME_AFTER.match(text, end) \
                    or _NICKNAME_BEFORE.search(text, max(0, start - 3), start):
                continue  # "Tim “Ripper” Owens": a name goes on past a nickname in quotation marks
            name = text[start:end]
            if language != "en":
                member = _foreign_member(name, language) and not _after_function_word(text, start, language)
            else:  # "the VPNs and Debian": a short form's plural is several of a kind, no name
                member = (listed and _list_member(name)) or (
                    not listed and all(unknown_word(w) and not plural_short_form(w) for w in name.split()))
            if member:
                votes.setdefault((start, end), Counter())[h.entry.type] += 1
    return [Hit(start, end, Entry(kinds.most_common(1)[0][0], text[start:end], None), "coordinated")
            for (start, end), kinds in votes.items()]


def _members(text: str, start: int, end: int, joins: tuple[str, ...]) -> tuple[list[tuple[int, int, bool]], int]:
    """The spans of the names listed with the one at start:end, each with whether a conjunction joins it,
    and how many separators hold a comma."""
    after, before = _around(joins)
    members, commas = [], 0
    at = end
    while (m := after.match(text, at)) is not None:
        members.append((*m.span("name"), _joined(m.group("sep"))))
        commas += _set_off(m.group("sep"))
        at = m.end()
    at = start
    while _ends_with_separator(text, at, joins) and (m := before.search(text, max(0, at - _REACH), at)) is not None:
        members.append((*m.span("name"), _joined(m.group("sep"))))
        commas += _set_off(m.group("sep"))
        at = m.start()
    return members, commas


def _joined(separator: str) -> bool:
    """A conjunction joins the member ("and", "or", "&"); a comma or a running number only sets it off."""
    return separator.strip(", ") != "" and not separator.strip().rstrip(".").isdigit()


def _set_off(separator: str) -> bool:
    return "," in separator or separator.strip().rstrip(".").isdigit()


@cache
def _tails(joins: tuple[str, ...]) -> tuple[str, ...]:
    return (", ", *(f" {j} " for j in joins))


def _ends_with_separator(text: str, at: int, joins: tuple[str, ...]) -> bool:
    """Whether text[:at] ends as the separator does (every form of it ends in a comma or a join), or so before a
    final line break (where `$` also matches): a cheap test that spares searching back a whole reach at
    every name no list precedes."""
    tail = text[max(0, at - 8):at]
    return tail.removesuffix("\n").endswith(_tails(joins)) or bool(_NUMBERED.search(tail))


def _names_alike(text: str, members: list[tuple[int, int, bool]], language: str) -> bool:
    """A list of names in another language: joined by its "and" (commas alone set off an apposition as often:
    "dipartimento di Stato, Matthew Miller, State Department"), and every member a name (a noun among them makes
    it a firm's or a phrase's words: "Heidi Schröck & Söhne, Rust")."""
    return any(joined for _, _, joined in members) and all(
        lookup(text[s:e]) is not None or _foreign_member(text[s:e], language) for s, e, _ in members)


_WORD_BEFORE = re.compile(r"(\w+)['’ ]$")


def _after_function_word(text: str, start: int, language: str) -> bool:
    """A list opening right after a preposition or an article ("i delegati di Giustizia, ...", "del Metronome, Kristin
    Jones e ..."): a capitalized noun there is an institution's or a thing's word as often as a name, and no lexicon
    of the language tells which; the list's later members stand after a comma or a join."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in function_words(language) and m.group(1) not in _joins(language)


def _foreign_member(name: str, language: str) -> bool:
    """A list's member in a text of another language: capitalized inside a sentence, which these languages do
    for names alone (German for nouns as well: its noun lexicon tells them, `is_common_noun`), no word of it a
    function word, month or noun of the language, nor a place or a title the lists know ("Paris, Berlin und
    Rom" are places, not the bodies beside them)."""
    words = name.split()
    stops = function_words(language)
    return lookup(name) is None and not any(
        w.lower() in stops or w in not_given_words() or is_common_noun(w, language) or stops_a_name(w.rstrip(".!"))
        or plural_short_form(w) for w in words)


def _past_sentence_opening(text: str, start: int, end: int) -> int:
    """A list opening a sentence ("Enter Lugg, Instacart"): its first words may be the sentence's own; a list's
    running number opens an item, not a sentence ("05. Bon Scott")."""
    if not _SENTENCE_START.search(text, max(0, start - 3), start) or _NUMBERED.search(text, max(0, start - 5), start):
        return start
    words = list(re.finditer(r"\S+", text[start:end]))
    for w in words[:-1]:
        if w.group() not in plain_words() and unknown_word(w.group()):
            break
        start += w.end() - w.start() + 1
    return start


def _list_member(name: str) -> bool:
    words = name.removeprefix("The ").split()
    if lookup(name) is not None or any(stops_a_name(w.rstrip(".!")) or plural_short_form(w) for w in words):
        return False  # a place, a title, a month: no member of a list of people or companies
    return not all(w in plain_words() for w in words)  # "Star Wars movies", "Prime Now" aside


# a word of its own after the inner capital ("SoFi", "DoorDash"), not a letter ("MaT", an acronym's own capitals)
_INNER_CAPITAL = re.compile(r"(?<![\w#@’'.-])(?P<name>[A-Z][a-z]+[A-Z][a-z][A-Za-z]*)(?![\w’'-])")
_INNER_CAPITAL_OPENING = re.compile(r"[A-Z][a-z]+[A-Z][a-z]")  # its first letters, without the look behind


_WORD_AFTER = re.compile(r" ([A-Za-z]+)")
_NAME_BEFORE = re.compile(r"[A-Z][\w.]* $")


@cache
def _verbs_after() -> frozenset[str]:
    """Words that may follow a company's name as its subject ("WeWork is", "Chime said"), or join it to another."""
    return frozenset({*name_words("auxiliaries"), *speech_verbs(), *load_lines("actor_verbs.txt"), "and", "or"})


@cache
def _particles() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(name_words('name_prefixes'))})[A-Z]")


_LAST_HUMP = re.compile(r"[A-Z][a-z]+$")


def _type_name(name: str) -> bool:
    """A programming type's name ("LiteralList", "ReverseSuffixTreeNode"): its last hump says what kind of
    structure it is (`type_name_heads.txt`), as a program's names do and a company's do not."""
    last = _LAST_HUMP.search(name)
    return last is not None and last.start() > 0 and last.group() in word_set("type_name_heads.txt")


def brands(text: str) -> list[tuple[int, int]]:
    """Spans of the names written with an inner capital that stand alone: a company or a brand."""
    found = []
    # tried only where a word with an inner capital opens (one scan, which the look behind would deny the engine)
    for m in matches_at(_INNER_CAPITAL, text, opening_places(_INNER_CAPITAL_OPENING, text)):
        name = m.group("name")
        if _particles().match(name) or lookup(name) is not None or _type_name(name):
            continue  # "McConnell", "DeSantis": a surname's particle; a place the gazetteer knows; "GlobList": code
        after = _WORD_AFTER.match(text, m.end())
        if (after and after.group(1) not in _verbs_after()) or _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "the MyRochdale newsletter", "Apple CarPlay": part of a longer name, or a product's
        found.append(m.span("name"))
    return found


_EXAMPLE = r"[A-Z][\w&+-]*(?:['’]s)?(?: [A-Z][\w&+-]*(?:['’]s)?){0,3}"  # "Barney’s", "Neiman Marcus"
_EXAMPLE_SPLIT = re.compile(_separator(_ENGLISH_JOINS))
_EXAMPLES = re.compile(rf"(?:like|such as|including) (?P<list>{_EXAMPLE}(?:{_separator(_ENGLISH_JOINS)}{_EXAMPLE}){{0,6}})"
                       r"(?![\w’'-])")
_INTRODUCERS = (" like ", " such as ", " including ")


@cache
def _kinds_of_organization() -> frozenset[str]:
    """Plural nouns of organizations ("stores", "companies"), the kinds a sentence gives examples of."""
    return frozenset(n[:-1] + "ies" if n.endswith("y") else n + "s" for n in load_lines("organization_nouns.txt"))


def examples(text: str) -> list[tuple[int, int]]:
    """Names a sentence gives as examples of a kind of organization ("department stores like Barney’s and
    Neiman Marcus", "retailers such as Walmart"): the noun says what they are, whatever their words; a known
    name among them is left to the gazetteer, a member made of plain words alone to no one."""
    found = []
    # tried only where a word introducing examples is written, after a plural noun of organizations
    for at in written(text, _INTRODUCERS):
        if text[max(0, at - 20):at].rsplit(" ", 1)[-1] not in _kinds_of_organization():
            continue
        m = _EXAMPLES.match(text, at + 1)
        if m is None:
            continue
        start = m.start("list")
        for part in _EXAMPLE_SPLIT.split(m.group("list")):
            start = text.index(part, start)
            if lookup(part) is None and not all(w in plain_words() for w in part.split()):
                found.append((start, start + len(part)))
            start += len(part)
    return found
