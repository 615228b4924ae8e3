"""Text helpers every stage shares: a plain-text line with its blank-line block, the shape of a line
(does it end a sentence, is it set in capitals, does it hold a web or mail address), title case for a
line set in capitals, the key under which page furniture repeats, a table of contents' entry (one definition
for the PDF and text routes), and a pattern's matches tried only at the places where they may begin.

Only title case reads a word list (the small words it keeps in lower case, from package data).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from string import ascii_lowercase

from .data import alternation, load_lines, word_set
from .records import Line

_CONTACT = re.compile(r"www\.|https?://|@\w|\.(?:com|net|org|edu|gov|info|io|de|it|fr|co|uk|ru)\b", re.I)
_DIGITS = re.compile(r"\d+")
# a phrase of prose: three words in lower case in a row ("is a simple list", "the file starts with"), which program
# text, a file's contents or a listing's line does not write (`clean.kinds.is_code`, `parse.html.listings.is_code`)
PROSE_PHRASE = re.compile(r"(?<![\w/.:<=_-])[a-z]+ [a-z]+ [a-z]+(?![\w/:=_>-])")
# a terminal mark, closing quotes or brackets, and perhaps a footnote's raised number, which text extraction
# glues to the sentence it annotates ("in 2019.1"; not a decimal's digits: "version 2.1")
_CLOSERS = "['\"”’)\\]]*"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # a footnote's raised mark
_TERMINAL = re.compile(rf"(?:[.!?…:;]{_CLOSERS}[{SUPERSCRIPT_DIGITS}]*|(?<![\d.])[.!?]{_CLOSERS}\d{{1,2}})$")
# what may stand in a `_TERMINAL` match past its mark (and the newline `$` lets follow it): see `search_at_end`
_TERMINAL_REST = re.compile(rf"{_CLOSERS[:-2]}{SUPERSCRIPT_DIGITS}\d\n]*")  # the closers' class, widened
# the regex engine tries an end-anchored pattern at every character, a few hundred nanoseconds each: the match is
# searched for among the last characters only, where one can start (see `search_at_end`)
_END_WINDOW = 40


def search_at_end(pattern: re.Pattern[str], rest: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern.search(text)` for a pattern anchored at the end (`$`), searched from `_END_WINDOW` characters before the
    end. `rest` fully matches any run of the characters a match may hold past its first one (and a final newline).

    Why it is the same: a match starting further back holds the whole window past its first character, so the window
    would be all `rest`'s characters; a window holding any other character rules such a match out, and a search from
    the window's start finds the same first match (its looks behind still see the characters before). A window of
    `rest`'s characters alone (a line of dots or digits) is searched whole, as before."""
    start = len(text) - _END_WINDOW
    if start <= 0 or rest.fullmatch(text, start) is not None:
        return pattern.search(text)
    return pattern.search(text, start)


@cache
def glued_mark(number: str) -> re.Pattern[str]:
    """A footnote's `number` as text extraction keeps its raised mark: glued after a lower-case word or a closing
    punctuation mark, before a space or the end ("the ministry2 said", "in 2019.1"; not "12.1-inch", nor "mp3s");
    the mark is group 1. `ends_sentence` reads the same mark after a sentence's stop."""
    return re.compile(rf"(?:[a-z]{{2}}|[.,;:!?”’\")\]])({number})(?=\s|$)")
CAPS_SHARE = 0.9  # a line in capitals may hold a few lower-case letters ("McDONALD", "Ltd")
MIN_CAPS_LETTERS = 4  # "UN" or "EU" alone is an acronym, not a line set in capitals
TITLE_SHARE = 0.6  # prose capitalizes a word in five or fewer; a title or a headline most of its words


@dataclass
class TextLine:
    """A non-blank line of a plain-text source with the block (blank-line group) it belongs to."""

    line: Line
    block: int

    @property
    def text(self) -> str:
        return self.line.text


_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


def raised_mark(digits: str) -> str:
    """A footnote's number written raised ("12" -> "¹²"), as the page prints it: a mark, not a quantity."""
    return digits.translate(_SUPERSCRIPT)


# a sentence ending inside the text and the next one opening: a word's last letters or a year's digits, the stop, and a
# capitalized word before another word ("... 2004. Supersedes Version", "... movies.  This release"; not "U.S. Open",
# nor a date's "Tuesday. March 3")
_SENTENCE_INSIDE = re.compile(r"(?:[a-z]{3}|\d{2})[.!?]\s+[A-Z][a-z]+ [^\W\d_]")


def sentence_inside(text: str) -> bool:
    """Whether one sentence ends and another begins inside the text (prose, not a title or a label line)."""
    return _SENTENCE_INSIDE.search(text) is not None


# a sentence's end (a stop, maybe its closing quotes or bracket) and spaces, or the text's start, then maybe an
# opening quote or bracket: what stands before a word that opens a sentence (in German also „ and « »)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:…][\"”’)»«]*\s+)[\"“„‘(»«]?$")


def opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence (or the text): a capital there is the sentence's, not a name's."""
    return _OPENS_SENTENCE.search(text, max(0, at - 6), at) is not None


# what opens a clause in the three characters before a word: the text's start, a stop, colon or semicolon and
# spaces, or an opening quotation mark (German „ and French « too)
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?:;]\s+|[«„\"“]\s*)$")


def opens_clause(text: str, at: int) -> bool:
    """Whether the word at `at` opens a clause: its capital is the clause's, in the languages whose number words
    and bodies' names are read by the same test (`language_numbers`, `language_bodies`). Narrower than
    `opens_sentence`: three characters back, no closing quote before the space."""
    return _OPENS_CLAUSE.search(text, max(0, at - 3), at) is not None


# a stop (full stop, question or exclamation mark) before a space or the text's end: a sentence ends there, where a
# signature, a credit line or a name's initials ("J.R.R.") hold none
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def ends_sentence(text: str) -> bool:
    """Whether the text ends as a sentence does: a terminal mark, then any closing quotes or brackets (and a
    footnote's number)."""
    return search_at_end(_TERMINAL, _TERMINAL_REST, text) is not None


def sentence_goes_on(line: str, following: str) -> bool:
    """Whether the sentence of `line` goes on in `following`: the line ends no sentence and the next opens in lower
    case. A paragraph does not end inside a sentence, whatever the layout says (reflow, PDF breaks, bylines)."""
    return following[:1].islower() and not ends_sentence(line)


_QUOTED_COMMA = re.compile(r",[\"”’']+$")


def quotation_goes_on(line: str) -> bool:
    """Whether `line` stops on a comma inside closing quotation marks ('"... these simulations completed,"'): the
    quoted words are cut short of their attribution ("Torrey said."), so no paragraph ends there, whatever case
    the next line opens in (the speaker's name is capitalized)."""
    return _QUOTED_COMMA.search(line) is not None


_ASCII_LOWER_BYTES = ascii_lowercase.encode()


def is_all_caps(text: str) -> bool:
    # UTF-8 keeps every ASCII character as its one byte: deleting the lower-case letters' bytes counts them
    # (bytes.translate reads a byte table; str.translate looks every character up in a dict, 30x slower)
    data = text.encode("utf-8", "surrogatepass")
    if (len(data) - len(data.translate(None, _ASCII_LOWER_BYTES))) * 5 > len(text):
        return False  # a fifth of the text in lower-case letters: not capitals (prose, told without a loop)
    # the words written all in small letters, in any script (Cyrillic prose), are letters none of which is a capital:
    # more of them than a tenth of the text is more than a tenth of its letters (told word by word, not letter by letter)
    if sum(len(w) for w in text.split() if w.islower() and w.isalpha()) * 10 > len(text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= MIN_CAPS_LETTERS and sum(ch.isupper() for ch in letters) >= CAPS_SHARE * len(letters)


def mostly_capitalized(words: Sequence[str]) -> bool:
    """Do most of the words open with a capital, as a title's or a headline's do (`TITLE_SHARE`)? The caller picks the
    words that count (long ones: a title keeps its short function words in lower case)."""
    return sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


def at_most_words(text: str, n: int) -> bool:
    """Whether the text holds at most `n` words (runs of non-space characters), as `len(text.split()) <= n` says:
    split no further than one word past `n`, so a long paragraph asked whether it is a short line is not split
    into all its words."""
    return len(text.split(None, n)) <= n


def title_case(text: str) -> str:
    """Title-case a line written in capitals, keeping short function words in lower case."""
    small = word_set("title_small_words.txt")
    words = text.lower().split(" ")
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


_LETTER_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def capitalized_line(text: str) -> bool:
    """Whether every word of the text is capitalized but the small words a title keeps in lower case ("Head of
    Programme, Kestrel Institute", "-- The Debian Developers"): the shape of a name, a role or a signature, where
    a sentence writes most words in lower case. Words opening with a digit are left aside."""
    small = word_set("title_small_words.txt")
    return all(w[:1].isupper() or w.lower() in small for w in _LETTER_WORD.findall(text))


def uncapped(text: str) -> str:
    """Text set in capitals in title case ("TOM KRISHER" -> "Tom Krisher"), other text as it is: names and
    letterheads are printed in capitals for emphasis, and users query them as the names are written."""
    return title_case(text) if is_all_caps(text) else text


def has_digit(text: str) -> bool:
    """Does the text hold a digit? One search in C: the cheap test before a rule about numbers is tried."""
    return _DIGITS.search(text) is not None


def has_contact(text: str) -> bool:
    """Whether the text holds a web or mail address ("www.x.org", "@handle", "press@x.com"): letterhead
    and contact lines hold them; names and prose rarely do."""
    return bool(_CONTACT.search(text))


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of `pattern` that begin at one of `starts` (in order), without overlaps, as finditer gives
    them where every match begins at one of `starts`. A pattern that opens with a lookbehind or a word
    boundary gets no fast scan from the regex engine, which then tries it at every character; tried only
    where its first character can be, it costs those places."""
    end = 0
    match = pattern.match
    for pos in starts:
        if pos >= end:
            m = match(text, pos)
            if m:
                end = m.end()
                yield m


@cache
def figure_label() -> re.Pattern[str]:
    """A numbered figure or table label opening a caption ("Figure 3:", "Tableau 2 -", "Table IV."); the colon or
    stop after the number is optional (a PDF's caption is known by its block; plain text needs the mark)."""
    return re.compile(rf"^(?:{alternation(load_lines('figure_labels.txt'))})\s*[\dIVXivx]+[a-z]?\b\s*[:.–—-]?", re.I)
