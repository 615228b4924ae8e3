"""A run over many documents into a dataset: inputs found, each document through `pipeline.process_document`
(in this process, or by the workers of a pool of processes or of a Dask cluster, each writing its own part of
the tables: `scoexport.partitions`), rows written, the dataset swapped in whole.

Enters: paths, folders and globs, and the dataset folder. Leaves: the dataset and a `RunSummary`. An incremental
run converts only new and changed inputs and copies the rest from the dataset's earlier run."""
from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import pipeline, windows
from .books import Books
from .budget import DEFAULT_BUDGET, Budget
from .collector import cycles_paused, handed_over
from .earlier import basis, doc_ranks, dropped_inputs, inputs_again, keep_earlier_versions, plan_run, pruning
from .export import DatasetWriter, folder
from .export.incremental import copy_kept, file_stat, record_unchanged_run
from .export.writer import utc_now as _now  # the manifest's time stamps, one format
from .outcomes import RunSummary
from .parse.html.rules import SiteRules, load_rules
from .partitions import convert_in_pool
from .pool import map_documents
from .records import DocumentResult, Failure, Skipped, Source, printable_path
from .sources import iter_sources
from .sources.inputs import find_inputs, is_container, missing_inputs, read_from
from .sources.record_fields import RecordFields


class MissingInputsError(Exception):
    """No named input names anything; nothing was converted or written."""

    def __init__(self, missing: list[Failure]) -> None:
        super().__init__("; ".join(f"{f.path}: {f.error}" for f in missing))
        self.missing = missing




def iter_results(inputs: Iterable[str | os.PathLike[str]], jobs: int = 1, budget: Budget = DEFAULT_BUDGET,
                 rules: SiteRules | None = None, fields: RecordFields | None = None,
                 window: windows.Window = windows.DEFAULT_WINDOW,
                 spill: str | None = None) -> Iterator[DocumentResult | Failure | Skipped]:
    """Results in input order; with jobs > 1 the documents are processed by a pool of processes. `fields`
    names the fields of files of records (JSON, JSON Lines, Parquet) that hold the text and metadata. A result
    processed in windows holds its rows in a spill file (in the folder `spill`): read them with `windows.pieces`
    (or `DatasetWriter.add`). `convert` with jobs > 1 does not come this way: its workers write their own rows
    (`scoexport.partitions`)."""
    items = map(read_from, iter_sources(inputs, fields))  # map keeps no reference to the source it read
    if jobs <= 1:
        for item in items:
            if isinstance(item, Source):  # the result takes the source's place: its text is let go before writing
                item = pipeline.process_document(item, budget, rules=rules, window=window, spill=spill)
            yield item
        return
    yield from map_documents(items, functools.partial(pipeline.process_document, budget=budget, hard_stop=True, rules=rules,
                                                      window=window, spill=spill), jobs)


