"""One huge document in windows: memory holds one window, cost grows with the document's length.

Enters: a decoded plain-text `Source` longer than `Window.chars` characters, or a PDF of more than
`Window.pages` pages. Leaves: its rows, window by window, as `DocumentResult` pieces written to a spill
file as each window is done; the engine gets back one `DocumentResult` without rows that names the file
(`spill`) and carries the document's counts, and the writer reads the pieces back one at a time
(`pieces`). A document that fails in any window leaves no rows: the file is deleted and the failure is
the document's. Each window has the time and memory budget of a document.

Why the rows are those of one pass over the whole document, where the rules are local:
- A text window ends at a blank line or page break after about `chars` characters, and the last
  paragraph the cleaning stage made of it is held back and read again at the start of the next window,
  so a paragraph that runs on across a blank line (reflow's rules for PDF-extracted text) stays one. A
  PDF window is a group of pages; the paragraph open at its end (with the footnotes after it) is carried
  into the next group, where the layout's rejoining across pages goes on as in one pass.
- What only the document's opening can tell is read once and carried on (`clean.document.Opening`,
  `parse.pdf.Group`): letterhead, title, byline and the metadata, the script and measure of the lines
  (read on the first `OPENING_CHARS` even when windows are smaller), the texts a running header may
  echo, a PDF's body type and whether its paragraphs open indented; then the section heading in force.
  Entity state is carried too (`extract.base.Earlier`): the people named in full and the acronyms
  defined so far, and the reference date for relative dates.
- Paragraph numbers go on counting, so IDs, `seq` and source offsets are those of the whole document.
What is counted per window rather than per document, by design: running headers and page numbers by
repetition, refrains (a line repeated verbatim), the words the text hyphenates or capitalizes, and a
short form used before the window that spells it out. A document that fits in one window is processed
by `pipeline.process` as before, so its rows are unchanged.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from . import ids
from .budget import DEFAULT_BUDGET, Budget, stage, within
from .clean.document import Opening, clean_text_window
from .clean.published import reference_date
from .collector import cycles_paused
from .extract import Context, extract
from .extract.base import Earlier
from .parse.text import parse_text
from .records import Block, DocumentResult, Fact, Mention, Paragraph, Parsed, Sentence, Source
from .segment import paragraphs, sentences

WINDOW_CHARS = 2_000_000  # a window's rows take about 60 times its text in memory
WINDOW_PAGES = 100  # a PDF's pages read at a time (each page's lines, with their runs, take about 0.1 MB)


@dataclass(frozen=True)
class Window:
    """How much of one document is processed at a time: characters of plain text, pages of a PDF."""

    chars: int = WINDOW_CHARS
    pages: int = WINDOW_PAGES


DEFAULT_WINDOW = Window()
_BREAK = re.compile(r"\n[^\S\n\f]*\n|\f")  # a blank line or a page break: never inside a paragraph's lines
_LINE_END = re.compile(r"\n")
COUNTED = ("paragraphs", "sentences", "facts", "artifacts")


def is_long(source: Source, window: Window = DEFAULT_WINDOW) -> bool:
    """Whether the source is processed in windows: plain text or a PDF longer than a window (HTML is read whole)."""
    if source.format == "pdf":
        from .parse.pdf import page_count

        return page_count(source) > window.pages
    return source.format == "text" and len(source.text) > window.chars


def window_end(text: str, start: int, size: int) -> int:
    """Where the window from `start` ends: after the first blank line or page break past `size` characters;
    without one within another `size`, after a line end; else at the end of the text."""
    at = start + size
    if at >= len(text):
        return len(text)
    found = _BREAK.search(text, at, at + size) or _LINE_END.search(text, at, at + size)
    return found.end() if found else min(len(text), at + size)


OPENING_CHARS = 500_000  # the opening read to decide the measure and known texts (ample for `measure`'s sample)
MAX_WINDOWS_PER_PARAGRAPH = 4  # a paragraph longer than this many windows is cut (a text with no paragraph breaks)


def _held_back(blocks: list[Block], opening: Opening) -> Block | None:
    """The window's last paragraph, which the next window reads again, as the text after it may continue it
    (never the front matter)."""
    if not blocks or blocks[-1].lines[0].start < opening.front_end:
        return None
    return blocks[-1]


def iter_windows(source: Source, window: Window = DEFAULT_WINDOW, budget: Budget = DEFAULT_BUDGET,
                 hard_stop: bool = False) -> Iterator[DocumentResult]:
    """The document's rows, one window at a time; each window gets the time and memory budget of a document."""
    if source.format == "pdf":
        yield from _pdf_windows(source, window.pages, budget, hard_stop)
    else:
        yield from _text_windows(source, window.chars, budget, hard_stop)


def _pdf_windows(source: Source, pages: int, budget: Budget, hard_stop: bool) -> Iterator[DocumentResult]:
    """A PDF in groups of pages: the first group's metadata and entity state carried on as for text; each piece's
    `source.text` is its group's part of the document's text."""
    from .clean.pdf import clean_pdf_window
    from .parse.pdf import parse_pdf_groups

    doc = ids.doc_id(source.sha256)
    groups = parse_pdf_groups(source, pages)
    seq = 0
    opening: Opening | None = None
    earlier = Earlier()
    while True:
        with within(budget, hard_stop), cycles_paused():
            stage("parse")
            parsed = next(groups, None)
            if parsed is None:
                return
            parsed = _stated(parsed)
            stage("clean")
            blocks, artifacts, opening = clean_pdf_window(parsed, opening)
            paras, sents, facts, mentions = _segment_extract(doc, blocks, seq, opening, earlier)
        _carry(opening, blocks)
        seq += len(paras)
        piece = replace(source, data=None, text=parsed.source.text)
        yield DocumentResult(piece, doc, opening.metadata, paras, sents, facts, artifacts, mentions,
                             warnings=parsed.warnings, n_pages=parsed.n_pages)


