"""Quotes, curly and straight, full and partial, with their speaker where the text names one: a
person in the quote's sentence (nearest a verb of speech), else the person who spoke in the
sentence before ("X said ... . China believes ... “...”")."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..data import alternation, load_lines
from ..records import Fact, Paragraph, Sentence
from .base import Context, make_fact
from .people import inverted_speech_verbs, speech_verbs

_QUOTE = re.compile(r"“(?P<curly>[^“”]+?)”|\"(?P<straight>[^\"]+?)\"|‘(?P<single>[^‘’]+?)’(?!\w)")
_WORD = re.compile(r"[a-z]+")
_JOIN = 60  # characters each side of a quote read together for "he ... said" around it


@cache
def _pronoun_speaks() -> re.Pattern[str]:
    """ "he said", "she quickly added", "said he": a pronoun with a verb of speech."""
    verbs, inverted = alternation(load_lines("pronoun_speech_verbs.txt")), alternation(inverted_speech_verbs())
    return re.compile(rf"\b(?:he|she)\s+(?:\w+ly\s+)?(?:{verbs})\b|\b(?:{inverted}) (?:he|she)\b", re.I)


def _speaks(text: str) -> bool:
    return any(w in speech_verbs() for w in _WORD.findall(text.lower()))


@dataclass
class _People:
    """The document's person facts, indexed once: by sentence, and in document order for the last
    one before a place; each quote then costs a lookup, not a pass over every fact, and what a
    sentence says (who speaks in it, "he said") is read once for all its quotes."""

    in_order: list[Fact]
    by_sentence: dict[str | None, list[Fact]] = field(default_factory=dict)
    places: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: dict[str, list[int]] = field(default_factory=dict)
    cache: dict[tuple[str, str], Any] = field(default_factory=dict)

    @classmethod
    def of(cls, ctx: Context, people: list[Fact], order: dict[str, int]) -> _People:
        index = cls(people)
        for f in people:
            index.by_sentence.setdefault(f.sentence_id, []).append(f)
        index.places = [(order[f.paragraph_id], f.start) for f in people]
        for p in ctx.paragraphs:
            index.sentence_starts[p.paragraph_id] = [s.start for s in ctx.sentences_of(p.paragraph_id)]
        return index

    def speaking(self, p: Paragraph, sentence: Sentence) -> list[Fact]:
        """The sentence's people a verb of speech follows."""
        key = ("speaking", sentence.sentence_id)
        if key not in self.cache:
            self.cache[key] = [f for f in self.by_sentence.get(sentence.sentence_id, ()) if _speaks(p.text[f.end:f.end + 60])]
        return self.cache[key]

    def spoke_before(self, p: Paragraph, sentence: Sentence) -> Fact | None:
        """The first person of the sentence that a verb of speech follows somewhere after in the sentence."""
        key = ("spoke", sentence.sentence_id)
        if key not in self.cache:
            named = self.by_sentence.get(sentence.sentence_id, [])
            # the text after a later person is part of the text after the first one: only the first can be the one
            self.cache[key] = named[0] if named and _speaks(p.text[named[0].end:sentence.end]) else None
        return self.cache[key]

    def pronoun_speaks(self, p: Paragraph, sentence: Sentence, quote: tuple[int, int]) -> bool:
        """Whether "he said" or the like stands in the sentence outside the quote."""
        key = ("pronoun", sentence.sentence_id)
        if key not in self.cache:
            self.cache[key] = [m.span() for m in _pronoun_speaks().finditer(p.text, sentence.start, sentence.end)]
        if any(e <= quote[0] or s >= quote[1] for s, e in self.cache[key]):
            return True
        # the words on both sides of the quote, read as one ("he “...” said")
        left = p.text[max(sentence.start, quote[0] - _JOIN):quote[0]]
        joined = left + " " + p.text[quote[1]:min(sentence.end, quote[1] + _JOIN)]
        return _pronoun_speaks().search(joined) is not None


def _bisect_end(facts: list[Fact], offset: int) -> int:
    """How many facts end by offset (facts in text order do not overlap, so their ends are in order too)."""
    lo, hi = 0, len(facts)
    while lo < hi:
        mid = (lo + hi) // 2
        if facts[mid].end <= offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _bisect_start(facts: list[Fact], offset: int) -> int:
    lo, hi = 0, len(facts)
    while lo < hi:
        mid = (lo + hi) // 2
        if facts[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _nearest(facts: list[Fact], quote: tuple[int, int]) -> Fact | None:
    """Of facts in text order, the last ending before the quote, else the first outside it."""
    i = _bisect_end(facts, quote[0])
    if i:
        return facts[i - 1]
    if facts and facts[0].start < quote[0]:
        return facts[0]
    j = _bisect_start(facts, quote[1])
    return facts[j] if j < len(facts) else None


def _speaker(ctx: Context, people: _People, p: Paragraph, sentence: Sentence, quote: tuple[int, int]) -> Fact | None:
    # prefer a person a verb of speech follows; then the nearest before the quote, else the first after it
    found = _nearest(people.speaking(p, sentence), quote) or _nearest(people.by_sentence.get(sentence.sentence_id, []), quote)
    if found:
        return found
    i = bisect.bisect_left(people.sentence_starts[p.paragraph_id], sentence.start)
    if i > 0:
        previous = people.spoke_before(p, ctx.sentences_of(p.paragraph_id)[i - 1])
        if previous:
            return previous
    if people.pronoun_speaks(p, sentence, quote):
        # "..., he said": the person last named before the quote
        i = bisect.bisect_left(people.places, (p.seq, quote[0]))
        return people.in_order[i - 1] if i else None
    return None


def quote_facts(ctx: Context, people: list[Fact]) -> list[Fact]:
    """Quotes and their speakers among `people`, the document's person entity facts in document order."""
    facts = []
    index = _People.of(ctx, people, ctx.paragraph_order())
    for p in ctx.paragraphs:
        for m in _QUOTE.finditer(p.text):
            group = m.lastgroup or "curly"
            start, end = m.start(group), m.end(group)
            end -= len(p.text[start:end]) - len(p.text[start:end].rstrip(" ,.;:"))  # the comma before ", he said"
            start += len(p.text[start:end]) - len(p.text[start:end].lstrip())
            if len(p.text[start:end].split()) < 2:
                continue  # one word in quotes is a term being marked, not speech
            sentence = ctx.sentence_at(p.paragraph_id, start)
            speaker = _speaker(ctx, index, p, sentence, (start, end)) if sentence else None
            facts.append(make_fact(ctx, p, "quote", start, end, p.text[start:end].strip(),
                                   entity_id=speaker.entity_id if speaker else None,
                                   entity_type=speaker.entity_type if speaker else None))
    return facts
