"""Convert on a Dask cluster: partitions of inputs mapped to workers through the local run's per-document function.

Enters: the paths to convert (listed by the parent), the partial dataset folder being written, and a
scheduler address ("local" starts a LocalCluster of processes on this machine; `tcp://HOST:8786` joins
a running cluster, whose workers must see the inputs and the output's folder at the same paths, as on
a shared filesystem). Leaves: one Parquet part per partition and table (`<table>/part-NNNNNN.parquet`),
written by the worker that converted it under a hidden name and renamed into place when whole, and,
back in the parent, what it needs to finish the dataset: per document its path, hash, ID, size and
entity mentions, and the failures. The parent never holds a document's rows, and it keeps a bounded
window of partitions in flight.

Why the dataset is the same as a local run's: every document goes through `pipeline.process` and
`export.rows_of`, as locally; the parent takes the partitions back in input order, so the first of two
inputs with the same content is kept (a later partition's copy is filtered out of its part), and the
entities table is gathered from the mentions at each document's rank among the inputs.
"""
from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.parquet as pq

from .budget import DEFAULT_BUDGET, Budget
from .export.tables import TableFiles, part_path
from .export.writer import document_rows
from .parse.html.rules import SiteRules
from .records import Failure, Mention, Skipped
from .schema import TABLES
from .sources import iter_sources
from .sources.record_fields import RecordFields
from .windows import DEFAULT_WINDOW, Window, discard

log = logging.getLogger(__name__)

PARTITION_BYTES = 16_000_000  # enough work per task that scheduling costs little, small enough to spread
MIN_PARTITION_BYTES = 1_000_000
PARTITION_DOCUMENTS = 2_000
TASKS_PER_WORKER = 4  # a small corpus still gives every worker several partitions


@dataclass
class Converted:
    """What the parent needs of one converted document."""

    path: str
    sha256: str
    doc_id: str
    n_bytes: int
    mentions: list[tuple[Mention, str | None]]
    warnings: list[str] = field(default_factory=list)  # what of the document could not be converted


@dataclass
class PartitionDone:
    part: str
    items: list[Converted | Failure | Skipped] = field(default_factory=list)  # in input order


def convert_partition(paths: list[str], folder: str, part: str, budget: Budget = DEFAULT_BUDGET,
                      rules: SiteRules | None = None, fields: RecordFields | None = None,
                      window: Window = DEFAULT_WINDOW) -> PartitionDone:
    """Run on a worker: convert the paths and write their rows as one staged part of each table (a long
    document's window by window, so the worker holds one window's rows)."""
    from .pipeline import process_document

    done = PartitionDone(part)
    files = TableFiles(Path(folder), part, staged=True)
    written: set[str] = set()
    try:
        for item in iter_sources(paths, fields):
            result = item if isinstance(item, (Failure, Skipped)) else process_document(item, budget, rules=rules,
                                                                                                     window=window)
            if isinstance(result, (Failure, Skipped)):
                done.items.append(result)
                continue
            converted = Converted(result.source.path, result.source.sha256, result.doc_id, result.source.n_bytes, [],
                                  list(result.warnings))
            done.items.append(converted)
            if result.doc_id in written:  # a second input of the same content in this partition adds no rows
                discard(result)
                continue
            written.add(result.doc_id)
            for piece, rows in document_rows(result):
                facts = {f.fact_id: f.entity_id for f in piece.facts}
                converted.mentions += [(m, facts.get(m.fact_id)) for m in piece.mentions]
                for table, table_rows in rows.items():
                    files.append(table, table_rows)
        files.close(every_table=False)
    except BaseException:
        files.abort()
        raise
    return done


def partitions(paths: list[str], sizes: dict[str, int], workers: int = 1) -> Iterator[list[str]]:
    """Consecutive runs of paths in input order, of about PARTITION_BYTES each, or less when that would leave
    workers idle (down to MIN_PARTITION_BYTES)."""
    whole = sum(max(0, sizes.get(p, 0)) for p in paths)
    target = max(MIN_PARTITION_BYTES, min(PARTITION_BYTES, whole // max(1, workers * TASKS_PER_WORKER)))
    chunk: list[str] = []
    total = 0
    for path in paths:
        chunk.append(path)
        total += max(0, sizes.get(path, 0))
        if total >= target or len(chunk) >= PARTITION_DOCUMENTS:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def drop_documents(folder: Path, part: str, doc_ids: set[str]) -> None:
    """Rewrite a part without the rows of the given documents (copies of content an earlier partition holds)."""
    import pyarrow as pa

    ids = pa.array(sorted(doc_ids), pa.string())
    for table in TABLES:
        path = part_path(folder, table, part)
        if not path.exists() or "doc_id" not in TABLES[table].names:
            continue
        data = pq.read_table(path)
        kept = data.filter(pc.invert(pc.is_in(data.column("doc_id"), value_set=ids)))
        tmp = path.with_name(f".{path.name}.tmp")
        pq.write_table(kept, tmp, compression="zstd")
        os.replace(tmp, path)


def count_rows(folder: Path, part: str) -> dict[str, int]:
    counts = {}
    for table in TABLES:
        path = part_path(folder, table, part)
        counts[table] = pq.ParquetFile(path).metadata.num_rows if path.exists() else 0
    return counts


def client_for(address: str, jobs: int) -> Any:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise RuntimeError("--dask needs Dask: pip install 'scoexport[dask]'") from exc
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    return Client(address)


def convert_on_dask(paths: list[str], writer: Any, books: Any, rank: dict[str, int], *, address: str,
                    jobs: int, budget: Budget = DEFAULT_BUDGET, rules: SiteRules | None = None,
                    fields: RecordFields | None = None, window: Window = DEFAULT_WINDOW) -> None:
    """Convert `paths` on the cluster into `writer`'s partial folder; `books` (`books.Books`) records each input."""
    sizes = {p: books.stats.get(p, (0, 0))[0] for p in paths}
    client = client_for(address, jobs)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        pending: deque = deque()
        for n, chunk in enumerate(partitions(paths, sizes, workers), start=1):
            pending.append(client.submit(convert_partition, chunk, str(writer.tmp), f"part-{n:06d}", budget, rules,
                                         fields, window, pure=False))
            if len(pending) >= workers * 2:  # a bounded window: the parent holds a few partitions' summaries
                _take(pending.popleft().result(), writer, books, rank)
        while pending:
            _take(pending.popleft().result(), writer, books, rank)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and address == "local":
            cluster.close()


def _take(done: PartitionDone, writer: Any, books: Any, rank: dict[str, int]) -> None:
    earlier = set(books.seen)
    copies: set[str] = set()
    for item in done.items:
        if books.noted(item):
            continue
        if books.converted(item.path, item.sha256, item.doc_id, item.n_bytes, item.warnings):
            writer.entities.add_mentions(item.doc_id, item.mentions, rank.get(item.path))
        elif item.doc_id in earlier:
            copies.add(item.doc_id)
    if copies:
        drop_documents(writer.tmp, done.part, copies)
    writer.add_part_counts(count_rows(writer.tmp, done.part))
