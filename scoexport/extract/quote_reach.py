"""Where a quote's attribution is looked for: the sentence it stands in (from where it opens to where its marks close),
the verbs of speech of its paragraph near it, and whose they are.

Enters: a paragraph's sentences (through the context), a quote's span and the paragraph's verbs of speech (speech_verbs.py,
in text order, each with the speaker attribution.py found, or none); leaves: bounds, the verbs in them and the speaker
of the nearest or last one. quotes.py decides which of these a quote takes; here only where each one is, looked up by
bisection so that a paragraph of many quotes and verbs costs little more than one of few.
"""
from __future__ import annotations

import bisect
import re

from ..records import Fact, Paragraph
from .base import Context
from .speech_verbs import Speech

_TAG_GAP = re.compile(r"\s*(?:[A-Za-z][\w'’.-]*\s+){0,3}")  # between a quotation and the verb that attributes it


def quote_sentence(ctx: Context, p: Paragraph, start: int, closed: int) -> tuple[int, int]:
    """The bounds of the sentence a quote stands in, from the one it opens in to the one its marks close in: quoted
    words of several sentences are one utterance, tagged where they close („Kommt er? Sicher nicht“, sagte Ott), so
    the verb after the closing mark is in the quote's sentence though a stop inside the marks ends one before it."""
    first = ctx.sentence_at(p.paragraph_id, start)
    if first is None:
        return 0, len(p.text)
    last = ctx.sentence_at(p.paragraph_id, max(start, closed - 1))
    return first.start, max(first.end, last.end if last is not None else first.end)


def last_speaker(verbs: list[Speech], verb_starts: list[int], before: int) -> Fact | None:
    """The speaker of the last verb before `before` that has one."""
    for k in range(bisect.bisect_left(verb_starts, before) - 1, -1, -1):
        if verbs[k].speaker is not None:
            return verbs[k].speaker
    return None


def has_verb(verb_starts: list[int], s_start: int, s_end: int) -> bool:
    """Does a verb of speech start between `s_start` and `s_end` (the starts sorted: two bisections)?"""
    return bisect.bisect_left(verb_starts, s_end) > bisect.bisect_left(verb_starts, s_start)


def next_sentence_end(ctx: Context, p: Paragraph, offset: int) -> int:
    """Where the sentence after the one holding `offset` ends (the paragraph's end if none follows): a quote of
    several sentences reaches the one after its last."""
    here = ctx.sentence_at(p.paragraph_id, offset)
    if here is None:
        return len(p.text)
    after = ctx.sentence_at(p.paragraph_id, here.end + 1) if here.end + 1 < len(p.text) else None
    return after.end if after is not None and after.end > here.end else len(p.text)


def with_speakers(verbs: list[Speech]) -> tuple[list[int], list[int]]:
    """For each verb, the index of the last verb up to it and of the first from it that has a speaker (-1: none)."""
    last, first = [-1] * len(verbs), [-1] * len(verbs)
    seen = -1
    for i, v in enumerate(verbs):
        seen = i if v.said else seen
        last[i] = seen
    seen = -1
    for i in range(len(verbs) - 1, -1, -1):
        seen = i if verbs[i].said else seen
        first[i] = seen
    return last, first


def nearest_speaker(verbs: list[Speech], verb_starts: list[int], speaking: tuple[list[int], list[int]],
                     quote: tuple[int, int], sentence: tuple[int, int]) -> Fact | None:
    """The speaker of the verb nearest the quote in its sentence among the verbs that have one (the one
    before on a tie); each side's nearest is looked up, not searched, so many quotes in one sentence
    cost no more than a few."""
    k = bisect.bisect_left(verb_starts, quote[0])  # verbs stand outside quotes: before k, before the quote
    left = speaking[0][k - 1] if k else -1
    right = speaking[1][k] if k < len(verbs) else -1
    candidates = []
    if left >= 0 and verbs[left].start >= sentence[0]:
        candidates.append((quote[0] - verbs[left].end, 0, verbs[left]))
    if right >= 0 and verbs[right].start < sentence[1]:
        candidates.append((verbs[right].start - quote[1], 1, verbs[right]))
    return min(candidates, key=lambda c: c[:2])[2].speaker if candidates else None


def attribution_follows(text: str, closed: int, verbs: list[Speech], verb_starts: list[int]) -> bool:
    """Does an attribution follow the quotation closing at `closed`: a verb of speech after at most a
    name or pronoun ("“Wow,” he whispers", "“No!” said Ruiz")?"""
    k = bisect.bisect_left(verb_starts, closed)
    return k < len(verbs) and bool(_TAG_GAP.fullmatch(text, closed + 1, verbs[k].start))
