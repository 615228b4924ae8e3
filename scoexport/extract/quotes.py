"""Quotes: direct speech in quotation marks, with the person or organization the text says spoke it.

Which marks are speech: words in quotation marks are a quote when a verb of speech stands beside
them in their sentence ("..., Cook said", "Benioff told Cook: ..."), when they are a whole sentence of
their own (four words or more, or ending in sentence punctuation), or when they open the paragraph.
A short phrase with no verb of speech is a scare quote or a term ("the so-called “reset”"), and a
run of capitalized words is a title ("Takin’ It to the Streets"): neither is kept.

Who spoke, the first of:
1. the subject of the verb of speech nearest the quote in its sentence: the name (or pronoun) just
   before the verb ("Cook said", "he told Benioff"), or just after a verb that does not take the
   listener as object ("said Cook", not "told Cook"), or after "according to";
2. the subject of a verb of speech elsewhere in the paragraph (a quote, then "..., Cook said" in the
   next sentence);
3. for a paragraph that opens with a quote and names no speaker, the speaker of the paragraph before
   (a speaker's words run on over paragraphs);
4. in a sentence with no verb of speech, its first person or organization outside the quote.
A pronoun is the last speaker named before it, else the last person named. A name inside the quote
is never its speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import alternation
from ..records import Fact, Paragraph
from .base import Context, make_fact
from .people import listener_verbs, speech_verbs

_QUOTE = re.compile(r"“(?P<curly>[^“”]+?)”|\"(?P<straight>[^\"]+?)\"|‘(?P<single>[^‘’]+?)’(?!\w)")
_VERB = re.compile(r"\b[A-Za-z]+\b(?: to\b)?")
_PRONOUN = re.compile(r"\b(?:he|she|they)\s*$", re.I)
_PRONOUN_AFTER = re.compile(r"\s+(?:he|she)\b")
# what may stand between a speaker and the verb: an apposition (", Apple's chief executive,") and an adverb or auxiliary
_BEFORE_VERB = re.compile(r"^(?:\s*,[^,“”\"]{1,80},)?\s*(?:(?:also|then|later|again|has|had|have|would|will|\w+ly)\s+){0,2}$")
# what may stand between an inverted verb and the speaker: role words ("said Apple CEO Tim Cook")
_AFTER_VERB = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,4}$")
_SENTENCE_END = re.compile(r"[.!?…][’”\"]?\s*$")
_MIN_WORDS = 4  # a phrase shorter than this with no verb of speech is a scare quote, not speech
_SPEAKERS = ("person", "organization")
_TITLE_SHARE = 0.6  # prose capitalizes a word in five or fewer; a title most of its words
_TITLE_WORDS = 12  # and a title is short


@dataclass
class _Speech:
    """A verb of speech in a paragraph, outside any quote."""

    start: int
    end: int
    verb: str
    speaker: Fact | None = None
    listener: str | None = None  # the entity a listener verb names after it


def _verbs(text: str, quotes: list[tuple[int, int]]) -> list[_Speech]:
    verbs, listeners = speech_verbs(), listener_verbs()
    found = []
    for m in _VERB.finditer(text):
        word = m.group().lower()
        verb = "according" if word == "according to" else word.split()[0]
        if verb not in verbs or (verb == "according" and word != "according to"):
            continue
        if any(s - 1 <= m.start() < e + 1 for s, e in quotes):
            continue
        found.append(_Speech(m.start(), m.end(), verb if verb not in listeners else verb + "+"))
    return found


def _subject(speech: _Speech, text: str, names: list[Fact], quotes: list[tuple[int, int]],
             sentence_start: int) -> Fact | str | None:
    """The speaker of one verb of speech: a name before it, a pronoun before it, or a name after it."""
    outside = [f for f in names if not any(s <= f.start < e for s, e in quotes)]
    before = [f for f in outside if f.end <= speech.start and _BEFORE_VERB.match(text[f.end:speech.start])]
    if before:
        return before[-1]
    if speech.verb.rstrip("+").endswith("ing"):
        # "Boudreau gave a talk, telling them ...": a participle's subject is the sentence's
        opening = [f for f in outside if sentence_start <= f.start and f.end <= speech.start]
        if opening:
            return opening[0]
    after = [f for f in outside if f.start >= speech.end and _AFTER_VERB.match(text[speech.end:f.start])]
    if _PRONOUN.search(text[max(0, speech.start - 6):speech.start]):
        if speech.verb.endswith("+") and after:
            speech.listener = after[0].entity_id  # "he told Cook": he is not Cook
        return "pronoun"
    if speech.verb.endswith("+"):
        return None  # "told Benioff": the name after is the listener
    if _PRONOUN_AFTER.match(text, speech.end):
        return "pronoun"  # "..., replied she"
    return after[0] if after else None


def _is_speech(text: str, verbs_near: bool, opens_sentence: bool) -> bool:
    words = text.split()
    if len(words) < 2 and not (_SENTENCE_END.search(text) and opens_sentence):
        return False  # one word in quotes is a term being marked ("the use of “We.”"), unless a sentence of its own
    if verbs_near:
        return True
    if len(words) < _MIN_WORDS and not _SENTENCE_END.search(text):
        return False  # a term or scare quote: "oxygen bar", so-called "reforms"
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in long_words)
    if len(long_words) >= 2 and len(words) <= _TITLE_WORDS and capitals >= _TITLE_SHARE * len(long_words):
        return False  # a title: most words capitalized ("Takin’ It to the Streets")
    return True


class _Speakers:
    """The people a pronoun can stand for, in document order: every person named outside a quote, except one
    named as a listener ("told Benioff") or as an owner ("Parise’s penchant"), who is rarely the next speaker."""

    def __init__(self, ctx: Context, names: list[Fact]) -> None:
        texts = {p.paragraph_id: p for p in ctx.paragraphs}
        quoted = {pid: [(m.start(), m.end()) for m in _QUOTE.finditer(p.text)] for pid, p in texts.items()}
        listeners = alternation(listener_verbs())
        listener = re.compile(rf"\b(?:{listeners})\s+$")
        self.people: list[tuple[tuple[int, int], Fact]] = []
        for f in names:
            p = texts.get(f.paragraph_id)
            if p is None or f.entity_type != "person" or any(s <= f.start < e for s, e in quoted[f.paragraph_id]):
                continue
            if p.text[f.end:f.end + 2] in ("'s", "’s") or listener.search(p.text, max(0, f.start - 12), f.start):
                continue
            self.people.append(((p.seq, f.start), f))

    def last(self, p: Paragraph, offset: int, not_id: str | None = None) -> Fact | None:
        here = (p.seq, offset)
        named = [f for at, f in self.people if at < here and f.entity_id != not_id]
        return named[-1] if named else None


def _resolve(found: Fact | str | None, speakers: _Speakers, p: Paragraph, speech: _Speech) -> Fact | None:
    if found == "pronoun":
        return speakers.last(p, speech.start, speech.listener)
    return found if isinstance(found, Fact) else None


def _paragraph_quotes(ctx: Context, p: Paragraph, names_by_paragraph: dict[str, list[Fact]], speakers: _Speakers,
                      previous: Fact | None) -> tuple[list[Fact], Fact | None]:
    text = p.text
    spans = []
    ends: dict[int, int] = {}
    for m in _QUOTE.finditer(text):
        group = m.lastgroup or "curly"
        start, end = m.start(group), m.end(group)
        inner = text[start:end]
        end -= len(inner) - len(inner.rstrip(" ,.;:"))  # the comma before ", he said"
        start += len(inner) - len(inner.lstrip())
        if end > start:
            spans.append((start, end))
            ends[start] = m.end(group)  # where the marks close: "Please." ends a sentence though the stop is cut
    names = [f for f in names_by_paragraph.get(p.paragraph_id, ()) if f.entity_type in _SPEAKERS]
    verbs = _verbs(text, [(s - 1, e + 1) for s, e in spans])
    paragraph_speaker = None
    for v in verbs:
        sentence = ctx.sentence_at(p.paragraph_id, v.start)
        found = _resolve(_subject(v, text, names, spans, sentence.start if sentence else 0), speakers, p, v)
        v.speaker = found
        paragraph_speaker = paragraph_speaker or found
    if not spans:
        return [], None
    facts = []
    last = None
    for start, end in spans:
        sentence = ctx.sentence_at(p.paragraph_id, start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(text))
        near = sorted((v for v in verbs if s_start <= v.start < s_end), key=lambda v: min(abs(v.start - end), abs(v.end - start)))
        opens = not text[:start - 1].rstrip() or text[:start - 1].rstrip()[-1] in ".!?”\"’"
        if not _is_speech(text[start:ends[start]].strip(), bool(near), opens):
            continue
        speaker = next((v.speaker for v in near if v.speaker), None)
        if speaker is None and paragraph_speaker is not None:
            speaker = paragraph_speaker
        if speaker is None and start <= 1 and not verbs:
            speaker = previous  # the quote runs on from the paragraph before
        if speaker is None and not near:
            outside = [f for f in names if s_start <= f.start < s_end and not any(s <= f.start < e for s, e in spans)]
            speaker = outside[0] if outside else None
        if speaker is not None:
            last = speaker
        facts.append(make_fact(ctx, p, "quote", start, end, text[start:end].strip(),
                               entity_id=speaker.entity_id if speaker else None,
                               entity_type=speaker.entity_type if speaker else None))
    return facts, last or (previous if facts and spans[0][0] <= 1 else None)


def quote_facts(ctx: Context, names: list[Fact]) -> list[Fact]:
    """Quotes of a document, given the entities found in it (people and organizations can speak)."""
    facts: list[Fact] = []
    speakers = _Speakers(ctx, names)
    names_by_paragraph: dict[str, list[Fact]] = {}
    for f in names:
        names_by_paragraph.setdefault(f.paragraph_id, []).append(f)
    previous: Fact | None = None
    for p in ctx.paragraphs:
        found, previous = _paragraph_quotes(ctx, p, names_by_paragraph, speakers, previous)
        facts.extend(found)
    return facts
