#!/usr/bin/env python3
"""scoexport against trafilatura on the real news pages of ../shared/eval/html, in one run.

    .venv/bin/python bench/bench_html.py [--pages DIR] [--repeat N]

Converts the pages with scoexport's whole `convert` (parse, clean, segment, extract facts, write
Parquet) and extracts the same pages with trafilatura, then scores both with the shared scorer
and prints main-text F1 and pages per CPU second side by side (one process each, so per core),
and where scoexport's time goes: each stage timed on its own (bench_stages.py's pass), in the
same run. CPU time is bent less than wall time by other jobs, but not unbent: the load average
is printed, and the ratio of the two tools, measured minutes apart, is the figure to compare.
trafilatura is a benchmark-only dependency (`pip install -e '.[bench]'`).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def score(args: list[str]) -> str:
    out = subprocess.run([sys.executable, str(EVAL / "score_html.py"), "--gold", str(EVAL / "html" / "gold.json"), *args],
                         capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()[-1]


def run_scoexport(pages: list[Path], out: Path) -> float:
    from scoexport import convert

    start = time.process_time()  # CPU seconds: on a shared machine the load does not bend them
    summary = convert(pages, out, incremental=False)  # every repeat converts every page again
    elapsed = time.process_time() - start
    if not summary.ok:
        print(f"scoexport: {len(summary.failures)} pages failed: {summary.failures[:3]}")
    return elapsed


def run_trafilatura(pages: list[Path], out: Path) -> float:
    import trafilatura

    predictions: dict[str, dict[str, str]] = {}
    start = time.process_time()
    for page in pages:
        predictions[page.name.split(".")[0]] = {"articleBody": trafilatura.extract(page.read_bytes()) or ""}
    elapsed = time.process_time() - start
    out.write_text(json.dumps(predictions), encoding="utf-8")
    return elapsed


def stage_times(pages: Path, out: Path, repeat: int) -> None:
    """CPU seconds per stage of scoexport on the pages, each stage timed on its own (the least of `repeat` runs)."""
    from bench_stages import run

    runs = [run(pages, out / str(i)) for i in range(repeat)]
    spent = {name: min(r[0][name] for r in runs) for name in runs[0][0]}
    n = runs[0][2]
    total = sum(spent.values())
    print(f"scoexport by stage ({n} pages, {total:.2f} CPU s, {n / total:.1f} pages per CPU s):")
    for name, seconds in spent.items():
        print(f"  {name:8} {seconds:6.2f} CPU s  {seconds / total:5.1%}  {n / seconds:8.1f} pages per CPU s")


def profile_parse(pages: list[Path], top: int) -> None:
    from scoexport.pipeline import process
    from scoexport.sources.inputs import read_source

    sources = [read_source(str(p)) for p in pages]
    profiler = cProfile.Profile()
    profiler.enable()
    for source in sources:
        process(source)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=EVAL / "html" / "pages")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each tool; the best time counts")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also print the N costliest calls of scoexport")
    a = ap.parse_args()
    if not a.pages.exists():
        print(f"{a.pages} is not here (../shared is beside the project's checkout only)")
        return 2
    pages = sorted(a.pages.glob("*.html"))
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        dataset, predictions = Path(tmp) / "dataset", Path(tmp) / "trafilatura.json"
        ours = min(run_scoexport(pages, dataset) for _ in range(a.repeat))
        theirs = min(run_trafilatura(pages, predictions) for _ in range(a.repeat))
        print(f"scoexport   {score(['--dataset', str(dataset)])}; {len(pages) / ours:.1f} pages per CPU s (whole convert)")
        print(f"trafilatura {score(['--predictions', str(predictions)])}; {len(pages) / theirs:.1f} pages per CPU s (extraction)")
        print(f"speed ratio scoexport/trafilatura: {theirs / ours:.2f}")
        stage_times(a.pages, Path(tmp) / "stages", a.repeat)
    if a.profile:
        profile_parse(pages, a.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
