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
from functools import cache

from ..data import load_lines
from ..records import Block

MAX_PROSE_RUN = 3  # blocks in a row that are no citations: the list has ended
MAX_HEADING_CHARS = 60  # longer than any name of the list, with a section number
# an entry cites one work: a long author list and title stay well under this; a longer paragraph is
# prose that cites works inline ("(vgl. Wagner, 1998, S. 70)"), and its own numbers are the text's
MAX_ENTRY_CHARS = 1000
_NUMBERING = re.compile(r"^(?:(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])[.):]?\s+)?((?:[^\S\n]*\S)*?)\s*[:.]?$")

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
