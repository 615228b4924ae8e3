"""Who speaks a quote that no verb of speech attributes: the person or organization that opens its sentence (its
subject: "Buckley had a similar experience: “...”"), else the first person named in the sentence who is not a
listener; and the person a paragraph without quotes opens with, whom the quotes of the paragraphs after it run on
from (a testimony or interview introduces whom it quotes so).

Enters: a paragraph's text, the people and organizations named outside its quotes (in text order) and a sentence's
bounds; leaves: the speaker, or None. quotes.py asks after a verb of speech has named no one: the subject of a
sentence that carries a quote is whose words they are, an owner or employer before a name gives way to it
("NASA’s inspector general", "Stellantis chief operating officer Mark Stewart").
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..data import alternation, load_lines
from ..records import Fact, Paragraph, Sentence
from .attribution import first_from, joined
from .oblique import articles, oblique
from .words import listener_verbs

_INTRODUCED = re.compile(r"[:—–-]\s*(?:[“\"«„‘']\s*)?$")  # a colon or dash that introduces the words after it
# between a name and the one it modifies: an owner's "’s", or role words ("chief operating officer")
_MODIFIER_GAP = re.compile(r"(?P<owner>[’']s)?\s+(?:[a-z][\w-]*\s+){0,4}")


@cache
def _subject_opening() -> re.Pattern[str]:
    """What may stand before a sentence's subject: marks and an article, of English or another language ("The",
    "La Nato", "L'Unicef")."""
    return re.compile(rf"(?i)[\W_]*{articles()}?")


def sentence_subject(text: str, outside: list[Fact], s_start: int, quote_start: int, framed: bool = False) -> Fact | None:
    """The person or organization that opens the sentence, before its quote ("Buckley ... had a similar
    experience: “...”"): the subject of a sentence that carries a quote is whose words they are. Not a fragment
    set right into its predicate ("Hamas ha “oltrepassato il limite”"): words in lower case after a verb with no
    colon before them describe the subject in another's words, unless a verb of speech closes the sentence after
    them (`framed`: „Die ARD hat „eine umfangreiche Schau“ angekündigt.“)."""
    i = first_from(outside, s_start)
    if i >= len(outside) or outside[i].start >= quote_start \
            or not _subject_opening().fullmatch(text, s_start, outside[i].start):
        return None
    if not framed and text[quote_start:quote_start + 1].islower() \
            and not _INTRODUCED.search(text, max(0, quote_start - 4), quote_start):
        return None
    return _head_name(text, outside, i)


@cache
def _view_opening() -> re.Pattern[str]:
    return re.compile(rf"(?i)[\W_]*(?:{alternation(load_lines('view_openers.txt'))})\s+")


_COLON_BEFORE = re.compile(r":\s*(?:[“\"«„‘']\s*)?$")  # a colon, then the quote's opening mark


def view_holder(text: str, outside: list[Fact], s_start: int, quote_start: int) -> Fact | None:
    """The person whose view a sentence states before a colon and quoted words ("Für Boris Weber stehen Qualität und
    Preis an erster Stelle: „...“", "For Smith, the answer is simple: “...”"): the words after the colon are that
    person's, as a subject's are in "Buckley had a similar experience: “...”" (`sentence_subject`), though the name
    stands after a preposition (data/view_openers.txt), which elsewhere makes it no speaker (`first_named`)."""
    i = first_from(outside, s_start)
    if i >= len(outside) or outside[i].start >= quote_start or outside[i].entity_type != "person" \
            or not _view_opening().fullmatch(text, s_start, outside[i].start):
        return None
    return outside[i] if _COLON_BEFORE.search(text, max(0, quote_start - 4), quote_start) else None


def first_named(text: str, outside: list[Fact], s_start: int, s_end: int, language: str | None = None) -> Fact | None:
    """The first person named in the sentence, for a quote no verb of speech attributes ("In a statement,
    Sandy Ching, president of ..., said the rise is “disturbing”"), except a listener ("told CBS News", "asked
    Scott"). An organization named inside a sentence is more often what it speaks of ("provided no WhatsApp
    messages") or where the speaker works ("an analyst at the Council on Energy") than who speaks: only one
    that opens the sentence speaks (`sentence_subject`). A person after a preposition is an owner, a partner or a
    place mistaken for a person ("Negoziatore di Shalit", "in linea con Papa Francesco": oblique.py), not the speaker."""
    listener = _listener()
    for i in range(first_from(outside, s_start), len(outside)):
        f = outside[i]
        if f.start >= s_end:
            break
        if f.entity_type == "person" and not listener.search(text, max(0, f.start - 12), f.start) \
                and not oblique(text, f.start, language):
            return None if joined(text, outside, i) else f  # "she and Rose-Lynn sing": two, no one of them
    return None


@cache
def _listener() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(listener_verbs())})\s+$")


def _head_name(text: str, outside: list[Fact], i: int) -> Fact:
    """The name at `i`, or the one it modifies when that follows at once: an owner ("NASA’s Office of the
    Inspector General") or an employer before a role ("Stellantis chief operating officer Mark Stewart")."""
    f = outside[i]
    if i + 1 < len(outside):
        g = outside[i + 1]
        gap = _MODIFIER_GAP.fullmatch(text, f.end, g.start)
        if gap and (gap.group("owner") or (g.entity_type == "person" and f.entity_type != "person")):
            return g
    return f


def introduced(p: Paragraph, names: Iterable[Fact]) -> Fact | None:
    """The person a paragraph without quotes opens with, its subject ("Zakaria Shehab, 37 ans, habite à
    Jabalia..."): a testimony or interview introduces whom it quotes so, and the paragraphs of their words that
    follow name no speaker (they open with a quote and hold no verb of speech)."""
    people = sorted((f for f in names if f.entity_type == "person"), key=lambda f: f.start)
    if people and _subject_opening().fullmatch(p.text, 0, people[0].start):
        return people[0]
    return None


def sole_speaker(text: str, outside: list[Fact]) -> Fact | None:
    """The one person a paragraph with no verb of speech names, where the paragraph opens with that person (its
    subject: "Boris Dujakovic, auch als ... bekannt, beschäftigt ... „Wir freuen uns ...“", "Ricking gibt den Menschen
    viel - was erhält sie zurück? „Jede Menge Zeichen ...“"), for a quote nothing else attributes: a portrait quotes
    its subject so, with no verb between the words and the one they are about. Where two people are named, either may
    speak: no one; quotes.py asks only where it knows the language's verbs of speech, so that finding none means
    there is none."""
    people = [f for f in outside if f.entity_type == "person"]
    if not people or len({f.entity_id for f in people}) > 1:
        return None
    return people[0] if _subject_opening().fullmatch(text, 0, people[0].start) else None


def reported_subject(text: str, outside: list[Fact], before: Sentence | None, sentence: tuple[int, int]) -> Fact | None:
    """The one person named in the sentence `before` a sentence of reported speech (German Konjunktiv I: "Zu Beginn
    hatte Johnson um Unterstützung geworben. Es sei ein „grossartiger Deal“"), where that sentence names no one
    itself: the mood says someone's words are being reported and names no one, so they are those of the person the
    text was just telling of. With two or more people named there, or any in the sentence itself, no one."""
    if before is None or before.end > sentence[0]:
        return None
    named = {f.entity_id: f for f in outside[first_from(outside, before.start):first_from(outside, sentence[1])]
             if f.entity_type == "person"}
    inside = any(f.start >= sentence[0] for f in named.values())
    return next(iter(named.values())) if len(named) == 1 and not inside else None
