"""What is read for no facts, decided in one place: paragraphs of some kinds, and spans of the others, each with why.

Enters: all the paragraphs of a document, read or not (a caption's credit is judged by the paragraph right before
it, whatever its kind). Leaves: `UNREAD_KINDS`, the kinds of paragraph not read at all, and for
each other paragraph that has any, an `Unread` record of the spans no fact may start in, each with its reason,
which `extract`'s one filter asks of every family's facts (`read_facts`). The reasons:
- `LITERAL`: code, a command, a file name or a value the paragraph writes as such (`Paragraph.literals`, found by
  `clean.literals` from the markup, the plain text's syntax or a PDF's typewriter font): no quotation, number, date
  or name is read in one. A definition of an acronym is one whatever marks its short form ("`sdist` (“source
  distributions”)" defines "sdist"), so it alone is read there.
- `CREDIT`: a caption's credit, from where it starts to the caption's end (`credits.caption_credit`, from
  `clean.captions`' shapes, read with the paragraph right before as `clean.kinds` read it), and a credit in a
  parenthesis closing a body paragraph (`credits.body_credit`: running text that credits the pictures beside it, "...
  (Fotos: FF Musterstadt)"): a photographer or an agency credited for a picture is no one the article tells of, nor
  are the credit's dates and numbers.
- `CONTENTS`: a table of contents' entry, one or a run of them that a dot leader and a page number close
  (`contents.is_contents_entry`, the one definition of an entry): an entry repeats a section's title to point at its
  page, so what it names the document tells of (if at all) in the section itself, and a title's capitals ("Using
  Makevars", "Reading SPSS files") mark no names. The whole paragraph is unread, for every kind of fact.
- `REFERENCE`: a link to another part of the work written as that part's number and title (`Paragraph.references`,
  from `parse.html.part_links`: "see Chapter 15, Creating a Package"), unread as a contents entry is and for the
  same reason, but for the link's span only; an acronym the title defines ("Section 4.1, “Loadable Kernel Modules
  (LKM)”") is defined for the whole work, wherever the title is written, so it alone is read there.

A fact is judged by where it starts: one that opens in the prose and runs into a span (a quotation holding a
command) is the prose's. Identifiers' spans (`identifiers`) are no unread spans: they are claimed as a found
fact's span is (`base.Context.claim`) before dates and numbers are read, so that those readers match around
them rather than lose what they found; names, read first, are not barred by them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..contents import is_contents_entry
from ..records import Fact, Paragraph
from ..spans import SpanSet
from .credits import body_credit, caption_credit

# a reference list's entries, code, and a book's front matter (title, copyright and collaborators pages: its
# edition date and authors are read into the document's metadata before this) hold no running text
UNREAD_KINDS = frozenset({"reference", "code", "front_matter"})
LITERAL = "literal"
CREDIT = "credit"
CONTENTS = "contents"
REFERENCE = "reference"
# the kinds of fact read inside a span unread for each reason
_READ_INSIDE: dict[str, frozenset[str]] = {LITERAL: frozenset({"acronym"}), CREDIT: frozenset(), CONTENTS: frozenset(),
                                           REFERENCE: frozenset({"acronym"})}


@dataclass(frozen=True, slots=True)
class UnreadSpan:
    start: int
    end: int
    why: str  # LITERAL, CREDIT, CONTENTS or REFERENCE


@dataclass(slots=True)
class Unread:
    """One paragraph's unread spans, in the order they were added; a mark per reason answers `bars` in time
    independent of how many spans the paragraph holds (a manual's paragraph may write hundreds of literals)."""

    spans: list[UnreadSpan] = field(default_factory=list)
    _marks: dict[str, SpanSet] = field(default_factory=dict, repr=False)

    def add(self, start: int, end: int, why: str) -> None:
        self.spans.append(UnreadSpan(start, end, why))
        marks = self._marks.get(why)
        if marks is None:
            marks = self._marks[why] = SpanSet(end)
        marks.add(start, end)

    def bars(self, kind: str, start: int) -> bool:
        """Whether a fact of `kind` starting at `start` starts inside a span unread for a reason that bars it."""
        return any(kind not in _READ_INSIDE[why] and marks.overlaps(start, start + 1)
                   for why, marks in self._marks.items())


def unread_spans(paragraphs: Iterable[Paragraph]) -> dict[str, Unread]:
    """The unread spans of each paragraph that has any, by paragraph ID. A caption's credit may be the line under
    a label alone ("Фото:"), so the paragraphs are read in document order, each with the text of the one right before
    it, whatever its kind (a code block between a label and a name parts them): the block `clean.kinds` read as the
    caption's `before` when it judged the caption. `paragraphs` are therefore all of the document's, read or not."""
    found: dict[str, Unread] = {}
    before = None
    for p in sorted(paragraphs, key=lambda p: p.seq):
        unread = Unread()
        for start, end in p.literals:
            unread.add(start, end, LITERAL)
        start = caption_credit(p.text, before) if p.kind == "caption" else \
            body_credit(p.text) if p.kind == "body" else None
        if start is not None:
            unread.add(start, len(p.text), CREDIT)
        for start, end in p.references:
            unread.add(start, end, REFERENCE)
        if is_contents_entry(p.text):  # whatever kind the layout gave it (a table's row, a line)
            unread.add(0, len(p.text), CONTENTS)
        if unread.spans:
            found[p.paragraph_id] = unread
        before = p.text
    return found


def read_facts(facts: list[Fact], unread: dict[str, Unread]) -> list[Fact]:
    """The facts that start in no span of their paragraph unread for a reason that bars their kind."""
    if not unread:
        return facts
    return [f for f in facts if (u := unread.get(f.paragraph_id)) is None or not u.bars(f.kind, f.start)]
