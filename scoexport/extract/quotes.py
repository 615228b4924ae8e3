"""Quotes: direct speech in quotation marks, with the person or organization the text says spoke it.

Which marks are speech is decided in `speech_marks` (a verb of speech beside them, a sentence of their own;
not a term, a title, a name, a manual's example string).

Who spoke it is found by `attribution` (the verbs of speech of the paragraph and their subjects);
a quote takes the speaker of the verb nearest it in its sentence (which reaches to where its marks close:
quote_reach.py), else the speaker of the last verb before it in its paragraph (the next sentence's where none spoke
before), else, for a paragraph with no verb of speech that opens with a quote or names no one before it, the speaker
of the paragraph before (a speaker's words run on over paragraphs; a quotation left open at a paragraph's end,
marks.py). In a sentence where no
verb of speech has a subject, the person or organization that opens it comes first, and after those, the first
person named in it who is not a listener (`sentence_speakers`). An epithet after the verb ("«...», a répondu
la ministre") is the person written before with that noun, else the one person of its gender named just before
(pronouns.py), not whoever spoke last; a pronoun joined to a French verb ("a-t-il lâché") someone its paragraph names.
A paragraph with no verb of speech that opens with its one person gives that person its quotes (a portrait: "Boris
Dujakovic ... beschäftigt ... „Wir freuen uns ...“"); a German verb that closes its sentence after quoted words has
the sentence's opening name as subject („Die ARD hat „...“ angekündigt.“), and a sentence in the Konjunktiv I makes
its quoted words speech (speech_verbs.py), those of the one person the sentence before names where it names no
one. A quote with no speaker whose words another quote repeats takes that one's speaker (a pull-quote, a heading:
entries.py); a caption's quote runs on from no one.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ..data import load_lines
from ..records import Fact, Paragraph
from ..spans import SpanSet
from .attribution import names_source, subject_of
from .base import Context, make_fact
from .block_quotes import block_quote_facts
from .entries import heading_echoes, headline_speakers, repeated_speakers
from .interjections import split_at_interjections, trimmed
from .marks import quotations
from .pronouns import Speakers
from .quote_reach import (
    attribution_follows,
    has_verb,
    last_speaker,
    nearest_speaker,
    next_sentence_end,
    quote_sentence,
    with_speakers,
)
from .sentence_speakers import first_named, introduced, reported_subject, sentence_subject, sole_speaker, view_holder
from .speech_gaps import after_quote
from .speech_marks import is_speech
from .speech_verbs import inverted_pronoun, knows_verbs, reported_speech, speech_verbs_in
from .statement_owners import statement_owner

_SPEAKERS = ("person", "organization")
_CLOSES = re.compile(r"[\s.!?…]*")  # nothing but the stop after a verb: it closes its sentence
_COMMA_AFTER = re.compile(r"\s*[”“\"»«’‘]\s*,")  # the closing mark, then a comma: „Ja“, sagt Ricking


_NEXT_WORD = re.compile(r"\s+(\w)")


def _name_follows(text: str, end: int) -> bool:
    """Does a capitalized word follow the verb ending at `end` ("dijo Ella Baker")? A name we did not find."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).isupper()


