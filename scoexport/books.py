"""What the parent process keeps of a run while documents come back from any engine (the local loop, the process
pool, Dask workers): which contents it has seen, the input index, the `RunSummary`.

Enters: each result as it comes back: a failure, a skip, or a converted document's path, SHA-256, document ID,
size and warnings. Leaves: the summary's counts and lists, the errors table's and manifest's rows (through the
`DatasetWriter`), the index entries of converted inputs, and for each document whether its rows are new to the
dataset (a second input of the same content is listed, not written twice).
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .export import DatasetWriter
from .export.incremental import Entry
from .outcomes import RunSummary, input_suffix
from .records import Failure, Skipped
from .sources.inputs import is_container

log = logging.getLogger(__name__)


@dataclass
class Books:
    """What the parent keeps of a run while documents come back from any engine: which contents it has seen,
    the input index, the summary; each document is reported to `on_document` as (path, failure or None) as its
    result is recorded, and to `on_progress` as soon as it is done."""

    writer: DatasetWriter
    summary: RunSummary
    stats: dict[str, tuple[int, int]]
    on_document: Callable[[str, Failure | None], None] | None
    # hears how many more inputs are done, as soon as the engine knows (`progressed`)
    on_progress: Callable[[int], None] | None = None
    seen: dict[str, str] = field(default_factory=dict)
    opened: set[str] = field(default_factory=set)  # files of many documents that gave at least one

    def progressed(self, n: int = 1) -> None:
        """`n` more inputs are done (converted, failed or skipped): one at a time in this process, and as a pool's
        workers note their progress (`progress.Watch`), ahead of their results, which come a partition at a time."""
        if self.on_progress:
            self.on_progress(n)

    def failed(self, failure: Failure) -> None:
        self.summary.failures.append(failure)
        self.writer.add_failure(failure)
        if self.on_document:
            self.on_document(failure.path, failure)

    def skipped(self, item: Skipped) -> None:
        self.summary.skipped.append(item)
        self.writer.add_skip(item)

    def noted(self, item: object) -> bool:
        """Record an input that failed or was skipped, from any engine: True; False for a document."""
        if isinstance(item, Failure):
            self.failed(item)
        elif isinstance(item, Skipped):
            self.skipped(item)
        else:
            return False
        return True

    def containers(self, paths: list[str]) -> dict[str, Entry]:
        """Index entries of the files of many documents (web archives, files of records) converted whole; their
        documents have entries of their own."""
        failed = {f.path for f in self.summary.failures}
        return {p: Entry(p, *self.stats[p], "", "") for p in paths if is_container(p) and p not in failed}

    def converted(self, path: str, sha256: str, doc: str, n_bytes: int, warnings: Sequence[str] = ()) -> bool:
        """Record a converted input; True when its content is new to the dataset (its rows are to be kept). A
        document converted, but not all of it, has each of its `warnings` said in the errors table."""
        size, mtime = self.stats.get(path, (n_bytes, 0))
        self.writer.index[path] = Entry(path, size, mtime, sha256, doc)
        container = path.split("#", 1)[0]
        if container != path and is_container(container):
            self.opened.add(container)
        first = doc not in self.seen
        if first:
            self.seen[doc] = path
            self.summary.documents += 1
            self.summary.bytes_read += n_bytes
            suffix = input_suffix(path)
            self.summary.converted_by_suffix[suffix] = self.summary.converted_by_suffix.get(suffix, 0) + 1
            for warning in warnings:
                failure = Failure(path, "parse", warning)
                self.summary.failures.append(failure)
                self.writer.add_failure(failure)
        else:  # listed among the errors, but not a failure of the run
            self.summary.duplicates += 1
            self.summary.duplicate_paths.append(path)
            log.warning("skipped %s: same content as %s", path, self.seen[doc])
            self.writer.add_failure(Failure(path, "dedupe", f"same content as {self.seen[doc]}; skipped"))
        if self.on_document:
            self.on_document(path, None)
        return first
