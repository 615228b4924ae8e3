"""The whole chain for one document, and a run over many documents into a dataset."""
from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace

from . import ids
from .clean import clean
from .export import DatasetWriter
from .extract import Context, extract
from .parse import ParseError, parse
from .records import DocumentResult, Failure, Source
from .segment import paragraphs, sentences
from .sources import iter_sources

log = logging.getLogger(__name__)


def process(source: Source) -> DocumentResult:
    """Run one decoded source through parse, clean, segment and extract."""
    doc = ids.doc_id(source.sha256)
    t0 = time.perf_counter()
    parsed = parse(source)
    source = parsed.source  # a PDF's source gains the text its layout extracted
    t1 = time.perf_counter()
    blocks, artifacts, metadata = clean(parsed)
    t2 = time.perf_counter()
    paras = paragraphs(doc, blocks)
    sents = [s for p in paras for s in sentences(p)]
    t3 = time.perf_counter()
    facts, mentions = extract(Context(doc, metadata, paras, sents))
    t4 = time.perf_counter()
    log.debug("%s: %.1f ms (parse %.1f, clean %.1f, segment %.1f, extract %.1f); %d paragraphs, %d sentences, %d facts",
              source.path, (t4 - t0) * 1e3, (t1 - t0) * 1e3, (t2 - t1) * 1e3, (t3 - t2) * 1e3, (t4 - t3) * 1e3,
              len(paras), len(sents), len(facts))
    return DocumentResult(source, doc, metadata, paras, sents, facts, artifacts, mentions,
                          warnings=parsed.warnings, n_pages=parsed.n_pages)


def _process_or_fail(source: Source) -> DocumentResult | Failure:
    try:
        result = process(source)
    except ParseError as exc:  # the format's reader says why in one line (an encrypted or scanned PDF)
        log.warning("skipped %s: %s", source.path, exc)
        return Failure(source.path, "parse", str(exc))
    except Exception as exc:  # one broken document must not stop the run
        log.warning("skipped %s: %s: %s", source.path, type(exc).__name__, exc)
        return Failure(source.path, "process", f"{type(exc).__name__}: {exc}")
    # the parent needs the input's size, not its bytes: a worker's result crosses the process boundary without them
    result.source = replace(result.source, data=None)
    return result


@dataclass
class RunSummary:
    out: str
    documents: int = 0
    failures: list[Failure] = field(default_factory=list)
    duplicates: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    bytes_read: int = 0

    @property
    def ok(self) -> bool:
        return not self.failures


def iter_results(inputs: Iterable[str | os.PathLike[str]], jobs: int = 1) -> Iterator[DocumentResult | Failure]:
    """Results in input order; with jobs > 1 the documents are processed by a pool of processes."""
    items = iter_sources(inputs)
    if jobs <= 1:
        for item in items:
            yield item if isinstance(item, Failure) else _process_or_fail(item)
        return
    with ProcessPoolExecutor(jobs) as pool:
        window: deque = deque()
        for item in items:
            window.append(item if isinstance(item, Failure) else pool.submit(_process_or_fail, item))
            # a bounded window keeps memory flat however many documents there are
            if len(window) >= jobs * 4:
                head = window.popleft()
                yield head if isinstance(head, Failure) else head.result()
        for head in window:
            yield head if isinstance(head, Failure) else head.result()


def convert(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    jobs: int = 1,
    overwrite: bool = True,
    on_document: Callable[[DocumentResult | Failure], None] | None = None,
) -> RunSummary:
    """Convert documents into a dataset folder of Parquet tables; returns what happened.

    The dataset is written beside `out` and moved into place only when complete, so a run that
    dies leaves the previous dataset untouched.
    """
    inputs = list(inputs)
    summary = RunSummary(out=str(out))
    seen: dict[str, str] = {}
    with DatasetWriter(out, inputs=[str(i) for i in inputs], overwrite=overwrite) as writer:
        for result in iter_results(inputs, jobs):
            if isinstance(result, Failure):
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
    return summary
