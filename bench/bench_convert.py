"""Time `scoexport convert` on a corpus of real text and report MB/s and peak memory.

    python bench/bench_convert.py [--mb 50] [--jobs 1] [--keep]

Builds the corpus with make_corpus.py (unless --corpus is given), runs the CLI in a child process
and reads its peak resident memory from the OS. Runs a small corpus first so that the two peaks
show whether memory grows with the number of documents.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_corpus import build

ROOT = Path(__file__).resolve().parent.parent


def run_convert(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the convert process and its workers)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "scoexport.cli", "convert", str(corpus), "-o", str(out), "-q", "-j", str(jobs)]
    subprocess.run(cmd, check=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="an existing folder to convert instead of a built corpus")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and dataset in bench/")
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="scoexport-bench-"))
    try:
        runs = []
        if a.corpus:
            runs.append(a.corpus)
        else:
            for mb in (a.mb / 2, a.mb):
                folder = work / f"corpus-{mb:g}mb"
                build(folder, mb)
                runs.append(folder)
        for corpus in runs:
            files = [p for p in corpus.rglob("*") if p.is_file()]
            size = sum(p.stat().st_size for p in files)
            # a fresh process per run, so each peak is that run's own
            seconds, peak = run_in_child(corpus, work / f"out-{corpus.name}", a.jobs)
            print(f"{corpus.name}: {len(files)} documents, {size / 1e6:.1f} MB in {seconds:.1f} s = "
                  f"{size / 1e6 / seconds:.2f} MB/s, {len(files) / seconds:.0f} docs/s, peak memory {peak:.0f} MB "
                  f"(jobs={a.jobs})")
        if a.keep:
            shutil.copytree(work, ROOT / "bench" / "out", dirs_exist_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_in_child(corpus: Path, out: Path, jobs: int) -> tuple[float, float]:
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); from bench_convert import run_convert; "
            f"from pathlib import Path; s, p = run_convert(Path({str(corpus)!r}), Path({str(out)!r}), {jobs}); print(s, p)")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds, peak = done.stdout.split()
    return float(seconds), float(peak)


if __name__ == "__main__":
    main()
