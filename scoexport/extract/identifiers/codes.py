"""Identifiers told by their own shape: codes, legal citations, e-mail and escaped web addresses, as spans.

Enters: a paragraph's text. Leaves: the spans of the identifiers written in it (`identifier_spans`; see the
package's docstring for the forms and why each is one). The series of legal citations are in
`data/legal_reporters.txt`, the labels that name a code before it in `data/identifier_cues.txt`.
"""
from __future__ import annotations

import bisect
import re
from functools import cache

from ...data import alternation, load_lines
from ...text import has_digit, matches_at
from ..tokens import tokens

# Identifiers inside running text: codes and legal citations, whose digits are parts of a name, never
# quantities or dates. A code joins groups of digits and capital letters by dashes ("AD 2018-23-51",
# "FAA-2020-0686", "2019-NM-035-AD", "W12-140", a phone number "202-493-2251"); a line broken after the dash
# leaves a space ("2018- 23-51"). A group in lower case makes it a word ("mid-2019", "Covid-19").
DASH = "\u2013\u2011-"  # the hyphen last: inside a character class it is no range
_CODE = re.compile(rf"(?<![\w.{DASH}])[A-Z0-9][A-Za-z0-9]*(?:[{DASH}](?:\s(?=\d))?[A-Z0-9][A-Za-z0-9]*)+(?![\w{DASH}])")
# a web address escapes spaces and signs as "%20", "%2F": "2018%20-%20035" is part of one (a line break may
# have cut the address at a space), not 2018 percent
_URL_ESCAPED = re.compile(r"[^\s()]*%[0-9A-F]{2}[^\s()]*")
# a code the line's end cut after a dash goes on in the next line, which the layout may have set apart: "la
# demande 2023-" / "0379"; prose ends no paragraph on a dash
_CUT_CODE = re.compile(rf"(?<![\w.{DASH}])[A-Z0-9]+(?:[{DASH}][A-Z0-9]+)*[{DASH}]\s*$")
_CODE_HEAD = re.compile(r"[A-Z0-9][A-Za-z0-9]*")  # a code's first group, as `_CODE` opens
# a dash after a letter or a digit: the dash first, so that the regex engine scans for it
_DASH_AFTER_GROUP = re.compile(rf"[{DASH}](?<=[A-Za-z0-9][{DASH}])")
_EMAIL = re.compile(r"[\w.+-]+@\s?[\w-]+(?:\.[\w-]+)+")
_GROUPS = re.compile(rf"[{DASH}]\s?")
_SECTION_NUMBER = r"\d+(?!\d)[A-Za-z]?(?:\.\d+(?!\d))*(?:\(\w{1,4}\))*"
# a list of sections goes on until a number opens the next citation ("... 11.45 and 49 U.S.C. 106")
_MORE_SECTIONS = rf"(?:(?:\s*,(?:\s+(?:and|or))?|\s+(?:and|or|through))\s+{_SECTION_NUMBER}(?![\w.]\w)(?!\s+[A-Z§]))*"
_SECTION_SIGN = re.compile(rf"§§?\s*{_SECTION_NUMBER}{_MORE_SECTIONS}")


@cache
def _legal_citation() -> re.Pattern[str]:
    """A statute's or a reporter's citation: volume or title, series, section or page ("14 CFR 11.43 and 11.45",
    "49 U.S.C. 106(g), 40113, 44701", "1 CFR part 51", "83 FR 62697")."""
    series = alternation(load_lines("legal_reporters.txt"), flexible_spaces=True)
    return re.compile(rf"(?<![\w.])\d+\s+(?:{series})\s+(?:[Pp]arts?\s+|§§?\s*)?{_SECTION_NUMBER}{_MORE_SECTIONS}")


@cache
def _series_cues() -> tuple[str, ...]:
    """A piece of every series' name, one of which a paragraph holds where it cites one (a cheap test first)."""
    return tuple({name.split()[0] for name in load_lines("legal_reporters.txt")})


@cache
def _cue_before() -> re.Pattern[str]:
    return re.compile(rf"(?:^|[^\w.])(?:{alternation(load_lines('identifier_cues.txt'))})\s*$")


def _calendar_shaped(groups: list[str]) -> bool:
    """Three digit groups that write a day: "2020-08-06", "8-5-20" (a filing date), not "206-231-3500"."""
    if len(groups) != 3 or not all(g.isdigit() for g in groups):
        return False
    a, b, c = (int(g) for g in groups)
    if len(groups[0]) == 4:
        return len(groups[1]) <= 2 and len(groups[2]) <= 2 and 1 <= b <= 12 and 1 <= c <= 31
    return len(groups[0]) <= 2 and len(groups[1]) <= 2 and len(groups[2]) in (2, 4) \
        and ((1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31))


