"""Read a written dataset back, one document at a time, for the pages of `scoexport show`.

Enters: a dataset folder (Parquet tables, read through DuckDB; nothing is converted again).
Leaves: `Document` records (metadata, paragraphs with their facts, artifacts, the source text
when it can be had) and `Overview` (what the index page lists: every document's counts, the
entities with the documents naming them, the inputs that failed).

Each table is read once, ordered by document, and its rows are handed out document by document
as the documents are walked in the same order, so the pages of a large dataset never need the
whole of any table in memory at once.
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..records import Artifact, Fact, printable_path
from ..sources.inputs import InputError, InputSkipped, read_source
from ..views.bundled import dataset_folder

if TYPE_CHECKING:
    import duckdb

BATCH_ROWS = 10_000


@dataclass
class Paragraph:
    paragraph_id: str
    seq: int
    kind: str
    section: str | None
    text: str
    spans: list[tuple[int, int]]
    pages: list[int] | None
    facts: list[Fact] = field(default_factory=list)
    boxes: list[dict[str, Any]] = field(default_factory=list)  # PDF: page, x0, y0, x1, y1 in points


@dataclass
class Document:
    """One document as the dataset holds it, with the text its offsets point into where that is known."""

    meta: dict[str, Any]
    paragraphs: list[Paragraph]
    artifacts: list[Artifact]
    source: str | None  # the decoded source (a PDF's extracted text), or None
    source_note: str | None  # why the source is not shown, when it is not

    @property
    def doc_id(self) -> str:
        return str(self.meta["doc_id"])


@dataclass
class Entity:
    entity_id: str
    type: str
    name: str
    n_mentions: int
    documents: list[str]  # doc_ids, in the order of the index


@dataclass
class Overview:
    documents: list[dict[str, Any]]  # documents rows in source path order, with n_facts_by_kind and errors
    entities: dict[str, Entity]
    errors: list[dict[str, Any]]


def _table(folder: Path, name: str) -> str | None:
    """The read_parquet() call over a table's folder, or None when the dataset has no such table."""
    part = folder / name
    if not part.is_dir() or not any(part.glob("*.parquet")):
        return None
    pattern = str(part / "*.parquet").replace("'", "''")
    return f"read_parquet('{pattern}', union_by_name = true)"


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | dict[str, Any]) -> Iterator[dict[str, Any]]:
    result = con.execute(sql, params)
    columns = [d[0] for d in result.description or []]
    while batch := result.fetchmany(BATCH_ROWS):  # fetchmany: the same call in DuckDB 1 and 2
        for row in batch:
            yield dict(zip(columns, row, strict=True))


class _ByDocument:
    """Rows of one table ordered by doc_id, handed out a document at a time as doc_ids ascend."""

    def __init__(self, rows: Iterator[dict[str, Any]]) -> None:
        self._rows = rows
        self._next: dict[str, Any] | None = next(rows, None)

    def take(self, doc_id: str) -> list[dict[str, Any]]:
        taken = []
        while self._next is not None and self._next["doc_id"] <= doc_id:
            if self._next["doc_id"] == doc_id:
                taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


def _connect() -> duckdb.DuckDBPyConnection:
    import duckdb  # here: the CLI's other commands need not import it

    return duckdb.connect(":memory:")


def check_dataset(dataset: str | os.PathLike[str]) -> Path:
    """The dataset's folder (`views.bundled.dataset_folder` says what is wrong with one), with its documents."""
    folder = dataset_folder(dataset)
    if _table(folder, "documents") is None:
        raise FileNotFoundError(f"{dataset} is not a scoexport dataset (no documents/ table)")
    return folder


def find_documents(dataset: str | os.PathLike[str], wanted: str) -> list[str]:
    """doc_ids that `wanted` names: a doc_id, its start, or a source path (as given, or its file name)."""
    folder = check_dataset(dataset)
    sql = (f"SELECT doc_id FROM {_table(folder, 'documents')} WHERE doc_id = $w OR starts_with(doc_id, $w) "
           "OR source_path = $w OR ends_with(source_path, '/' || $w) ORDER BY doc_id")
    with _connect() as con:
        return [r[0] for r in con.execute(sql, {"w": wanted}).fetchall()]


def overview(dataset: str | os.PathLike[str]) -> Overview:
    """What the index lists: every document with its facts counted by kind, the entities, the errors."""
    folder = check_dataset(dataset)
    documents, facts = _table(folder, "documents"), _table(folder, "facts")
    with _connect() as con:
        docs = [dict(r) for r in _rows(con, f"SELECT * FROM {documents} ORDER BY source_path, doc_id", [])]
        by_kind: dict[str, dict[str, int]] = {}
        mentioned: dict[str, list[str]] = {}
        if facts:
            for doc_id, kind, n in con.execute(f"SELECT doc_id, kind, count(*) FROM {facts} GROUP BY ALL").fetchall():
                by_kind.setdefault(doc_id, {})[kind] = n
            for entity_id, doc_id in con.execute(f"SELECT DISTINCT entity_id, doc_id FROM {facts} "
                                                  "WHERE kind = 'entity' AND entity_id IS NOT NULL").fetchall():
                mentioned.setdefault(entity_id, []).append(doc_id)
        entities: dict[str, Entity] = {}
        if (table := _table(folder, "entities")) is not None:
            for r in _rows(con, f"SELECT entity_id, type, name, n_mentions FROM {table} "
                                "ORDER BY n_documents DESC, n_mentions DESC, name", []):
                entities[r["entity_id"]] = Entity(r["entity_id"], r["type"] or "", r["name"] or "",
                                                  r["n_mentions"] or 0, mentioned.get(r["entity_id"], []))
        errors = [dict(r) for r in _rows(con, f"SELECT * FROM {table} ORDER BY source_path", [])] \
            if (table := _table(folder, "errors")) is not None else []
    order = {d["doc_id"]: i for i, d in enumerate(docs)}
    by_path: dict[str, list[dict[str, Any]]] = {}
    for e in errors:
        by_path.setdefault(e.get("source_path") or "", []).append(e)
    for d in docs:
        d["n_facts_by_kind"] = dict(sorted(by_kind.get(d["doc_id"], {}).items()))
        d["errors"] = by_path.get(d.get("source_path") or "", [])  # a PDF page cut short: the rest was converted
    for e in entities.values():
        e.documents.sort(key=lambda doc_id: order.get(doc_id, len(order)))
    return Overview(docs, entities, errors)


