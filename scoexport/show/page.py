"""The page of one document: what the tool kept, removed and found, in the order of the source.

Enters: a `load.Document` and the dataset's entities. Leaves: one HTML page (a string).

Paragraphs come in the dataset's order, each marked with its kind (and for a PDF its pages), its
cleaned text with the facts highlighted; removed artifacts are placed where they stood in the
source (by their offsets), struck through and labelled with their kind and the reason for that
kind. Where the source text is known (a PDF's extracted text, or a text or HTML file still as it
was converted), a paragraph whose source differs from its text beyond white space (repaired,
de-hyphenated, or HTML markup) shows that source under "source", and for text and PDF any
non-blank source text in neither a paragraph nor an artifact is shown, marked as such: the
dataset promises there is none.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ..records import Artifact
from .load import Document, Entity, Paragraph
from .markup import artifact_reason, entity_anchor, esc, mark_facts, page_name, shell, slug

FOLDED_ARTIFACT_CHARS = 400  # longer removed text (a page's script, a navigation menu) is folded away
BLOCK_PIECES = 8  # a run of up to this many removed pieces shows one a line; longer runs flow as a paragraph


@dataclass
class _Piece:
    position: int  # offset into the source, for placing artifacts and gaps among the paragraphs
    page: int | None
    html: str


def document_page(doc: Document, entities: dict[str, Entity], titles: dict[str, str],
                  errors: list[dict[str, Any]] | None = None) -> str:
    """The whole page of one document; `titles` names every document of the dataset (doc_id -> title),
    `errors` are the errors table's rows of its input (a PDF page cut short)."""
    meta = doc.meta
    title = meta.get("title") or meta.get("source_path") or doc.doc_id
    speakers = {e.entity_id: e.name for e in entities.values()}
    mentioned = _mentioned(doc, entities)
    links = {e.entity_id: f"#{entity_anchor(e.entity_id)}" for e in mentioned}
    pieces = [_paragraph(p, doc, speakers, links) for p in doc.paragraphs]
    starts = sorted(p.spans[0][0] for p in doc.paragraphs if p.spans)
    pieces = _merge(pieces, [_artifacts(run) for run in _runs(doc.artifacts, starts)] + _gaps(doc))
    body = [f'<nav><a href="index.html">&larr; all documents</a></nav>\n<h1>{esc(title)}</h1>', _metadata(doc)]
    if doc.source_note:
        body.append(f'<p class="note">Source text not shown: {esc(doc.source_note)}. Paragraphs and removed text '
                    "are shown as the dataset holds them.</p>")
    for e in errors or []:
        body.append(f'<p class="note error">Conversion error ({esc(e.get("stage"))}): {esc(e.get("error"))}</p>')
    body.append(_LEGEND)
    body.append(f'<main class="doc">{_with_page_breaks(pieces, meta.get("format") == "pdf")}</main>')
    body.append(_entity_section(doc, mentioned, titles))
    return shell(f"{title} - scoexport show", "\n".join(body))


_LEGEND = ('<p class="legend">Hover a highlighted span for its normalized value: <span class="fact f-date">date</span> '
           '<span class="fact f-number">number</span> <span class="fact f-entity">entity</span> '
           '<span class="fact f-acronym">acronym</span> <span class="fact f-quote">quote</span>. '
           'Struck-through text was removed by cleaning; the label says what kind and why.</p>')


def _metadata(doc: Document) -> str:
    m = doc.meta
    route = m.get("format") or ""
    if m.get("target_url"):
        route += " (from a web archive)"
    rows = [("source", m.get("source_path")), ("route", route), ("document ID", doc.doc_id),
            ("published", m.get("published_date")), ("modified", m.get("modified_date")),
            ("authors", ", ".join(m.get("authors") or [])), ("affiliation", m.get("author_affiliation")),
            ("publisher", m.get("publisher")), ("language", m.get("language")), ("URL", m.get("url") or m.get("target_url")),
            ("pages", m.get("n_pages")),
            ("kept", f"{len(doc.paragraphs)} paragraphs, {m.get('n_sentences') or 0} sentences, "
                     f"{sum(len(p.facts) for p in doc.paragraphs)} facts; {len(doc.artifacts)} pieces removed")]
    cells = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows if v not in (None, ""))
    return f'<dl class="meta">{cells}</dl>'


def _paragraph(p: Paragraph, doc: Document, speakers: dict[str, str], links: dict[str, str]) -> _Piece:
    where = [p.kind or "paragraph"]
    if p.pages:
        where.append(("pages " if len(p.pages) > 1 else "page ") + ", ".join(str(n) for n in p.pages))
    if p.section and p.kind not in ("heading", "title"):
        where.append(f"in: {p.section}")
    boxes = "; ".join(f"page {b['page']}: x {b['x0']:.0f}-{b['x1']:.0f}, y {b['y0']:.0f}-{b['y1']:.0f} pt"
                      for b in p.boxes if None not in (b.get(k) for k in ("page", "x0", "y0", "x1", "y1")))
    title = f' title="{esc(boxes)}"' if boxes else ""
    label = f'<span class="label"{title}>{esc(" · ".join(where))}</span>'
    source = _source_of(p, doc)
    shown = f'<details class="src"><summary>source</summary>{esc(source)}</details>' if source is not None else ""
    text = mark_facts(p.text, p.facts, speakers, links)
    html = (f'<div class="block k-{slug(p.kind)}" id="p{p.seq}" data-kind="{esc(p.kind)}">'
            f"{label}{text}{shown}</div>")
    position = p.spans[0][0] if p.spans else -1
    return _Piece(position, p.pages[0] if p.pages else None, html)


