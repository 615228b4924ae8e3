"""A paragraph's tokens, read once for every rule that looks for names and numerals in it.

Enters a paragraph's text; leaves its `Tokens`: the text lower-cased, the set of its lower-case words, and
where its candidates stand: every word that opens with a capital or a digit, every run of digits, the words in
capitals, the capitalized Cyrillic words. The rules (people, organizations, places, names in capitals, Cyrillic
names, dates, numbers) used to scan the paragraph each with a pattern of their own, most of which open with a
look behind ("no word character before") that denies the regex engine its fast scan for a first character, so
each such scan tried the pattern at every character. Here each kind of candidate is found by one scan that
does get the fast scan (a character class first), and a rule tries its pattern only at the candidates its
first characters allow (`base.matches_at`); tests/test_tokens.py checks each list against the full scan.

Each field is computed when a rule first asks for it and kept with the paragraph (`tokens` is a
`paragraph_memo`, kept here with the memo it is held in): entities, dates and numbers read the same
paragraph a whole document apart. A new kind of candidate is a new field here, and the rules that can start
only there read it.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache, wraps
from typing import Any, TypeVar

# capital letters a name may open with: Latin, and those of the languages that write Latin with marks ("Éric",
# "Łukasz", "Ömer", "Željko"); Latin Extended-A mixes capitals and small letters, so its capitals are listed
CAPITALS = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĠĢĤĦĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŦŪŬŮŰŲŴŶŸŹŻŽ"
_CAPITAL_OR_DIGIT = re.compile(rf"[{CAPITALS}0-9]\w*")
_DIGIT_RUN = re.compile(r"\d+")
_LOWER_RUN = re.compile(r"[a-z]+")
# a word as names write them ("AT&T", "Johnson") that opens with a capital: the letter first, then the look back at
# what stands before it, so that the regex engine scans for capitals instead of trying a lookbehind at every character
_CAPITALIZED_WORD = re.compile(r"[A-Z](?<![\w&][A-Z])[\w&]*")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_CYRILLIC_CAPITAL = re.compile(r"[А-ЯЁ][а-яё]")  # a capital and a small letter: a capitalized Cyrillic word's opening


# the text one memo keeps values for: about a window's (`windows.WINDOW_CHARS`), so a long document's rules
# reuse them within a window and the memo's size is bounded by text, not by a count of paragraphs
MEMO_CHARS = 2_000_000
T = TypeVar("T")


def paragraph_memo(fn: Callable[[str], T]) -> Callable[[str], T]:
    """`fn(text)` computed once per text, for the rules that read the same paragraph.

    The extractors run one after another over all of a document's paragraphs (entities, then dates, then
    numbers), so a paragraph's value is asked for again a whole document later: a cache of a few recent
    texts has lost it by then. This one keeps every value until `forget_paragraphs` (`extract` calls it for
    each document) or until the texts it holds add up to MEMO_CHARS, then starts afresh; values are
    immutable and a function of the text alone."""
    values: dict[str, T] = {}
    held = 0

    @wraps(fn)
    def memo(text: str) -> T:
        nonlocal held
        value = values.get(text, _MISSING)
        if value is _MISSING:
            if held + len(text) > MEMO_CHARS:
                values.clear()
                held = 0
            value = values[text] = fn(text)
            held += len(text)
        return value  # type: ignore[return-value]

    def forget() -> None:
        nonlocal held
        values.clear()
        held = 0

    _FORGETS.append(forget)
    return memo


_MISSING: Any = object()
_FORGETS: list[Callable[[], None]] = []


def forget_paragraphs() -> None:
    """Drop what the memos hold: a document's values are of no use to the next, whose paragraphs differ."""
    for forget in _FORGETS:
        forget()


