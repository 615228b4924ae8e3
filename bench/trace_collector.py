"""Where a convert's CPU goes per process: in the stages, around them, and in Python's cycle collector.

    python bench/trace_collector.py CORPUS [-j 1] [--freeze] [--threshold 700,10,10] [--code DIR]

Converts CORPUS (every input, into a temporary dataset) with -j N and prints, for each process that converted
documents (the one process with -j1, each worker with -j2), its documents, the CPU seconds inside
`pipeline.process_document` (the stages), outside it (reading, writing rows, the parent's books) and in the
collector's passes per generation (timed by `gc.callbacks`), with the process's resident size at the end. CPU
seconds, not wall time: on a shared machine they are what load bends least, and the collector's own seconds are a
ratio within one run. `--freeze` runs `gc.freeze()` after each process's first document (the word lists and
gazetteers loaded, never walked again); `--threshold` sets the collector's thresholds; `--code DIR` runs another
version of the package (`git archive COMMIT | tar -x -C DIR`). Workers are forked, so they inherit the tracing.
"""
from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    ap.add_argument("--freeze", action="store_true")
    ap.add_argument("--threshold", help="the collector's three thresholds, as 700,10,10")
    ap.add_argument("--code", type=Path, help="a folder holding another version of the package")
    a = ap.parse_args()
    if a.code:
        sys.path.insert(0, str(a.code.resolve()))
    from scoexport import pipeline, run

    if a.threshold:
        gc.set_threshold(*map(int, a.threshold.split(",")))
    with tempfile.TemporaryDirectory(prefix="trace-collector-") as work:
        real = pipeline.process_document
        state: dict = {}

        def collector(phase: str, info: dict) -> None:
            if phase == "start":
                state["t"] = time.process_time()
            else:
                state["gc"][info["generation"]] += time.process_time() - state["t"]

        @functools.wraps(real)
        def traced(source, *args, **kwargs):  # type: ignore[no-untyped-def]
            if state.get("pid") != os.getpid():  # the first document of this process
                state.clear()
                state.update(pid=os.getpid(), gc=[0.0] * 3, inside=0.0, outside=0.0, n=0, last=time.process_time())
                gc.callbacks.append(collector)
            t0 = time.process_time()
            result = real(source, *args, **kwargs)
            t1 = time.process_time()
            state["inside"] += t1 - t0
            state["outside"] += t0 - state["last"]
            state["last"] = t1
            state["n"] += 1
            if a.freeze and state["n"] == 1:
                gc.collect()
                gc.freeze()
            with open(os.path.join(work, f"{os.getpid()}.json"), "w") as f:  # a worker leaves without atexit
                json.dump({k: state[k] for k in ("n", "inside", "outside", "gc")} | {"rss": _rss()}, f)
            return result

        pipeline.process_document = traced
        t = time.process_time()
        summary = run.convert([str(a.corpus)], os.path.join(work, "dataset"), jobs=a.jobs, incremental=False)
        parent = time.process_time() - t
        children = os.times().children_user + os.times().children_system
        print(f"{summary.documents} documents, -j{a.jobs}{' --freeze' if a.freeze else ''}"
              f"{' --threshold ' + a.threshold if a.threshold else ''}: {parent + children:.2f} CPU s "
              f"(this process {parent:.2f}), load {os.getloadavg()[0]:.2f}")
        total = [0.0] * 3
        for path in sorted(Path(work).glob("*.json")):
            s = json.loads(path.read_text())
            total = [x + y for x, y in zip(total, s["gc"], strict=True)]
            print(f"  process {path.stem}: {s['n']} documents, stages {s['inside']:.2f} CPU s, around them "
                  f"{s['outside']:.2f}, collector {sum(s['gc']):.2f} ({' / '.join(f'{g:.2f}' for g in s['gc'])} "
                  f"by generation), {s['rss']} MB resident")
        print(f"  collector, all processes: {sum(total):.2f} CPU s = {sum(total) / (parent + children):.1%}")


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") >> 20


if __name__ == "__main__":
    main()
