"""Acronym definitions a page makes in its markup: `<abbr title="Inter Process Communication">IPC</abbr>` (and HTML
4's `<acronym title>`) spells out the short form for the reader who points at it, a definition the document makes
though its text does not write the long form (bench/devset/README.md, the tenth session's conventions).

The title is the page's own long form, set after the short form as "IPC (Inter Process Communication)" sets it, so it
is judged by the letter checks that shape is judged by (acronym_phrases.spells: its letters spell the short form from
its first word on; acronym_words.compound_spells in a language that writes compounds as one word: "EH" of
"Effizienzhaus"). What else the element marks fails them by its make, not by a list:
- an abbreviation of words ("Mrd." = "Milliarden", "d.h." = "das heißt", "u.a." = "unter anderem", "etc."): no short
  form of two capitals, as an acronym is (acronym_phrases.is_short_form);
- a title that repeats the short form with more words ("KfW" = "KfW Bankengruppe"): a fuller name, no expansion;
- a microformat's machine-readable value (`<abbr class="published" title="2019-06-27">jeudi 27 juin 2019</abbr>`):
  neither a short form nor letters that spell one.
The long form runs at most min(|short| + 5, 2 |short|) words, the window Schwartz and Hearst (2003) give a long form
written before its short form: a tooltip's sentence is no expansion.

A page marks every occurrence of a short form; it is defined once, where the document first marks it, and not where
its text defines it in words too (acronyms.find_definitions found that one). Enters the paragraphs with the pairs
their markup holds (Paragraph.titles) and the definitions their text makes; leaves the markup's definitions by
paragraph, each spanning the short form in the text (the long form is not in the text: its span is the short form's).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..records import Paragraph
from .acronym_phrases import Definition, is_short_form, spells
from .acronym_words import closes_compounds, compound_spells, long_words


def expands(short: str, title: str, language: str = "en") -> bool:
    """Is `title` the long form of `short`, as the letter checks of a long form after its short form decide?"""
    if not is_short_form(short):
        return False
    words = long_words(title)
    if short in words or len(words) > min(len(short) + 5, 2 * len(short)):
        return False
    if len(words) == 1:  # one word spells a short form only as the parts of a compound
        return closes_compounds(language) and compound_spells(short, words[0])
    return spells(short, title)


def _written_at(text: str, short: str) -> tuple[int, int] | None:
    """Where the short form is first written in the text as a word's start ("EH" of "EH55", marked so)."""
    for m in re.finditer(re.escape(short), text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            return m.span()
    return None


def titled_definitions(paragraphs: Iterable[Paragraph], defined: Iterable[str],
                       language: str = "en") -> dict[str, list[Definition]]:
    """The definitions the paragraphs' markup makes, by paragraph ID, of short forms not among `defined` (those the
    text defines): each short form once, where first marked."""
    taken = set(defined)
    found: dict[str, list[Definition]] = {}
    for p in paragraphs:
        for short, title in p.titles:
            if short in taken or not expands(short, title, language):
                continue
            span = _written_at(p.text, short)
            if span is None:  # cleaning changed how the text writes it: no place to put the fact
                continue
            taken.add(short)
            found.setdefault(p.paragraph_id, []).append(Definition(short, title, span, span))
    return found
