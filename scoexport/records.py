"""Plain records that flow between the stages.

Every stage is a function from records to records; none of them holds state between documents,
so a batch can be mapped by any engine (a process pool here, Dask on a cluster).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, origin at the page's bottom left


@dataclass
class Source:
    """One input read once: its bytes, their hash and the decoded text."""

    path: str
    data: bytes | None  # None once processed: a result goes back to the parent without its bytes
    sha256: str
    text: str  # for a PDF: the text the layout extracted, set by parse (offsets point into it); "" once processed, but for a PDF
    encoding: str | None
    format: str  # "text", "html" or "pdf"
    n_bytes: int = -1  # the size of the input; set from `data` when not given
    target_url: str | None = None  # for a page from a web archive: the URL it was fetched from
    crawl_date: dt.datetime | None = None  # and when (UTC)
    record: str | None = None  # inside a file of many documents: where (a JSON pointer, L + a line, a WARC offset)
    record_id: str | None = None  # the ID a record of a JSON, JSON Lines or Parquet file gives itself
    stated: dict[str, Any] | None = None  # metadata a record's fields state, by kind, as written (parse.stated reads it)

    def __post_init__(self) -> None:
        if self.n_bytes < 0:
            self.n_bytes = len(self.data or b"")


@dataclass(slots=True)
class Line:
    """A line of a text source, stripped of surrounding whitespace, with its source offsets."""

    text: str
    start: int
    end: int
    page: int = 0  # pages are counted by form feeds, from 0
    box: Box | None = None  # where a PDF draws the line
    literals: tuple[Span, ...] = ()  # spans of `text` a PDF sets in a monospaced font: code, commands, file names


@dataclass
class Block:
    """A run of text the parser saw as one unit (a blank-line paragraph, an HTML block element)."""

    lines: list[Line]
    kind: str = "body"
    section: str | None = None
    tag: str | None = None  # the HTML element it came from, None for plain text
    text: str = ""  # the block's final text; set by clean.finish_block
    # each inline literal (code, a command, a file name) HTML marks: where it starts in the lines joined by spaces, and
    # its text, in order (set by the HTML parser)
    marked: list[tuple[int, str]] = field(default_factory=list)
    literals: list[Span] = field(default_factory=list)  # where literals are in `text` (clean.literals): no facts there
    quotation: bool = False  # set as a block quotation (HTML's <blockquote>): words quoted from elsewhere, or indented
    # each short form the HTML marks with its expansion (<abbr title="...">, <acronym title="...">): (text, title)
    titles: tuple[tuple[str, str], ...] = ()
    # each link to another part of the work by its number and title (parse.html.part_links) as `marked` holds
    # literals, set by the HTML parser; and where those links are in `text` (set by clean.finish_block)
    marked_references: list[tuple[int, str]] = field(default_factory=list)
    references: list[Span] = field(default_factory=list)

    @property
    def spans(self) -> list[Span]:
        return [(ln.start, ln.end) for ln in self.lines]


@dataclass
class Artifact:
    """Text the cleaning stage removed, kept so that nothing of the source is lost."""

    kind: str
    text: str
    start: int
    end: int
    page: int | None = None  # PDF page, from 0
    box: Box | None = None
    reason: str | None = None  # what removed it where the kind alone does not say (a site rule's selector)


@dataclass
class Metadata:
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    author_affiliation: str | None = None
    publisher: str | None = None
    published_date: dt.date | None = None
    modified_date: dt.date | None = None
    built: bool = False  # the published date is when the page was built (`clean.published.built`): no reference day
    language: str | None = None
    url: str | None = None


@dataclass
class DateEvidence:
    """Dates a page shows besides the one its metadata states: what `clean.published` decides from."""

    stated_utc: dt.datetime | None = None  # the stated date is this UTC timestamp's day, not the writer's
    byline: dt.date | None = None  # the first full date in a byline or dateline the markup marks
    top: dt.date | None = None  # the first full date written at the top of the article
    anywhere: dt.date | None = None  # the first full date written anywhere on the page
    marked: dt.date | None = None  # the first date in an element marked as a date ("entry-date", "lastmod")
    labelled: dt.date | None = None  # the first date after a date label ("Updated: ...")
    updated: dt.date | None = None  # the date the page states it was last changed (og:updated_time, dateModified)
    stamped: bool = False  # `labelled` is a line of a footer's licence block ("Last updated on ...": a build's stamp)


@dataclass
class AuthorEvidence:
    """Where a page names its authors, the most explicit first: what `authors.page_authors` reads."""

    structured: list[str] = field(default_factory=list)  # names of the JSON-LD article's authors
    meta: str | None = None  # the author meta tag, as written
    itemprop: str | None = None  # the text of the itemprop="author" element (its name part when marked)
    bylines: list[str] = field(default_factory=list)  # texts the markup marks as bylines
    hcard: str | None = None  # the formatted name of the first author hCard ("author vcard" ... "fn")
    holder: str | None = None  # the holder a footer's copyright notice names where it licenses the page (a manual's)


@dataclass
class Parsed:
    """What parse makes of a source: blocks, artifacts already known, metadata hints."""

    source: Source
    blocks: list[Block]
    artifacts: list[Artifact] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    dates: DateEvidence = field(default_factory=DateEvidence)
    authors: AuthorEvidence = field(default_factory=AuthorEvidence)
    fallback: Metadata = field(default_factory=Metadata)  # a PDF's info dictionary: used where the text says nothing
    n_pages: int | None = None
    warnings: list[str] = field(default_factory=list)  # parts of the input left out (a page cut short), reported


@dataclass
class Paragraph:
    doc_id: str
    paragraph_id: str
    seq: int
    kind: str
    section: str | None
    text: str
    spans: list[Span]
    pages: list[int] | None = None  # PDF pages it lies on, from 0
    boxes: list[tuple[int, Box]] | None = None  # its box on each of those pages
    literals: list[Span] = field(default_factory=list)  # spans of `text` written as literals (code, commands, files)
    quotation: bool = False  # its block was set as a block quotation (Block.quotation)
    # short forms its HTML marks with their expansions (Block.titles): read by the acronym rules, not exported
    titles: tuple[tuple[str, str], ...] = ()
    # spans of `text` that link to another part of the work by its number and title (Block.references): no facts there
    references: list[Span] = field(default_factory=list)


@dataclass
class Sentence:
    doc_id: str
    paragraph_id: str
    sentence_id: str
    seq: int
    text: str
    start: int
    end: int


@dataclass
class Fact:
    fact_id: str
    doc_id: str
    paragraph_id: str
    sentence_id: str | None
    kind: str
    text: str
    value: str | None
    start: int
    end: int
    value_num: float | None = None
    value_high: float | None = None  # the high end of a range ("40 to 80 years"); value_num is the low end
    unit: str | None = None
    qualifier: str | None = None
    precision: str | None = None
    entity_id: str | None = None
    entity_type: str | None = None


@dataclass
class Mention:
    """An entity mention before cross-document resolution; becomes a row of `entities`."""

    fact_id: str
    doc_id: str
    type: str
    name: str  # canonical within the document
    alias: str  # as written
    external_id: str | None = None


@dataclass
class DocumentResult:
    """Everything one document contributes to the dataset."""

    source: Source
    doc_id: str
    metadata: Metadata
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    facts: list[Fact]
    artifacts: list[Artifact]
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    n_pages: int | None = None
    # a document processed in windows (`scoexport.windows`): its rows wait in this file, piece by piece, and the
    # lists above are empty; `counts` holds its rows per table for the documents row
    spill: str | None = None
    counts: dict[str, int] | None = None


@dataclass
class Failure:
    """An input that could not be read or processed, with the reason."""

    path: str
    stage: str
    error: str


@dataclass
class Skipped:
    """An input left out on purpose (empty, unsupported, an unreadable folder, a loop), with the reason;
    a web archive's records that are not pages (requests, images) are counted by kind, not listed. Where a file of
    records leaves some of its records out (no text field), `members` says which (`holds(FILE#POINTER)`), so that one
    which gave a document before keeps its rows (`earlier.keep_earlier_versions`); the message and the manifest name
    the first only. They are kept as runs of consecutive pointers (`L12`..`L40`, `/articles/3`..`/articles/9`): a
    file of millions of records without text costs a few runs, not a string each."""

    path: str
    reason: str
    count: int = 1
    members: tuple[tuple[str, str, int, int], ...] = ()  # (file, pointer's prefix, first number, last number)

    def holds(self, member: str) -> bool:
        """Whether `member` (`FILE#POINTER`) is one of the records left out."""
        file, _, pointer = member.partition("#")
        head, n = pointer_parts(pointer)
        return n >= 0 and any(f == file and h == head and first <= n <= last for f, h, first, last in self.members)

    def entry(self) -> dict[str, object]:
        """As the manifest lists it: the path, the reason and the count, not every record left out."""
        return {"path": self.path, "reason": self.reason, "count": self.count}


def pointer_parts(pointer: str) -> tuple[str, int]:
    """A record's pointer as its head and its closing number (`L12` -> ("L", 12), `/articles/3` -> ("/articles/",
    3)); -1 for a pointer that ends in no number."""
    head = pointer.rstrip("0123456789")
    return head, int(pointer[len(head):]) if head != pointer else -1


def printable_path(path: str) -> str:
    """A path as text that can be written anywhere (Parquet, JSON, a terminal): bytes of a file name
    that are not UTF-8 (kept by Python as lone surrogates) are shown as \\xNN escapes."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
