"""Export: stream document results into Parquet tables, written atomically.

Rows are buffered per table, bounded in bytes across tables, and flushed as row groups (`tables`), so
memory stays flat however many documents pass and however long one is. The folder protocol (lock,
staging folder, marker, swap) is `export.folder`'s: a run that dies, fails to write or is abandoned
leaves the previous dataset as it was.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterator
from operator import attrgetter
from pathlib import Path
from typing import Any

import pyarrow as pa

from .. import __version__
from ..records import DocumentResult, Failure, Skipped
from ..resolve import EntityIndex
from ..schema import SCHEMA_VERSION, TABLES
from ..views.bundled import write_dataset_sql
from . import folder, incremental
from .card import write_card
from .incremental import Entry, write_index
from .tables import ROW_GROUP_ROWS, Rows, TableFiles
from .terms import term_columns

MANIFEST = "manifest.json"
# the part written after every other (its name sorts after `part-0` and the workers' `part-NNNNNN`): rows the run
# decides to keep only once its documents are converted
LAST_PART = "part-restored"


def utc_now() -> str:
    """A manifest time stamp: UTC, to the second, ISO 8601 (runs' `started` and `finished`)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# the output folder exists and is not a scoexport dataset, so it is not replaced
DatasetExistsError = folder.NotADatasetError


def _document_row(r: DocumentResult) -> dict[str, Any]:
    m = r.metadata
    n = r.counts or {t: len(getattr(r, t)) for t in ("paragraphs", "sentences", "facts", "artifacts")}
    return {
        "doc_id": r.doc_id, "source_path": r.source.path, "source_sha256": r.source.sha256,
        "format": r.source.format, "encoding": r.source.encoding, "n_bytes": r.source.n_bytes,
        "title": m.title, "subtitle": m.subtitle, "authors": list(m.authors),
        "author_affiliation": m.author_affiliation, "publisher": m.publisher,
        "published_date": m.published_date, "modified_date": m.modified_date,
        "language": m.language, "url": m.url,
        "target_url": r.source.target_url, "crawl_date": r.source.crawl_date,
        "record": r.source.record, "record_id": r.source.record_id,
        "n_paragraphs": n["paragraphs"], "n_sentences": n["sentences"],
        "n_facts": n["facts"], "n_artifacts": n["artifacts"], "n_pages": r.n_pages,
    }


def _box(box: tuple[float, float, float, float] | None) -> dict[str, float] | None:
    return None if box is None else dict(zip(("x0", "y0", "x1", "y1"), box, strict=True))


def document_rows(result: DocumentResult) -> Iterator[tuple[DocumentResult, dict[str, Rows]]]:
    """A document's rows, piece by piece with the piece they come from: the whole document at once, or, for
    one processed in windows, each window's rows (read back from its spill file) and then its documents row.

    A windowed PDF's text comes in parts, one per group of pages, and its texts row is one value. The parts go to a
    temporary file as they come, not to memory, and the row is made at the end on the file's bytes read back into
    one Arrow buffer (a one-row Arrow table): the text is held once, and only while that row is written."""
    if result.spill is None:
        yield result, rows_of(result)
        return
    from ..windows import pieces  # the spill file's format is the windows module's

    with contextlib.ExitStack() as stack:
        text = None
        if result.source.format == "pdf":
            text = stack.enter_context(tempfile.TemporaryFile(prefix="scoexport-text-", dir=os.path.dirname(result.spill)))
        for piece in pieces(result):
            rows = rows_of(piece)
            del rows["documents"], rows["texts"]
            if text is not None:
                text.write(piece.source.text.encode())
            yield piece, rows
        last: dict[str, Rows] = {"documents": [_document_row(result)]}
        if text is not None:
            text.seek(0)
            last["texts"] = text_row(result.doc_id, pa.PythonFile(text, mode="r").read_buffer())
        yield result, last


def text_row(doc_id: str, utf8: pa.Buffer) -> pa.Table:
    """The texts row of a document whose text is already UTF-8 in an Arrow buffer, without copying it."""
    offsets = pa.array([0, utf8.size], pa.int32()).buffers()[1]
    text = pa.StringArray.from_buffers(1, offsets, utf8)
    return pa.Table.from_arrays([pa.array([doc_id], pa.string()), text], schema=TABLES["texts"])


def record_columns(table: str, records: list[Any]) -> dict[str, list[Any]]:
    """Records whose fields are the table's columns (sentences, facts), as columns: Arrow reads a list per column,
    which `attrgetter` builds in C, where a dict per row was built and then read back column by column."""
    return {name: list(map(attrgetter(name), records)) for name in TABLES[table].names}


def rows_of(r: DocumentResult) -> dict[str, Rows]:
    """The rows one document adds to each table, as a list of rows or (sentences, facts, terms) a dict of columns;
    entities are gathered across documents."""
    return {
        "documents": [_document_row(r)],
        "paragraphs": [
            {"doc_id": p.doc_id, "paragraph_id": p.paragraph_id, "seq": p.seq, "kind": p.kind, "section": p.section,
             "text": p.text, "n_chars": len(p.text), "source_spans": [{"start": s, "end": e} for s, e in p.spans],
             "pages": None if p.pages is None else [n + 1 for n in p.pages],
             "bboxes": None if p.boxes is None else [{"page": n + 1, **_box(b)} for n, b in p.boxes],
             "literals": [{"start": s, "end": e} for s, e in p.literals]}
            for p in r.paragraphs
        ],
        "sentences": record_columns("sentences", r.sentences),
        "facts": record_columns("facts", r.facts),
        "artifacts": [
            {"doc_id": r.doc_id, "kind": a.kind, "text": a.text, "source_start": a.start, "source_end": a.end,
             "page": None if a.page is None else a.page + 1, "bbox": _box(a.box),
             "reason": a.reason}
            for a in r.artifacts
        ],
        "texts": [{"doc_id": r.doc_id, "text": r.source.text}] if r.source.format == "pdf" else [],
        "terms": term_columns(r.paragraphs),
    }


class DatasetWriter:
    """Write a dataset folder: `<out>/<table>/part-0.parquet` for every table, plus manifest and SQL; workers
    add their own parts beside it (`scoexport.partitions`), which sort after part-0 in input order."""

    def __init__(self, out: str | os.PathLike[str], *, inputs: list[str] | None = None, overwrite: bool = True,
                 row_group_rows: int = ROW_GROUP_ROWS, wait: float = 0.0) -> None:
        self.out = Path(out)
        self.inputs = inputs or []
        self.overwrite = overwrite
        self.row_group_rows = row_group_rows
        self.wait = wait
        self.tmp = self.out  # set to the staging folder on entering
        self.abandoned = False
        self.skipped: list[Skipped] = []
        self._lock = contextlib.ExitStack()
        self.tables = TableFiles(self.tmp, row_group_rows=row_group_rows)  # set again on the staging folder
        self.parts: dict[str, TableFiles] = {}  # parts the parent writes besides part-0 (`add_batch`)
        self.entities = EntityIndex()
        self.failures: list[Failure] = []
        self.started = dt.datetime.now(dt.timezone.utc)
        self.index: dict[str, Entry] = {}  # the input files this dataset is made from (incremental runs read it)
        self.runs: list[dict[str, Any]] = []  # earlier runs into this folder, from its manifest
        self.run: dict[str, Any] = {}  # what this run did, recorded in the manifest

    def __enter__(self) -> DatasetWriter:
        with self._lock as stack:
            stack.enter_context(folder.lock(self.out, self.wait))
            folder.check_replaceable(self.out)
            if self.out.exists() and not self.overwrite:
                raise DatasetExistsError(f"{self.out} exists; pass overwrite to replace it")
            self.tmp = folder.staging(self.out)
            self.tables = TableFiles(self.tmp, row_group_rows=self.row_group_rows)
            self._lock = stack.pop_all()
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None and not self.abandoned:
                self.close()
        finally:
            if self.tmp.exists():  # the run failed or was abandoned before the swap: drop the partial dataset
                for files in (self.tables, *self.parts.values()):
                    files.abort()
                folder.discard(self.tmp)
            self._lock.close()

    @property
    def scratch(self) -> Path:
        """The run's folder of temporary files (`folder.scratch`), removed with the staging folder."""
        return folder.scratch(self.tmp)

    def abandon(self) -> None:
        """Leave the folder as it was: the run did not produce what was asked."""
        self.abandoned = True

    def add(self, result: DocumentResult, rank: int | None = None) -> None:
        """One document's rows; `rank` is its place among the inputs (the entities table orders mentions by it)."""
        rank = self.entities.next_rank() if rank is None else rank  # one rank for all of a document's pieces
        mentions = 0
        for piece, rows in document_rows(result):
            for table, table_rows in rows.items():
                self.tables.append(table, table_rows)
            self.entities.add(piece, rank, mentions)
            mentions += len(piece.mentions)

    def add_skip(self, skipped: Skipped) -> None:
        self.skipped.append(skipped)

    def add_failure(self, failure: Failure) -> None:
        self.failures.append(failure)
        self.tables.append("errors", [{"source_path": failure.path, "stage": failure.stage, "error": failure.error}])

    def add_batch(self, table: str, batch: pa.RecordBatch | pa.Table, part: str | None = None) -> None:
        """Rows already in the table's schema (kept from an earlier run), written after what is buffered; with
        `part`, into a part of that name (`LAST_PART`: after every part the run writes, workers' included)."""
        if part is None:
            self.tables.add_batch(table, batch)
            return
        if part not in self.parts:
            self.parts[part] = TableFiles(self.tmp, part, row_group_rows=self.row_group_rows)
        self.parts[part].add_batch(table, batch)
        self.tables.counts[table] += batch.num_rows

    def add_part_counts(self, counts: dict[str, int]) -> None:
        """Rows that a worker wrote as its own part of the tables (`scoexport.partitions`)."""
        for table, n in counts.items():
            self.tables.counts[table] += n

    @property
    def counts(self) -> dict[str, int]:
        return self.tables.counts

    def close(self) -> None:
        self.tables.append("entities", self.entities.table_rows())
        # every table gets a file, even an empty one, so that readers and views always find it
        self.tables.close(every_table=True)
        for part in self.parts.values():
            part.close(every_table=False)
        self._write_manifest()
        write_index(self.tmp, self.index.values())
        write_dataset_sql(self.tmp)
        folder.tidy(self.tmp)
        folder.mark(self.tmp)
        folder.replace(self.out, self.tmp)

    def _write_manifest(self) -> None:
        manifest = {
            "tool": "scoexport", "version": __version__, "schema_version": SCHEMA_VERSION, "code": incremental.code_fingerprint(),
            "created": self.started.isoformat(timespec="seconds"),
            "inputs": self.inputs, "counts": self.counts,
            "failures": [vars(f) for f in self.failures],
            "skipped": [s.entry() for s in self.skipped],
            "runs": [*self.runs, {**self.run, "finished": utc_now()}],
        }
        (self.tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        write_card(self.tmp, manifest)