# the spaces before a joining word are read by one repeat only: two in a row (spaces, then spaces before "and")
# would split a long run of spaces every way before failing
_LIST_JOIN = re.compile(r"\s*(?:,|,\s+and|,\s+or|/)\s*|\s+(?:and|or)\s*")


def _is_code(text: str, start: int, token: str, after_code: int | None = None) -> bool:
    """Is the dash-joined token at `start` a code? `after_code`: where the code before it ends, if any (a code's
    list goes on in codes: "Model 737-8 and 737-9")."""
    groups = _GROUPS.split(token)
    if any(any(c.islower() for c in g) for g in groups):
        return False  # a word joined to a number: "mid-2019", "Covid-19"
    digits = [g for g in groups if g.isdigit()]
    if not any(any(c.isdigit() for c in g) for g in groups):
        return False
    if len(digits) < len(groups):
        return True  # capital letters beside digits: "FAA-2020-0686", "W12-140"
    cued = bool(_cue_before().search(text, max(0, start - 16), start))
    if len(groups) >= 3:
        return cued or not _calendar_shaped(groups)  # "Section 22-11-33" is a code, "on 8-5-20" a day
    # two groups of digits are a range ("2-3 hours", "2018-2019") unless a label names the code before them
    # or a group opens with a zero no count is written with ("2023-0379")
    listed = after_code is not None and _LIST_JOIN.fullmatch(text, after_code, start) is not None
    return listed or cued or any(len(g) >= 3 and g[0] == "0" for g in groups)


def _local_part_start(text: str, at: int) -> int:
    """Where the run of the characters an address's local part is written with (`_EMAIL`'s `[\\w.+-]`) that ends
    by the "@" at `at` starts: every address holds one "@" after such a run, so none opens before the first "@"'s
    run, and the search starts there, not at the text's start (it tried its open-ended run at every character)."""
    start = at
    while start and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
        start -= 1
    return start


def _code_starts(text: str) -> list[int]:
    """Where a code (`_CODE`) may open: at one of the paragraph's `capitals` (a capital or a digit that opens a run
    of word characters) whose group of letters and digits ends at a dash. The group is read whole (a shorter one ends
    before a letter or a digit, no dash), so it ends at a dash or no code opens there; and the one capital of a run
    of word characters before a dash is the last before it. Prose capitalizes many words and joins few to a dash:
    the pattern is tried at those few."""
    capitals = tokens(text).capitals
    starts: set[int] = set()
    for dash in _DASH_AFTER_GROUP.finditer(text):
        i = bisect.bisect_right(capitals, dash.start()) - 1
        head = _CODE_HEAD.match(text, capitals[i]) if i >= 0 else None
        if head is not None and head.end() == dash.start():
            starts.add(head.start())
    return sorted(starts)


def identifier_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the identifiers written in a paragraph: codes of dash-joined groups (see `_CODE`), legal
    citations ("14 CFR 39.13", "5 U.S.C. 552", "§ 39.13"), e-mail addresses (a line break may have put a
    space after the "@"), pieces of web addresses with escaped characters ("2018%20-%20035"), a code cut at
    the paragraph's end after a dash ("demande 2023-"). Their digits are neither numbers nor dates.

    The one decision on identifiers in running text, as `is_citation` is on a paragraph shaped as a
    citation: extract claims these spans before it reads dates and numbers."""
    if not has_digit(text):
        return ()
    spans: list[tuple[int, int]] = []
    if any(d in text for d in DASH):
        last: int | None = None
        for m in matches_at(_CODE, text, _code_starts(text)):
            if _is_code(text, m.start(), m.group(), last):
                spans.append(m.span())
                last = m.end()
    if any(map(text.__contains__, _series_cues())):  # the tests run in C, no generator frame per cue
        spans += [m.span() for m in _legal_citation().finditer(text)]
    if "§" in text:
        spans += [m.span() for m in _SECTION_SIGN.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text, _local_part_start(text, text.index("@")))]
    if "%" in text:
        spans += [m.span() for m in _URL_ESCAPED.finditer(text)]
    cut = _CUT_CODE.search(text) if text.rstrip()[-1:] in DASH else None
    if cut:
        spans.append(cut.span())
    return tuple(sorted(spans))
