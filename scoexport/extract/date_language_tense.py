"""The tense of the clause around a date without a year, in languages other than English: does it speak of the
future or of the past?

Enters: a paragraph's text, the date's start and end in it and the document's language (ISO 639-1). Leaves: a
yes or no. Why it works: a future word ("wird", "sarà") or a future ending ("riporterà", "llegarán") and the past
endings of languages that mark the tense on the verb alone (Slavic "-ла", "-ł", Portuguese "-aram", Spanish
"-ó") stand in the date's clause, before it or, where the date opens its sentence, after it. The words are in
`data/date_languages.json` (`future_markers`, `future_endings`, `future_before`, `past_endings`, `verb_final`).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from .date_language_words import words_of


@cache
def _future(language: str) -> re.Pattern[str] | None:
    """A future word of the language ("wird", "sarà") or a verb in its future tense ("riporterà", "llegarán"):
    Romance languages make the tense with an ending, so the verbs need no list; two letters at least stand
    before the ending and the word is in lower case, so neither "front" nor a name ("Vera") is read."""
    w = words_of(language)
    ways = [rf"(?i:{alternation(w['future_markers'], flexible_spaces=True)})"] if w["future_markers"] else []
    if w.get("future_endings"):
        ways.append(rf"[^\W\d_A-ZÀ-Þ]{{2,}}(?:{alternation(w['future_endings'])})")
    return re.compile(rf"{_B}(?:{'|'.join(ways)}){_E}") if ways else None


@cache
def _future_opening(language: str) -> re.Pattern[str] | None:
    """A word that marks the future only right before the date, a lower-case word at most between ("ab Montag",
    "ab kommendem Montag"); elsewhere in the clause German "ab" is a verb's particle ("Er lehnte das Angebot ab
    und reiste am Montag", "hängt ... vom Wetter ab")."""
    words = words_of(language).get("future_before")
    return re.compile(rf"(?i:{_B}(?:{alternation(words)}))\s+(?:[^\W\d_A-ZÀ-Þ]+\s+)?$") if words else None


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 80):start]
    return re.split(r"[.;!?]\s", before)[-1]


def _closes_clause(before: str, m: re.Match[str], endings: list[str]) -> bool:
    """Does the future word `m` close a clause of its own, where the language puts a subordinate clause's verb
    last (`verb_final`: the endings of the infinitive or participle that then stands right before it)? "Ob sie
    noch in diesem Jahr abheben wird, hängt laut der am Montag veröffentlichten Pressemitteilung ab": "wird" is
    the first clause's verb, not the date's. A main clause's auxiliary before an aside keeps its date: "Der
    Minister wird, wie das Ministerium mitteilte, am Montag nach Kiew reisen"."""
    if not endings or not re.match(r"\s*,", before[m.end():]):
        return False
    verb = re.search(r"([^\W\d_]+)\s+$", before[:m.start()])
    return bool(verb) and verb.group(1).islower() and verb.group(1).endswith(tuple(endings))


def is_future(text: str, start: int, end: int, language: str) -> bool:
    """Does a future word of the language stand in the clause, before the date or after it in its sentence (a
    date that opens its sentence finds its verb after a subject: "Da giovedì la rimonta dell'alta pressione
    riporterà il bel tempo")?"""
    future, opening = _future(language), _future_opening(language)
    if future is None:
        return False
    before, endings = _clause_before(text, start), words_of(language).get("verb_final") or []
    if opening is not None and opening.search(before):
        return True
    if any(not _closes_clause(before, m, endings) for m in future.finditer(before)):
        return True
    return bool(future.search(re.split(r"[.;!?]", text[end:end + 80])[0]))


@cache
def _past(language: str) -> re.Pattern[str] | None:
    """A verb in the past tense, where the language marks it with an ending alone ("zbankrutowała", "обанкротилась",
    "decretaram", "quebró"), on a lower-case word with two letters at least before the ending."""
    endings = words_of(language).get("past_endings")
    return re.compile(rf"{_B}[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]{{2,}}(?:{alternation(endings)}){_E}") if endings else None


def is_past(text: str, start: int, end: int, language: str) -> bool:
    """Does a past verb stand in the date's clause, before it or after it in its sentence?"""
    past = _past(language)
    if past is None:
        return False
    return bool(past.search(_clause_before(text, start)) or past.search(re.split(r"[.;!?]", text[end:end + 80])[0]))
