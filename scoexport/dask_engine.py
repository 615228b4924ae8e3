"""Convert on a Dask cluster: partitions of inputs mapped to workers, each written by its worker.

Enters: the paths to convert (listed by the parent), the partial dataset folder being written, and a
scheduler address ("local" starts a LocalCluster of processes on this machine; `tcp://HOST:8786` joins
a running cluster, whose workers must see the inputs and the output's folder at the same paths, as on
a shared filesystem). Leaves: one Parquet part per partition and table (`<table>/part-NNNNNN.parquet`),
written by the worker that converted it (`partitions.convert_partition`, as the local process pool does),
and, back in the parent, what it needs to finish the dataset (`partitions.take`). The parent never holds a
document's rows, and it keeps a bounded window of partitions in flight. A worker that dies is Dask's to
handle: the scheduler runs its partition again elsewhere, and gives up on one that kills several workers.
"""
from __future__ import annotations

import logging
import time
from collections import deque
from pathlib import Path
from typing import Any

from .budget import DEFAULT_BUDGET, Budget
from .parse.html.rules import SiteRules
from .partitions import convert_partition, partitions, take
from .progress import LOOK_SECONDS, Watch
from .sources.record_fields import RecordFields
from .windows import DEFAULT_WINDOW, Window

log = logging.getLogger(__name__)


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
        watch = Watch(books.progressed)
        for task in watch.handed(partitions(paths, sizes, workers, Path(writer.tmp))):
            pending.append(client.submit(convert_partition, task, budget, rules, fields, window, pure=False))
            if len(pending) >= workers * 2:  # a bounded window: the parent holds a few partitions' summaries
                _take(pending.popleft(), watch, writer, books, rank)
        while pending:
            _take(pending.popleft(), watch, writer, books, rank)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and address == "local":
            cluster.close()


def _take(future: Any, watch: Watch, writer: Any, books: Any, rank: dict[str, int]) -> None:
    """The partition's result, taken in; while it is awaited, the workers' notes read (`progress.Watch`: they are
    in the dataset's folder, which every worker sees). A Dask future is asked whether it is done, not waited on
    with a time limit: a wait that times out cancels the task."""
    while not future.done():
        time.sleep(LOOK_SECONDS)
        watch.look()
    done = future.result()
    take(done, writer, books, rank)
    watch.back(done.part, len(done.items))
