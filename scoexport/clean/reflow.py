"""Rebuild paragraphs from the lines of PDF-extracted text.

Two kinds of break separate lines: a line wrap (inside a blank-line block, or across a page break
once the page's furniture is gone) and a blank line. A wrap ends a paragraph when the line stopped
short although the next word would have fitted; a blank line ends one unless the text on both
sides says the sentence goes on (a long paragraph cut without its final punctuation, followed by a
lower-case word or by a name the document writes in capitals mid-sentence).

Where widths cannot tell, the lines' own shape can: a link alone on its line, a numbered or starred
item, a dash opening a turn of dialogue, a rule of underscores, a sentence the document repeats on a
line of its own, a contents entry closed by its page number and a session's prompt and command
(`sessions.session_line`) are paragraphs; a lone word running
on in lower case is not a paragraph's end; after a finished sentence, a line stopping short in mid-
sentence was indented, so it opens one, and so does a line opening with a capitalized label and a
colon (an interview's "Q:", a speaker's name). Widths come from `measure`: where paragraphs open
indented, an opening line as full as the indent allows does not end its paragraph.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ..contents import is_contents_entry
from ..text import TextLine, ends_sentence, quotation_goes_on, sentence_goes_on
from .markup import MarkupLines
from .measure import Measure, first_word
from .sessions import session_line

# a capital after a lower-case word or a comma and a space; the capital comes first in the pattern (the
# lookbehind after it) so that the regex engine scans for capitals rather than trying every character
_MID_SENTENCE_CAPITAL = re.compile(r"([A-Z](?<=[a-z,;] [A-Z])[\w’'-]+)")
_LOWER_WORD = re.compile(r"[a-z](?<!\w[a-z])[\w’'-]*")  # "\b[a-z]...", the letter first for the same reason
_RUN_CHAR = re.compile(r"[\w’'-]")  # what `_LOWER_WORD` runs on with
_JOINERS = "’'-"  # the characters of its runs that are no word characters
_WORD_CHAR = re.compile(r"\w")
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$")
_DASH_OPENING = re.compile(r"^[—–-]\s+(\w)")
_LIST_MARKER = re.compile(r"^(?:\d{1,3}[.)]\s|[•▪◦‣*])")
_LABEL = re.compile(r"^((?:[^\W\d_][\w.’'-]*\s){0,2}[^\W\d_][\w.’'-]*):\s")
UNPUNCTUATED_SLACK = 0.95
QUOTE_SLACK = 1.1
INDENT_SLACK = 0.99  # below the fit slack: the line must have clearly had room
MIN_WORDS_TO_CONTINUE = 12
MIN_RUNNING_SHARE = 0.5  # a line of running text fills more than half the measure; a list item's rarely does
MIN_REPEATS = 2
MIN_RECURRING_WORDS = 3


class ProperNouns:
    """Words the document writes with a capital in mid-sentence and never in lower case, read from the whole text
    the first time a blank line's break is in doubt (most documents' paragraphs end their sentences: never).

    The capitalized words are read at once (the engine scans for capitals); whether one of them is also written in
    lower case is asked of that word alone (`written_in_lower_case`), only for the words a break asks about: the
    document's every lower-case word (a scan trying every letter) is read nowhere."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: dict[str, bool] = {}

    @cached_property
    def capitals(self) -> set[str]:
        return set(_MID_SENTENCE_CAPITAL.findall(self.text))

    def __contains__(self, word: str) -> bool:
        word = word.strip(".,;:’'\"")
        if word not in self.capitals:
            return False
        lower = word.lower()
        if lower not in self._lower:
            self._lower[lower] = written_in_lower_case(self.text, lower)
        return not self._lower[lower]


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether `_LOWER_WORD` finds `word` (which opens with a letter a-z) in the text: `word in
    set(_LOWER_WORD.findall(text))`, read at the places str.find finds it.

    A run of word characters, apostrophes and hyphens holds one such word at most: from its first letter a-z that
    follows no word character (where the run opens, or after an apostrophe or a hyphen) to the run's end. So a place
    holds the word where the run ends with it, no word character stands before it, and no earlier place of its run
    opens one."""
    if _LOWER_WORD.fullmatch(word) is None:  # a letter whose lower case is no word character ("İ" -> "i̇")
        return False
    n = len(word)
    at = text.find(word)
    while at >= 0:
        end = at + n
        if ((end == len(text) or _RUN_CHAR.match(text, end) is None)
                and (at == 0 or _WORD_CHAR.match(text, at - 1) is None) and not _opens_before(text, at)):
            return True
        at = text.find(word, at + 1)
    return False


def _opens_before(text: str, at: int) -> bool:
    """Whether a `_LOWER_WORD` opens in the run of `at` before `at` (which follows no word character)."""
    start = at
    while start > 0 and text[start - 1] in _JOINERS:  # the run's joiners and word characters before `at`
        start -= 1
        while start > 0 and _WORD_CHAR.match(text, start - 1) is not None:
            start -= 1
    return any("a" <= text[p] <= "z" and (p == 0 or _WORD_CHAR.match(text, p - 1) is None) for p in range(start, at))


def _stands_alone(text: str, recurring: set[str]) -> bool:
    """A line that is a paragraph by itself: a rule of dashes or dots, or a line the document repeats verbatim."""
    return not any(ch.isalnum() for ch in text) or text.strip() in recurring


def recurring_lines(lines: list[TextLine]) -> set[str]:
    """Whole sentences of several words met more than once on a line of their own: a refrain ("Vote now!").

    A repeated line cut from running prose (a pull quote, a question asked in each interview) starts
    or ends mid-sentence, so only lines that open with a capital and end a sentence count.
    """
    counts = Counter(tl.text.strip() for tl in lines)
    return {t for t, n in counts.items()
            if n >= MIN_REPEATS and len(t.split()) >= MIN_RECURRING_WORDS and t[:1].isupper() and ends_sentence(t)}


def _labelled(text: str) -> bool:
    """A line opening with a capitalized label of up to three words and a colon: an interview's turn, a note."""
    m = _LABEL.match(text)
    return bool(m) and all(word[:1].isupper() for word in m.group(1).split())