def _paragraph_quotes(ctx: Context, p: Paragraph, names_by_paragraph: dict[str, list[Fact]], speakers: Speakers,
                      previous: Fact | None, voices: dict[str, Fact | None],
                      leads: dict[str, Fact]) -> tuple[list[Fact], Fact | None]:
    """A paragraph's quotes in marks, and the speaker its last quote leaves speaking; `leads` gains the speaker of a
    verb of speech in its last sentence (who the paragraph leaves speaking); `voices` gains the speaker of
    its last verb of speech where it has one (an introduction ending in a colon hands it to a block quotation)."""
    text = p.text
    spans = []
    ends: dict[int, int] = {}
    for closed_at in quotations(text):
        start, end = trimmed(text, *closed_at)
        if end > start:
            spans.append((start, end))
            ends[start] = closed_at[1]  # where the marks close: "Please." ends a sentence though the stop is cut
    # “... - ha affermato Tajani - ...”: two quotes, and the clause between the dashes their attribution
    spans, clause_of, bare = split_at_interjections(text, spans, ctx.metadata.language)
    for s, e in spans:
        ends.setdefault(s, e)
    names = [f for f in names_by_paragraph.get(p.paragraph_id, ()) if f.entity_type in _SPEAKERS]
    verbs = speech_verbs_in(text, [(s - 1, e + 1) for s, e in spans], ctx.metadata.language)
    quoted = SpanSet(len(text) + 1)
    for s, e in spans:
        quoted.add(s, e)
    outside = sorted((f for f in names if not quoted.overlaps(f.start, f.start + 1)), key=lambda f: f.start)
    outside_starts = [f.start for f in outside]
    paragraph_speaker, paragraph_at = None, 0
    unnamed = []  # verbs whose subject is an epithet for no one the text wrote with it, or a source we did not find
    for v in verbs:
        sentence = ctx.sentence_at(p.paragraph_id, v.start)
        subject = subject_of(v, text, outside, sentence.start if sentence else 0, speakers.surnamed,
                             ctx.metadata.language)
        v.said = subject is not None
        found = speakers.resolve(subject, p, v.start, v.listener)
        if found is not None and subject in ("he", "she") and ctx.metadata.language not in (None, "en") \
                and (not speakers.near(found, p) or speakers.follows_body(p, v.start, subject)):
            # "Er ergänzte:": another language's pronoun, whose people we find less often, and which may stand for
            # the body the sentence before has as subject ("Der Verband kritisiert ... Er fordert:")
            found = None
        if found is None and subject in ("he", "she"):
            found = _voice_of(paragraph_speaker or previous)
        if found is not None and found.paragraph_id != p.paragraph_id and inverted_pronoun(v.verb, ctx.metadata.language):
            # "« ... », a-t-il lâché": a pronoun joined to the verb stands for someone named in its paragraph; one named
            # further back is a guess (the one it means is often unnamed: "un chiraquien s'est souvenu")
            found = None
        if found is None and subject is None and _drops_subject(ctx.metadata.language) \
                and (after_quote().search(text, max(0, v.start - 30), v.start) or v.start in bare) \
                and not _name_follows(text, v.end):
            # "“...”, señaló.": a language that leaves out a pronoun subject writes the verb alone after the
            # quote; its subject is the one who spoke last, as "he said" would be in English (not where a
            # capitalized word follows: "dijo Ella Baker" names someone we did not find)
            found = paragraph_speaker or previous
            v.said = found is not None
        if found is None and subject is None and sentence is not None and ctx.metadata.language not in (None, "en") \
                and _CLOSES.fullmatch(text, v.end, sentence.end):
            # „Die ARD hat „eine umfangreiche Schau“ angekündigt.“: a verb that closes its sentence after quoted words
            # (German sets a compound past's participle last) has the name that opens the sentence as subject
            quoted_at = next((s for s, _ in spans if sentence.start <= s < v.start), None)
            found = sentence_subject(text, outside, sentence.start, quoted_at, framed=True) if quoted_at else None
            v.said = found is not None
        v.speaker = found
        if found is None and ((isinstance(subject, str) and subject.startswith(("epithet ", "someone")))
                              or names_source(v)):
            # "precisa il ministero", "Secondo l'agenzia Wam, ...": someone the text names that we did not find
            unnamed.append(v.start)
        if paragraph_speaker is None and found is not None:
            paragraph_speaker, paragraph_at = found, v.start
    if verbs:
        voices[p.paragraph_id] = last_speaker(verbs, [v.start for v in verbs], len(text) + 1)
        closing = ctx.sentence_at(p.paragraph_id, max(0, len(text.rstrip()) - 1))
        # who a paragraph hands the next one's words to, where that one is a quotation with no attribution: the
        # speaker of a verb of speech in its last sentence ("Ian Murdock writes:", "..., schlussfolgert Patrick Breyer
        # (PIRATEN), ..."), whether it ends in a colon (a block quotation) or reports the view first (a press release's
        # lead); one who spoke in an earlier sentence has been followed by the writer's own narration ("the year
        # RateBeer deemed him the best new brewer ... More awards ... ensued"), which may be about someone else
        lead = next((v for v in reversed(verbs) if v.speaker is not None), None)
        if lead is not None and (closing is None or lead.start >= closing.start):
            leads[p.paragraph_id] = lead.speaker
    if not spans:
        return [], None
    facts = []
    last = None
    verb_starts = [v.start for v in verbs]
    said_up_to = [0]  # how many of the verbs before each have a subject: a sentence's count is one subtraction
    for v in verbs:
        said_up_to.append(said_up_to[-1] + v.said)
    speaking = with_speakers(verbs)
    for start, end in spans:
        s_start, s_end = quote_sentence(ctx, p, start, ends[start])
        # a verb in the sentence with someone saying it ("key states like Ohio": a noun, no subject)
        near = said_up_to[bisect.bisect_left(verb_starts, s_end)] > said_up_to[bisect.bisect_left(verb_starts, s_start)]
        before = _before_marks(text, start)
        # a sentence ends before it: a stop, or a closing mark after a stop (“Now.” “Then...”), not after a comma
        # (“The Discovery,” “The One I Love”)
        opens = before < 0 or text[before] in ".!?" or (text[before] in "”\"’" and before > 0 and text[before - 1] in ".!?")
        inner = text[start:ends[start]].strip()
        # “Wow,” he said; „Ja“, sagt Ricking: German, French and Italian set the comma after the closing mark, which
        # then tags words that open their sentence (inside one, „Skandal“, sagte er may be a word of the sentence's)
        comma = _COMMA_AFTER.match(text, ends[start]) if opens else None
        tagged = (inner.endswith((",", "!", "?")) or comma is not None) \
            and attribution_follows(text, comma.end() - 1 if comma else ends[start], verbs, verb_starts)
        # the mood of reported speech makes quoted words speech too ("In der Diktatur sei der Humor „völlig abhanden
        # gekommen“"), without naming whose: the names of its sentence stay as likely as before
        mood = not near and reported_speech(text, s_start, s_end, quoted, ctx.metadata.language)
        # someone voices the words: their sentence has a verb of speech or names a person or body before them (its
        # subject: "Apple views it as “...”"), or someone spoke earlier in the paragraph; a characterization in marks is
        # only speech so ("Most people knew him as '...'" is what he was called)
        voiced = near or has_verb(verb_starts, s_start, s_end) or (paragraph_speaker is not None and paragraph_at < start) \
            or bisect.bisect_left(outside_starts, start) > bisect.bisect_left(outside_starts, s_start)
        if not is_speech(text, (start, ends[start]), near or mood, opens, tagged, voiced):
            continue
        clause = clause_of.get(start)
        speaker = None
        if clause is not None:  # the clause's verbs, looked up (a scan of every verb per quote grows with their square)
            k = bisect.bisect_left(verb_starts, clause[0])
            speaker = next((v.speaker for v in verbs[k:bisect.bisect_left(verb_starts, clause[1])] if v.speaker), None)
        if speaker is None:
            speaker = nearest_speaker(verbs, verb_starts, speaking, (start, end), (s_start, s_end))
        # words attributed between dashes have their verb of speech: a name elsewhere in the sentence, or inside the
        # clause after its subject ("- dice un portavoce, dopo l'intervista al direttore Gianmarco Chiocci -"), is not
        # the speaker for having no verb beside it
        near = near or clause is not None
        if speaker is None and not near:  # “Buckley had a similar experience: “...”; „Für X steht fest: „...“
            speaker = sentence_subject(text, outside, s_start, start) or view_holder(text, outside, s_start, start)
        reach = start if has_verb(verb_starts, s_start, s_end) else next_sentence_end(ctx, p, end)
        if speaker is None and paragraph_speaker is not None and paragraph_at < reach \
                and not has_verb(unnamed, s_start, s_end):
            # the paragraph's speaker, named before the quote or in the sentence after it (“...”. Lo ha detto X.); where
            # the quote's own sentence has a verb of speech whose subject is a role or left out ("il generale ha
            # dichiarato"), only one named before it, whom that subject refers back to; an epithet that is no one the text
            # wrote with that noun ("precisa il ministero") is someone else. Of several before the quote, the last: words
            # with no attribution of their own run on from whoever spoke last, not from the first source the paragraph
            # cites („...“, fügte Hougan hinzu. „...“ after "Laut einem Bericht von Reuters ..."); one after it (the
            # next sentence's) only where no one spoke before it
            speaker = last_speaker(verbs, verb_starts, start) or paragraph_speaker
        if speaker is None and not verbs and (_opens_paragraph(text, start) or (
                (not outside or outside[0].start > start) and knows_verbs(ctx.metadata.language))):
            # the quote runs on from the paragraph before: it opens its paragraph, or the sentences before it name no
            # one („Diese Solidarität habe er gespürt. „...““): the last speaker keeps speaking till another is named;
            # the latter only where we know the language's verbs of speech, so that finding none means there is none
            speaker = previous
        if speaker is None and not near:
            speaker = first_named(text, outside, s_start, s_end, ctx.metadata.language)
        if speaker is None and mood and s_start > 0:  # „Es sei ein „grossartiger Deal““ after a sentence on Johnson
            speaker = reported_subject(text, outside, ctx.sentence_at(p.paragraph_id, s_start - 1), (s_start, s_end))
        if speaker is None and not verbs and knows_verbs(ctx.metadata.language):
            speaker = sole_speaker(text, outside)  # a portrait's words, with no verb of speech
        owner = statement_owner(text, s_start, start, ctx.metadata.language)
        if owner is not None:  # "die Formulierungen von der Leyens, wonach ... „...“": hers, not the verb's subject's
            speaker = speakers.by_surname(owner, p, start)
        if speaker is not None:
            last = speaker
        facts.append(make_fact(ctx, p, "quote", start, end, text[start:end].strip(),
                               entity_id=speaker.entity_id if speaker else None,
                               entity_type=speaker.entity_type if speaker else None))
    return facts, last or (previous if facts and _opens_paragraph(text, spans[0][0]) else None)


