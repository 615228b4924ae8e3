"""Quotation marks: where a paragraph's quoted words are.

Enters: a paragraph's text. Leaves: the spans of the words inside quotation marks, for quotes
(which of them are speech, and whose) and pronouns (names inside quotes are nobody's antecedent).
Marks pair as writers set them: the low-high marks of German and Polish („…“, „…”), guillemets as French,
Spanish and Italian set them («…», « … ») and as German and Danish do (»…«), curly double, straight double, a
straight mark closed by a curly one or a curly one by a straight one (text pasted from two editors), and
single marks, curly or straight (British style), where a mark followed by a letter is an apostrophe ("don’t",
"we've"), no closing mark, and a straight one after a letter ("the players' union") opens nothing. Wire copy
set on typewriter conventions closes a straight mark with two apostrophes ("We hope,'' said Ruiz); a straight
mark after a digit is an inch (15" laptop), which opens no quotation. A quotation opened (“, ", « or „) and not closed
by the paragraph's end runs to it: news writing closes a speaker's words only at the end of the last paragraph they
run over, and opens each paragraph of them again; a mark there opens words only against them (a mark then a
space is a dash or a stray character the page's encoding left: "VENICE (AP) " The government").
"""
from __future__ import annotations

import re

from ..text import matches_at
from .tokens import paragraph_memo

# a character inside guillemets, or a pair of them nested there: French sets a quotation inside one in guillemets too
# («... la première version « moderne » de Debian ...»), so the inner pair closes before the outer one does (each
# alternative opens with its own characters: the run is read once, with no backtracking between them)
_GUILLEMETS = r"(?:[^«»]|«[^«»]*»)"
# (guillemets: the look ahead for the closing mark is what the match needs anyway; without it a « followed by a long
# run of spaces and no » would try every split of the run between the spaces before the words and after them)
_QUOTE = re.compile(rf"„(?P<low>[^„“”]+?)[“”]|«(?={_GUILLEMETS}*»)\s*(?P<guillemets>{_GUILLEMETS}+?)\s*»|»(?P<reversed>[^»«]+?)«"
                    r"|“(?P<curly>[^“”]+?)”|(?<!\d)\"(?P<twin>[^\"“”]+?)''|(?<!\d)\"(?P<straight>[^\"]+?)\""
                    r"|(?<!\d)\"(?P<mixed>[^\"“”]+?)”|“(?P<mixed2>[^“”\"]+?)\""
                    r"|‘(?P<single>(?:[^‘’]|’(?=\w))+?)’(?!\w)"
                    r"|(?<![\w'])'(?!(?:s|t|re|ll|ve|d|m)\b)(?P<plain>(?=[^\W\d_])(?:[^'\n]|(?<=[^\W\d_])'(?=\w))+?)(?<=\S)'(?!\w)")
# an opening mark at the start or after a space, and no mark after it
_OPEN_TO_END = re.compile(r"(?:^|(?<=[\s(—–]))[“\"](?P<open>(?=\S)[^“”\"]+)$")
# « or „ left open to the paragraph's end: French and German set a speaker's words over paragraphs so too
_LOW_OPEN_TO_END = re.compile(r"(?:^|(?<=[\s(—–]))[«„]\s*(?P<open>(?=\S)[^«»„“”]+)$")
# the same with closed pairs nested in its words (French nests guillemets in guillemets)
_NESTED_OPEN_TO_END = re.compile(r"(?:^|(?<=[\s(—–]))«\s*(?P<open>(?=\S)(?:[^«»„“”]|«[^«»]*»)+)$")
_LETTER = re.compile(r"[^\W\d_]")
# the marks that open and close quoted words in the languages read here (German's low marks, the guillemets, single
# and double, as French and German set them, English curly and straight double marks), without the straight single
# mark, which is the apostrophe too ("don't"): read for other rules on quoted words (imagined_speech's lists of them)
OPENING_MARKS = "„“\"«»‚‘‹›"
CLOSING_MARKS = "“”\"«»‘’‹›"
# every opening mark with the straight single one, which `quotations` leaves to its own rule for it is also an
# apostrophe: what a rule looking back over the mark before quoted words must step over (speech_marks.py, quotes.py)
OPENING_MARKS_ALL = OPENING_MARKS + "'"
# where a quotation may open: any opening mark, and a straight single mark (its branch of _QUOTE tells it from an
# apostrophe)
_OPENING_MARK = re.compile(f"[{OPENING_MARKS}']")
# British papers set speech in straight single marks too; one opening a paragraph or after a space, before a
# letter, with no closing mark after it, runs to the paragraph's end ('Personally I think ... season.)
_PLAIN_OPEN = re.compile(r"(?:^|(?<=[\s(—–]))'(?!(?:s|t|re|ll|ve|d|m)\b)(?=[^\W\d_])")  # "Boeing 's": a possessive
_PLAIN_CLOSE = re.compile(r"(?<=\S)'(?!\w)")


@paragraph_memo
def quotations(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the words inside quotation marks: closed ones, and one left open at the paragraph's end. Read once
    per paragraph: the speakers' index (pronouns.py) and the quotes rule both ask."""
    found = []
    # every quotation opens with “, " or ‘; the pattern, whose branches open with a lookbehind, gets no fast
    # scan from the regex engine, so it is tried only where one of those marks is
    for m in matches_at(_QUOTE, text, [mark.start() for mark in _OPENING_MARK.finditer(text)]):
        group = m.lastgroup or "curly"
        found.append((m.start(group), m.end(group)))
    # the opening mark holds the text's last mark (none of “”" may follow it): only there can it match
    mark = max(text.rfind("“"), text.rfind("”"), text.rfind('"'))
    m = _OPEN_TO_END.match(text, mark) if mark >= (found[-1][1] + 1 if found else 0) else None
    low = max(text.rfind("«"), text.rfind("„"))
    if low >= (found[-1][1] + 1 if found else 0) and m is None:
        m = _LOW_OPEN_TO_END.match(text, low)
    elif m is None and found and "«" in text:
        m = _nested_open_to_end(text, found)
        found = [(s, e) for s, e in found if m is None or s < m.start()]  # the pairs nested in it are its words
    if m and _LETTER.search(m.group("open")):
        found.append((m.start("open"), m.end("open")))
    elif "'" in text:
        found += _plain_open_to_end(text, found[-1][1] + 1 if found else 0)
    return tuple(found)


def _nested_open_to_end(text: str, found: list[tuple[int, int]]) -> re.Match[str] | None:
    """A « left open to the paragraph's end with a pair of guillemets nested in it (« La version « moderne » ...):
    only words and closed pairs run from it to the end, so it is the last « that is no closed pair's mark (one
    before it has that « unpaired after it): tried there only."""
    # the closed pairs' own marks: « opens French and Swiss pairs and closes German ones (» Start – Menü «)
    pairs = {text.rfind("«", 0, s) for s, _ in found} | {text.find("«", e, e + 3) for _, e in found}
    mark = len(text)
    while True:
        mark = text.rfind("«", 0, mark)
        if mark < 0:
            return None
        if mark not in pairs:
            return _NESTED_OPEN_TO_END.match(text, mark)


def _plain_open_to_end(text: str, after: int) -> list[tuple[int, int]]:
    """A straight single mark left open at the paragraph's end, past every closed quotation."""
    opening = None
    for m in _PLAIN_OPEN.finditer(text, after):
        opening = m
    if opening is None or text.find('"', opening.end()) >= 0 or _PLAIN_CLOSE.search(text, opening.end()):
        return []
    return [(opening.end(), len(text))]
