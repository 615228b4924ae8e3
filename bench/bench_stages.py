"""Where convert's time goes: CPU seconds and MB per CPU second per stage on one core, in this process.

    python bench/bench_stages.py [--mb 5] [--corpus DIR] [--profile out.prof]

Runs every document of the corpus (built by make_corpus.py unless --corpus is given) through the
stages one by one, timing each (read+decode, parse, clean, segment, extract, rows for export, the
Parquet write), so the stage that dominates is plain without a profiler's overhead. CPU time
(time.process_time), not wall time: other jobs on a shared machine do not bend it.
"""
from __future__ import annotations

import argparse
import cProfile
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from make_corpus import build

from scoexport import ids
from scoexport.clean import clean
from scoexport.collector import cycles_paused
from scoexport.export import DatasetWriter
from scoexport.extract import Context, extract
from scoexport.parse import parse
from scoexport.records import DocumentResult, Failure
from scoexport.segment import paragraphs, sentences
from scoexport.sources.inputs import find_inputs, read_source


def all_sentences(paras: list) -> list:
    return [s for p in paras for s in sentences(p)]


def run(corpus: Path, out: Path) -> tuple[dict[str, float], int, int]:
    spent: dict[str, float] = defaultdict(float)
    size = n = 0

    def timed(stage: str, fn, *args):  # type: ignore[no-untyped-def]
        t = time.process_time()
        result = fn(*args)
        spent[stage] += time.process_time() - t
        return result

    with DatasetWriter(out) as writer:
        for path in find_inputs([corpus]):
            if isinstance(path, Failure):
                continue
            source = timed("read", read_source, path)
            size += len(source.data)
            n += 1
            with cycles_paused():  # as pipeline.process_source does
                parsed = timed("parse", parse, source)
                blocks, artifacts, meta = timed("clean", clean, parsed)
                doc = ids.doc_id(source.sha256)
                paras = timed("segment", paragraphs, doc, blocks)
                sents = timed("segment", all_sentences, paras)
                facts, mentions = timed("extract", extract, Context(doc, meta, paras, sents))
            timed("export", writer.add, DocumentResult(source, doc, meta, paras, sents, facts, artifacts, mentions))
        t = time.process_time()
    spent["export"] += time.process_time() - t  # the last flushes, entities and the swap
    return spent, size, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=5)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--profile", type=Path, help="also write a cProfile of the run here")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="scoexport-stages-") as tmp:
        corpus = a.corpus
        if corpus is None:
            corpus = Path(tmp) / "corpus"
            build(corpus, a.mb)
        prof = cProfile.Profile() if a.profile else None
        if prof:
            prof.enable()
        spent, size, n = run(corpus, Path(tmp) / "out")
        if prof:
            prof.disable()
            prof.dump_stats(a.profile)
    print(report(spent, size, n))


def report(spent: dict[str, float], size: int, n: int) -> str:
    """The run's total and one line per stage: CPU seconds, share, MB per CPU second."""
    total = sum(spent.values())
    lines = [f"{n} documents, {size / 1e6:.1f} MB in {total:.2f} CPU s = {size / 1e6 / total:.2f} MB per CPU second"]
    lines += [f"  {stage:8} {seconds:7.2f} CPU s  {seconds / total:5.1%}  {size / 1e6 / seconds:8.2f} MB per CPU s"
              for stage, seconds in spent.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
