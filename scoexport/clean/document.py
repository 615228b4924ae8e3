"""Clean: remove layout artifacts (keeping them), repair the text, give every block a kind.

Plain text (mostly extracted from PDFs) is rebuilt line by line: letterhead, running headers and
page numbers out (`page_furniture`, with `furniture`'s tests), the article's opening lines read as title, subtitle, byline and
dateline (`kinds`, `bylines`), the rest regrouped into paragraphs (`reflow`; in a reST or Markdown source
by its syntax: `markup`). HTML blocks arrive with their kind from the tag; only their body blocks may turn
out to be bylines, datelines or captions.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, replace

from .. import frontmatter
from ..authors import document_authors
from ..page_numbers import furniture_key
from ..records import Artifact, AuthorEvidence, Block, DateEvidence, Metadata, Parsed
from ..text import TextLine, has_contact, uncapped
from .bylines import credited_authors, dateline_publisher, mark_title_page_names
from .footnotes import page_footnotes, raise_marks
from .furniture import as_artifact
from .kinds import assign_sections, body_kind, classify_html, front_matter, is_follow_line
from .language import guess_language, main_script
from .literals import font_marks, marked_literals, written_literals
from .markup import MarkupLines, markup_source, section_titles
from .measure import Measure
from .page_furniture import line_gaps, mid_page_edges, remove_furniture
from .published import built, front_matter_date, publication_date
from .references import mark_references
from .reflow import reflow
from .repair import fix_mojibake, hyphenated_pairs, invisible_runs, join_lines, normalize
from .sessions import mark_session_output
from .tables import merge_tables

log = logging.getLogger(__name__)
SCRIPT_SAMPLE = 5000  # characters enough to tell the script a document is written in


def finish_block(block: Block, compounds: frozenset[str] = frozenset(), plain: bool = False) -> Block:
    """The block's text, joined and repaired, and where it writes literals: those its HTML marked or its PDF lines set in
    a monospaced font, or in `plain` text those its reStructuredText or Markdown syntax writes (`literals`)."""
    block.text = fix_mojibake(join_lines([t for t in (normalize(ln.text) for ln in block.lines) if t], compounds))
    if plain:
        block.literals = written_literals(block.text)
    else:
        marked = block.marked or (font_marks(block.lines, compounds) if any(ln.literals for ln in block.lines) else [])
        block.literals = marked_literals(block.text, marked)
        if block.marked_references:  # found in the text as a literal is, by where the walk met it and its text
            block.references = marked_literals(block.text, block.marked_references)
    return block


def _letterhead_publisher(units: list[list[TextLine]], script: str | None) -> str | None:
    names = []
    for unit in units:
        text = " ".join(normalize(tl.text) for tl in unit)
        if main_script(text) != script or any(ch.isdigit() or ch in "@|" for ch in text) or has_contact(text):
            continue
        names.append(uncapped(text))
    return ", ".join(names) or None


@dataclass
class Opening:
    """What the first window of a long document decided for the windows after it (`scoexport.windows`):
    the script and measure its lines were set in, the texts a running header may echo, the document's
    metadata; and where the last window left off (the section in force, its last block's text)."""

    script: str | None
    measure: Measure | None
    known: list[str]
    metadata: Metadata
    front_end: int = 0  # where the front matter ends in the source: a window never holds back a block before it
    sample: bool = False  # decided on a sample of the opening: the first window still reads its front matter
    section: str | None = None
    before: str | None = None
    markup: str | None = None  # the lightweight markup the text is written in (`markup.markup_source`)


def clean_text(parsed: Parsed) -> tuple[list[Block], list[Artifact], Metadata]:
    blocks, artifacts, opening = clean_text_window(parsed)
    return blocks, artifacts, opening.metadata


def clean_text_window(parsed: Parsed, opening: Opening | None = None,
                      text: str | None = None) -> tuple[list[Block], list[Artifact], Opening]:
    """Clean plain text: the whole document, or one window of it after the first (`opening` set: no letterhead
    or front matter, the opening's measure and metadata; an opening decided on a `sample` gives only its measure
    and known texts). Words the text hyphenates and writes capitalized are counted in `text` (the window's own
    text; the whole source by default)."""
    lines = [TextLine(ln, n) for n, block in enumerate(parsed.blocks) for ln in block.lines if ln.text]
    source_text = parsed.source.text if text is None else text
    script = main_script(source_text[:SCRIPT_SAMPLE]) if opening is None else opening.script
    paged = "\f" in parsed.source.text
    furniture = remove_furniture(lines, script, opening, mid_page_edges(lines, parsed.source.text), paged)
    artifacts = list(parsed.artifacts) + furniture.artifacts
    # a plain-text line is an exact slice of the source, so its invisible characters can be located
    artifacts += [Artifact("invisible", tl.text[first:last], tl.line.start + first, tl.line.start + last)
                  for tl in lines for first, last in invisible_runs(tl.text)]
    # a paged text's footnotes leave the running text, so a paragraph the page break cut goes on after them
    notes = page_footnotes(lines, furniture.removed) if paged else []
    out = set(furniture.removed) | {i for note in notes for i in note}
    dialect = markup_source(lines, paged) if opening is None else opening.markup
    markup = MarkupLines(lines, parsed.source.text, dialect) if dialect else None
    syntax = markup.syntax(lines, out) if markup else []  # underlines, link targets, comments: no text
    titles = {id(lines[i].line) for i in section_titles(lines, syntax, dialect)} if dialect else set()
    artifacts += [as_artifact("markup", [lines[i]]) for i in syntax]
    out.update(syntax)
    kept = [tl for i, tl in enumerate(lines) if i not in out]
    opens = opening is None or opening.sample
    units, body_start = front_matter(kept, 0, furniture.measure) if kept and opens else ([], 0)
    gaps = line_gaps(out, lines)
    front = [Block([tl.line for tl in unit], kind=kind) for kind, unit in units]
    body = reflow(kept[body_start:], gaps[body_start:], source_text, furniture.measure, markup)
    # a literal block's lines are code by their syntax, whatever they look like (`markup.MarkupLines.is_literal`)
    paragraphs = [Block([tl.line for tl in para], kind="code" if markup and markup.is_literal(para) else "body")
                  for para in body]
    footnotes = [Block([lines[i].line for i in note], kind="footnote") for note in notes]
    compounds = hyphenated_pairs(source_text)
    for block in front + paragraphs + footnotes:
        finish_block(block, compounds, plain=True)
    raise_marks(notes, lines, paragraphs)
    # a page saved as text keeps its "Follow us on Twitter" and contact lines: furniture, as on the page
    follow = {id(b) for b in paragraphs if is_follow_line(b.text)}  # each paragraph's text read once
    artifacts += [Artifact("boilerplate", ln.text, ln.start, ln.end) for b in paragraphs if id(b) in follow
                  for ln in b.lines]
    boilerplate = [b for b in paragraphs if id(b) in follow]
    paragraphs = merge_tables([b for b in paragraphs if id(b) not in follow], parsed.source.text)
    texts = [b.text for b in paragraphs]
    before = None if opens else opening.before
    for n, block in enumerate(paragraphs):
        if block.kind == "body":
            block.kind = body_kind(block.text, texts[n - 1] if n else before, texts[n + 1] if n + 1 < len(texts) else None)
        if id(block.lines[-1]) in titles and block.kind == "body":
            block.kind = "heading"  # its syntax makes it a section's title
    mark_session_output(paragraphs)  # what a session's command printed, after it
    if paged and opens:
        frontmatter.mark_paged_text(paragraphs, _noticed_pages(lines, furniture.removed, boilerplate))
        mark_title_page_names(front + paragraphs, next((b.lines[0].page for b in front if b.kind == "title"), None))
    blocks = keep_visible(front + sorted(paragraphs + footnotes, key=lambda b: b.lines[0].start), artifacts)
    mark_references(blocks, None if opens else opening.section)
    assign_sections(blocks, None if opens else opening.section)
    if opening is not None and opening.sample:  # the sample read more of the opening (its language, for one)
        opening = replace(opening, sample=False, front_end=max((b.lines[-1].end for b in front), default=0))
    elif opening is None:
        dates = parsed.dates or DateEvidence()
        if dates.top is None:  # a book's edition date on its front matter's pages (`published.front_matter_date`)
            top = next((d for b in blocks if b.kind == "front_matter" and (d := front_matter_date(b))), None)
            dates = replace(dates, top=top)
        meta = infer_metadata(blocks, parsed.metadata, dates, _letterhead_publisher(furniture.letterhead, script),
                              parsed.authors)
        opening = Opening(script, furniture.measure, furniture.known, meta, max((b.lines[-1].end for b in front), default=0),
                          markup=dialect)
    artifacts.sort(key=lambda a: a.start)
    log_removed(parsed, artifacts)
    return blocks, artifacts, opening


def _noticed_pages(lines: list[TextLine], removed: dict[int, str], boilerplate: list[Block]) -> set[int]:
    """The pages whose furniture holds a copyright notice of their own: a copyright page's notice at its edge, taken
    off as a footer, or standing as a paragraph of its own that was taken off as a site's notice line
    (`kinds.is_follow_line`: "Copyright © 1996-2021 Software in the Public Interest"); not a running footer's
    notice that every page repeats."""
    taken = [(lines[i].line.page, lines[i].text) for i in removed]
    taken += [(block.lines[0].page, block.text) for block in boilerplate if block.lines]
    notices = [(page, text) for page, text in taken if frontmatter.copyright_notice([text])]
    seen = Counter(furniture_key(text) for _, text in notices)
    return {page for page, text in notices if seen[furniture_key(text)] == 1}


def log_removed(parsed: Parsed, artifacts: list[Artifact]) -> None:
    """At debug level, each piece of text taken out and why (its artifact kind: banner, page_number, ...)."""
    if log.isEnabledFor(logging.DEBUG):
        for a in artifacts:
            log.debug("%s: removed %s at %d-%d: %.80r", parsed.source.path, a.kind, a.start, a.end, a.text)


def keep_visible(blocks: list[Block], artifacts: list[Artifact]) -> list[Block]:
    """Blocks with text; a block of only invisible or control characters becomes an artifact."""
    for block in blocks:
        if not block.text:
            artifacts.extend(Artifact("invisible", ln.text, ln.start, ln.end) for ln in block.lines)
    return [b for b in blocks if b.text]


def infer_metadata(blocks: list[Block], hints: Metadata, dates: DateEvidence | None = None,
                   publisher: str | None = None, named: AuthorEvidence | None = None, paged: bool = True) -> Metadata:
    """The document's metadata: what the hints (HTML meta tags) state, the rest read from the title,
    byline and dateline blocks, `publisher` (a letterhead's names) last; the publication date and the
    authors from where the page states and shows them. A new record: the parser's hints stay as they were."""
    first = {kind: next((b.text for b in blocks if b.kind == kind), None) for kind in ("title", "subtitle", "byline", "dateline")}
    dateline = first["dateline"]
    publisher = hints.publisher or (dateline_publisher(dateline) if dateline else None) or publisher
    authors, affiliation = document_authors(hints.authors, named or AuthorEvidence(), first["byline"], publisher,
                                            hints.url, credited_authors(blocks) if paged else [])
    return replace(
        hints,
        title=hints.title or first["title"],
        subtitle=hints.subtitle or first["subtitle"],
        authors=authors,
        author_affiliation=hints.author_affiliation or affiliation,
        published_date=publication_date(hints.published_date, dates or DateEvidence(), dateline,
                                        next((b.text for b in blocks if b.kind == "body"), None),
                                        next((b.text for b in reversed(blocks) if b.kind == "body"), None)),
        built=built(hints.published_date, dates or DateEvidence()),
        publisher=publisher,
        language=hints.language or guess_language(" ".join(b.text for b in blocks if b.kind == "body")),
    )


def clean(parsed: Parsed) -> tuple[list[Block], list[Artifact], Metadata]:
    if parsed.source.format == "pdf":
        from .pdf import clean_pdf

        return clean_pdf(parsed)
    if parsed.source.format != "html":
        return clean_text(parsed)
    artifacts = list(parsed.artifacts)
    blocks = keep_visible([finish_block(b) for b in parsed.blocks], artifacts)
    for b in blocks:
        if is_follow_line(b.text):  # set in the article's own markup, so the parser kept it
            artifacts.extend(Artifact("boilerplate", ln.text, ln.start, ln.end) for ln in b.lines)
    blocks = [b for b in blocks if not is_follow_line(b.text)]
    artifacts.sort(key=lambda a: a.start)
    classify_html(blocks)
    mark_references(blocks)
    assign_sections(blocks)
    log_removed(parsed, artifacts)
    # a web page has no title page: a first byline of a team there is a desk's label ("News Desk"), which
    # `authors.is_name` refuses, not a manual's credit (`bylines.credited_authors`)
    return blocks, artifacts, infer_metadata(blocks, parsed.metadata, parsed.dates, named=parsed.authors, paged=False)
