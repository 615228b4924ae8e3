"""Parquet files of the dataset's tables, one part per writer: rows in, `<folder>/<table>/<part>.parquet` out.

A local run writes every table through one `TableFiles` (`part-0`); a distributed run writes one part
per partition of documents, each on the worker that converted it. Rows are buffered per table and
flushed as row groups, so memory stays flat however many documents pass. With `staged`, each file is
written under a hidden name and renamed into place when complete, so a part is there whole or not at
all (a partition that a cluster runs twice leaves one copy of its rows).
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__
from ..schema import SCHEMA_VERSION, TABLES

ROW_GROUP_ROWS = 50_000
# Text-heavy tables reach this many characters long before they reach ROW_GROUP_ROWS rows.
ROW_GROUP_CHARS = 8_000_000


def part_path(folder: Path, table: str, part: str) -> Path:
    """Where one part of a table lives in a dataset folder: `<folder>/<table>/<part>.parquet`."""
    return folder / table / f"{part}.parquet"


class TableFiles:
    """Buffers and Parquet writers of every table, for one part of a dataset folder."""

    def __init__(self, folder: Path, part: str = "part-0", *, staged: bool = False,
                 row_group_rows: int = ROW_GROUP_ROWS) -> None:
        self.folder = folder
        self.part = part
        self.staged = staged
        self.row_group_rows = row_group_rows
        self.buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.buffered_chars: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.column_buffers: dict[str, dict[str, list[Any]]] = {}  # tables whose rows arrive as columns
        self.paths: dict[str, Path] = {}  # where each open writer writes (a hidden name while staged)

    def append(self, table: str, rows: list[dict[str, Any]] | dict[str, list[Any]]) -> None:
        """Rows as a list of dicts, or as a dict of equally long columns."""
        if isinstance(rows, dict):
            self._append_columns(table, rows)
            return
        buf = self.buffers[table]
        buf.extend(rows)
        self.counts[table] += len(rows)
        if "text" in TABLES[table].names:
            self.buffered_chars[table] += sum(len(r["text"] or "") for r in rows)
        if len(buf) >= self.row_group_rows or self.buffered_chars[table] >= ROW_GROUP_CHARS:
            self.flush(table)

    def _append_columns(self, table: str, columns: dict[str, list[Any]]) -> None:
        n = len(next(iter(columns.values()), []))
        if not n:
            return
        buf = self.column_buffers.setdefault(table, {name: [] for name in TABLES[table].names})
        for name, values in buf.items():
            values += columns[name]
        self.counts[table] += n
        if len(buf[TABLES[table].names[0]]) >= self.row_group_rows:
            self.flush(table)

    def add_batch(self, table: str, batch: pa.RecordBatch | pa.Table) -> None:
        """Rows already in the table's schema (kept from an earlier run), written after what is buffered."""
        if not batch.num_rows:
            return
        if self.buffers[table] or table in self.column_buffers:
            self.flush(table)
        table_rows = pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch
        self._writer(table).write_table(table_rows.cast(TABLES[table]), row_group_size=self.row_group_rows)
        self.counts[table] += batch.num_rows

    def flush(self, table: str) -> None:
        schema = TABLES[table]
        columns = self.column_buffers.pop(table, None)
        if columns is None:
            # column by column: Arrow reads plain lists about 5x faster than it reads a list of dicts
            rows = self.buffers[table]
            columns = {name: [r.get(name) for r in rows] for name in schema.names}
        batch = pa.Table.from_pydict(columns, schema=schema)
        self.buffers[table] = []
        self.buffered_chars[table] = 0
        self._writer(table).write_table(batch, row_group_size=self.row_group_rows)

    def _path(self, table: str) -> Path:
        return part_path(self.folder, table, self.part)

    def _writer(self, table: str) -> pq.ParquetWriter:
        if table not in self.writers:
            schema = TABLES[table]
            path = self._path(table)
            path.parent.mkdir(exist_ok=True)
            if self.staged:
                path = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            self.paths[table] = path
            metadata = {**(schema.metadata or {}), b"scoexport.schema_version": SCHEMA_VERSION.encode(),
                        b"scoexport.version": __version__.encode(), b"scoexport.table": table.encode()}
            self.writers[table] = pq.ParquetWriter(path, schema.with_metadata(metadata), compression="zstd")
        return self.writers[table]

    def close(self, *, every_table: bool = True) -> None:
        """Flush and close every file; with `every_table`, a table with no rows still gets an (empty) file."""
        for table in TABLES:
            if self.buffers[table] or table in self.column_buffers or (every_table and table not in self.writers):
                self.flush(table)
            writer = self.writers.get(table)
            if writer is None:
                continue
            writer.close()
            if self.staged:
                os.replace(self.paths[table], self._path(table))

    def abort(self) -> None:
        for table, writer in self.writers.items():
            with contextlib.suppress(Exception):  # a full disk fails the close too; the files go anyway
                writer.close()
            if self.staged:
                self.paths[table].unlink(missing_ok=True)
