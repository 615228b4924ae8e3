"""Parquet files of the dataset's tables, one part per writer: rows in, `<folder>/<table>/<part>.parquet` out.

A run in one process writes every table through one `TableFiles` (`part-0`); with several processes, or on
Dask, each partition of the inputs is written as a part of its own by the worker that converted it
(`scoexport.partitions`), and the parent writes `part-0` (errors, entities, rows kept from an earlier run).
With `staged`, each file is written under a hidden name and renamed into place when complete, so a part is
there whole or not at all (a partition that a cluster runs twice leaves one copy of its rows).

Memory is bounded in bytes, not rows, so that it stays flat however many documents pass and however long
one of them is (a long PDF's windows arrive as pieces of thousands of rows each):
- rows arrive as Python objects (about `ROW_BYTES` each besides their text) and are staged per table until
  they are worth `STAGE_BYTES`, then made one Arrow chunk (several times smaller, and it lets the pieces'
  objects go);
- a table's chunks are written as one row group when they reach `row_group_rows` rows, and whenever all
  tables together hold more than `BUFFER_BYTES` the table holding the most is written out. So the writer
  never holds much more than `BUFFER_BYTES` of rows, while a small dataset still gets one row group per table.
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
BUFFER_BYTES = 16 << 20  # rows held across all tables before the largest table is written out
STAGE_BYTES = 1 << 20  # rows staged as Python objects per table before they are made an Arrow chunk
# a staged row's cost besides its text: the record object (a dataclass of a dozen fields and its small
# values, ~0.5-1 KB in CPython) that the row's dict keeps alive; an upper bound is what matters
ROW_BYTES = 1_000
# Columns whose value is a whole document's text: written without min/max statistics (which would copy the
# longest values twice, +28 MB for a 4,000-page PDF's text, and never prune a row group on free text) and
# without a dictionary (a whole text is never repeated).
WHOLE_TEXTS = {"texts": ("text",)}

# a list of rows, a dict of equally long columns, or rows already made in the table's schema
Rows = list[dict[str, Any]] | dict[str, list[Any]] | pa.Table


def part_path(folder: Path, table: str, part: str) -> Path:
    """Where one part of a table lives in a dataset folder: `<folder>/<table>/<part>.parquet`."""
    return folder / table / f"{part}.parquet"


def _staged_bytes(table: str, rows: list[dict[str, Any]] | dict[str, list[Any]]) -> int:
    """What rows cost in memory as Python objects, roughly from above: a fixed cost per row plus its text."""
    if isinstance(rows, dict):
        texts = rows.get("text") if "text" in TABLES[table].names else None
        return len(next(iter(rows.values()), [])) * ROW_BYTES + (sum(len(t) for t in texts if t) if texts else 0)
    if "text" not in TABLES[table].names:
        return len(rows) * ROW_BYTES
    return sum(ROW_BYTES + len(r["text"] or "") for r in rows)



def parquet_options(table: str) -> dict[str, Any]:
    """How every part of `table` is written, wherever it is written (first or rewritten): zstd, and no
    dictionary or min/max statistics for whole-text columns, whose statistics would copy the text."""
    whole = WHOLE_TEXTS.get(table, ())
    others = [name for name in TABLES[table].names if name not in whole] if whole else True
    return {"compression": "zstd", "use_dictionary": others, "write_statistics": others}

class _Buffer:
    """One table's rows not yet written: staged Python rows (a list of rows, or columns), then Arrow chunks."""

    def __init__(self, schema: pa.Schema) -> None:
        self.schema = schema
        self.rows: list[dict[str, Any]] = []
        self.columns: dict[str, list[Any]] | None = None  # a table whose rows arrive as columns
        self.staged_rows = 0
        self.staged_bytes = 0
        self.chunks: list[pa.Table] = []
        self.chunk_rows = 0
        self.chunk_bytes = 0

    @property
    def num_rows(self) -> int:
        return self.staged_rows + self.chunk_rows

    @property
    def nbytes(self) -> int:
        return self.staged_bytes + self.chunk_bytes

    def stage(self, rows: list[dict[str, Any]] | dict[str, list[Any]], nbytes: int) -> None:
        if isinstance(rows, dict):
            n = len(next(iter(rows.values()), []))
            if self.columns is None:
                self.columns = {name: [] for name in self.schema.names}
            for name, values in self.columns.items():
                values += rows[name]
        else:
            n = len(rows)
            self.rows.extend(rows)
        self.staged_rows += n
        self.staged_bytes += nbytes

    def to_arrow(self) -> None:
        """The staged rows as one Arrow chunk; the Python objects are let go."""
        if not self.staged_rows:
            return
        columns = self.columns
        if columns is None:
            # column by column: Arrow reads plain lists about 5x faster than it reads a list of dicts
            columns = {name: [r.get(name) for r in self.rows] for name in self.schema.names}
        chunk = pa.Table.from_pydict(columns, schema=self.schema)
        self.rows, self.columns = [], None
        self.staged_rows = self.staged_bytes = 0
        self.add(chunk)

    def add(self, chunk: pa.Table) -> None:
        self.chunks.append(chunk)
        self.chunk_rows += chunk.num_rows
        self.chunk_bytes += chunk.nbytes

    def take(self) -> pa.Table:
        """Every row held, as one table of chunks (not copied into one), and the buffer emptied."""
        self.to_arrow()
        table = pa.concat_tables(self.chunks) if self.chunks else self.schema.empty_table()
        self.chunks, self.chunk_rows, self.chunk_bytes = [], 0, 0
        return table


