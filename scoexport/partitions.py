"""Partitions: runs of consecutive inputs that a worker process (of the local pool or of a Dask cluster) reads,
converts and writes as its own part of every table, so that the parent process never holds a document's rows.

Enters: the paths a run converts, in input order, with their sizes. In a worker: one `Partition` (its paths,
the staging folder, its part name). Leaves: `<table>/<part>.parquet` files (written under hidden names and
renamed into place when whole) and, back in the parent, a `PartitionDone`: per input its outcome, and per
converted document what the run needs across documents (path, hash, ID, size, warnings, its entities
tallied, counts of rows). The parent takes them back in input order (`take`), so the dataset is the one a single process
writes: the first of two inputs with the same content keeps its rows (a later partition's copy is dropped
from its part), the entities table is gathered from the mentions at each document's rank among the inputs,
and the parts, named by their place among the partitions, hold the rows in input order.

Why partitions shrink towards the end (`plan`): a worker that takes a large partition last keeps the others
waiting; sizes of a share of what is left (guided scheduling) keep every worker busy to the end with few files.
Why the worker notes which input it is on (`Partition.progress`): a worker that dies takes no message with it;
the pool reruns the partition alone and, when it dies again, the input noted is the one that kills it, which
is left out as a failure (`after_death`) so that the rest of the partition is converted. The parent reads the
same notes to tell the user how far the run is, input by input (`scoexport.progress`).
"""
from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import os
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .budget import DEFAULT_BUDGET, Budget
from .collector import cycles_paused, handed_over
from .export.folder import scratch
from .export.tables import TableFiles, parquet_options, part_path
from .export.writer import document_rows
from .parse.html.rules import SiteRules
from .pool import Again, map_documents
from .progress import LOOK_SECONDS, Watch, note, noted
from .records import DocumentResult, Failure, Skipped, Source
from .resolve import DocumentEntities, tally
from .schema import TABLES
from .sources import iter_sources
from .sources.inputs import read_from
from .sources.record_fields import RecordFields
from .windows import DEFAULT_WINDOW, Window, discard

log = logging.getLogger(__name__)

PARTITION_BYTES = 16_000_000  # the largest partition: enough work per task that its files and scheduling cost little
MIN_PARTITION_BYTES = 256_000  # the smallest: a fraction of a second of work, a few documents
PARTITION_DOCUMENTS = 2_000  # a partition of many small documents: the parent holds a few partitions' summaries
SHARE = 2  # each partition takes 1 / (SHARE * workers) of what is left (as "factoring" schedules loops)


@dataclass(frozen=True)
class Partition:
    """One task: convert `paths` into the `part` of every table in `folder`. `skip` names the inputs (by their
    place in the partition's stream of sources) that killed a worker, with the message of their failure;
    `progress` is the file where the worker notes which input it is on."""

    paths: list[str]
    folder: str
    part: str
    progress: str
    skip: dict[int, str] = field(default_factory=dict)


@dataclass
class Converted:
    """What the parent needs of one converted document."""

    path: str
    sha256: str
    doc_id: str
    n_bytes: int
    # its entity mentions tallied (`resolve.tally`: far fewer than its mentions) and pickled (`tallied`): as
    # objects a tally takes ten times the bytes, and a worker holds its partition's, the parent a few partitions'
    entities: bytes = b""
    warnings: list[str] = field(default_factory=list)  # what of the document could not be converted

    def tallied(self) -> DocumentEntities:
        return pickle.loads(self.entities) if self.entities else {}


@dataclass
class PartitionDone:
    part: str
    items: list[Converted | Failure | Skipped] = field(default_factory=list)  # in input order
    counts: dict[str, int] = field(default_factory=dict)  # rows written per table


