"""Clean the blocks of a PDF with the rules every route shares; the layout has already decided the rest.

The PDF route arrives with what geometry tells: paragraph breaks, furniture (as artifacts), the
title (the first page's largest type), headings by size or weight, footnotes, tables. What needs
no geometry is the text route's code, called here: the lines after the title are read as
subtitle, bylines and datelines (`kinds.opening_units`), body blocks get the kinds their text
shows (`kinds.body_kind`), lines are joined and repaired (`document.finish_block`), sections
assigned and metadata inferred as for any document; a full date the first page sets above the body
(a meeting's, a hearing's) is the top date `clean.published` ranks. The info dictionary fills only
what the page leaves open.
"""
from __future__ import annotations

import datetime as dt

from ..contents import is_contents_entry
from ..date_text import parse_date
from ..records import Artifact, Block, DateEvidence, Metadata, Parsed
from ..text import TextLine
from .bylines import mark_title_page_names
from .document import Opening, finish_block, infer_metadata, keep_visible, log_removed
from .kinds import assign_sections, body_kind, front_matter, opening_units
from .published import front_matter_date
from .references import mark_references
from .repair import hyphenated_pairs, invisible_runs
from .sessions import mark_session_output

# kinds the layout decided; text rules do not overrule them
GEOMETRY_KINDS = {"heading", "footnote", "table", "caption", "front_matter", "code"}


def _front(lines: list[TextLine], blocks: list[Block]) -> tuple[list[tuple[str, list[TextLine]]], int]:
    title = next((n for n, b in enumerate(blocks) if b.kind == "title"), None)
    if title is None:
        return front_matter(lines, 0, None) if lines else ([], 0)
    start = next(i for i, tl in enumerate(lines) if tl.block == title)
    end = start + len(blocks[title].lines)
    units, after = opening_units(lines, start, end)
    # blocks before the title on its page (a kicker, a date) stay body blocks
    return ([("body", lines[:start]), *units] if start else units), after


def _front_date(blocks: list[Block]) -> dt.date | None:
    """The first full date the first page sets above its first paragraph of body text: a meeting's date under
    an agenda's letterhead, a hearing's date in a transcript's caption. It is the document's own date, which the
    file's info dictionary (the day the file was made) only approximates. A book's front matter (its title and
    copyright pages, `parse.pdf.furniture.mark_front_matter`) is read the same way (`published.front_matter_date`)."""
    first = next((b.lines[0].page for b in blocks if b.lines), 0)  # the first page with text (a cover may be blank)
    for block in blocks:
        if block.kind == "front_matter":
            found = front_matter_date(block)
            if found:
                return found
            continue
        if block.kind == "body":
            return None
        if block.kind == "table" or not block.lines or block.lines[0].page != first:
            continue  # an entry's date in a table's cell is the row's; after the first page only front matter counts
        found = parse_date(block.text) if any(c.isdigit() for c in block.text) else None
        if found:
            return found
    return None


def clean_pdf(parsed: Parsed) -> tuple[list[Block], list[Artifact], Metadata]:
    blocks, artifacts, opening = clean_pdf_window(parsed)
    return blocks, artifacts, opening.metadata


def clean_pdf_window(parsed: Parsed, opening: Opening | None = None) -> tuple[list[Block], list[Artifact], Opening]:
    """Clean a PDF, or one group of pages of a long one: a group after the first (`opening` set) has no front
    matter and takes the first group's metadata, the section in force and the last block's text."""
    lines = [TextLine(ln, n) for n, block in enumerate(parsed.blocks) for ln in block.lines]
    artifacts = list(parsed.artifacts)
    artifacts += [Artifact("invisible", tl.text[a:b], tl.line.start + a, tl.line.start + b, tl.line.page, tl.line.box)
                  for tl in lines for a, b in invisible_runs(tl.text)]
    units, after = _front(lines, parsed.blocks) if opening is None else ([], 0)
    front: list[Block] = []
    for kind, unit in units:
        if kind == "body":  # lines before the title keep the blocks the layout made of them
            front += [Block([tl.line for tl in unit if tl.block == n], kind=parsed.blocks[n].kind)
                      for n in sorted({tl.block for tl in unit})]
        elif unit:
            front.append(Block([tl.line for tl in unit], kind=kind))
    body: list[Block] = []
    for tl in lines[after:]:
        if body and body[-1].tag == str(tl.block):
            body[-1].lines.append(tl.line)
        else:
            body.append(Block([tl.line], kind=parsed.blocks[tl.block].kind, tag=str(tl.block)))
    compounds = hyphenated_pairs(parsed.source.text)
    for block in front + body:
        finish_block(block, compounds)
        block.tag = "pdf"
    texts = [b.text for b in body]
    before = opening.before if opening is not None else None
    title_page = next((b.lines[0].page for b in parsed.blocks if b.kind == "title" and b.lines), None)
    for n, block in enumerate(body):
        if block.kind == "heading" and is_contents_entry(block.text):
            block.kind = "table"  # a contents entry set in a chapter's bold or larger type
        elif block.kind not in GEOMETRY_KINDS:
            block.kind = body_kind(block.text, texts[n - 1] if n else before, texts[n + 1] if n + 1 < len(texts) else None)
    mark_session_output(body)  # what a session's command printed, after it
    mark_title_page_names(body, title_page)
    blocks = keep_visible(front + body, artifacts)
    mark_references(blocks, opening.section if opening is not None else None)
    assign_sections(blocks, opening.section if opening is not None else None)
    if opening is None:
        meta = infer_metadata(blocks, parsed.metadata, DateEvidence(top=_front_date(blocks)))
        fallback = parsed.fallback
        meta.title = meta.title or fallback.title
        meta.authors = meta.authors or fallback.authors
        meta.published_date = meta.published_date or fallback.published_date
        meta.modified_date = meta.modified_date or fallback.modified_date
        opening = Opening(None, None, [], meta)
    artifacts.sort(key=lambda a: a.start)
    log_removed(parsed, artifacts)
    return blocks, artifacts, opening