class TableFiles:
    """Buffers and Parquet writers of every table, for one part of a dataset folder."""

    def __init__(self, folder: Path, part: str = "part-0", *, staged: bool = False,
                 row_group_rows: int = ROW_GROUP_ROWS, buffer_bytes: int = BUFFER_BYTES) -> None:
        self.folder = folder
        self.part = part
        self.staged = staged
        self.row_group_rows = row_group_rows
        self.buffer_bytes = buffer_bytes
        self.buffers = {t: _Buffer(schema) for t, schema in TABLES.items()}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)
        self.paths: dict[str, Path] = {}  # where each open writer writes (a hidden name while staged)

    @property
    def held_bytes(self) -> int:
        """Bytes of rows held across all tables (staged rows by estimate, Arrow chunks exactly)."""
        return sum(b.nbytes for b in self.buffers.values())

    def append(self, table: str, rows: Rows) -> None:
        """Rows as a list of dicts, as a dict of equally long columns, or as an Arrow table (written at once)."""
        if isinstance(rows, pa.Table):  # a whole document's text: written when the other tables hold nothing
            for other in self.buffers:
                self.flush(other)
            self.add_batch(table, rows)
            return
        buf = self.buffers[table]
        nbytes = _staged_bytes(table, rows)
        if not nbytes:
            return
        before = buf.staged_rows
        buf.stage(rows, nbytes)
        self.counts[table] += buf.staged_rows - before
        if buf.staged_bytes >= STAGE_BYTES:
            buf.to_arrow()
        if buf.num_rows >= self.row_group_rows:
            self.flush(table)
        while self.held_bytes > self.buffer_bytes:
            self.flush(max(self.buffers, key=lambda t: self.buffers[t].nbytes))

    def add_batch(self, table: str, batch: pa.RecordBatch | pa.Table) -> None:
        """Rows already in the table's schema (kept from an earlier run, or a PDF's text made in Arrow), written
        after what is buffered."""
        if not batch.num_rows:
            return
        self.flush(table)
        table_rows = pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch
        self._writer(table).write_table(table_rows.cast(TABLES[table]), row_group_size=self.row_group_rows)
        self.counts[table] += batch.num_rows

    def flush(self, table: str, *, empty: bool = False) -> None:
        """Write what the table holds as a row group (with `empty`, an empty table too, so that its file exists)."""
        buf = self.buffers[table]
        if not buf.num_rows and not empty:
            return
        self._writer(table).write_table(buf.take(), row_group_size=self.row_group_rows)

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
            self.writers[table] = pq.ParquetWriter(path, schema.with_metadata(metadata), **parquet_options(table))
        return self.writers[table]

    def close(self, *, every_table: bool = True) -> None:
        """Flush and close every file; with `every_table`, a table with no rows still gets an (empty) file."""
        for table in TABLES:
            self.flush(table, empty=every_table and table not in self.writers)
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