def _wrap_breaks(current: list[TextLine], following: str, measure: Measure | None) -> bool:
    opening, line = current[0].text, current[-1].text
    if _BARE_LINK.match(following) and not ends_sentence(line):
        # a link alone on its line after an unpunctuated one (a list item's name) is a paragraph of its own
        return True
    if following[:1].islower() and (line.endswith(",") or (len(line.split()) == 1 and not ends_sentence(line))):
        # the extractor may set a sentence's words on lines of their own; a lone word or a comma goes on
        return False
    if quotation_goes_on(line):
        # a quotation cut at a comma goes on with its attribution ('"...," Torrey said.')
        return False
    follows_dash = _DASH_OPENING.match(following)
    if follows_dash and follows_dash.group(1).isupper():
        # a dash and a capital open a turn of dialogue, a quotation's attribution or an item
        return True
    if _labelled(following) and (ends_sentence(line) or _labelled(opening)):
        # a speaker's or questioner's turn opens after a finished one
        return True
    if _LIST_MARKER.match(following) and (ends_sentence(line) or _LIST_MARKER.match(opening)):
        # an item opens after a lead-in or a finished item, or after another item
        return True
    if measure is None:
        return False
    dash = _DASH_OPENING.match(opening)
    if sentence_goes_on(line, following) and measure.text(line) >= measure.width * MIN_RUNNING_SHARE \
            and not (len(current) == 1 and dash):
        # a sentence running on in lower case: a paragraph does not end inside one, and a block quote set to a
        # narrower measure stops every line short of the body's (an unmarked list's items are short lines; a
        # quotation's attribution, "— Jane Doe, 18 November 2019", is a line of its own)
        return False
    if len(current) == 1 and measure.fills_first_line(line, following):
        # an indented opening line is as full as it can be
        return False
    if ends_sentence(line):
        # a quotation or a link opening the next line after a finished sentence starts a paragraph more often than not
        if following[:1] in "“\"‘«" or following.startswith(("http://", "https://", "www.")):
            return measure.had_room(line, following, QUOTE_SLACK)
        return measure.had_room(line, following)
    # without a full stop the line may still end a paragraph (a list item, a tagline), on firmer evidence
    return measure.had_room(line, following, UNPUNCTUATED_SLACK)