def documents(dataset: str | os.PathLike[str], only: list[str] | None = None) -> Iterator[Document]:
    """Every document (or those of `only`, doc_ids) with its paragraphs, facts, artifacts and source."""
    folder = check_dataset(dataset)
    where = "WHERE list_contains($only, doc_id)" if only is not None else ""
    params = {"only": only} if only is not None else {}

    def ordered(table: str, columns: str, order: str) -> _ByDocument:
        source = _table(folder, table)
        if source is None:
            return _ByDocument(iter(()))
        cursor = con.cursor()  # one cursor per table: the streams are read side by side
        sql = f"SELECT {columns} FROM {source} {where} ORDER BY doc_id, {order}"
        return _ByDocument(_rows(cursor, sql, params))

    with _connect() as con:
        paragraphs = ordered("paragraphs", "*", "seq")
        facts = ordered("facts", "*", "paragraph_id, start, \"end\" DESC")
        artifacts = ordered("artifacts", "doc_id, kind, text, source_start, source_end, page", "source_start")
        texts = ordered("texts", "doc_id, text", "doc_id")
        docs = _rows(con.cursor(), f"SELECT * FROM {_table(folder, 'documents')} {where} ORDER BY doc_id", params)
        for meta in docs:
            doc_id = meta["doc_id"]
            by_paragraph: dict[str, list[Fact]] = {}
            for f in facts.take(doc_id):
                by_paragraph.setdefault(f["paragraph_id"], []).append(_fact(f))
            kept = [_paragraph(p, by_paragraph.get(p["paragraph_id"], [])) for p in paragraphs.take(doc_id)]
            removed = [Artifact(a["kind"] or "", a["text"] or "", a["source_start"] or 0, a["source_end"] or 0,
                                None if a["page"] is None else a["page"] - 1)  # the record counts pages from 0
                       for a in artifacts.take(doc_id)]
            extracted = texts.take(doc_id)
            if meta.get("format") == "pdf":
                source, note = (extracted[0]["text"], None) if extracted else (None, "the dataset keeps no text of this PDF")
            else:
                source, note = source_text(meta, folder)
            yield Document(meta, kept, removed, source, note)


_FACT_FIELDS = [f.name for f in fields(Fact)]


def _fact(row: dict[str, Any]) -> Fact:
    """A facts row as the record extraction made it (columns a dataset lacks are None)."""
    fact = Fact(**{name: row.get(name) for name in _FACT_FIELDS})
    fact.kind, fact.text, fact.start, fact.end = fact.kind or "", fact.text or "", fact.start or 0, fact.end or 0
    return fact


def _paragraph(row: dict[str, Any], facts: list[Fact]) -> Paragraph:
    spans = [(s["start"], s["end"]) for s in row.get("source_spans") or [] if s]
    return Paragraph(row["paragraph_id"], row["seq"] or 0, row["kind"] or "", row.get("section"), row["text"] or "",
                     spans, row.get("pages"), facts, [b for b in row.get("bboxes") or [] if b])


def source_text(meta: dict[str, Any], dataset: Path) -> tuple[str | None, str | None]:
    """The decoded source of a text or HTML document, read again from its path, or None and why not.

    The dataset keeps only the paragraphs and artifacts of text and HTML inputs, whose offsets point
    into the source as decoded at conversion; the file is read and decoded the same way
    (`sources.inputs`) and used only if its SHA-256 is still the one recorded. A relative path is
    looked for from the working directory, then from the dataset's parent folder.
    """
    path = str(meta.get("source_path") or "")
    member = None
    if "#" in path and not os.path.exists(path):  # a page of a web archive: FILE#OFFSET
        path, member = path.rsplit("#", 1)
    candidates = [Path(path)] if os.path.isabs(path) else [Path(path), dataset.resolve().parent / path]
    found = next((c for c in candidates if c.is_file()), None)
    shown = printable_path(str(meta.get("source_path") or ""))
    if found is None:
        return None, f"the source file {shown} is not there any more"
    try:
        if member is not None:
            source = _warc_member(str(found), meta.get("source_sha256"))
            if source is None:
                return None, f"the web archive {printable_path(path)} no longer holds this page"
            return source, None
        read = read_source(str(found))
    except (InputError, InputSkipped) as exc:
        return None, f"the source file {shown} cannot be read now: {exc}"
    if read.sha256 != meta.get("source_sha256"):
        return None, f"the source file {shown} has changed since it was converted"
    return read.text, None


def _warc_member(path: str, sha256: str | None) -> str | None:
    from ..records import Source
    from ..sources.warc import iter_warc

    for item in iter_warc(path):
        if isinstance(item, Source) and item.sha256 == sha256:
            return item.text
    return None


__all__ = ["Artifact", "Document", "Entity", "Fact", "Overview", "Paragraph", "documents", "find_documents",
           "overview", "source_text"]
