"""Quotes, curly and straight, full and partial, with their speaker where the text names one: a
person in the quote's sentence (nearest a verb of speech), else the person who spoke in the
sentence before ("X said ... . China believes ... “...”")."""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_lines
from ..records import Fact, Paragraph, Sentence
from .base import Context, make_fact
from .people import inverted_speech_verbs, speech_verbs

_QUOTE = re.compile(r"“(?P<curly>[^“”]+?)”|\"(?P<straight>[^\"]+?)\"|‘(?P<single>[^‘’]+?)’(?!\w)")
_WORD = re.compile(r"[a-z]+")


@cache
def _pronoun_speaks() -> re.Pattern[str]:
    """ "he said", "she quickly added", "said he": a pronoun with a verb of speech."""
    verbs, inverted = alternation(load_lines("pronoun_speech_verbs.txt")), alternation(inverted_speech_verbs())
    return re.compile(rf"\b(?:he|she)\s+(?:\w+ly\s+)?(?:{verbs})\b|\b(?:{inverted}) (?:he|she)\b", re.I)


def _speaks(text: str) -> bool:
    return any(w in speech_verbs() for w in _WORD.findall(text.lower()))


def _people_in(people: list[Fact], sentence: Sentence, exclude: tuple[int, int]) -> list[Fact]:
    return [f for f in people if f.sentence_id == sentence.sentence_id and not (exclude[0] <= f.start < exclude[1])]


def _speaker(ctx: Context, people: list[Fact], order: dict[str, int], p: Paragraph, sentence: Sentence,
             quote: tuple[int, int]) -> Fact | None:
    named = _people_in(people, sentence, quote)
    if named:
        # prefer a person a verb of speech follows; then the nearest before the quote, else the first after it
        speaking = [f for f in named if _speaks(p.text[f.end:f.end + 60])]
        candidates = speaking or named
        before = [f for f in candidates if f.end <= quote[0]]
        return before[-1] if before else candidates[0]
    sentences = ctx.sentences_of(p.paragraph_id)
    i = sentences.index(sentence)
    if i > 0:
        before = sentences[i - 1]
        previous = [f for f in _people_in(people, before, (0, 0)) if _speaks(p.text[f.end:before.end])]
        if previous:
            return previous[0]
    outside = p.text[sentence.start:quote[0]] + " " + p.text[quote[1]:sentence.end]
    if _pronoun_speaks().search(outside):
        # "..., he said": the person last named before the quote
        return _last_person_before(people, order, p, quote[0])
    return None


def _last_person_before(people: list[Fact], order: dict[str, int], p: Paragraph, offset: int) -> Fact | None:
    last = None
    for f in people:  # in document order
        if order[f.paragraph_id] > p.seq or (f.paragraph_id == p.paragraph_id and f.start >= offset):
            break
        last = f
    return last


def quote_facts(ctx: Context, people: list[Fact]) -> list[Fact]:
    """Quotes and their speakers among `people`, the document's person entity facts in document order."""
    facts = []
    order = ctx.paragraph_order()
    for p in ctx.paragraphs:
        for m in _QUOTE.finditer(p.text):
            group = m.lastgroup or "curly"
            start, end = m.start(group), m.end(group)
            end -= len(p.text[start:end]) - len(p.text[start:end].rstrip(" ,.;:"))  # the comma before ", he said"
            start += len(p.text[start:end]) - len(p.text[start:end].lstrip())
            if len(p.text[start:end].split()) < 2:
                continue  # one word in quotes is a term being marked, not speech
            sentence = ctx.sentence_at(p.paragraph_id, start)
            speaker = _speaker(ctx, people, order, p, sentence, (start, end)) if sentence else None
            facts.append(make_fact(ctx, p, "quote", start, end, p.text[start:end].strip(),
                                   entity_id=speaker.entity_id if speaker else None,
                                   entity_type=speaker.entity_type if speaker else None))
    return facts
