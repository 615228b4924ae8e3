"""What every extractor shares: the document context and the making of a fact with its provenance."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .. import ids
from ..clean.published import reference_date
from ..records import Fact, Metadata, Paragraph, Sentence
from ..spans import SpanSet
from ..text import matches_at as matches_at  # the rules' scan at chosen places (shared with segment)
from .tokens import forget_paragraphs as forget_paragraphs  # the memo of every rule's paragraph values
from .tokens import paragraph_memo as paragraph_memo
from .tokens import tokens
from .tokens import written as written

Span = tuple[int, int]


@dataclass
class Earlier:
    """What the windows before this one found in a long document (`scoexport.windows`), for the ones after:
    the date relative dates resolve against (read in the first window), the people named in full (by
    name key) and the entities acronyms were defined as, so that "Smith" after "John Smith" and "the IMF"
    after its definition resolve across a window's edge. Grows with distinct names, not with the text."""

    reference: dt.date | None = None
    people: dict[str, Any] = field(default_factory=dict)  # person key -> gazetteer.Entry, first naming
    acronyms: dict[str, Any] = field(default_factory=dict)  # short form -> gazetteer.Entry, last definition


@dataclass
class Context:
    """What an extractor may know of the document beyond one sentence.

    Extractors share nothing through it: each gets its own, whose `claimed` spans are those of the
    facts it was given (`claiming`) plus the ones it claims itself.
    """

    doc_id: str
    metadata: Metadata
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    # spans of the paragraph text already taken (a date is not also a number)
    claimed: dict[str, SpanSet] = field(default_factory=dict)
    _by_paragraph: dict[str, tuple[list[int], list[Sentence]]] | None = None
    earlier: Earlier | None = None  # set when the document is processed in windows

    def claiming(self, facts: Iterable[Fact]) -> Context:
        """The same document for the next extractor, with the spans of `facts` taken."""
        self._sentence_index("")  # build the index once; the new context reads it
        ctx = Context(self.doc_id, self.metadata, self.paragraphs, self.sentences, _by_paragraph=self._by_paragraph,
                      earlier=self.earlier)
        for f in facts:
            ctx.claim(f.paragraph_id, f.start, f.end)
        return ctx

    def reading(self, paragraphs: list[Paragraph]) -> Context:
        """The same document with only `paragraphs` to read (the others' sentences stay, unread)."""
        return Context(self.doc_id, self.metadata, paragraphs, self.sentences, dict(self.claimed),
                       self._by_paragraph, self.earlier)

    def paragraph_order(self) -> dict[str, int]:
        """Each paragraph's place in the document (IDs compare as text only while they keep their padding)."""
        return {p.paragraph_id: p.seq for p in self.paragraphs}

    def _sentence_index(self, paragraph_id: str) -> tuple[list[int], list[Sentence]]:
        """(start offsets, sentences) of a paragraph, built once for the document."""
        if self._by_paragraph is None:
            self._by_paragraph = {}
            for s in self.sentences:
                starts, sents = self._by_paragraph.setdefault(s.paragraph_id, ([], []))
                starts.append(s.start)
                sents.append(s)
        return self._by_paragraph.get(paragraph_id, ([], []))

    def sentence_at(self, paragraph_id: str, offset: int) -> Sentence | None:
        starts, sents = self._sentence_index(paragraph_id)
        i = bisect.bisect_right(starts, offset) - 1
        return sents[i] if i >= 0 else (sents[0] if sents else None)

    def sentences_of(self, paragraph_id: str) -> list[Sentence]:
        return self._sentence_index(paragraph_id)[1]

    def is_claimed(self, paragraph_id: str, start: int, end: int) -> bool:
        taken = self.claimed.get(paragraph_id)
        return taken is not None and taken.overlaps(start, end)

    def claim(self, paragraph_id: str, start: int, end: int) -> None:
        taken = self.claimed.get(paragraph_id)
        if taken is None:
            taken = self.claimed[paragraph_id] = SpanSet(end)
        taken.add(start, end)

    def reference_date(self) -> dt.date | None:
        if self.earlier is not None:
            return self.earlier.reference
        return reference_date(self.metadata.published_date, self.paragraphs, self.metadata.built)