def _stated(parsed: Parsed) -> Parsed:
    """The metadata a record states (a document from a file of records) over the route's hints, as `parse` does."""
    if not parsed.source.stated:
        return parsed
    from .parse.stated import with_stated

    return with_stated(parsed)


def _segment_extract(doc: str, blocks: list[Block], seq: int, opening: Opening,
                     earlier: Earlier) -> tuple[list[Paragraph], list[Sentence], list[Fact], list[Mention]]:
    stage("segment")
    paras = paragraphs(doc, blocks, seq)
    sents = [s for p in paras for s in sentences(p)]
    if seq == 0:
        earlier.reference = reference_date(opening.metadata.published_date, paras, opening.metadata.built)
    stage("extract")
    facts, mentions = extract(Context(doc, opening.metadata, paras, sents, earlier=earlier))
    return paras, sents, facts, mentions


def _carry(opening: Opening, blocks: list[Block]) -> None:
    """What the next window needs of this one's blocks: the section heading in force, and the last paragraph's
    text after the front matter (the kind of a paragraph is read with its neighbours')."""
    for b in blocks:
        opening.section = b.text if b.kind == "heading" else opening.section
        if b.lines[0].start >= opening.front_end:
            opening.before = b.text


def _text_windows(source: Source, size: int, budget: Budget, hard_stop: bool) -> Iterator[DocumentResult]:
    doc = ids.doc_id(source.sha256)
    text = source.text
    lean = replace(source, data=None, text="")  # what each piece says of its source: no copy of the text
    start = page = seq = 0
    counted = 0  # where the page count has been read up to
    opening: Opening | None = None
    if size < OPENING_CHARS:  # windows smaller than the opening: its measure is still read on the whole opening
        cut = window_end(text, 0, OPENING_CHARS)
        _, _, sample = clean_text_window(_stated(parse_text(source, 0, cut)), None, text[:cut])
        opening = replace(sample, sample=True)
    earlier = Earlier()
    while start < len(text):
        with within(budget, hard_stop), cycles_paused():
            page += text.count("\f", counted, start)
            counted = start
            end = window_end(text, start, size)
            while True:
                stage("parse")
                parsed = _stated(parse_text(source, start, end, page))
                stage("clean")
                blocks, artifacts, ahead = clean_text_window(parsed, opening, text[start:end])
                held = _held_back(blocks, ahead) if end < len(text) else None
                if held is None or held.lines[0].start > start or end - start >= MAX_WINDOWS_PER_PARAGRAPH * size:
                    break
                end = window_end(text, end, size)  # one paragraph fills the window: read on until it ends
            opening = ahead
            if held is not None and held.lines[0].start > start:
                blocks = blocks[:-1]
                artifacts = [a for a in artifacts if a.start < held.lines[0].start]
            else:
                held = None
            paras, sents, facts, mentions = _segment_extract(doc, blocks, seq, opening, earlier)
        _carry(opening, blocks)
        seq += len(paras)
        start = held.lines[0].start if held is not None else end
        yield DocumentResult(lean, doc, opening.metadata, paras, sents, facts, artifacts, mentions)


def process_in_windows(source: Source, window: Window = DEFAULT_WINDOW, budget: Budget = DEFAULT_BUDGET,
                       hard_stop: bool = False, folder: str | None = None) -> DocumentResult:
    """Process the document window by window into a spill file (in `folder`, the temporary folder by default);
    the result names the file and carries the counts. Any error deletes the file."""
    fd, path = tempfile.mkstemp(prefix="scoexport-window-", suffix=".pickle", dir=folder)
    counts: Counter[str] = Counter()
    last = None
    try:
        with os.fdopen(fd, "wb") as f:
            for piece in iter_windows(source, window, budget, hard_stop):
                pickle.dump(piece, f, protocol=pickle.HIGHEST_PROTOCOL)
                counts.update({t: len(getattr(piece, t)) for t in COUNTED})
                last = piece
    except BaseException:
        os.unlink(path)
        raise
    assert last is not None  # a long document has at least one window
    return DocumentResult(replace(source, data=None, text=""), ids.doc_id(source.sha256), last.metadata, [], [], [],
                          [], warnings=[w for w in last.warnings], n_pages=last.n_pages, spill=path,
                          counts={t: counts[t] for t in COUNTED})


def pieces(result: DocumentResult) -> Iterator[DocumentResult]:
    """The document's rows in order: the result itself, or the pieces its spill file holds (the file is then
    deleted, whether or not they were all read)."""
    if result.spill is None:
        yield result
        return
    try:
        with open(result.spill, "rb") as f:
            while True:
                try:
                    yield pickle.load(f)
                except EOFError:
                    break
    finally:
        discard(result)


def discard(result: DocumentResult) -> None:
    """Delete the spill file of a result whose rows are not wanted (a second copy of a document's content)."""
    if result.spill is not None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(result.spill)
