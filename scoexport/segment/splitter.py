"""The sentence splitter: one compiled regex proposes boundaries, a few checks veto them.

Enters: a paragraph's text. Leaves: (start, end) spans of its sentences.

Candidates are terminal punctuation (with any closing quotes or brackets) followed by space and
something that can open a sentence (a capital, an opening quote or bracket), list bullets, and
enumerated items ("1.", "2)", "b.") where a list has begun. The checks read only the word before
the stop and the word after it, so the cost stays one regex scan plus a set lookup per stop:
- an abbreviation that stands before what it qualifies ("Mr.", "Gen.", "e.g.", "No.") never ends
  a sentence (data/abbreviations.txt);
- an abbreviation that may stand last ("Acme Inc.", "the U.S.", "5 p.m.", "Jan."; any "X.Y."
  shape) and an initial ("Albert I. Jones") end one only when a word that opens sentences follows
  ("The", "He", "But": data/sentence_openers.txt): "the U.S. Army" goes on, "in the U.S. How about
  you?" does not;
- an ellipsis ("...", "…") before a capital ends one, in any language; three spaced dots
  (". . .") mark words left out inside a sentence, and a fourth is the full stop;
- "a.m." and "p.m." end one unless the day, a time zone or a titled name follows ("at 9 p.m.
  Tuesday", "8 p.m. EST", "at 6 a.m. Mrs. Ode opened");
- an enumerator's own stop ("1. The first item") and dots in "[...]" end nothing;
- a full stop before a numeral ends nothing, as before: edited prose does not open a sentence
  with digits, while "approx. 5", "Art. 12" or "ca. 30" are common and no list is complete.
Decimals, versions, URLs and e-mail addresses hold no space after their dots, so they never
propose a boundary.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from functools import cache

from ..data import word_set
from ..date_text import month_numbers
from ..text import SUPERSCRIPT_DIGITS, matches_at

# a footnote's raised mark ("said.¹") follows the stop and its closing quotes (`parse/pdf/runs.py`, `clean/footnotes.py`)
# German sets its quotation marks low-high („...“, ‚...‘) or as reversed guillemets (»...«): “ ‘ « close a sentence's
# words there, „ ‚ » open them
_END = (rf"([.!?…]+)([\"'”’“‘)\]»«]*[{SUPERSCRIPT_DIGITS}]*)\s+"
        r"(?=[\"'“‘(\[«„‚»]?[A-ZÀ-ÖØ-ÞΑ-ΩА-Я]|(?:\d{1,2}|[a-z])(?:\.\)|\)|\.)\s+[A-Z])")  # end of a sentence
_ITEM = r"()()\s+(?=[•▪◦‣●⁃]?\s?(?:\d{1,2}|[a-z])(?:\.\)|\)|\.)\s+[A-Z])"  # an enumerated item
_BULLET = r"()()\s+(?=[•▪◦‣●⁃])"  # a list bullet opens a new item
_BOUNDARY = re.compile(rf"{_END}|{_BULLET}")
# in a list (the paragraph opens with an enumerator, or one follows a colon) items need no stop before
_LIST_BOUNDARY = re.compile(rf"{_END}|{_ITEM}|{_BULLET}")
_COLON_LIST = re.compile(r":\s+(?:\d{1,2}|[a-z])(?:\.\)|\)|\.)\s+[A-Z]")
_WORD_AFTER = re.compile(r"[\"'“‘(\[«„‚»]|[A-Za-z]+")
_INITIAL = re.compile(r"[A-Z]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # U.S, a.m, U.S.A: the last stop is the candidate
_ENUMERATOR = re.compile(r"[•▪◦‣●⁃]?\s?(?:\d{1,2}|[a-z])[.)]")
_LIST_START = re.compile(r"\s*[•▪◦‣●⁃]?\s?(?:\d{1,2}|[a-z])(?:\.\)|\)|\.)\s")
_BULLETS = "•▪◦‣●⁃"
_STOPS = re.compile(r"[.!?…]+")


@cache
def _never_final() -> frozenset[str]:
    return word_set("abbreviations.txt", lower=True)


@cache
def _maybe_final() -> frozenset[str]:
    return word_set("abbreviations_end.txt", lower=True)


@cache
def _openers() -> frozenset[str]:
    return word_set("sentence_openers.txt", lower=True)


def _opens_sentence(text: str, pos: int) -> bool:
    """Does the word at `pos` open sentences far more often than it continues a name?"""
    m = _WORD_AFTER.match(text, pos)
    return bool(m) and (not m.group().isalpha() or m.group().lower() in _openers())


def _word_before(text: str, dot: int) -> str:
    """The run of non-space characters just before `dot` (within 40 characters; before a final line break, as
    a "$" reads the end), its opening brackets and quotes stripped; "" after a space."""
    before = text[max(0, dot - 40):dot]
    if before.endswith("\n"):
        before = before[:-1]
    return before.rsplit(None, 1)[-1].lstrip("(\"'“‘[") if before and not before[-1].isspace() else ""


def _is_boundary(text: str, m: re.Match[str], start: int) -> bool:
    """Does the punctuation of candidate `m` end the sentence that began at `start`?"""
    punct, dot, after = m.group(1), m.start(1), m.end()
    if punct.startswith("…") or punct.startswith("..."):
        if dot and text[dot - 1] == "[":
            return False  # "[...]" marks words left out of a quotation
        return True
    if punct != ".":
        return True
    if text[dot - 4:dot] == ". . ":  # a spaced ellipsis: three dots leave words out, a fourth ends the sentence
        return text[dot - 6:dot - 4] == ". "
    word = _word_before(text, dot)
    if not word:
        return True
    if _ENUMERATOR.fullmatch(text[start:dot + 1].strip()):
        return False  # "1. The first item": the stop belongs to the enumerator
    if m.group(2):
        return True
    low = word.lower()
    if low in _never_final():
        return False
    if low in ("a.m", "p.m"):
        return not _continues_time(text, after)
    if low in _maybe_final() or _DOTTED.fullmatch(word) or _INITIAL.fullmatch(word):
        return _opens_sentence(text, after)
    return True


def _continues_time(text: str, pos: int) -> bool:
    """After "a.m."/"p.m." a sentence goes on with the day ("Tuesday", "Jan. 4"), a time zone
    ("EST") or a titled name ("Mrs. Ode"); any other capital opens the next sentence."""
    m = _WORD_AFTER.match(text, pos)
    if not m or not m.group().isalpha():
        return False
    word = m.group()
    return (word.lower() in _day_words() or (word.isupper() and len(word) <= 4)
            or (word.lower() in _never_final() and text[m.end():m.end() + 1] == "."))


@cache
def _day_words() -> frozenset[str]:
    return frozenset(calendar.day_name[i].lower() for i in range(7)) | frozenset(month_numbers())


def _candidates(text: str, is_list: bool) -> Iterable[re.Match[str]]:
    """The boundary pattern's matches. It opens with a group, for which the regex engine has no fast scan and
    tries it at every character; with no list and no bullet only a run of stops can open a match (as at its
    first stop: the run's later stops are followed by the same marks), so it is tried at those runs only."""
    if is_list or any(b in text for b in _BULLETS):
        return (_LIST_BOUNDARY if is_list else _BOUNDARY).finditer(text)
    return matches_at(_BOUNDARY, text, [m.start() for m in _STOPS.finditer(text)])


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, surrounding space excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    is_list = bool(_LIST_START.match(text)) or (":" in text and _COLON_LIST.search(text) is not None)
    for m in _candidates(text, is_list):
        if m.group(1) is not None:
            if not _is_boundary(text, m, start):
                continue
            end = m.end(2)
        else:
            end = m.start()
        if not text[start:end].strip(_BULLETS + " "):
            continue  # nothing but a bullet before: the item goes on
        spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def split_sentences(text: str) -> list[str]:
    """Split a paragraph's text into sentences."""
    return [text[s:e] for s, e in sentence_spans(text)]
