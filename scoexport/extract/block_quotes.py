"""Block quotations as quotes: paragraphs a page sets apart as a quotation (HTML's <blockquote>) without marks.

Enters: a document's paragraphs (`Paragraph.quotation`), the persons and organizations found in them, and for each
paragraph the speaker its own verbs of speech give (quotes.py, which knows their subjects). Leaves: a quote fact for
each paragraph of a block quotation that the text gives as someone's words, with that speaker (or none).

Why it works: typography sets a long quotation apart, indented, instead of between quotation marks, and then says
whose it is in one of two places that publishing conventions fix: a citation line that closes it (a name, a work,
a page: "Meier, ZfR 2011, 12 f.", "— The Times", "Video Anna Berg"), or an introduction that ends in a colon right
before it ("As Miller writes:", "Wörtlich meinte Huber in einer Aussendung:", "Ein Zitat aus dem Tagesblatt-Artikel:").
Each paragraph of the quotation is a quote of its own; the citation line, an editor's note in brackets ("(Hervorhebung
durch den Zitierenden)") and an ellipsis marking a cut ("[…]") are not. A block with neither citation nor
introduction is the document's own text set in (Sphinx indents body text so) or a sample (a listing's output): no
quote, nor is an embedded post (its signature names a handle: "— Ann Lee (@annlee) May 2, 2023"). A paragraph that
is a quotation in marks of its own is left to quotes.py, which reads marks.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..data import alternation, load_lines
from ..records import Fact, Paragraph
from ..text import at_most_words
from .base import Context, make_fact
from .marks import CLOSING_MARKS, OPENING_MARKS

_SPEAKERS = ("person", "organization")
_MIN_WORDS = 4  # fewer words than a sentence: a cut ("[…]"), a label, not a paragraph of quoted text
_CITATION_WORDS = 12  # a citation line names author, work and place in a few words; a quoted sentence runs longer
_EDITOR_NOTE = re.compile(r"\s*[(\[].*[)\]]\s*")  # wholly in brackets: the quoting writer's note, not the quoted words
# a quotation in marks of its own: the marks quotes read (`marks.py`), and the straight single one
_MARKED = re.compile(rf"\s*[{OPENING_MARKS}'].*[{CLOSING_MARKS}']\s*[.!?…]?\s*")
_INTRODUCES = re.compile(r":\s*$")  # an introduction ends in a colon, the block is what it announces
# an embedded post's signature: the platform's embed code closes the post with its author's handle ("— Ann Lee
# (@annlee) May 2, 2023"); the post is the article's text (devset README, sixteenth session's ruling), but what it
# shows is the post itself, not words the article quotes: its text without marks is no quote
_HANDLE = re.compile(r"\(@\w+\)")


@cache
def _quotation_noun() -> re.Pattern[str]:
    """A noun for a passage quoted from a work ("a quote from", "ein Zitat aus", "un extrait de":
    data/quotation_nouns.txt): the introduction gives its source rather than a verb of speech."""
    return re.compile(rf"(?i)\b(?:{alternation(load_lines('quotation_nouns.txt'))})\b")


def _citation(p: Paragraph, names: Sequence[Fact]) -> Fact | None:
    """The person or organization a short closing line cites ("Meier, ZfR 2011, 12 f."): its first name."""
    if not at_most_words(p.text, _CITATION_WORDS) or p.text.rstrip().endswith(("?", "!", ":")):
        return None
    return next((f for f in sorted(names, key=lambda f: f.start) if f.entity_type in _SPEAKERS), None)


def _introducer(p: Paragraph, voice: Fact | None, names: Sequence[Fact], ctx: Context) -> tuple[bool, Fact | None]:
    """Does paragraph `p`, right before a block quotation, introduce it, and as whose words? It ends in a colon and
    either has a verb of speech (whose subject, `voice`, quotes.py found, or no one) or a noun for a quoted passage in
    its last sentence, whose source is the last person or organization that sentence names."""
    if p.kind != "body" or p.quotation or not _INTRODUCES.search(p.text):
        return False, None
    if voice is not None:
        return True, voice
    last = ctx.sentence_at(p.paragraph_id, max(0, len(p.text.rstrip()) - 1))
    start = last.start if last is not None else 0
    if not _quotation_noun().search(p.text, start):
        return False, None
    named = [f for f in names if f.entity_type in _SPEAKERS and f.start >= start]
    return True, (max(named, key=lambda f: f.start) if named else None)


def block_quote_facts(ctx: Context, names_by_paragraph: dict[str, list[Fact]],
                      voices: dict[str, Fact | None]) -> list[Fact]:
    """Quotes of the block quotations of a document. `voices`: for paragraphs with a verb of speech, the speaker
    of the last one (None where its subject is no one found)."""
    facts: list[Fact] = []
    paragraphs = ctx.paragraphs
    i = 0
    while i < len(paragraphs):
        if not paragraphs[i].quotation or paragraphs[i].kind != "body":
            i += 1
            continue
        j = i
        while j < len(paragraphs) and paragraphs[j].quotation and paragraphs[j].kind == "body":
            j += 1
        run = paragraphs[i:j]
        facts.extend(_run_quotes(ctx, run, paragraphs[i - 1] if i else None, names_by_paragraph, voices))
        i = j
    return facts


def _run_quotes(ctx: Context, run: list[Paragraph], before: Paragraph | None,
                names_by_paragraph: dict[str, list[Fact]], voices: dict[str, Fact | None]) -> list[Fact]:
    """The quotes of one block quotation (`run`, its paragraphs in order), introduced or not by `before`."""
    if any(at_most_words(p.text, _CITATION_WORDS) and _HANDLE.search(p.text) for p in run):
        return []
    cited = _citation(run[-1], names_by_paragraph.get(run[-1].paragraph_id, ())) if len(run) > 1 else None
    body = run[:-1] if cited is not None else run
    if cited is not None:
        speaker = cited
    elif before is not None:
        introduced, speaker = _introducer(before, voices.get(before.paragraph_id),
                                          names_by_paragraph.get(before.paragraph_id, ()), ctx)
        if not introduced:
            return []
    else:
        return []
    facts = []
    for p in body:
        text = p.text.strip()
        if at_most_words(text, _MIN_WORDS - 1) or _EDITOR_NOTE.fullmatch(text) or _MARKED.fullmatch(text):
            continue
        start = len(p.text) - len(p.text.lstrip())
        facts.append(make_fact(ctx, p, "quote", start, start + len(text), text,
                               entity_id=speaker.entity_id if speaker else None,
                               entity_type=speaker.entity_type if speaker else None))
    return facts
