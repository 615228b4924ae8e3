"""The tense of the clause around a date without a year, in languages other than English: does it speak of the
future or of the past?

Enters: a paragraph's text, the date's start and end in it and the document's language (ISO 639-1). Leaves: a
yes or no. Why it works: a future word ("wird", "sarà") or a future ending ("riporterà", "llegarán") and the past
endings of languages that mark the tense on the verb alone (Slavic "-ла", "-ł", Portuguese "-aram", Spanish
"-ó") stand in the date's clause, before it or, where the date opens its sentence, after it. Where the language
makes its past with words (German, French, Italian, Spanish), a past form alone ("wurde", "était") or the perfect
("hat ... beschlossen", "a annoncé", "ha detto") in the date's own clause, bounded by punctuation and by the words
that open a subordinate clause, says it is past (`in_past_clause`). The words are in `data/date_languages.json`
(`future_markers`, `future_endings`, `future_before`, `past_endings`, `verb_final`, `past_words`,
`perfect_auxiliaries`, `participle_endings`, `clause_openers` and the rest its comment lists).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from ..date_text import WORD_END as _E
from ..date_text import WORD_START as _B
from ..date_text import either_apostrophe
from .date_language_words import words_of
from .speech_gaps import auxiliary_words


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


# a sentence's end: a stop, not the one after a day's number ("vom 25. September bis 2. Oktober"), which German and
# the Nordic languages write as an ordinal's mark, nor a decimal or abbreviation's stop that no space follows
_SENTENCE_END = re.compile(r"(?<!(?<![\d.])\d)(?<!(?<![\d.])\d\d)[.;!?](?:\s|$)")


def _clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 80):start]
    return _SENTENCE_END.split(before)[-1]


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
def _past_words(language: str) -> re.Pattern[str] | None:
    """A form that is a past tense alone ("wurde", "était", "aveva", "fue"), in lower case."""
    words = words_of(language).get("past_words")
    return re.compile(rf"{_B}(?:{alternation(words)}){_E}") if words else None


@cache
def _perfect(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(the perfect's auxiliary, its participle) of the language: the participle after the auxiliary, adverbs
    between ("a également annoncé", "ha poi detto"), or where the language closes the clause with it
    (`participle_last`, German) a participle of its shape alone ("beschlossen", "angekündigt", "informiert"), which
    `_perfect_clause` looks for at the clause's end."""
    w = words_of(language)
    if not w.get("perfect_auxiliaries"):
        return None
    auxiliary = rf"{_B}(?:{alternation(w['perfect_auxiliaries'])}){_E}"
    endings = alternation(w["participle_endings"])
    lower = r"[^\W\d_A-ZÀ-Þ]"
    if w.get("participle_last"):
        separable = alternation(w["separable_prefixes"])
        shaped = rf"(?:(?:{separable})?ge|{alternation(w['participle_prefixes'])}){lower}{{2,}}(?:{endings})"
        bare = rf"{lower}{{2,}}(?:{alternation(w['participle_bare_endings'])})"
        return re.compile(auxiliary), re.compile(rf"^(?:{shaped}|{bare})$")
    adverb = rf"(?:{auxiliary_words()}|{lower}+(?:{alternation(w['adverb_endings'])}))" if w.get("adverb_endings") \
        else auxiliary_words()
    # a word with a participle's ending that is none: 'have' with its object or an adverb ("a lieu", "ha senso")
    none = rf"(?!(?i:{either_apostrophe(alternation(w['not_participles']))}){_E})" if w.get("not_participles") else ""
    return re.compile(rf"{auxiliary}(?:\s+{adverb}){{0,2}}\s+{none}{lower}+(?:{endings}){_E}"), re.compile(r"(?!)")


@cache
def _clause_bounds(language: str) -> re.Pattern[str]:
    """What closes a clause: punctuation, or a word that opens a subordinate clause (`clause_openers`: "dass",
    "qu’", "che", "que")."""
    openers = words_of(language).get("clause_openers")
    words = rf"|{_B}(?i:{either_apostrophe(alternation(openers, flexible_spaces=True))})(?:{_E}|(?<=’))" if openers else ""
    return re.compile(rf"[,;:.!?()\"„“”«»]{words}")


