"""Reference sections: a document's list of sources is kept, as paragraphs of kind `reference`, not as body.

Enters: the kept blocks of a document with the kinds `kinds` (or the layout, or the HTML tags) gave
them, and the section heading in force before the first block (a later window of a long document).
Leaves: the same blocks, the entries of each reference section given kind `reference`, their text
and spans untouched; extract reads no facts in them (each citation's year, place, publisher,
volume and pages would otherwise be a date, entities and numbers of the article).

How documents are made: a paper, report or encyclopaedia article lists its sources after a heading
that names them ("References", "Bibliography", "Notes", "Literatur", "Références": the names in
`data/reference_headings.txt`), and writes each entry as a citation: authors with initials, the
year in parentheses or after a comma, volume:pages, a DOI, PMID or URL, "et al.", a number [1] or 1.
A section is a reference section only when both hold, the heading and citation-shaped entries, so a
"Notes" section of prose stays body. A web page may mark the list in its markup instead
(`<ol class="references">`, role doc-bibliography): the HTML parser gives those blocks the kind
`reference` as a claim, which holds here only where the entries are citation-shaped too.

The section runs to the next heading of the same or a higher rank (HTML h1-h6; plain-text and PDF
headings have no rank, so any heading ends it) or to the document's end; a reference list does not
hold prose, so three blocks in a row that are no citations (an author's note, an appendix set
without a heading) end it too, and the blocks after its last citation stay body.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..data import alternation, load_lines
from ..records import Block
from ..text import has_digit

MAX_PROSE_RUN = 3  # blocks in a row that are no citations: the list has ended
MAX_HEADING_CHARS = 60  # longer than any name of the list, with a section number
# an entry cites one work: a long author list and title stay well under this; a longer paragraph is
# prose that cites works inline ("(vgl. Wagner, 1998, S. 70)"), and its own numbers are the text's
MAX_ENTRY_CHARS = 1000
_NUMBERING = re.compile(r"^(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])[.):]?\s+)?(.*?)\s*[:.]?$")

_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
# a year as citations set it: "(2003)", "(Spring 2003a)", "Smith, 2003." or "Smith J. 2003." (not "March 4, 2003")
_CITED_YEAR = re.compile(rf"\((?:[^()]{{0,30}}\s)?{_YEAR}\)|(?<!\d)[,.]\s+{_YEAR}(?=[.,;:)]|\s*$)")
_IDENTIFIER = re.compile(r"(?i)\bdoi\s*:|doi\.org/|\b10\.\d{4,9}/\S|\bPMID:?\s*\d|\bPMCID\b|\barXiv:\s*\d|\bISBN[-:\s]")
# a web source's access note: "Accessed at www2.census.gov/... on 14 December 2016", "Retrieved March 3,
# 2020, from https://..."; capitalized, as a citation's part opens (prose writes "can be accessed at")
_ACCESS_CUES = load_lines("access_words.txt")
_ACCESS_NOTE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _ACCESS_CUES))})\b[^.]{{0,40}}?(?:https?://|www\d?\.)")
_IDENTIFIER_CUES = ("doi", "10.", "pmid", "pmcid", "arxiv", "isbn")  # one of these is in every identifier
_IBID = re.compile(r"(?i)^\W*(?:\d+\.?\s+)?(?:ibid|ebd|ibidem)\b")
_PARTS = re.compile(
    r"\bet al\b|\bu\. a\.|"  # et al., German u. a.
    r"\b[A-Z][\w'’-]+,?\s+(?:[A-Z]\.\s?-?){1,3}(?=[\s,;(]|$)|"  # Smith, J. / Smith JA.
    r"\b[A-Z][a-z'’-]+\s+[A-Z]{1,3}(?=[,.;(])|"  # Vancouver style: Smith JA,
    r"(?:^|[,;]\s)(?:[A-Z]\.\s?){1,3}[A-Z][a-z]|"  # J. Smith, after a comma or at the start
    r"^(?:\[?\d+[\].)]?\s+)?[A-Z][\w'’-]+,\s+[A-Z]|"  # an inverted name opening the entry: "Smith, John"
    r"\b\d+\s*\(\d+(?:[-–/]\d+)?\)\s*:\s*\d+|\b\d+\s*:\s*\d+\s*[-–]\s*\d+|"  # volume(issue):page, volume:pages
    r"\b(?:pp?|S|Seiten?|págs?)\.\s*\d+|"  # p. 4, pp. 12-15, S. 34
    r"https?://|\bwww\.\w|"
    r"\b(?:[Ee]ds?\.|\([Ee]ds?\.\)|Hrsg\.|In:|[Vv]ol\.\s*\d|Bd\.\s*\d|Jg\.\s*\d|[Rr]etrieved|[Aa]ccessed|[Aa]bgerufen)"
)
_NUMBERED = re.compile(r"^\s*(?:\[\d+\]|\d+[.)]\s|\^)")


@cache
def _heading_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in load_lines("reference_headings.txt"))


def is_reference_heading(text: str) -> bool:
    """The text names a reference section: one of the names, section number ("7.", "VII") and final colon aside."""
    if len(text) > MAX_HEADING_CHARS:
        return False
    match = _NUMBERING.match(text.strip())
    return match is not None and " ".join(match.group(1).split()).casefold() in _heading_names()


def is_citation(text: str) -> bool:
    """The text is shaped as a citation: an identifier (DOI, PMID, ISBN, arXiv), an "ibid.", a web source's
    access note ("Accessed at www... on 14 December 2016"), or a cited year
    with one more part of a citation (authors' initials, et al., volume:pages, pages, a URL, editors,
    an inverted name or a number opening the entry); no longer than one entry.

    The one decision for both stages: here it confirms the entries of a reference section, and
    extract asks it of a paragraph outside one (an entry without its heading), whose numerals, years
    and names then make no facts."""
    if len(text) > MAX_ENTRY_CHARS:
        return False
    # each pattern is tried only where a word it needs is written (a plain substring test first)
    low = text.lower()
    if (any(cue in low for cue in _IDENTIFIER_CUES) and _IDENTIFIER.search(text)) or _IBID.match(text) \
            or (any(cue in text for cue in _ACCESS_CUES) and _ACCESS_NOTE.search(text)):
        return True
    return bool(_CITED_YEAR.search(text)) and bool(_PARTS.search(text) or _NUMBERED.match(text))


# Identifiers inside running text: codes and legal citations, whose digits are parts of a name, never
# quantities or dates. A code joins groups of digits and capital letters by dashes ("AD 2018-23-51",
# "FAA-2020-0686", "2019-NM-035-AD", "W12-140", a phone number "202-493-2251"); a line broken after the dash
# leaves a space ("2018- 23-51"). A group in lower case makes it a word ("mid-2019", "Covid-19").
_DASH = "\u2013\u2011-"  # the hyphen last: inside a character class it is no range
_CODE = re.compile(rf"(?<![\w.{_DASH}])[A-Z0-9][A-Za-z0-9]*(?:[{_DASH}](?:\s(?=\d))?[A-Z0-9][A-Za-z0-9]*)+(?![\w{_DASH}])")
# a web address escapes spaces and signs as "%20", "%2F": "2018%20-%20035" is part of one (a line break may
# have cut the address at a space), not 2018 percent
_URL_ESCAPED = re.compile(r"[^\s()]*%[0-9A-F]{2}[^\s()]*")
# a code the line's end cut after a dash goes on in the next line, which the layout may have set apart: "la
# demande 2023-" / "0379"; prose ends no paragraph on a dash
_CUT_CODE = re.compile(rf"(?<![\w.{_DASH}])[A-Z0-9]+(?:[{_DASH}][A-Z0-9]+)*[{_DASH}]\s*$")
_EMAIL = re.compile(r"[\w.+-]+@\s?[\w-]+(?:\.[\w-]+)+")
_MODEL = re.compile(rf"\bModels?\s+(?P<number>\d{{2,}})(?:[{_DASH}]\s?[A-Z0-9]+)*\b")
_GROUPS = re.compile(rf"[{_DASH}]\s?")
_SECTION_NUMBER = r"\d+(?!\d)[A-Za-z]?(?:\.\d+(?!\d))*(?:\(\w{1,4}\))*"
# a list of sections goes on until a number opens the next citation ("... 11.45 and 49 U.S.C. 106")
_MORE_SECTIONS = rf"(?:\s*(?:,|,?\s+and|,?\s+or|\s+through)\s+{_SECTION_NUMBER}(?![\w.]\w)(?!\s+[A-Z§]))*"
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


_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|/)\s*")


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
    if any(d in text for d in _DASH):
        last: int | None = None
        for m in _CODE.finditer(text):
            if _is_code(text, m.start(), m.group(), last):
                spans.append(m.span())
                last = m.end()
    if any(cue in text for cue in _series_cues()):
        spans += [m.span() for m in _legal_citation().finditer(text)]
    if "§" in text:
        spans += [m.span() for m in _SECTION_SIGN.finditer(text)]
    if "@" in text:
        spans += [m.span() for m in _EMAIL.finditer(text)]
    if "%" in text:
        spans += [m.span() for m in _URL_ESCAPED.finditer(text)]
    cut = _CUT_CODE.search(text) if text.rstrip()[-1:] in _DASH else None
    if cut:
        spans.append(cut.span())
    return tuple(sorted(spans))


def model_numbers(texts: Iterable[str]) -> frozenset[str]:
    """The numbers a document gives its models: the first digits of a code after "Model(s)" ("Boeing Model
    737-8" gives 737). A maker names a model once in full and then by its number: "the 737 MAX"."""
    found: set[str] = set()
    for text in texts:
        if "Model" in text:
            found.update(m["number"] for m in _MODEL.finditer(text))
    return frozenset(found)


def named_models(text: str, models: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the document's model numbers (`model_numbers`) written before a capitalized name ("737 MAX")."""
    if not models:
        return []
    pattern = re.compile(rf"(?<![\w.,{_DASH}])(?:{alternation(models)})(?=\s+[A-Z])")
    return [m.span() for m in pattern.finditer(text)]


def _rank(block: Block) -> int | None:
    """An HTML heading's level (h1 = 1); None where the route knows no levels."""
    tag = block.tag or ""
    return int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else None


def _ends(block: Block, rank: int | None) -> bool:
    """A heading of the same or a higher rank closes the section; a misread entry set as a heading does not."""
    if block.kind != "heading" or is_citation(block.text):
        return False
    level = _rank(block)
    return rank is None or level is None or level <= rank


def _mark_run(blocks: list[Block], start: int, rank: int | None) -> int:
    """Mark the entries of the section whose first block is `start`; returns the index where the section ends."""
    last = None  # the last citation's index
    shaped = prose = 0
    i = start
    while i < len(blocks) and not _ends(blocks[i], rank) and prose < MAX_PROSE_RUN:
        block = blocks[i]
        if block.kind in ("body", "reference", "heading"):
            if is_citation(block.text):
                shaped, prose, last = shaped + 1, 0, i
            elif block.kind != "heading":
                prose += 1
        i += 1
    if last is None:
        return i
    entries = [b for b in blocks[start:last + 1] if b.kind in ("body", "reference")]
    if 2 * shaped >= len(entries):  # most of what stands under the heading is citations
        for block in blocks[start:last + 1]:
            if block.kind in ("body", "reference") or (block.kind == "heading" and is_citation(block.text)):
                block.kind = "reference"
    return last + 1


def mark_references(blocks: list[Block], section: str | None = None) -> None:
    """Give the entries of each reference section kind `reference` (see the module's docstring); a block the
    parser claimed as a reference (markup) and not confirmed here goes back to body. `section`: the heading
    in force before the first block."""
    claimed = {i for i, b in enumerate(blocks) if b.kind == "reference"}
    for i in claimed:
        blocks[i].kind = "body"
    i = 0
    if section is not None and is_reference_heading(section):
        i = _mark_run(blocks, 0, None)
    while i < len(blocks):
        block = blocks[i]
        if block.kind in ("heading", "body") and is_reference_heading(block.text):
            i = _mark_run(blocks, i + 1, _rank(block) if block.kind == "heading" else None)
        elif i in claimed:
            end = i
            while end + 1 in claimed:
                end += 1
            _mark_run(blocks[: end + 1], i, None)
            i = end + 1
        else:
            i += 1
