"""Export: stream document results into Parquet tables, written atomically.

Rows are buffered per table and flushed as row groups, so memory stays flat however many
documents pass. The folder protocol (lock, staging folder, marker, swap) is `export.folder`'s:
a run that dies, fails to write or is abandoned leaves the previous dataset as it was.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..records import DocumentResult, Failure, Skipped
from ..resolve import EntityIndex
from ..schema import SCHEMA_VERSION, TABLES
from ..views.bundled import write_dataset_sql
from . import folder
from .card import write_card
from .terms import term_rows

ROW_GROUP_ROWS = 50_000
# Text-heavy tables reach this many characters long before they reach ROW_GROUP_ROWS rows.
ROW_GROUP_CHARS = 8_000_000
MANIFEST = "manifest.json"


# the output folder exists and is not a scoexport dataset, so it is not replaced
DatasetExistsError = folder.NotADatasetError


def _document_row(r: DocumentResult) -> dict[str, Any]:
    m = r.metadata
    return {
        "doc_id": r.doc_id, "source_path": r.source.path, "source_sha256": r.source.sha256,
        "format": r.source.format, "encoding": r.source.encoding, "n_bytes": r.source.n_bytes,
        "title": m.title, "subtitle": m.subtitle, "authors": list(m.authors),
        "author_affiliation": m.author_affiliation, "publisher": m.publisher,
        "published_date": m.published_date, "modified_date": m.modified_date,
        "language": m.language, "url": m.url,
        "n_paragraphs": len(r.paragraphs), "n_sentences": len(r.sentences),
        "n_facts": len(r.facts), "n_artifacts": len(r.artifacts), "n_pages": r.n_pages,
    }


def _box(box: tuple[float, float, float, float] | None) -> dict[str, float] | None:
    return None if box is None else dict(zip(("x0", "y0", "x1", "y1"), box, strict=True))


def rows_of(r: DocumentResult) -> dict[str, list[dict[str, Any]]]:
    """The rows one document adds to each table (entities are gathered across documents)."""
    return {
        "documents": [_document_row(r)],
        "paragraphs": [
            {"doc_id": p.doc_id, "paragraph_id": p.paragraph_id, "seq": p.seq, "kind": p.kind, "section": p.section,
             "text": p.text, "n_chars": len(p.text), "source_spans": [{"start": s, "end": e} for s, e in p.spans],
             "pages": None if p.pages is None else [n + 1 for n in p.pages],
             "bboxes": None if p.boxes is None else [{"page": n + 1, **_box(b)} for n, b in p.boxes]}
            for p in r.paragraphs
        ],
        "sentences": [vars(s) for s in r.sentences],
        "facts": [vars(f) for f in r.facts],
        "artifacts": [
            {"doc_id": r.doc_id, "kind": a.kind, "text": a.text, "source_start": a.start, "source_end": a.end,
             "page": None if a.page is None else a.page + 1, "bbox": _box(a.box)}
            for a in r.artifacts
        ],
        "texts": [{"doc_id": r.doc_id, "text": r.source.text}] if r.source.format == "pdf" else [],
        "terms": term_rows(r.paragraphs),
    }


class DatasetWriter:
    """Write a dataset folder: `<out>/<table>/part-0.parquet` for every table, plus manifest and SQL."""

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
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.buffered_chars: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.entities = EntityIndex()
        self.failures: list[Failure] = []
        self.started = dt.datetime.now(dt.timezone.utc)

    def __enter__(self) -> DatasetWriter:
        with self._lock as stack:
            stack.enter_context(folder.lock(self.out, self.wait))
            folder.check_replaceable(self.out)
            if self.out.exists() and not self.overwrite:
                raise DatasetExistsError(f"{self.out} exists; pass overwrite to replace it")
            self.tmp = folder.staging(self.out)
            self._lock = stack.pop_all()
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if exc_type is None and not self.abandoned:
                self.close()
        finally:
            if self.tmp.exists():  # the run failed or was abandoned before the swap: drop the partial dataset
                for w in self.writers.values():
                    with contextlib.suppress(Exception):  # a full disk fails the close too; the folder goes anyway
                        w.close()
                folder.discard(self.tmp)
            self._lock.close()

    def abandon(self) -> None:
        """Leave the folder as it was: the run did not produce what was asked."""
        self.abandoned = True

    def add(self, result: DocumentResult) -> None:
        for table, rows in rows_of(result).items():
            self._append(table, rows)
        self.entities.add(result)

    def add_skip(self, skipped: Skipped) -> None:
        self.skipped.append(skipped)

    def add_failure(self, failure: Failure) -> None:
        self.failures.append(failure)
        self._append("errors", [{"source_path": failure.path, "stage": failure.stage, "error": failure.error}])

    def _append(self, table: str, rows: list[dict[str, Any]]) -> None:
        buf = self.buffers[table]
        buf.extend(rows)
        self.counts[table] += len(rows)
        self.buffered_chars[table] += sum(len(r.get("text") or "") for r in rows)
        if len(buf) >= self.row_group_rows or self.buffered_chars[table] >= ROW_GROUP_CHARS:
            self._flush(table)

    def _flush(self, table: str) -> None:
        schema = TABLES[table]
        batch = pa.Table.from_pylist(self.buffers[table], schema=schema)
        self.buffers[table] = []
        self.buffered_chars[table] = 0
        if table not in self.writers:
            table_dir = self.tmp / table
            table_dir.mkdir()
            metadata = {**(schema.metadata or {}), b"scoexport.schema_version": SCHEMA_VERSION.encode(),
                        b"scoexport.version": __version__.encode(), b"scoexport.table": table.encode()}
            self.writers[table] = pq.ParquetWriter(table_dir / "part-0.parquet", schema.with_metadata(metadata),
                                                   compression="zstd")
        self.writers[table].write_table(batch, row_group_size=self.row_group_rows)

    def close(self) -> None:
        entity_rows = self.entities.table_rows()
        self.buffers["entities"] = entity_rows
        self.counts["entities"] = len(entity_rows)
        for table in TABLES:
            # every table gets a file, even an empty one, so that readers and views always find it
            if self.buffers[table] or table not in self.writers:
                self._flush(table)
            self.writers[table].close()
        self._write_manifest()
        write_dataset_sql(self.tmp)
        folder.mark(self.tmp)
        folder.replace(self.out, self.tmp)

    def _write_manifest(self) -> None:
        manifest = {
            "tool": "scoexport", "version": __version__, "schema_version": SCHEMA_VERSION,
            "created": self.started.isoformat(timespec="seconds"),
            "inputs": self.inputs, "counts": self.counts,
            "failures": [vars(f) for f in self.failures],
            "skipped": [vars(s) for s in self.skipped],
        }
        (self.tmp / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        write_card(self.tmp, manifest)