def plan(paths: list[str], sizes: dict[str, int], workers: int = 1) -> Iterator[list[str]]:
    """Consecutive runs of paths in input order: each about 1 / (SHARE * workers) of the bytes still to come,
    within MIN_PARTITION_BYTES and PARTITION_BYTES, and at most PARTITION_DOCUMENTS documents."""
    left = sum(max(0, sizes.get(p, 0)) for p in paths)
    chunk: list[str] = []
    total = 0
    target = 0
    for path in paths:
        if not chunk:
            target = max(MIN_PARTITION_BYTES, min(PARTITION_BYTES, left // (SHARE * max(1, workers))))
        chunk.append(path)
        size = max(0, sizes.get(path, 0))
        total += size
        left -= size
        if total >= target or len(chunk) >= PARTITION_DOCUMENTS:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def partitions(paths: list[str], sizes: dict[str, int], workers: int, folder: Path) -> Iterator[Partition]:
    """The run's tasks: `part-000001`, ... in input order (so that the parts sort in input order), each noting
    its progress in the run's scratch folder."""
    for n, chunk in enumerate(plan(paths, sizes, workers), start=1):
        part = f"part-{n:06d}"
        yield Partition(chunk, str(folder), part, str(scratch(folder) / f"{part}.at"))


def convert_in_pool(paths: list[str], writer: Any, books: Any, rank: dict[str, int], *, jobs: int,
                    budget: Budget = DEFAULT_BUDGET, rules: SiteRules | None = None,
                    fields: RecordFields | None = None, window: Window = DEFAULT_WINDOW) -> None:
    """Convert `paths` in `jobs` local worker processes into `writer`'s partial folder (`export.DatasetWriter`);
    `books` (`books.Books`) records each input. A dead worker costs the input it was on (`pool.map_documents`)."""
    sizes = {p: books.stats.get(p, (0, 0))[0] for p in paths}
    if multiprocessing.get_start_method() == "fork":
        warm_up()
    work = functools.partial(convert_partition, budget=budget, rules=rules, fields=fields, window=window,
                             hard_stop=True)
    watch = Watch(books.progressed)
    tasks = watch.handed(partitions(paths, sizes, jobs, Path(writer.tmp)))
    # closed when the loop stops on an error or Ctrl-C, so that the workers stop with it
    with contextlib.closing(map_documents(tasks, work, jobs, died=_died, started=_started, waiting=watch.look,
                                          every=LOOK_SECONDS)) as done:
        for partition in done:
            take(partition, writer, books, rank)
            watch.back(partition.part, len(partition.items))


# a page of the kind most inputs are: it goes through every stage and asks for most of what the rules build
_SAMPLE_PAGE = """<html><head><title>Council approves budget</title></head><body><article><h1>Council approves
budget</h1><p>By Maria Lopez, March 4, 2024</p><p>The city council of Springfield, Illinois, voted 7-2 on Monday to
approve a $4.5 million budget, said Mayor John Smith. "We listened to residents," he told the Associated Press.</p>
<p>The plan, which the United Nations praised last year, adds 120 jobs by 2026, about 15% more than in 2023.</p>
</article></body></html>"""


def warm_up() -> None:
    """In the parent, before the pool forks its workers: what each worker would otherwise build again for its
    first document (the word lists, the gazetteer's automaton, the patterns compiled when first used, the modules
    pyarrow imports when it first makes a table) is built once and inherited by every worker. A sample page
    through every stage reaches most of it. Nothing of the page is kept, and a document's rows do not depend on
    what its process converted before (the pool's and the single process's datasets are the same); a failure
    here costs the saving alone."""
    from .pipeline import process

    try:
        process(html=_SAMPLE_PAGE, name="warm-up.html")
        schema = TABLES["documents"]
        pa.Table.from_pydict({name: [] for name in schema.names}, schema=schema)
    except Exception as e:  # pragma: no cover - the sample converts; a broken rule shows in every test
        log.debug("warming up before the workers failed: %s", e)


def _started(task: Partition) -> bool:
    return os.path.exists(task.progress)


def _died(task: Partition, message: str) -> Again | PartitionDone:
    outcome = after_death(task, message)
    return Again(outcome) if isinstance(outcome, Partition) else outcome


def convert_partition(task: Partition, budget: Budget = DEFAULT_BUDGET, rules: SiteRules | None = None,
                      fields: RecordFields | None = None, window: Window = DEFAULT_WINDOW,
                      hard_stop: bool = False) -> PartitionDone:
    """Run in a worker: read and convert the partition's inputs and write their rows as the partition's part of
    each table (a long document's window by window, so the worker holds one window's rows)."""
    from .pipeline import process_document  # looked up when called: a test may stand in for it

    folder = Path(task.folder)
    done = PartitionDone(task.part)
    for table in TABLES:  # what an attempt that died while renaming its files left in place
        part_path(folder, table, task.part).unlink(missing_ok=True)
    files = TableFiles(folder, task.part, staged=True)
    written: set[str] = set()
    process = functools.partial(process_document, budget=budget, hard_stop=hard_stop, rules=rules, window=window,
                                spill=str(scratch(folder)))
    try:
        with open(task.progress, "wb", buffering=0) as progress:
            for n, held in enumerate(handed_over(iter_sources(task.paths, fields))):
                note(progress, n)  # ahead of the work: a worker that dies on this input leaves it noted
                if n in task.skip:
                    held[0] = Failure(held[0].path, "process", task.skip[n])
                with cycles_paused():  # until the document's rows are written and it is let go of (`collector`)
                    done.items.append(_convert(held, files, written, process))
        files.close(every_table=False)
    except BaseException:
        files.abort()
        raise
    done.counts = dict(files.counts)
    return done


def _convert(held: list[Source | Failure | Skipped], files: TableFiles, written: set[str],
             process: Callable[[Source], DocumentResult | Failure]) -> Converted | Failure | Skipped:
    """The input `held` (taken out of it: `collector.handed_over`) converted by `process`, its rows appended to the
    partition's `files` (none for a second input of content already `written`); what the parent needs of it comes
    back. Nothing of the document outlives the call."""
    item = held.pop()
    if isinstance(item, Source):
        item = process(read_from(item))
    if isinstance(item, (Failure, Skipped)):
        return item
    converted = Converted(item.source.path, item.source.sha256, item.doc_id, item.source.n_bytes,
                          warnings=list(item.warnings))
    if item.doc_id in written:  # a second input of the same content in this partition adds no rows
        discard(item)
        return converted
    written.add(item.doc_id)
    mentions = 0
    entities: DocumentEntities = {}
    for piece, rows in document_rows(item):
        facts = {f.fact_id: f.entity_id for f in piece.facts}
        tally([(m, facts.get(m.fact_id)) for m in piece.mentions], mentions, entities)
        mentions += len(piece.mentions)
        for table, table_rows in rows.items():
            files.append(table, table_rows)
    converted.entities = pickle.dumps(entities, protocol=pickle.HIGHEST_PROTOCOL)
    return converted


def after_death(task: Partition, message: str) -> Partition | PartitionDone:
    """A partition whose worker died while it ran alone: the same partition without the input it was on (that
    input a failure with `message`), to run again; or, when the worker died before any input, every input failed."""
    at = noted(task.progress)
    if at < 0 or at in task.skip:
        log.warning("a worker died on %s before converting any of its inputs", task.part)
        return PartitionDone(task.part, [Failure(path, "process", message) for path in task.paths])
    return replace(task, skip={**task.skip, at: message})


def take(done: PartitionDone, writer: Any, books: Any, rank: dict[str, int]) -> None:
    """In the parent, in input order: record each input of a partition done (`books.Books`), add its documents'
    entities to the index, drop from its part the rows of content an earlier partition holds, count its rows."""
    earlier = set(books.seen)
    copies: set[str] = set()
    for item in done.items:
        if books.noted(item):
            continue
        if books.converted(item.path, item.sha256, item.doc_id, item.n_bytes, item.warnings):
            writer.entities.add_document(item.doc_id, item.tallied(), rank.get(item.path))
        elif item.doc_id in earlier:
            copies.add(item.doc_id)
    counts = done.counts
    if copies:
        counts = drop_documents(Path(writer.tmp), done.part, copies)
    writer.add_part_counts(counts)


def drop_documents(folder: Path, part: str, doc_ids: set[str]) -> dict[str, int]:
    """Rewrite a part without the rows of the given documents (copies of content an earlier partition holds);
    returns the rows left per table."""
    import pyarrow.compute as pc  # here: most runs hold no copies, and need not import it

    ids = pa.array(sorted(doc_ids), pa.string())
    counts = dict.fromkeys(TABLES, 0)
    for table in TABLES:
        path = part_path(folder, table, part)
        if not path.exists():
            continue
        data = pq.read_table(path)
        if "doc_id" in TABLES[table].names:
            data = data.filter(pc.invert(pc.is_in(data.column("doc_id"), value_set=ids)))
            tmp = path.with_name(f".{path.name}.tmp")
            pq.write_table(data, tmp, **parquet_options(table))
            os.replace(tmp, path)
        counts[table] = data.num_rows
    return counts