def _own_clause(text: str, start: int, end: int, language: str) -> str:
    """The date's own clause, the date left out: from the last bound before it to the first after it."""
    bounds = _clause_bounds(language)
    before = text[max(0, start - 120):start]
    opened = list(bounds.finditer(before))
    own = before[opened[-1].end():] if opened else before
    after = text[end:end + 120]
    # a comma right after a date that opens its clause, its preposition at most before it, ends the date, not the
    # clause ("En décembre, le gouvernement a annoncé"), as English "In March, prices rose"
    comma = re.match(r"\s*,", after)
    closed = bounds.search(after, comma.end() if comma and len(own.split()) <= _OPENING_WORDS else 0)
    return f"{own} {after[:closed.start()] if closed else after}"


_OPENING_WORDS = 3  # "Im", "A fine", "Au début de", "À partir de": the words before a date that opens its clause


def _perfect_clause(clause: str, language: str) -> bool:
    """Does the clause hold a perfect: its auxiliary and participle? Where the participle closes the clause
    (German), it is the clause's last word, or the word before its auxiliary where that closes a subordinate
    clause ("..., die im März eröffnet hat"); a "zu" before it makes it an infinitive ("hat im März zu
    entscheiden")."""
    perfect = _perfect(language)
    if perfect is None:
        return False
    auxiliary, participle = perfect
    if not words_of(language).get("participle_last"):
        return bool(auxiliary.search(clause))
    words = re.findall(r"[^\W\d_]+", clause)
    if len(words) >= 2 and auxiliary.fullmatch(words[-1]):
        words = words[:-1]
    elif not any(auxiliary.fullmatch(word) for word in words):
        return False
    return len(words) >= 2 and words[-2] != "zu" and bool(participle.match(words[-1]))


def in_past_clause(text: str, start: int, end: int, language: str) -> bool:
    """Is the date's own clause in a past tense made with words: a past form alone ("wurde im März eröffnet",
    "était en mars") or the perfect ("hat im März beschlossen", "a annoncé en mars", "ha detto a marzo")? The clause
    is bounded by punctuation and by the words that open a subordinate clause, so the main clause's past does not
    reach a date of the clause it reports ("a annoncé qu’en mars les prix augmenteront"). A date right after a word
    that opens a span ahead ("ab", "à partir de": `future_before`) is not placed by the past that set the span, as
    English "were put in place through April 30" (`date_tense`)."""
    opening = _future_opening(language)
    if opening is not None and opening.search(text, max(0, start - 40), start):
        return False  # "war für die Woche ab dem 19. April vorgesehen": the past set the span, which runs ahead
    clause = _own_clause(text, start, end, language)
    past = _past_words(language)
    return bool(past is not None and past.search(clause)) or _perfect_clause(clause, language)


@cache
def _past(language: str) -> re.Pattern[str] | None:
    """A verb in the past tense, where the language marks it with an ending alone ("zbankrutowała", "обанкротилась",
    "decretaram", "quebró"), on a lower-case word with two letters at least before the ending."""
    endings = words_of(language).get("past_endings")
    return re.compile(rf"{_B}[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]{{2,}}(?:{alternation(endings)}){_E}") if endings else None


_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)\s+$")


def _past_verb(clause: str, language: str) -> bool:
    """Does a word with a past ending stand in the clause where a verb can? Not after a preposition or an adjective
    in an oblique case, which a noun follows ("для канала", "нового канала", "w tej chwili": `past_not_after`)."""
    past = _past(language)
    if past is None:
        return False
    w = words_of(language)
    prepositions, endings = frozenset(w.get("past_not_after", ())), tuple(w.get("past_not_after_endings", ()))
    for m in past.finditer(clause):
        before = _WORD_BEFORE.search(clause, 0, m.start())
        word = before.group(1).lower() if before else ""
        # an ending on a longer word: "ей" alone is a pronoun ("ей позвонили"), "нового" an adjective
        if word not in prepositions and not any(word.endswith(e) and len(word) > len(e) for e in endings):
            return True
    return False


def is_past(text: str, start: int, end: int, language: str) -> bool:
    """Does a past verb stand in the date's clause, before it or after it in its sentence: one marked by its
    ending alone (`past_endings`), or a past made with words (`in_past_clause`)?"""
    if in_past_clause(text, start, end, language):
        return True
    return _past_verb(_clause_before(text, start), language) or \
        _past_verb(re.split(r"[.;!?]", text[end:end + 80])[0], language)
