"""Clean: remove layout artifacts (keeping them), repair the text, give every block a kind.

Plain text (mostly extracted from PDFs) is rebuilt line by line: letterhead, running headers and
page numbers out (`artifacts`), the article's opening lines read as title, subtitle, byline and
dateline (`frontmatter`), the rest regrouped into paragraphs (`reflow`). HTML blocks arrive with
their kind from the tag; only their body blocks may turn out to be bylines, datelines or captions.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from .artifacts import TextLine, as_artifact, letterhead, letterhead_units, page_numbers, running_headers
from .frontmatter import (
    dateline_date,
    dateline_publisher,
    ends_sentence,
    is_all_caps,
    is_byline,
    is_caption,
    is_dateline,
    parse_byline,
    title_case,
)
from .language import guess_language, main_script
from .records import Artifact, Block, Metadata, Parsed
from .reflow import line_width, reflow, text_width
from .repair import fix_mojibake, join_lines, normalize

MAX_TITLE_LINES = 4
TITLE_WIDTH_SHARE = 0.8  # a title set in a larger type stops well before the body's line width
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 100
MAX_FRONT_UNITS = 4
MAX_HEADING_NUMBERS = 3
_LABEL = re.compile(r"^\w{1,2}:\s")


def finish_block(block: Block, vocabulary: str = "") -> Block:
    block.text = fix_mojibake(join_lines([t for t in (normalize(ln.text) for ln in block.lines) if t], vocabulary))
    return block


def _gaps(removed: set[int], all_lines: list[TextLine]) -> list[str]:
    """What lies between consecutive kept lines: a wrap, a page break (or removed furniture) or a blank line."""
    kept = [i for i in range(len(all_lines)) if i not in removed]
    gaps = []
    for a, b in pairwise(kept):
        first, second = all_lines[a], all_lines[b]
        if b - a > 1 or first.line.page != second.line.page:
            gaps.append("page")
        else:
            gaps.append("wrap" if first.block == second.block else "blank")
    return gaps


def _byline_unit(lines: list[TextLine], i: int) -> int:
    """Index after a byline starting at i: it goes on while the line above stops mid-phrase."""
    j = i + 1
    while j < len(lines) and lines[j].block == lines[i].block:
        above, text = lines[j - 1].text, lines[j].text
        if is_dateline(text) or ends_sentence(above) or not (above.endswith(",") or above.split()[-1].islower()):
            break
        j += 1
    return j


def front_matter(lines: list[TextLine], start: int, width: float | None) -> tuple[list[tuple[str, list[TextLine]]], int]:
    """Title, subtitle, bylines and datelines opening the article at `start`; returns them and the next index."""
    units: list[tuple[str, list[TextLine]]] = []
    end = start + 1
    while (
        end < len(lines) and end - start < MAX_TITLE_LINES and lines[end].block == lines[start].block
        and lines[end].line.page == lines[start].line.page
        and not (is_byline(lines[end].text) or is_dateline(lines[end].text) or is_caption(lines[end].text))
        and not ends_sentence(lines[end - 1].text)
        and is_all_caps(lines[end].text) == is_all_caps(lines[start].text)
        and (width is None or text_width(lines[end].text) < width * TITLE_WIDTH_SHARE)
    ):
        end += 1
    units.append(("title", lines[start:end]))
    i = end
    opens_block = i < len(lines) and lines[i - 1].block != lines[i].block
    if opens_block and not is_byline(lines[i].text) and not is_dateline(lines[i].text):
        block_end = i
        while block_end < len(lines) and lines[block_end].block == lines[i].block:
            block_end += 1
        if block_end < len(lines) and (is_byline(lines[block_end].text) or is_dateline(lines[block_end].text)):
            units.append(("subtitle", lines[i:block_end]))
            i = block_end
    while i < len(lines) and len(units) < MAX_FRONT_UNITS + 2:
        if is_byline(lines[i].text):
            j = _byline_unit(lines, i)
            units.append(("byline", lines[i:j]))
        elif is_dateline(lines[i].text):
            j = i + 1
            units.append(("dateline", lines[i:j]))
        else:
            break
        i = j
    return units, i


def _is_short_line(text: str) -> bool:
    return len(text.split()) <= MAX_HEADING_WORDS and len(text) <= MAX_HEADING_CHARS and not ends_sentence(text)


def _has_price(text: str) -> bool:
    return any(unicodedata.category(ch) == "Sc" for ch in text) and any(ch.isdigit() for ch in text)


def _looks_like_heading(text: str, before: str | None, after: str | None) -> bool:
    """A short unpunctuated line between running text, not one of a list of short lines (items, table rows)."""
    if not _is_short_line(text) or text.endswith(",") or not text[:1].isalnum() or text[:1].islower():
        return False
    # table rows, prices and labelled answers ("A: ...") are short lines of content, not headings
    if len(re.findall(r"\d+", text)) >= MAX_HEADING_NUMBERS or _has_price(text) or _LABEL.match(text):
        return False
    return after is not None and not _is_short_line(after) and (before is None or not _is_short_line(before))


def _body_kind(text: str, before: str | None, after: str | None) -> str:
    if is_caption(text):
        return "caption"
    if is_dateline(text):
        return "dateline"
    if is_byline(text):
        return "byline"
    return "heading" if _looks_like_heading(text, before, after) else "body"


def _letterhead_publisher(units: list[list[TextLine]], script: str | None) -> str | None:
    names = []
    for unit in units:
        text = " ".join(normalize(tl.text) for tl in unit)
        if main_script(text) != script or any(ch.isdigit() or ch in "@|" for ch in text) or "www." in text.lower():
            continue
        names.append(title_case(text) if is_all_caps(text) else text)
    return ", ".join(names) or None


def clean_text(parsed: Parsed) -> tuple[list[Block], list[Artifact], Metadata]:
    lines = [TextLine(ln, n) for n, block in enumerate(parsed.blocks) for ln in block.lines if ln.text]
    source_text = parsed.source.text
    script = main_script(source_text[:20000])
    artifacts = list(parsed.artifacts)
    removed: dict[int, str] = {}
    head_units = [u for block in letterhead(lines, script) for u in letterhead_units(block)]
    index = {id(tl): i for i, tl in enumerate(lines)}
    for unit in head_units:
        artifacts.append(as_artifact("banner", unit))
        removed.update({index[id(tl)]: "banner" for tl in unit})
    removed.update({i: k for i, k in page_numbers(lines).items() if i not in removed})
    kept = [tl for i, tl in enumerate(lines) if i not in removed]
    width = line_width(kept, _gaps(set(removed), lines))
    units, _ = front_matter(kept, 0, width) if kept else ([], 0)
    known = [a.text for a in artifacts] + [" ".join(tl.text for tl in u) for kind, u in units if kind == "title"]
    removed.update({i: k for i, k in running_headers(lines, known).items() if i not in removed})
    for i, kind in sorted(removed.items()):
        if kind != "banner":
            artifacts.append(as_artifact(kind, [lines[i]]))
    kept = [tl for i, tl in enumerate(lines) if i not in removed]
    units, body_start = front_matter(kept, 0, width) if kept else ([], 0)
    gaps = _gaps(set(removed), lines)
    body = reflow(kept[body_start:], gaps[body_start:], source_text)
    blocks = [Block([tl.line for tl in unit], kind=kind) for kind, unit in units]
    paragraphs = [Block([tl.line for tl in para]) for para in body]
    for block in blocks + paragraphs:
        finish_block(block, source_text)
    texts = [b.text for b in paragraphs]
    for n, block in enumerate(paragraphs):
        before = texts[n - 1] if n else None
        block.kind = _body_kind(block.text, before, texts[n + 1] if n + 1 < len(texts) else None)
    blocks = keep_visible(blocks + paragraphs, artifacts)
    assign_sections(blocks)
    meta = infer_metadata(blocks, parsed.metadata)
    if not meta.publisher:
        meta.publisher = _letterhead_publisher(head_units, script)
    artifacts.sort(key=lambda a: a.start)
    return blocks, artifacts, meta


def keep_visible(blocks: list[Block], artifacts: list[Artifact]) -> list[Block]:
    """Blocks with text; a block of only invisible or control characters becomes an artifact."""
    for block in blocks:
        if not block.text:
            artifacts.extend(Artifact("invisible", ln.text, ln.start, ln.end) for ln in block.lines)
    return [b for b in blocks if b.text]


def classify_html(blocks: list[Block]) -> None:
    """HTML blocks keep the kind of their tag; a body block may say it is a byline, dateline or caption."""
    for block in blocks:
        if block.kind == "body":
            if is_caption(block.text):
                block.kind = "caption"
            elif is_dateline(block.text):
                block.kind = "dateline"
            elif is_byline(block.text):
                block.kind = "byline"


def assign_sections(blocks: list[Block]) -> None:
    section: str | None = None
    for block in blocks:
        if block.kind == "heading":
            section = block.text
        elif block.kind == "body":
            block.section = section


def infer_metadata(blocks: list[Block], hints: Metadata) -> Metadata:
    """Fill what the hints (HTML meta tags) leave open from the title, byline and dateline blocks."""
    meta = hints
    first = {kind: next((b.text for b in blocks if b.kind == kind), None) for kind in ("title", "subtitle", "byline", "dateline")}
    meta.title = meta.title or first["title"]
    meta.subtitle = meta.subtitle or first["subtitle"]
    if first["byline"]:
        authors, affiliation = parse_byline(first["byline"])
        meta.authors = meta.authors or authors
        meta.author_affiliation = meta.author_affiliation or affiliation
    if first["dateline"]:
        meta.published_date = meta.published_date or dateline_date(first["dateline"])
        meta.publisher = meta.publisher or dateline_publisher(first["dateline"])
    if not meta.language:
        meta.language = guess_language(" ".join(b.text for b in blocks if b.kind == "body"))
    return meta


def clean(parsed: Parsed) -> tuple[list[Block], list[Artifact], Metadata]:
    if parsed.source.format != "html":
        return clean_text(parsed)
    artifacts = list(parsed.artifacts)
    blocks = keep_visible([finish_block(b) for b in parsed.blocks], artifacts)
    classify_html(blocks)
    assign_sections(blocks)
    return blocks, artifacts, infer_metadata(blocks, parsed.metadata)