def convert(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    jobs: int = 1,
    overwrite: bool = True,
    incremental: bool = True,
    prune: bool = False,
    dask: str | None = None,
    budget: Budget = DEFAULT_BUDGET,
    window: windows.Window = windows.DEFAULT_WINDOW,
    wait: float = 0.0,
    rules: SiteRules | str | os.PathLike[str] | None = None,
    on_document: Callable[[str, Failure | None], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_total: Callable[[int | None], None] | None = None,
    fields: RecordFields | None = None,
) -> RunSummary:
    """Convert documents into a dataset folder of Parquet tables; returns what happened.

    Into an existing dataset (`incremental`), only new and changed inputs are converted and the rows of
    the others are kept; `prune` drops the rows of inputs no longer found. Without `incremental` (`--full`), or into
    a dataset made by other code, site rules or columns, every input is converted again, those of earlier runs still
    found included, and earlier inputs gone or failing keep their rows: `earlier` decides, and raises
    `WouldShrinkError` (nothing written) where rows would be dropped that cannot be kept and nobody asked to drop.
    The dataset is written beside `out` and moved into place only when complete, so a run that dies leaves the previous dataset
    untouched. `on_total` hears how many inputs will be converted once the listing is done (None where a file of
    records or a web archive is among them: their documents are counted only as they are read), `on_document`
    each input as its result is recorded (its path and the failure, if it failed; with jobs > 1, a partition of
    inputs at a time), and `on_progress` how many more inputs are done as soon as the engine knows (with jobs > 1,
    from the notes the workers keep of the input they are on: `scoexport.progress`), so that a bar moves input by
    input. With `jobs` > 1 the documents are converted by that many worker processes, and with `dask` (a
    scheduler address, or "local" for a cluster of `jobs` processes on this machine) by Dask workers: either way
    each partition of the inputs is written by its worker, giving the same dataset, in input order.

    `out` is replaced only when the run is what was asked: when every named input names nothing
    MissingInputsError is raised before any work, and a run that converts no document leaves `out`
    as it was (`summary.written` is False) unless it drops the rows of changed or pruned inputs and
    keeps others; a run in which nothing changed only records itself in the manifest. A second run into the same folder
    waits `wait` seconds, then raises `export.folder.FolderLocked`. `fields` names the fields of JSON, JSON Lines
    and Parquet records that hold the text and the metadata (`sources.record_fields.RecordFields`).

    `rules` (a TOML file of CSS selectors per site, or `SiteRules`) keep and drop parts of the pages of
    the sites they name; a file that cannot be used raises `RulesError` before any work. Documents
    converted under other rules (or none) are converted again. A plain text longer than `window`
    characters is processed window by window (`scoexport.windows`), and so is a PDF of more than `window.pages` pages.
    """
    if rules is not None and not isinstance(rules, SiteRules):
        rules = load_rules(rules)
    inputs = [os.fspath(i) for i in inputs]
    missing = missing_inputs(inputs)
    if missing and len(missing) == len(inputs):
        raise MissingInputsError(missing)
    out = Path(out)
    summary = RunSummary(out=str(out))
    started = _now()
    listing = list(find_inputs(inputs))
    found = [p for p in listing if isinstance(p, str)]
    missing = [f for f in listing if isinstance(f, Failure)]
    summary.skipped = [s for s in listing if isinstance(s, Skipped)]
    stats = {}
    for path in found:
        stats[path] = _stat(path)
    said = rules.digest if rules else None
    start = basis(out, full=not incremental, rules=said, overwrite=overwrite)
    previous = start.previous
    prunes = pruning(prune, len(missing))
    for path in inputs_again(start, out, found, prune=prunes):  # a rebuild's earlier inputs, not dropped unasked
        found.append(path)
        stats[path] = _stat(path)
    summary.total = len(found)
    rank = {path: n for n, path in enumerate(found)}
    work = plan_run(start, found, stats, prune=prunes, full=not incremental, missing=len(missing), fields=fields)
    summary.kept, summary.dropped, summary.rebuild = len(work.keep), dropped_inputs(start, work, found), start.rebuild
    run = {"started": started, "inputs": [printable_path(i) for i in inputs],
           "mode": "full" if start.rebuild or previous is None else "incremental",
           **({"rebuild": start.rebuild} if start.rebuild and previous is not None else {}),
           "converted": len(work.convert), "kept": len(work.keep), "dropped": summary.dropped,
           "prune": prune, "record_fields": dict((fields or RecordFields()).named),
           **({"rules": said, "rules_file": printable_path(rules.path)} if rules else {})}
    if on_total:
        # a file of records or a web archive holds documents nobody has counted yet: no total to promise
        on_total(None if any(is_container(p) for p in work.convert) else len(work.convert))
    if previous is not None and not work.changes_rows and not missing:
        run.update(mode="unchanged", finished=_now(), failed=0)
        with folder.lock(out, wait):
            summary.counts = record_unchanged_run(previous, work.entries, run)["counts"]
        summary.written = True
        return summary
    with DatasetWriter(out, inputs=run["inputs"], overwrite=overwrite, wait=wait) as writer:
        books = Books(writer, summary, stats, on_document, on_progress)
        for skipped in summary.skipped:
            writer.add_skip(skipped)
        if previous is not None:
            writer.runs = previous.manifest.get("runs", [])
            copy_kept(previous, writer, work.keep, doc_ranks(work.entries, rank))
            writer.index.update(work.entries)
            books.seen.update((e.doc_id, e.path) for e in work.entries.values())
        for failure in missing:
            books.failed(failure)
        if dask is not None:
            from .dask_engine import convert_on_dask

            convert_on_dask(work.convert, writer, books, rank, address=dask, jobs=jobs, budget=budget, rules=rules,
                            fields=fields, window=window)
        elif jobs > 1:  # each worker writes its own part of the tables: the parent keeps the books
            convert_in_pool(work.convert, writer, books, rank, jobs=jobs, budget=budget, rules=rules, fields=fields,
                            window=window)
        else:
            process = functools.partial(pipeline.process_document, budget=budget, rules=rules, window=window,
                                        spill=str(writer.scratch))
            for held in handed_over(map(read_from, iter_sources(work.convert, fields))):
                with cycles_paused():  # until the document's rows are written and it is let go of (`collector`)
                    _convert_here(held, process, writer, books, rank)
                books.progressed()
        keep_earlier_versions(start, writer, work, summary, rank, books, consent=not incremental,
                              fresh=not incremental and prunes)
        if start.older:  # the CLI warns of them (`outcomes.kept_older_warning`)
            summary.kept_older = summary.kept
        writer.index.update(books.containers(work.convert))
        writer.run = {**run, "kept": summary.kept, "restored": summary.restored, "dropped": summary.dropped,
                      **({"kept_older": summary.kept_older} if summary.kept_older else {}), "failed": len(summary.failures),
                      "skipped": [s.entry() for s in summary.skipped]}
        summary.counts = writer.counts
        # a run that converts and drops nothing leaves the dataset as it was; but where inputs the user named are kept
        # unchanged beside ones that fail, it is written, so that the failures the exit status reports are recorded
        # (errors table, manifest) as in the run that first met them
        beside_named = bool(summary.failures) and any(path.split("#", 1)[0] in rank for path in work.entries)
        if summary.documents == 0 and (summary.kept == 0 or not work.dropped) and not beside_named:
            writer.abandon()  # nothing new, nothing dropped, or nothing left: the dataset stays as it was
        # inputs whose content the dataset already holds (under other names) leave nothing to write: that
        # is the dataset the user asked for, not a failed run
        summary.written = not writer.abandoned or (summary.kept > 0 and not summary.failures)
    if writer.abandoned and previous is not None:  # what the dataset left as it was holds, not the unwritten rows
        summary.counts = previous.manifest.get("counts", summary.counts)
    return summary


def _convert_here(held: list[Source | Failure | Skipped], process: Callable[[Source], DocumentResult | Failure],
                  writer: DatasetWriter, books: Books, rank: dict[str, int]) -> None:
    """The input `held` (taken out of it: `collector.handed_over`) converted in this process by `process` and its
    rows written; nothing of it outlives the call, and its text is let go before the rows are written."""
    item = held.pop()
    if isinstance(item, Source):
        item = process(item)
    if books.noted(item):
        return
    if books.converted(item.source.path, item.source.sha256, item.doc_id, item.source.n_bytes, item.warnings):
        writer.add(item, rank.get(item.source.path))
    else:
        windows.discard(item)


def _stat(path: str) -> tuple[int, int]:
    try:
        return file_stat(path)
    except OSError:
        return -1, -1  # read_source reports it