def _source_of(p: Paragraph, doc: Document) -> str | None:
    """The paragraph's source text when it differs from the kept text beyond white space, else None."""
    if doc.source is None or not p.spans:
        return None
    pieces = [doc.source[p.spans[0][0]:p.spans[0][1]]]
    for (_, end), (start, stop) in pairwise(p.spans):
        between = doc.source[end:start]
        pieces.append((between if not between.strip() else " [...] ") + doc.source[start:stop])
    source = "".join(pieces)
    return None if source.split() == p.text.split() else source


def _runs(artifacts: list[Artifact], paragraph_starts: list[int]) -> list[list[Artifact]]:
    """Artifacts in source order, those of one kind and page with no paragraph between them together
    (a letterhead's lines, a column of line numbers, a page's style sheets)."""
    runs: list[list[Artifact]] = []
    for a in sorted(artifacts, key=lambda a: a.start):
        if runs:
            last = runs[-1][-1]
            between = bisect.bisect_right(paragraph_starts, a.start) - bisect.bisect_right(paragraph_starts, last.start)
            if last.kind == a.kind and last.page == a.page and not between:
                runs[-1].append(a)
                continue
        runs.append([a])
    return runs


def _artifacts(run: list[Artifact]) -> _Piece:
    """One box for a run of removed text: its kind, how many pieces and why, each piece struck through;
    long runs (a page's scripts, a navigation menu) folded away behind their first words."""
    first = run[0]
    page = None if first.page is None else first.page + 1
    reason = artifact_reason(first.kind)
    label = first.kind.replace("_", " ") + (f" ×{len(run)}" if len(run) > 1 else "") + (f": {reason}" if reason else "")
    label += f" · page {page}" if page else ""
    inline = len(run) > BLOCK_PIECES or all(len(a.text) < 8 for a in run)
    struck = (" " if inline else "").join(f"<del>{esc(a.text)}</del>" for a in run)
    size = sum(len(a.text) for a in run)
    if size > FOLDED_ARTIFACT_CHARS:
        preview = " ".join(a.text for a in run)[:120]
        struck = (f'<details><summary><span class="preview">{esc(preview)}</span> … ({len(run)} piece'
                  f'{"s" if len(run) > 1 else ""}, {size:,} characters)</summary>{struck}</details>')
    html = (f'<div class="artifact{" inline" if inline else ""}" data-kind="{esc(first.kind)}">'
            f'<span class="label">removed · {esc(label)}</span>{struck}</div>')
    return _Piece(first.start, page, html)


def _gaps(doc: Document) -> list[_Piece]:
    """Non-blank source text that no paragraph or artifact holds (text and PDF; an HTML source's markup is
    in neither by design)."""
    if doc.source is None or doc.meta.get("format") == "html":
        return []
    covered = sorted([s for p in doc.paragraphs for s in p.spans] + [(a.start, a.end) for a in doc.artifacts])
    pieces, pos = [], 0
    for start, end in [*covered, (len(doc.source), len(doc.source))]:
        if start > pos and doc.source[pos:start].strip():
            text = doc.source[pos:start].strip()
            pieces.append(_Piece(pos, None, f'<div class="gap"><span class="label">source text in no paragraph '
                                            f"and no artifact</span>{esc(text)}</div>"))
        pos = max(pos, end)
    return pieces


def _merge(paragraphs: list[_Piece], placed: list[_Piece]) -> list[_Piece]:
    """Paragraphs in the dataset's order, each artifact or gap before the first paragraph that starts after it."""
    placed = sorted(placed, key=lambda piece: piece.position)
    starts = [piece.position for piece in placed]
    merged: list[_Piece] = []
    taken = 0
    for paragraph in paragraphs:
        if paragraph.position >= 0:
            upto = bisect.bisect_left(starts, paragraph.position)
            merged.extend(placed[taken:max(upto, taken)])
            taken = max(upto, taken)
        merged.append(paragraph)
    return merged + placed[taken:]


def _with_page_breaks(pieces: list[_Piece], is_pdf: bool) -> str:
    out, page = [], 1
    for piece in pieces:
        if is_pdf and piece.page is not None and piece.page > page:
            page = piece.page
            out.append(f'<div class="page-break">page {page}</div>')
        out.append(piece.html)
    return "\n".join(out)


def _mentioned(doc: Document, entities: dict[str, Entity]) -> list[Entity]:
    counted: dict[str, int] = {}
    for p in doc.paragraphs:
        for f in p.facts:
            if f.kind == "entity" and f.entity_id in entities:
                counted[f.entity_id] = counted.get(f.entity_id, 0) + 1
    return sorted((entities[e] for e in counted), key=lambda e: (-counted[e.entity_id], e.name))


def _entity_section(doc: Document, mentioned: list[Entity], titles: dict[str, str]) -> str:
    if not mentioned:
        return ""
    items = []
    for e in mentioned:
        others = [d for d in e.documents if d != doc.doc_id]
        where = ", ".join(f'<a href="{esc(page_name(d))}">{esc(titles.get(d) or d)}</a>' for d in others)
        also = f" — also in {where}" if others else " — in no other document"
        items.append(f'<li id="{entity_anchor(e.entity_id)}"><a href="index.html#{entity_anchor(e.entity_id)}">'
                     f"{esc(e.name)}</a> ({esc(e.type)}){also}</li>")
    return f'<h2>Entities named here</h2>\n<ul class="entities">{"".join(items)}</ul>'