def _opens_paragraph(text: str, start: int) -> bool:
    """Does the quote starting at `start` open its paragraph: only marks and spaces before it ("“", "« " with the
    space French sets inside its marks)?"""
    return not any(ch.isalnum() for ch in text[:start])


@cache
def _drops_subject(language: str | None) -> bool:
    """Does the language leave out a pronoun subject ("dijo", "ha detto", "powiedział" for "he said")?"""
    return language in load_lines("subject_dropping_languages.txt")


def _voice_of(speaker: Fact | None) -> Fact | None:
    """Who "he" or "she" is when no person the text names can be: the one who spoke last for an organization
    ("A Sussex Police spokesman said “...” / He said: “...”"), whose words are the organization's."""
    return speaker if speaker is not None and speaker.entity_type == "organization" else None


_OPENING_MARKS = "“\"‘'«„‹»‚"


def _before_marks(text: str, start: int) -> int:
    """The index of the last character that is not white space before the opening mark of the words starting at
    `start`, or -1. French sets a space inside its guillemets ("« Oui »"): the mark is then not the character right
    before the words, and must not be taken for what precedes it (a paragraph opening "« " opens a sentence)."""
    mark = _last_visible(text, start)
    if mark >= 0 and text[mark] in _OPENING_MARKS:
        return _last_visible(text, mark)
    return _last_visible(text, start - 1)


