"""The whole chain for one document, and a run over many documents into a dataset."""
from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from . import ids
from .budget import DEFAULT_BUDGET, Budget, BudgetExceeded, current_stage, stage, within
from .clean import clean
from .export import DatasetWriter
from .extract import Context, extract
from .parse import ParseError, parse
from .pool import map_documents
from .records import DocumentResult, Failure, Skipped, Source, printable_path
from .segment import paragraphs, sentences
from .sources import iter_sources
from .sources.inputs import missing_inputs


class MissingInputsError(Exception):
    """No named input names anything; nothing was converted or written."""

    def __init__(self, missing: list[Failure]) -> None:
        super().__init__("; ".join(f"{f.path}: {f.error}" for f in missing))
        self.missing = missing


log = logging.getLogger(__name__)


def process(source: Source) -> DocumentResult:
    """Run one decoded source through parse, clean, segment and extract."""
    doc = ids.doc_id(source.sha256)
    t0 = time.perf_counter()
    stage("parse")
    parsed = parse(source)
    source = parsed.source  # a PDF's source gains the text its layout extracted
    t1 = time.perf_counter()
    stage("clean")
    blocks, artifacts, metadata = clean(parsed)
    t2 = time.perf_counter()
    stage("segment")
    paras = paragraphs(doc, blocks)
    sents = [s for p in paras for s in sentences(p)]
    t3 = time.perf_counter()
    stage("extract")
    facts, mentions = extract(Context(doc, metadata, paras, sents))
    t4 = time.perf_counter()
    log.debug("%s: %.1f ms (parse %.1f, clean %.1f, segment %.1f, extract %.1f); %d paragraphs, %d sentences, %d facts",
              source.path, (t4 - t0) * 1e3, (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, (t4 - t3) * 1e3,
              len(paras), len(sents), len(facts))
    return DocumentResult(source, doc, metadata, paras, sents, facts, artifacts, mentions,
                          warnings=parsed.warnings, n_pages=parsed.n_pages)


def process_document(source: Source, budget: Budget = DEFAULT_BUDGET, hard_stop: bool = False) -> DocumentResult | Failure:
    """The per-document function of every engine: `process` within the budget, any error a Failure.

    `hard_stop` is for worker processes only (see `budget.within`).
    """
    try:
        with within(budget, hard_stop):
            result = process(source)
    except BudgetExceeded as exc:
        failure = Failure(source.path, current_stage(), str(exc))
    except ParseError as exc:  # the format's reader says why in one line (an encrypted or scanned PDF)
        failure = Failure(source.path, "parse", str(exc))
    except RecursionError:
        failure = Failure(source.path, current_stage(), "nested too deeply to process")
    except Exception as exc:  # one broken document must not stop the run
        failure = Failure(source.path, current_stage(), f"{type(exc).__name__}: {exc}")
    else:
        # the parent needs the input's size, not its bytes: a worker's result crosses the process boundary without them
        result.source = replace(result.source, data=None)
        return result
    log.warning("failed %s in stage %s: %s", failure.path, failure.stage, failure.error)
    return failure


@dataclass
class RunSummary:
    out: str
    documents: int = 0
    failures: list[Failure] = field(default_factory=list)
    duplicates: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    bytes_read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures


def iter_results(inputs: Iterable[str | os.PathLike[str]], jobs: int = 1,
                 budget: Budget = DEFAULT_BUDGET) -> Iterator[DocumentResult | Failure | Skipped]:
    """Results in input order; with jobs > 1 the documents are processed by a pool of processes."""
    items = iter_sources(inputs)
    if jobs <= 1:
        for item in items:
            yield process_document(item, budget) if isinstance(item, Source) else item
        return
    yield from map_documents(items, functools.partial(process_document, budget=budget, hard_stop=True), jobs)


def convert(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    jobs: int = 1,
    overwrite: bool = True,
    budget: Budget = DEFAULT_BUDGET,
    wait: float = 0.0,
    on_document: Callable[[DocumentResult | Failure | Skipped], None] | None = None,
) -> RunSummary:
    """Convert documents into a dataset folder of Parquet tables; returns what happened.

    The dataset is written beside `out` and moved into place only when complete, so a run that
    dies leaves the previous dataset untouched. It replaces `out` only when the run is what was
    asked: when every named input names nothing MissingInputsError is raised before any work, and a run
    that converts no document leaves `out` as it was (`summary.written` is False). A second run
    into the same folder waits `wait` seconds, then raises `export.folder.FolderLocked`.
    """
    inputs = list(inputs)
    missing = missing_inputs(inputs)
    if missing and len(missing) == len(inputs):
        raise MissingInputsError(missing)
    summary = RunSummary(out=str(out))
    seen: dict[str, str] = {}
    with DatasetWriter(out, inputs=[printable_path(os.fspath(i)) for i in inputs], overwrite=overwrite,
                       wait=wait) as writer:
        for result in iter_results(inputs, jobs, budget):
            if isinstance(result, Skipped):
                summary.skipped.append(result)
                writer.add_skip(result)
            elif isinstance(result, Failure):
                summary.failures.append(result)
                writer.add_failure(result)
            elif result.doc_id in seen:
                summary.duplicates += 1
                log.warning("skipped %s: same content as %s", result.source.path, seen[result.doc_id])
                writer.add_failure(Failure(result.source.path, "dedupe", f"same content as {seen[result.doc_id]}; skipped"))
            else:
                seen[result.doc_id] = result.source.path
                summary.documents += 1
                summary.bytes_read += result.source.n_bytes
                writer.add(result)
                for warning in result.warnings:  # converted, but not all of it: said in the errors table
                    partial = Failure(result.source.path, "parse", warning)
                    summary.failures.append(partial)
                    writer.add_failure(partial)
            if on_document:
                on_document(result)
        summary.counts = writer.counts
        if summary.documents == 0:
            writer.abandon()
        summary.written = not writer.abandoned
    return summary