def make_fact(ctx: Context, paragraph: Paragraph, kind: str, start: int, end: int, value: str | None,
              **extra: object) -> Fact:
    sentence = ctx.sentence_at(paragraph.paragraph_id, start)
    return Fact(ids.fact_id(paragraph.paragraph_id, kind, start, end), paragraph.doc_id, paragraph.paragraph_id,
                sentence.sentence_id if sentence else None, kind, paragraph.text[start:end], value, start, end,
                **extra)  # type: ignore[arg-type]


# the characters a case-blind pattern matches to an ASCII letter where `str.lower` gives another character
# (dotted and dotless i, long s): with one in the text, its lower-case form may lack a word the pattern finds
FOLDED_APART = ("\u0130", "\u0131", "\u017f")


def may_hold(text: str, lowered: str, cues: Iterable[str]) -> bool:
    """Could a case-blind pattern that needs one of `cues` (lower-case pieces of its words) match in `text`?

    A cheap test before a costly scan: `lowered` (text.lower()) holds every cue the pattern can match, but for
    the few characters lower-casing and case-blind matching treat apart, whose presence answers yes."""
    return any(cue in lowered for cue in cues) or (not text.isascii() and any(c in text for c in FOLDED_APART))


_CAPITAL_OR_DIGIT = re.compile(r"[A-Z0-9]\w*")


def opens_capitalized(word: str) -> bool:
    """Whether the word opens with a capital letter or a digit, as the words `capital_starts` finds do."""
    return _CAPITAL_OR_DIGIT.match(word) is not None


def capital_starts(text: str) -> tuple[int, ...]:
    """Where a word that opens with a capital letter or a digit may start (`Tokens.capitals`)."""
    return tokens(text).capitals


def digit_starts(text: str) -> tuple[int, ...]:
    """Where each run of digits starts (`Tokens.digits`)."""
    return tokens(text).digits


def lower_cased(text: str) -> str:
    """The paragraph lower-cased, once for the rules that read it (`Tokens.lowered`)."""
    return tokens(text).lowered


def lower_words(text: str) -> frozenset[str]:
    """The runs of ASCII letters a-z in the lower-cased paragraph, as a set (`Tokens.words`)."""
    return tokens(text).words


def may_hold_words(text: str, words: frozenset[str]) -> bool:
    """Could a case-blind pattern whose every match opens with one of `words` (lower-case runs of a-z) as a whole
    word match in `text`? Yes where the paragraph holds one of them (`lower_words`), or one of the few
    characters lower-casing and case-blind matching treat apart."""
    return not words.isdisjoint(lower_words(text)) or (not text.isascii() and any(c in text for c in FOLDED_APART))


def word_places(text: str, lowered: str, words: Iterable[str]) -> list[int] | None:
    """Where each of `words` (lower-case) is written in the text, in any case, in text order (and some places
    inside longer words); None where lower-casing moves characters or folds them apart from case-blind
    matching, and the caller scans instead. A case-blind pattern that opens with one of the words can
    only match at one of these places."""
    if len(lowered) != len(text) or (not text.isascii() and any(c in text for c in FOLDED_APART)):
        return None
    return written(lowered, words)


_WORD_OR_AMPERSAND = re.compile(r"[\w&]+")  # a word as names write them: "AT&T", "Johnson"


def holds_word(text: str, words: frozenset[str]) -> bool:
    """Whether one of `words` is a whole word of the text (a run of word characters and &), as a set of all its words
    would say: the capitalized words (the head words of names, all but "plc") are read from the text's capitalized
    words alone; the text is split into all its words only where it writes one of the others."""
    if not words.isdisjoint(tokens(text).capitalized_words):
        return True
    others = _not_capitalized(words)
    return any(w in text for w in others) and not others.isdisjoint(_WORD_OR_AMPERSAND.findall(text))


@cache
def _not_capitalized(words: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in words if not ("A" <= w[:1] <= "Z"))
