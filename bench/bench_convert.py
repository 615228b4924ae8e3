"""Time `scoexport convert` on a corpus of real text and report MB/s, MB per CPU second, peak memory
and where the time goes, stage by stage.

    python bench/bench_convert.py [--mb 50] [--jobs 1] [--stages 10] [--keep]

Builds the corpus with make_corpus.py (unless --corpus is given), runs the CLI in a child process
and reads its peak resident memory and CPU seconds from the OS. Runs a small corpus first so that
the two peaks show whether memory grows with the number of documents. MB per CPU second is the
figure a shared machine does not bend (wall time grows with the other jobs' load). Then the first
--stages MB of the corpus go through the stages one by one in this process (bench_stages.py):
CPU seconds and MB per CPU second of read, parse, clean, segment, extract and export.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_stages import report
from bench_stages import run as run_stages
from make_corpus import build

ROOT = Path(__file__).resolve().parent.parent


def run_convert(corpus: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """(seconds, peak RSS in MB, CPU seconds) of the convert process and its workers."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    cmd = [sys.executable, "-m", "scoexport.cli", "convert", str(corpus), "-o", str(out), "-q", "-j", str(jobs)]
    subprocess.run(cmd, check=True)
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return seconds, max(usage.ru_maxrss, before) / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="an existing folder to convert instead of a built corpus")
    ap.add_argument("--keep", action="store_true", help="keep the corpus and dataset in bench/")
    ap.add_argument("--stages", type=float, default=10, help="MB of the corpus timed stage by stage (0: none)")
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
            seconds, peak, cpu = run_in_child(corpus, work / f"out-{corpus.name}", a.jobs)
            print(f"{corpus.name}: {len(files)} documents, {size / 1e6:.1f} MB in {seconds:.1f} s = "
                  f"{size / 1e6 / seconds:.2f} MB/s, {len(files) / seconds:.0f} docs/s, peak memory {peak:.0f} MB "
                  f"(jobs={a.jobs}); {cpu:.1f} CPU s = {size / 1e6 / cpu:.2f} MB per CPU second", flush=True)
        if a.stages:
            print_stages(sample(runs[-1], work / "stage-sample", a.stages), work / "out-stages")
        if a.keep:
            shutil.copytree(work, ROOT / "bench" / "out", dirs_exist_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run_in_child(corpus: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); from bench_convert import run_convert; "
            f"from pathlib import Path; print(*run_convert(Path({str(corpus)!r}), Path({str(out)!r}), {jobs}))")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds, peak, cpu = done.stdout.split()
    return float(seconds), float(peak), float(cpu)


def sample(corpus: Path, folder: Path, megabytes: float) -> Path:
    """The corpus's first files (in name order) up to `megabytes`, linked into `folder`."""
    folder.mkdir()
    total = 0
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        if total >= megabytes * 1e6:
            break
        os.link(path, folder / f"{total}-{path.name}")
        total += path.stat().st_size
    return folder


def print_stages(corpus: Path, out: Path) -> None:
    print("per stage, one core, in this process: " + report(*run_stages(corpus, out)))


if __name__ == "__main__":
    main()
