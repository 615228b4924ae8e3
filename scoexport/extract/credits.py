"""Credits: the one place that decides what a name inside a credit line is.

Enters a paragraph's text (and for a caption the text of the paragraph right before it). Leaves the spans of the
credits it holds (`credit_spans`, `in_credit`), where a caption's or a body paragraph's closing credit starts
(`caption_credit`, `body_credit`: an offset or None), and the words that open a picture's source
(`picture_source_opening`). A staff or photographer's credit ("Reporting by A, B;
Editing by C", "Photo: Jo Park/AP", "Credit: Getty") names the document's makers, not what it
tells of: a person's name inside one is no entity. A credit opens with what its makers did
(`data/staff_credits.txt`: "Reporting by", "photographed by") or with a picture's label
(`clean.captions.picture_labels`, the one list of them) joined to the maker by a colon, "by" or a
slash. A picture shared "via" or "courtesy of" someone names where it comes from, and that source
is a person of the story ("(Photo via Hua Chunying/X)"): news credits a picture so when someone
posted it. A caption's credit ("... — Foto: Name/G1", "© Reuters", "Mandel Ngan/AFP via Getty
Images", the maker's line under "Photo:", a line "Credits: ..." opens) is read for no facts at all (`caption_credit`),
nor is a credit in a parenthesis closing a body paragraph ("... (Fotos: FF Musterstadt)", `body_credit`). Where
those credits start is `clean.captions`' decision, the same that made the paragraph a caption; here only a picture
shared "via" someone is taken back out.
"""
from __future__ import annotations

import re
from functools import cache

from ..authors import author_words
from ..clean.captions import closing_credit, credit_start, picture_labels
from ..data import alternation, load_lines
from ..text import SENTENCE_STOP
from .base import lower_cased, matches_at, may_hold, word_places
from .words import name_words


@cache
def _credit_pattern() -> re.Pattern[str]:
    staff = alternation(load_lines("staff_credits.txt"), flexible_spaces=True)
    labels = alternation(picture_labels(), flexible_spaces=True)
    # a credit runs to the end of its sentence or parenthesis, however many names it lists ("Reporting by A,
    # B, C, with reporting by D and E"); the bound only keeps a run-on line from swallowing a paragraph. A label
    # is joined to its maker as a caption writes it ("Photo: Jo Park", "Crédits photos : Agence", "photo by Jo Park",
    # "(AP Photo/Jo Park)")
    return re.compile(rf"(?i:\b(?:{staff}|(?:{labels})(?:\s*[:：]|\s+by\b|/)))\s*[^.;()\n]{{0,240}}")


@cache
def _first_words() -> tuple[str, ...]:
    """The first word of each credit's opening, lower-case, as its pattern writes it: where a credit may open."""
    return tuple(sorted({line.split()[0].lower() for line in load_lines("staff_credits.txt")} | picture_label_starts()))


@cache
def _credit_cues() -> tuple[str, ...]:
    """The first words of the credits' openings, none holding another (a credit needs one of them)."""
    firsts = _first_words()
    return tuple(w for w in firsts if not any(o != w and o in w for o in firsts))


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each staff or photographer's credit in a paragraph. A credit opens with its first word,
    so the case-blind pattern (whose word boundary denies it the regex engine's fast scan) is tried only where
    one is written, unless lower-casing moves the text's characters (`word_places`)."""
    lowered = lower_cased(text)
    if not may_hold(text, lowered, _credit_cues()):
        return []  # no credit's first word in the paragraph (a cheap test before the case-blind scan)
    places = word_places(text, lowered, _first_words())
    found = _credit_pattern().finditer(text) if places is None else matches_at(_credit_pattern(), text, places)
    return [m.span() for m in found]


def in_credit(spans: list[tuple[int, int]], start: int) -> bool:
    return any(s <= start < e for s, e in spans)


@cache
def picture_source_opening() -> re.Pattern[str]:
    """The words before a picture's source: "Photo via ", "image courtesy of " (case-blind): a picture's label
    (`clean.captions.picture_labels`), then a source word."""
    labels, sources = alternation(picture_labels(), flexible_spaces=True), alternation(source_words())
    return re.compile(rf"(?i:\b(?:{labels})\s*(?:{sources}))\s*")


@cache
def picture_label_starts() -> frozenset[str]:
    """The first word of each picture's label, lower-case: where a picture's source may open."""
    return frozenset(label.split()[0].lower() for label in picture_labels())


@cache
def source_words() -> frozenset[str]:
    """The words between a picture's label and its source ("via", "courtesy of")."""
    return name_words("source_words")


def caption_credit(text: str, before: str | None) -> int | None:
    """Where a caption's credit starts (`clean.captions.credit_start`, `before` the paragraph before it), None where
    it has none or shares a picture "via" someone, who is a person of the story ("(Photo via Hua Chunying/X)")."""
    return _credited(text, credit_start(text, before))


def body_credit(text: str) -> int | None:
    """Where a credit in a parenthesis closing a body paragraph starts (`clean.captions.closing_credit`: running
    text whose last parenthesis credits the pictures beside it, "... (Fotos: FF Musterstadt)"), None where none
    closes it or it shares a picture "via" someone."""
    return _credited(text, closing_credit(text))


def _credited(text: str, start: int | None) -> int | None:
    """`start`, unless the credit there shares the picture "via" or "courtesy of" its source."""
    if start is None:
        return None
    label = text[start + 1:] if text[start:start + 1] == "(" else text[start:]
    return None if picture_source_opening().match(label) else start


@cache
def _byline_word_before() -> re.Pattern[str]:
    """A byline's word right before a name ("Von ", "By ", "Text: "): the words the author field is read by
    (`data/byline_words.txt`, `data/author_prefixes.txt`)."""
    return re.compile(rf"(?i:(?<![\w-])(?:{author_words()}))(?:\s*:)?\s+$")


# a label and its colon opening a line ("Words: ", "Interview: "), one or two words
_LABEL_OPENING = re.compile(r"^\s*\w+(?: \w+)?\s*:\s*$")


def is_prose(text: str) -> bool:
    """Whether a paragraph holds a sentence's end: running text, where a signature or a credit line holds none."""
    return SENTENCE_STOP.search(text) is not None


def author_credit(text: str, start: int, end: int, outside: bool) -> bool:
    """Whether the document's own author, named at [start, end) of a paragraph, stands there as its maker, not as
    what the document tells of: the paragraph is the name alone, outside the text (`outside`: the first paragraph
    of the body or after its last paragraph of running text, where a byline or a signature stands; a name alone
    after a record's other fields is an entry's, as a changelog's), a byline run into the text opens or closes it
    ("Von Jana Kolb Die Stadt hat ...", "... Von Jana Kolb"), or a line that is no sentence opens with the name and
    its role ("Jana Kolb, Redakteurin im Ressort Wissen": words in lower case after the comma, where a list of names
    has none) or with a label ("Words: Jana Kolb, Tom Berg"). A page writes its author so in signatures and credit
    lines; a name inside the text's sentences is an entity as any other's. Enters the paragraph's text, the name's
    span and where the paragraph stands; leaves whether the name is a credit."""
    before, after = text[:start], text[end:]
    if not before.strip() and not after.strip(" .,;:"):
        return outside
    by = _byline_word_before().search(before)
    if by is not None and (not before[:by.start()].strip() or not after.strip(" .")):
        return True
    if is_prose(text):
        return False
    role = not before.strip() and after.startswith(",") and _LOWER_WORD.search(after) is not None
    return role or bool(_LABEL_OPENING.match(before))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zß-öø-ÿ]")
