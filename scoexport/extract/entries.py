"""Live-blog and news-ticker entries: a time line, a headline, a body ("16:23" / "Oms: “...”" / the report).

A live blog posts its news as entries, each opened by the time it was posted, then a short headline that sums up
the body under it. A headline that quotes someone without naming them ("Ambasciatore Israele: “...”", "Mosca:
“...”") quotes the one the body quotes: the headline's words are the body's first quote, shortened. So a headline
quote with no speaker of its own takes the speaker of the body's first quote, where that one has a speaker; the
body's later speakers are not its (the entry's first words are those the headline sums up).

A pull-quote, a standfirst or a heading that repeats words the body quotes (the same words, or a run of them) is the
same speech: a quote with no speaker whose words another quote of the document holds, or holds its words, takes that
quote's speaker, where every such quote that has one has the same (`repeated_speakers`).

A heading that is only a quote whose words the body writes without marks (`heading_echoes`) is no one else's speech:
in an interview, whose answers stand unmarked after questions, the words are an answer's, the person the interview
labels as answering ("Felix Stalder: ..."); elsewhere they are the writer's own, set as a subhead in marks, and no
quote.

Enters: a document's paragraphs in order and its quote facts; leaves: the quote facts with those speakers filled.
"""
from __future__ import annotations

import dataclasses
import itertools
import re

from ..records import Fact, Paragraph

# a line holding only the time of an entry: "16:23", "9.05", "14h30", "10:15 Uhr", "3:40 pm"
_TIME_LINE = re.compile(r"(?i)\s*\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?\s*")
# a quote a headline sets after a label ("Mosca: “...”", "Israele, “...”"); one inside the headline's own sentence
# ("Blinken torna in Medio Oriente per “...”") is its subject's, whom the body need not quote first
_LABELLED = re.compile(r"[:,]\s*[“\"«„‘']?$")
_HEADLINE_WORDS = 30  # a headline is short
_SENTENCE_END = re.compile(r"[.!?…]\s*$")  # a headline ends without a stop (or with the quote it holds)
_WORDS = re.compile(r"\w+")
_REPEATED_WORDS = 3  # a shorter run of words is a phrase anyone may use ("per la pace"), not a repetition
_MARKS = "“”\"«»„‘’'‹›"
_LABEL = re.compile(r"\s*:\s")  # after a name that opens a paragraph: an interview's turn ("Felix Stalder: ...")
_ASKED = 2  # questions answered in the next paragraph that make a text an interview (one may be rhetorical)


def _entries(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, list[Paragraph]]]:
    """Each entry's headline and the body paragraphs after it, up to the next time line or heading."""
    found = []
    for i, p in enumerate(paragraphs[:-1]):
        head = paragraphs[i + 1]
        if not _TIME_LINE.fullmatch(p.text) or head.kind not in ("body", "heading") \
                or len(head.text.split()) > _HEADLINE_WORDS or _SENTENCE_END.search(head.text):
            continue
        body = []
        for q in paragraphs[i + 2:]:
            if _TIME_LINE.fullmatch(q.text) or q.kind == "heading":
                break
            if q.kind == "body":
                body.append(q)
        found.append((head, body))
    return found


def headline_speakers(paragraphs: list[Paragraph], facts: list[Fact]) -> list[Fact]:
    """The quote facts, a headline's quotes without a speaker given that of their entry body's first quote."""
    by_paragraph: dict[str, list[int]] = {}
    for k, f in enumerate(facts):
        by_paragraph.setdefault(f.paragraph_id, []).append(k)
    facts = list(facts)
    for head, body in _entries(paragraphs):
        unnamed = [k for k in by_paragraph.get(head.paragraph_id, ())
                   if facts[k].entity_id is None and _LABELLED.search(head.text, 0, facts[k].start)]
        first = next((facts[by_paragraph[q.paragraph_id][0]] for q in body if q.paragraph_id in by_paragraph), None)
        if not unnamed or first is None or first.entity_id is None:
            continue
        for k in unnamed:
            facts[k] = dataclasses.replace(facts[k], entity_id=first.entity_id, entity_type=first.entity_type)
    return facts


def repeated_speakers(facts: list[Fact]) -> list[Fact]:
    """The quote facts, one without a speaker given the speaker of the quotes that repeat its words or whose words it
    repeats, where those agree on one. A quote inside another (a block quotation quoting someone in marks) is no
    repeat: the quoted source is not the one who quotes it."""
    words = [_words(f.text) for f in facts]
    spoken = [k for k, f in enumerate(facts) if f.entity_id is not None]
    found = list(facts)
    for k, f in enumerate(facts):
        if f.entity_id is not None or len(words[k].split()) < _REPEATED_WORDS:
            continue
        same = {(facts[j].entity_id, facts[j].entity_type) for j in spoken
                if (words[k] in words[j] or words[j] in words[k]) and not _nested(f, facts[j])}
        if len(same) == 1:
            entity_id, entity_type = same.pop()
            found[k] = dataclasses.replace(f, entity_id=entity_id, entity_type=entity_type)
    return found


def _nested(a: Fact, b: Fact) -> bool:
    """Do two quotes of one paragraph overlap (one quoted inside the other)?"""
    return a.paragraph_id == b.paragraph_id and a.start < b.end and b.start < a.end


def _words(text: str) -> str:
    """The text's words case-folded, one space apart and one at either end: one run of words holds another as a
    substring only at word boundaries."""
    return " " + " ".join(w.casefold() for w in _WORDS.findall(text)) + " "


def heading_echoes(paragraphs: list[Paragraph], facts: list[Fact], names: list[Fact]) -> list[Fact]:
    """The quote facts, a heading's quote with no speaker whose words a body paragraph holds outside its quotes given
    the interviewee where the document is an interview that labels one answering, dropped where it is no interview.
    `names` are the document's entities (a person's name that opens a paragraph before a colon labels a turn)."""
    body = [p for p in paragraphs if p.kind == "body"]
    asked = sum(1 for p, q in itertools.pairwise(body) if p.text.rstrip().endswith("?") and not q.text.rstrip().endswith("?"))
    texts = {p.paragraph_id: p.text for p in body}
    answering = {(f.entity_id, f.entity_type) for f in names if f.start == 0 and f.entity_type == "person"
                 and f.paragraph_id in texts and _LABEL.match(texts[f.paragraph_id], f.end)
                 and not texts[f.paragraph_id].rstrip().endswith("?")}
    heads = {p.paragraph_id: p.text for p in paragraphs if p.kind == "heading"}
    quoted: dict[str, list[str]] = {}
    for f in facts:
        quoted.setdefault(f.paragraph_id, []).append(_words(f.text))
    found = []
    for f in facts:
        words = _words(f.text)
        if f.entity_id is not None or f.paragraph_id not in heads or len(words.split()) < _REPEATED_WORDS \
                or heads[f.paragraph_id].strip(_MARKS + " .!?") != f.text.strip(_MARKS + " .!?"):
            found.append(f)
            continue
        echoed = [p for p in body if words in _words(p.text) and not any(words in q for q in quoted.get(p.paragraph_id, ()))]
        if not echoed or (asked >= _ASKED and len(answering) != 1):
            found.append(f)
        elif asked >= _ASKED:
            entity_id, entity_type = next(iter(answering))
            found.append(dataclasses.replace(f, entity_id=entity_id, entity_type=entity_type))
    return found
