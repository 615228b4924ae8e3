"""Quotes, curly and straight, full and partial, with their speaker where the text names one: a
person in the quote's sentence (nearest a verb of speech), else the person who spoke in the
sentence before ("X said ... . China believes ... “...”")."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..records import Fact, Paragraph, Sentence
from .base import Context, make_fact
from .people import speech_verbs

_QUOTE = re.compile(r"“(?P<curly>[^“”]+?)”|\"(?P<straight>[^\"]+?)\"|‘(?P<single>[^‘’]+?)’(?!\w)")
_WORD = re.compile(r"[a-z]+")
_PRONOUN_SPEAKS = re.compile(r"\b(?:he|she)\s+(?:\w+ly\s+)?(?:said|says|added|told|noted|wrote|explained|continued|asked)\b"
                             r"|\b(?:said|says|added) (?:he|she)\b", re.I)


def _speaks(text: str) -> bool:
    return any(w in speech_verbs() for w in _WORD.findall(text.lower()))


@dataclass
class _People:
    """The document's person facts, indexed once: by sentence, and in document order for the last
    one before a place (each quote then costs a lookup, not a pass over every fact)."""

    in_order: list[Fact]
    by_sentence: dict[str | None, list[Fact]] = field(default_factory=dict)
    places: list[tuple[str, int]] = field(default_factory=list)
    sentence_starts: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, ctx: Context) -> _People:
        people = cls([f for f in ctx.entity_facts if f.entity_type == "person"])  # in document order
        for f in people.in_order:
            people.by_sentence.setdefault(f.sentence_id, []).append(f)
        people.places = [(f.paragraph_id, f.start) for f in people.in_order]
        for p in ctx.paragraphs:
            people.sentence_starts[p.paragraph_id] = [s.start for s in ctx.sentences_of(p.paragraph_id)]
        return people


def _people_in(people: _People, sentence: Sentence, exclude: tuple[int, int]) -> list[Fact]:
    return [f for f in people.by_sentence.get(sentence.sentence_id, ()) if not (exclude[0] <= f.start < exclude[1])]


def _speaker(ctx: Context, people_of: _People, p: Paragraph, sentence: Sentence, quote: tuple[int, int]) -> Fact | None:
    people = _people_in(people_of, sentence, quote)
    if people:
        # prefer a person a verb of speech follows; then the nearest before the quote, else the first after it
        speaking = [f for f in people if _speaks(p.text[f.end:f.end + 60])]
        candidates = speaking or people
        before = [f for f in candidates if f.end <= quote[0]]
        return before[-1] if before else candidates[0]
    sentences = ctx.sentences_of(p.paragraph_id)
    i = bisect.bisect_left(people_of.sentence_starts[p.paragraph_id], sentence.start)
    if i > 0:
        before = sentences[i - 1]
        previous = [f for f in _people_in(people_of, before, (0, 0)) if _speaks(p.text[f.end:before.end])]
        if previous:
            return previous[0]
    outside = p.text[sentence.start:quote[0]] + " " + p.text[quote[1]:sentence.end]
    if _PRONOUN_SPEAKS.search(outside):
        # "..., he said": the person last named before the quote
        return _last_person_before(people_of, p, quote[0])
    return None


def _last_person_before(people: _People, p: Paragraph, offset: int) -> Fact | None:
    i = bisect.bisect_left(people.places, (p.paragraph_id, offset))
    return people.in_order[i - 1] if i else None


def quote_facts(ctx: Context) -> list[Fact]:
    facts = []
    people = _People.of(ctx)
    for p in ctx.paragraphs:
        for m in _QUOTE.finditer(p.text):
            group = m.lastgroup or "curly"
            start, end = m.start(group), m.end(group)
            end -= len(p.text[start:end]) - len(p.text[start:end].rstrip(" ,.;:"))  # the comma before ", he said"
            start += len(p.text[start:end]) - len(p.text[start:end].lstrip())
            if len(p.text[start:end].split()) < 2:
                continue  # one word in quotes is a term being marked, not speech
            sentence = ctx.sentence_at(p.paragraph_id, start)
            speaker = _speaker(ctx, people, p, sentence, (start, end)) if sentence else None
            facts.append(make_fact(ctx, p, "quote", start, end, p.text[start:end].strip(),
                                   entity_id=speaker.entity_id if speaker else None,
                                   entity_type=speaker.entity_type if speaker else None))
    return facts