def _last_visible(text: str, end: int) -> int:
    """The index of the last character before `end` that is not white space, or -1."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def quote_facts(ctx: Context, names: list[Fact]) -> list[Fact]:
    """Quotes of a document, given the entities found in it (people and organizations can speak)."""
    facts: list[Fact] = []
    speakers = Speakers(ctx, names, quotations)
    names_by_paragraph: dict[str, list[Fact]] = {}
    for f in names:
        names_by_paragraph.setdefault(f.paragraph_id, []).append(f)
    previous: Fact | None = None
    voices: dict[str, Fact | None] = {}
    leads: dict[str, Fact] = {}
    for p in ctx.paragraphs:
        # a picture's caption is no one's words running on from the text before it
        found, last = _paragraph_quotes(ctx, p, names_by_paragraph, speakers, None if p.kind == "caption" else previous,
                                        voices, leads)
        facts.extend(found)
        if p.kind in ("caption", "heading"):
            # a picture's caption is set beside the running text, a subhead between an interview's answers: a
            # speaker's words run past both
            continue
        previous = last if found else (leads.get(p.paragraph_id) or introduced(p, names_by_paragraph.get(p.paragraph_id, ())))
    facts.extend(block_quote_facts(ctx, names_by_paragraph, voices))
    return heading_echoes(ctx.paragraphs, repeated_speakers(headline_speakers(ctx.paragraphs, facts)), names)