def _opens_short(before: str, line_and_next: list[TextLine], gap: list[str], measure: Measure | None) -> bool:
    """After a finished sentence, a line that stops short in mid-sentence starts a paragraph.

    Its sentence goes on, so only a first-line indent (or a line standing alone, an item or a
    heading) kept the next word off it. When the document's indent is known, the line must fill
    an indented line; otherwise any clear room will do.
    """
    if measure is None or len(line_and_next) < 2 or gap != ["wrap"] or not ends_sentence(before):
        return False
    line, following = (tl.text for tl in line_and_next)
    if ends_sentence(line) or not following[:1].isalpha() or not measure.had_room(line, following, INDENT_SLACK):
        return False
    return measure.first_line is None or measure.fills_first_line(line, following)


def _blank_breaks(paragraph: list[TextLine], following: str, names: ProperNouns) -> bool:
    last = paragraph[-1].text
    if ends_sentence(last):
        return True
    # a heading or a short line is never cut mid-sentence by a blank line
    if _fewer_words(paragraph, MIN_WORDS_TO_CONTINUE):
        return True
    if following[:1].islower():
        return False
    return first_word(following) not in names


def _fewer_words(paragraph: list[TextLine], n: int) -> bool:
    """Whether the paragraph's lines hold fewer than n words together: counted line by line until n, so a long
    paragraph, asked at each of its blank lines, is not split into all its words each time."""
    for tl in paragraph:
        n -= len(tl.text.split(None, n))
        if n <= 0:
            return False
    return True


def reflow(lines: list[TextLine], gaps: list[str], text: str, measure: Measure | None,
           markup: MarkupLines | None = None) -> list[list[TextLine]]:
    """Group kept lines into paragraphs; `gaps[i]` is what lies between lines i and i+1. In a reStructuredText or
    Markdown source (`markup`, read on the source's lines) a blank line or a line taken out ends a paragraph and inside
    a block only the syntax does (`markup.MarkupLines.wrap_breaks`): its lines were wrapped at no page's measure."""
    if not lines:
        return []
    names = ProperNouns(text)
    recurring = recurring_lines(lines)
    paragraphs: list[list[TextLine]] = [[lines[0]]]
    opening = 0  # the index of the current paragraph's first line
    for i in range(1, len(lines)):
        gap, line, current = gaps[i - 1], lines[i], paragraphs[-1]
        if markup is not None:
            breaks = gap != "wrap" or markup.wrap_breaks(lines[opening], lines[i - 1], line)
        elif _stands_alone(line.text, recurring) or _stands_alone(current[-1].text, recurring):
            breaks = True
        elif session_line(line.text) or session_line(current[-1].text):
            breaks = True  # a prompt and its command are a line of their own, after a lead-in or before the output
        elif is_contents_entry(current[-1].text):
            breaks = True  # an entry's page number closes its row: the next entry or the first chapter starts anew
        elif gap == "blank":
            breaks = _blank_breaks(current, line.text, names)
        elif gap == "page" and line.text[:1].islower() and not _BARE_LINK.match(line.text):
            breaks = False
        else:
            breaks = _wrap_breaks(current, line.text, measure) or _opens_short(
                current[-1].text, lines[i:i + 2], gaps[i:i + 1], measure)
        if breaks:
            paragraphs.append([line])
            opening = i
        else:
            current.append(line)
    return paragraphs