class Tokens:
    """Where a paragraph's candidates stand, each list in text order (see the module's docstring)."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def lowered(self) -> str:
        """The text lower-cased (the case-blind rules' cheap tests read it)."""
        return self.text.lower()

    @cached_property
    def words(self) -> frozenset[str]:
        """The runs of ASCII letters a-z in the lower-cased text: the cheap test of the rules whose patterns need
        one of a few words."""
        return frozenset(_LOWER_RUN.findall(self.lowered))

    @cached_property
    def capitalized_words(self) -> frozenset[str]:
        """The words as names write them (runs of word characters and "&") that open with a capital letter: the test
        of whether the paragraph holds a name's head word ("Corporation", "AT&T"), asked once for each kind of name."""
        return frozenset(_CAPITALIZED_WORD.findall(self.text))

    @cached_property
    def capitals(self) -> tuple[int, ...]:
        """Where a word that opens with a capital letter or a digit may start: the first capital or digit of each
        run of word characters ("Paris", "2nd", the "P" of "iPhone"). Every place where `\\b[A-Z0-9]` matches is
        one: a run of word characters ends at a character that is none, so the scan reaches the next word."""
        return tuple(m.start() for m in _CAPITAL_OR_DIGIT.finditer(self.text))

    @cached_property
    def digits(self) -> tuple[int, ...]:
        """Where each run of digits starts: where a pattern that opens with a digit (after a look behind) may match;
        dates, times, identifiers and numbers share the one scan."""
        return tuple(m.start() for m in _DIGIT_RUN.finditer(self.text))

    @cached_property
    def acronyms(self) -> tuple[int, ...]:
        """The places of `capitals` where two capital letters stand: where a word written in capitals ("UAW",
        "USD") may begin. Prose capitalizes a word in five, and writes one in capitals in hundreds."""
        text = self.text
        return tuple(at for at in self.capitals if "A" <= text[at] <= "Z" and "A" <= text[at + 1:at + 2] <= "Z")

    @cached_property
    def capital_words(self) -> tuple[int, ...]:
        """The places of `capitals` where a word set in capitals may begin, apostrophes inside it ("SMITH",
        "O'BRIEN"): a capital, then a capital or an apostrophe. Names printed in capitals open there."""
        text = self.text
        return tuple(at for at in self.capitals if "A" <= text[at] <= "Z" and text[at + 1:at + 2] in _CAPITAL_SECOND)

    @cached_property
    def cyrillic(self) -> tuple[int, ...]:
        """Where a capitalized Cyrillic word may begin: a capital and a small letter ("Оля", "России"). Two such
        openings never overlap (the second character is small), so the scan misses none."""
        return tuple(m.start() for m in _CYRILLIC_CAPITAL.finditer(self.text))


    @cached_property
    def after_the(self) -> tuple[int, ...]:
        """Where the text goes on with a capital after "the " or "The ": where a name that a rule finds after the
        article opens ("the Obama administration", "the Steelers", "the Xilingol region")."""
        return tuple(places_after(self.text, ("the ", "The ")))

    @cached_property
    def apposed(self) -> tuple[int, ...]:
        """The capitals before an apposition's comma and article (", the ...", ", a ...") back to the comma before:
        where a name in apposition opens ("Stratfor, the ...", "Kurinji Selvaraj, a research analyst")."""
        return tuple(capitals_before(self.text, written(self.text, APPOSITION_COMMAS), ","))

_CAPITAL_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'’")


@paragraph_memo
def tokens(text: str) -> Tokens:
    """The paragraph's `Tokens`, one record for every rule that reads the same text."""
    return Tokens(text)


def written(text: str, words: Iterable[str]) -> list[int]:
    """Where each of `words` is written in the text, as it is, in text order (a place once for each word written
    there). A few words are each found by string search; many (the month names of several languages) by one scan
    for any of them, which stops only where one is written, instead of a scan of the whole text for each word."""
    words = tuple(words)
    places = []
    if len(words) <= _FEW_WORDS:
        for word in words:
            at = text.find(word)
            while at >= 0:
                places.append(at)
                at = text.find(word, at + 1)
        return sorted(places)
    search, lengths, times = _any_of(words)
    m = search(text)
    while m:
        at = m.start()
        # the words written here are the text's slices here at each of the words' lengths that fit before its end
        # (a few lengths, where testing each word was tens of tests)
        room = len(text) - at
        places += [at] * sum(times.get(text[at:at + n], 0) for n in lengths if n <= room)
        m = search(text, at + 1)  # the next place may be inside this word ("Mar" of "Maria", "Maj" of "Majo")
    return places


_FEW_WORDS = 8  # up to this many, a string search per word is quicker than one scan for any of them


@lru_cache(maxsize=256)
def _any_of(words: tuple[str, ...]) -> tuple[Callable[..., re.Match[str] | None], tuple[int, ...], dict[str, int]]:
    """The search for any of `words`, their lengths, and how many times each is listed (a word listed twice is
    a place twice, as a test of each listed word gives it)."""
    times = dict(Counter(words))
    return (re.compile("|".join(map(re.escape, sorted(times)))).search, tuple(sorted({len(w) for w in times})),
            times)


def places_after(text: str, words: Iterable[str]) -> list[int]:
    """Where the text goes on with a capital letter after each of `words`, in text order: the places a pattern
    that looks behind for one of them (", " before "Calif.", "the " before "Xilingol region") and opens with a
    capital may begin."""
    places = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            at += len(word)
            if "A" <= text[at:at + 1] <= "Z":
                places.append(at)
            at = text.find(word, at - len(word) + 1)
    return sorted(places)


APPOSITION_COMMAS = (", the ", ", a ", ", an ")  # what follows a name in apposition: "Stratfor, the ..."


def capitals_before(text: str, ends: Iterable[int], stop: str) -> list[int]:
    """The places of `capital_starts` before each of `ends` (in text order) and after the last `stop` character
    before it: where a name that holds no `stop` ("," or " ") and ends by one of `ends` may begin. A name
    before its apposition (", the ...") or a verb of speech is tried there, not at every capitalized word."""
    starts = tokens(text).capitals
    places: list[int] = []
    done = 0
    for end in ends:
        first = max(done, bisect.bisect_right(starts, text.rfind(stop, 0, end)))
        done = max(done, bisect.bisect_left(starts, end))
        places += starts[first:done]
    return places



def word_after(text: str, end: int) -> re.Match[str] | None:
    """The word of letters after white space at `end` (its group 1), as after a numeral: "120 grams", "one trade",
    "7 ottobre". One reading for every rule that asks what a number or a name is followed by."""
    return _WORD_AFTER.match(text, end)
