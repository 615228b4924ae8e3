"""Attributions set inside a quotation between dashes: “L'Italia lavora per la pace - ha affermato Tajani - e
continuerà a farlo”. Italian, Spanish, French and Portuguese news break a speaker's words so (English between
em dashes: “We will — she said — win”); the words on either side are two quotes of one speaker, and the clause
between the dashes is not speech but its attribution. French sets an inverted verb with its subject pronoun between
commas so (“Nous partirons, explique-t-elle, dès demain”).

Enters: a paragraph's text, its quoted spans and the document's language; leaves: the spans cut at each such clause,
and for each piece after or before one, the clause's span (whose verb of speech names the speaker). A clause is an
attribution where a verb of speech stands among its first three words ("ha affermato Tajani", "dice il portavoce",
"she said"): a dash inside speech that holds no verb of speech is the speaker's own ("A - B - C").
"""
from __future__ import annotations

import re

from .speech_verbs import speech_verbs_in

# a dash with a space on both sides (a hyphen joins words), the clause, and the closing dash before a space or a stop
# (spaces and the clause hold no dash or quotation mark, so the closing dash is the first dash after the opening: the
# look ahead asks for it first, once; without it a dash followed by a long run of spaces and no closing dash tried
# every split of the run between the spaces, the clause and the spaces after it)
_DASHED = re.compile(r"\s[-–—](?=[^-–—“”\"«»]*[-–—](?:[\s.,;:]|$))\s+(?P<clause>[^-–—“”\"«»\n]{2,160}?)\s*[-–—]"
                     r"(?=[\s.,;:]|$)")
# or an inverted verb with its subject pronoun joined to it, between commas (French: "« Nous partirons, explique-t-elle,
# dès demain. »"), the stop after it ending the first sentence ("..., écrit-elle. Ces scènes ...")
_INCISE = re.compile(r",\s+(?P<clause>[^\W\d_]+-(?:t-)?[^\W\d_]+)\s*[,.]")
_LEAD_WORDS = 2  # words that may stand before the clause's verb: an auxiliary, a pronoun ("ha detto", "she said")
_CUT_AT_END = " ,.;:"  # the comma before ", he said", the stop a tag moves out of the marks


def trimmed(text: str, start: int, end: int, lead: str = "") -> tuple[int, int]:
    """A quote's span from `start` to `end` without the spaces inside its marks (French sets one: "« Oui »") and the
    comma or stop at its end ("“We will,” she said": the comma belongs to the tag); `lead`: more characters cut at
    its start (the stop after "- ha aggiunto -. Alcuni ..." closes the clause, not the words after it)."""
    while start < end and (text[start].isspace() or text[start] in lead):
        start += 1
    while end > start and text[end - 1] in _CUT_AT_END:
        end -= 1
    return start, end


def _attribution(clause: str, language: str | None) -> tuple[int, int] | None:
    """The span of the verb of speech of an attribution clause in it, or None if the clause is no attribution."""
    verbs = speech_verbs_in(clause, [], language)
    if verbs and len(clause[:verbs[0].start].split()) <= _LEAD_WORDS:
        return verbs[0].start, verbs[0].end
    return None


def split_at_interjections(text: str, spans: list[tuple[int, int]], language: str | None
                           ) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]], set[int]]:
    """The quoted spans cut at each attribution between dashes (each piece `trimmed`); for each piece's start, the
    span of the clause that attributes it; and the starts of the verbs that end their clause ("- ha aggiunto -": no
    subject is written, the one who spoke last goes on)."""
    pieces: list[tuple[int, int]] = []
    clause_of: dict[int, tuple[int, int]] = {}
    bare: set[int] = set()
    for start, end in spans:
        at = start
        found = sorted((*_DASHED.finditer(text, start, end), *_INCISE.finditer(text, start, end)), key=lambda m: m.start())
        for m in found:
            if m.start() < at:
                continue  # inside a clause cut already
            verb = _attribution(m.group("clause"), language)
            if verb is None:
                continue
            clause = m.span("clause")
            if not text[clause[0] + verb[1]:clause[1]].strip():
                bare.add(clause[0] + verb[0])
            if text[at:m.start()].strip():
                pieces.append(trimmed(text, at, m.start()))
                clause_of[at] = clause
            at = trimmed(text, m.end(), end, ".,;:")[0]
            clause_of[at] = clause
        pieces.append(trimmed(text, at, end))
    return [p for p in pieces if p[1] > p[0]], clause_of, bare
