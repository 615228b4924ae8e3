"""Quotes: direct speech in quotation marks, with the person or organization the text says spoke it.

Which marks are speech: words in quotation marks are a quote when a verb of speech stands beside
them in their sentence ("..., Cook said", "Benioff told Cook: ..."), when they are a whole sentence of
their own (four words or more, or ending in sentence punctuation), or when they open the paragraph.
A short phrase with no verb of speech is a scare quote or a term ("the so-called “reset”"), and a
run of capitalized words is a title ("Takin’ It to the Streets"), or inside a sentence, even beside a verb
of speech, a name (Detroit's "Big Three"): none is kept.

Who spoke, the first of:
1. the subject of the verb of speech nearest the quote in its sentence: the name (or pronoun) just
   before the verb ("Cook said", "he told Benioff"), or just after a verb that does not take the
   listener as object ("said Cook", not "told Cook"), or after "according to";
   and where none of these stands there, the sentence's first person (else organization) before the verb
   (a subject with a long apposition: "Dylan Nelson, a fellow at ..., Germany, and co-author ..., said");
2. the subject of a verb of speech elsewhere in the paragraph (a quote, then "..., Cook said" in the
   next sentence);
3. for a paragraph that opens with a quote and names no speaker, the speaker of the paragraph before
   (a speaker's words run on over paragraphs; a quotation left open at a paragraph's end, marks.py);
4. in a sentence with no verb of speech, its first person or organization outside the quote.
A pronoun is the last person named before it whose given name is not of the other sex ("she" passes
over a Vivek, "he" over a Nikki; given names nearly always carried by one sex, data/name_sexes.txt),
preferring one not named after a preposition (pronouns.py); "they" is a group and names no one.
A role as subject ("the governor said") is the person named earlier after that title ("Gov. Kristi
Noem"; short forms in data/title_roles.txt); an organization's kind as subject ("the company said", "a
company spokesperson told": data/organization_nouns.txt, organization_voices.txt) is the organization
named last before it. A verb of speech is lower case inside a sentence ("the
United States" states nothing), and counts for a short phrase only where it has a subject; one word
in quotes is speech when an attribution follows it ("“Wow,” he whispers").
A name inside the quote is never its speaker.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from ..data import alternation, load_lines
from ..records import Fact, Paragraph
from ..spans import SpanSet
from .base import Context, make_fact
from .gazetteer import title_words
from .marks import quotations
from .pronouns import Speakers
from .words import listener_verbs, speech_verbs

_VERB = re.compile(r"\b[A-Za-z]+\b(?: to\b)?")
# a pronoun subject, with up to two adverbs or auxiliaries before its verb ("he instead told", "she has said")
_PRONOUN = re.compile(r"\b(?P<pronoun>he|she|they)\s+(?:(?:also|then|later|again|instead|has|had|have|would|will|"
                      r"\w+ly)\s+){0,2}$", re.I)
_ROLE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(?P<role>(?!(?:also|then|later|again|has|had|have)\s)[a-z]+)\s+"
                   r"(?:(?:also|then|later|again|has|had|have)\s+)?$")
_PRONOUN_AFTER = re.compile(r"\s+(?P<pronoun>he|she)\b")
# what may stand between a speaker and the verb: an apposition (", Apple's chief executive,") and an adverb or auxiliary
_BEFORE_VERB = re.compile(r"^(?:\s*,[^,“”\"]{1,80},)?\s*(?:(?:also|then|later|again|has|had|have|would|will|\w+ly)\s+){0,2}$")
# what may stand between an inverted verb and the speaker: role words ("said Apple CEO Tim Cook"), also
# as an apposition before the name ("said the city's mayor, Ana Ruiz")
_AFTER_VERB = re.compile(r"^\s+(?:[\w'’.-]+\s+){0,4}(?:[a-z][\w'’.-]*,\s+)?$")
# the longest gap the two patterns above accept between a name and its verb in normalized text (an
# apposition of 80 characters and two words): names farther away are not looked at, so each verb
# costs the names near it, not every name of the paragraph
_NEAR = 300
_CAPITALIZED_BEFORE = re.compile(r"\b([A-Z][a-z’'-]+)(?:’s|'s)?\s+(?:(?:also|then|later|again|has|had|have|\w+ly)\s+){0,2}$")
_APPOSITION_END = re.compile(r",\s*$")
_OPENING = re.compile(r"(?:^|[.!?:;“”\"]\s*)$")  # what stands before a word that opens a sentence
_TAG_GAP = re.compile(r"\s*(?:[A-Za-z][\w'’.-]*\s+){0,3}")  # between a quotation and the verb that attributes it
_SENTENCE_END = re.compile(r"[.!?…][’”\"]?\s*$")
_NAME_WORD = re.compile(r"\s[A-Z][a-z]")  # a capitalized word inside a sentence: part of a name
_AFFILIATION = re.compile(r"\b(?:at|of|for|with|from) (?:the )?$")  # "an analyst at Stratfor": where one works
_MIN_WORDS = 4  # a phrase shorter than this with no verb of speech is a scare quote, not speech
_SPEAKERS = ("person", "organization")
_TITLE_SHARE = 0.6  # prose capitalizes a word in five or fewer; a title most of its words
_TITLE_WORDS = 12  # and a title is short


@cache
def _organization_subject() -> re.Pattern[str]:
    """A subject that names an organization by its kind ("the company", "a company spokesperson", "the
    agency’s spokeswoman"), just before a verb of speech: news refers back so to the organization it named."""
    nouns = alternation(load_lines("organization_nouns.txt"))
    voices = alternation(load_lines("organization_voices.txt"))
    return re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:{nouns})(?:(?:’s|'s)?\s+(?:{voices}))?\s+"
                      r"(?:(?:also|then|later|again|has|had|have)\s+)?$")


@dataclass
class _Speech:
    """A verb of speech in a paragraph, outside any quote."""

    start: int
    end: int
    verb: str
    speaker: Fact | None = None
    said: bool = False  # a subject stands beside the verb: a name or a pronoun
    listener: str | None = None  # the entity a listener verb names after it


def _verbs(text: str, quotes: list[tuple[int, int]]) -> list[_Speech]:
    verbs, listeners = speech_verbs(), listener_verbs()
    quoted = SpanSet(len(text) + 1)
    for s, e in quotes:
        quoted.add(max(0, s - 1), e + 1)
    found = []
    for m in _VERB.finditer(text):
        word = m.group().lower()
        verb = "according" if word == "according to" else word.split()[0]
        if verb not in verbs or (verb == "according" and word != "according to"):
            continue
        if quoted.overlaps(m.start(), m.start() + 1):
            continue
        if m.group()[0].isupper() and not _OPENING.search(text, max(0, m.start() - 3), m.start()):
            continue  # "the United States", "Notes from ...": a capital inside a sentence starts a name
        found.append(_Speech(m.start(), m.end(), verb if verb not in listeners else verb + "+"))
    return found


def _subject(speech: _Speech, text: str, outside: list[Fact], sentence_start: int,
             surnames: Container[str] = ()) -> Fact | str | None:
    """The speaker of one verb of speech: a name before it, a pronoun before it, or a name after it.
    `outside` are the paragraph's names outside quotes, in text order; `surnames` those of people named in full."""
    i = _first_from(outside, speech.start)
    for j in range(i - 1, -1, -1):  # the nearest name before that the gap allows
        f = outside[j]
        if f.end < speech.start - _NEAR:
            break
        if f.end <= speech.start and _BEFORE_VERB.match(text[f.end:speech.start]):
            if f.entity_type != "person" and _AFFILIATION.search(text[max(0, f.start - 10):f.start]):
                # "Omar Lamrani, an analyst at Stratfor, ... told": the organization is the speaker's employer
                for k in range(_first_from(outside, sentence_start), j):
                    if outside[k].entity_type == "person":
                        return outside[k]
            return f
    surname = _CAPITALIZED_BEFORE.search(text, max(0, speech.start - 40), speech.start)
    # "Noem later tweeted": a person named in full earlier, if one; a capital that opens a sentence is any
    # word ("They", "Officials"), so there only a surname of someone already named
    if surname and (surname.group(1) in surnames
                    or not _OPENING.search(text, max(0, surname.start() - 3), surname.start())):
        return "surname " + surname.group(1)
    if speech.verb.rstrip("+").endswith("ing"):
        # "Boudreau gave a talk, telling them ...": a participle's subject is the sentence's
        j = _first_from(outside, sentence_start)
        if j < len(outside) and outside[j].end <= speech.start:
            return outside[j]
    after = None
    for j in range(_first_from(outside, speech.end), len(outside)):
        f = outside[j]
        if f.start > speech.end + _NEAR:
            break
        if _AFTER_VERB.match(text[speech.end:f.start]):
            if f.entity_type != "person" and _AFFILIATION.search(text, max(0, f.start - 10), f.start) \
                    and _NAME_WORD.search(text, speech.end, f.start):
                break  # "said geologist Rosaly Lopes of NASA": the organization employs a speaker we did not find
            after = f
            break
    role = _ROLE.search(text, max(0, speech.start - 40), speech.start)
    if role and role.group("role").lower() in title_words():
        return "the " + role.group("role").lower()  # "the governor said": the person named with that title
    if _organization_subject().search(text, max(0, speech.start - 60), speech.start):
        return "organization"  # "the company said", "a company spokesperson told": the organization named before
    pronoun = _PRONOUN.search(text[max(0, speech.start - 40):speech.start])
    if pronoun:
        if speech.verb.endswith("+") and after:
            speech.listener = after.entity_id  # "he told Cook": he is not Cook
        return pronoun.group("pronoun").lower()
    if not speech.verb.endswith("+"):  # "told Benioff": the name after is the listener
        pronoun = _PRONOUN_AFTER.match(text, speech.end)
        if pronoun:
            return pronoun.group("pronoun").lower()  # "..., replied she"
        if after:
            return after
    # a long apposition between the subject and its verb ("Dylan Nelson, a fellow at ..., Germany, and co-author
    # of the study, said"): the first person before the verb in its sentence, else the first organization;
    # looked for within _NEAR of the verb so that each verb costs the names near it. An apposition ends in a
    # comma; a noun just before the verb is its subject ("44 percent of Americans say"), no name farther back
    if not _APPOSITION_END.search(text, max(0, speech.start - 4), speech.start):
        return None
    first = None
    for j in range(_first_from(outside, max(sentence_start, speech.start - _NEAR)), len(outside)):
        f = outside[j]
        if f.end > speech.start:
            break
        if f.entity_type == "person":
            return f
        first = first or f
    return first


def _first_from(facts: list[Fact], offset: int) -> int:
    """The index of the first fact starting at or after offset (facts in text order)."""
    lo, hi = 0, len(facts)
    while lo < hi:
        mid = (lo + hi) // 2
        if facts[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _is_speech(text: str, verbs_near: bool, opens_sentence: bool, tagged: bool = False) -> bool:
    """Are these words in quotation marks speech? `tagged`: an attribution follows them ("“Wow,” he said")."""
    words = text.split()
    if len(words) < 2 and not (_SENTENCE_END.search(text) and opens_sentence) and not tagged:
        return False  # one word in quotes is a term being marked ("the use of “We.”"), unless a sentence of its own
    if len(words) < _MIN_WORDS and not (tagged or opens_sentence or _SENTENCE_END.search(text)) \
            and all(w[0].isupper() for w in words if w[0].isalpha()):
        return False  # a short run of capitalized words inside a sentence is a name: Detroit's "Big Three"
    if verbs_near:
        return True
    if len(words) < _MIN_WORDS and not _SENTENCE_END.search(text):
        return False  # a term or scare quote: "oxygen bar", so-called "reforms"
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in long_words)
    if len(long_words) >= 2 and len(words) <= _TITLE_WORDS and capitals >= _TITLE_SHARE * len(long_words):
        return False  # a title: most words capitalized ("Takin’ It to the Streets")
    return True


def _resolve(found: Fact | str | None, speakers: Speakers, p: Paragraph, speech: _Speech) -> Fact | None:
    if found == "they":
        return None  # a group ("the family", "officials"): no one person the text names
    if isinstance(found, str) and found.startswith("surname "):
        return speakers.by_surname(found[8:], p, speech.start)
    if found == "organization":
        return speakers.last_organization(p, speech.start)
    if isinstance(found, str) and found.startswith("the "):
        return speakers.titled_as(found[4:], p, speech.start)
    if isinstance(found, str):
        return speakers.last(p, speech.start, speech.listener, found)
    return found


def _paragraph_quotes(ctx: Context, p: Paragraph, names_by_paragraph: dict[str, list[Fact]], speakers: Speakers,
                      previous: Fact | None) -> tuple[list[Fact], Fact | None]:
    text = p.text
    spans = []
    ends: dict[int, int] = {}
    for start, end in quotations(text):
        closed = end
        inner = text[start:end]
        end -= len(inner) - len(inner.rstrip(" ,.;:"))  # the comma before ", he said"
        start += len(inner) - len(inner.lstrip())
        if end > start:
            spans.append((start, end))
            ends[start] = closed  # where the marks close: "Please." ends a sentence though the stop is cut
    names = [f for f in names_by_paragraph.get(p.paragraph_id, ()) if f.entity_type in _SPEAKERS]
    verbs = _verbs(text, [(s - 1, e + 1) for s, e in spans])
    quoted = SpanSet(len(text) + 1)
    for s, e in spans:
        quoted.add(s, e)
    outside = sorted((f for f in names if not quoted.overlaps(f.start, f.start + 1)), key=lambda f: f.start)
    paragraph_speaker = None
    for v in verbs:
        sentence = ctx.sentence_at(p.paragraph_id, v.start)
        subject = _subject(v, text, outside, sentence.start if sentence else 0, speakers.surnamed)
        v.said = subject is not None
        found = _resolve(subject, speakers, p, v)
        v.speaker = found
        paragraph_speaker = paragraph_speaker or found
    if not spans:
        return [], None
    facts = []
    last = None
    verb_starts = [v.start for v in verbs]
    said_up_to = [0]  # how many of the verbs before each have a subject: a sentence's count is one subtraction
    for v in verbs:
        said_up_to.append(said_up_to[-1] + v.said)
    speaking = _with_speakers(verbs)
    for start, end in spans:
        sentence = ctx.sentence_at(p.paragraph_id, start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (0, len(text))
        # a verb in the sentence with someone saying it ("key states like Ohio": a noun, no subject)
        near = said_up_to[bisect.bisect_left(verb_starts, s_end)] > said_up_to[bisect.bisect_left(verb_starts, s_start)]
        before = _last_visible(text, start - 1)
        opens = before < 0 or text[before] in ".!?”\"’"
        inner = text[start:ends[start]].strip()
        tagged = inner.endswith((",", "!", "?")) and _tagged(text, ends[start], verbs, verb_starts)
        if not _is_speech(inner, near, opens, tagged):
            continue
        speaker = _nearest_speaker(verbs, verb_starts, speaking, (start, end), (s_start, s_end))
        if speaker is None and paragraph_speaker is not None:
            speaker = paragraph_speaker
        if speaker is None and start <= 1 and not verbs:
            speaker = previous  # the quote runs on from the paragraph before
        if speaker is None and not near:
            first = _first_from(outside, s_start)
            speaker = outside[first] if first < len(outside) and outside[first].start < s_end else None
        if speaker is not None:
            last = speaker
        facts.append(make_fact(ctx, p, "quote", start, end, text[start:end].strip(),
                               entity_id=speaker.entity_id if speaker else None,
                               entity_type=speaker.entity_type if speaker else None))
    return facts, last or (previous if facts and spans[0][0] <= 1 else None)


def _with_speakers(verbs: list[_Speech]) -> tuple[list[int], list[int]]:
    """For each verb, the index of the last verb up to it and of the first from it that has a speaker (-1: none)."""
    last, first = [-1] * len(verbs), [-1] * len(verbs)
    seen = -1
    for i, v in enumerate(verbs):
        seen = i if v.speaker else seen
        last[i] = seen
    seen = -1
    for i in range(len(verbs) - 1, -1, -1):
        seen = i if verbs[i].speaker else seen
        first[i] = seen
    return last, first


def _nearest_speaker(verbs: list[_Speech], verb_starts: list[int], speaking: tuple[list[int], list[int]],
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


def _tagged(text: str, closed: int, verbs: list[_Speech], verb_starts: list[int]) -> bool:
    """Does an attribution follow the quotation closing at `closed`: a verb of speech after at most a
    name or pronoun ("“Wow,” he whispers", "“No!” said Ruiz")?"""
    k = bisect.bisect_left(verb_starts, closed)
    return k < len(verbs) and bool(_TAG_GAP.fullmatch(text, closed + 1, verbs[k].start))


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
    for p in ctx.paragraphs:
        found, previous = _paragraph_quotes(ctx, p, names_by_paragraph, speakers, previous)
        facts.extend(found)
    return facts
