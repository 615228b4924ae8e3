"""How convert scales: MB/s per core with 1 and 2 processes and Dask, reruns, memory, one huge file.

    python bench/bench_scale.py [--gb 1 | --mb 1000] [--small 100 | --small-corpus DIR] [--single 1 100] [--no-dask]
                                [--work DIR]
    python bench/bench_scale.py --corpus DIR --jobs-only [--repeat 3] [--against OLD]  # CPU of -j1, -j2

The issue's figures (about an hour on two idle cores): `python bench/bench_scale.py --gb 1`.
A quick look at small scale: `python bench/bench_scale.py --mb 100 --small 20 --single 1 20`.

On a varied corpus (make_corpus.build_varied: reports as pdftotext sets them, flat articles, saved
web pages, all new documents made from the evaluation sets and seeds) it prints:
  - MB/s per core of the whole convert with -j1, -j2 and --dask local -j2, and the 2-process speed-up;
  - a rerun with nothing changed (time, and its share of the first run), and one after one file's
    content changed (time, and how many documents were converted again);
  - peak memory (the largest process) of -j2 at --small MB and at --mb MB, and their ratio;
  - the time of one single-document text file of each --single size, and time per MB relative to the
    smallest;
  - per-stage seconds on one core (bench_stages) over the --small corpus's first 10 MB.
Every convert runs in a fresh child process, so each peak is that run's own. Besides wall-clock time, each
run's CPU seconds (every process) and the parent's own share of them are printed: on a shared machine the
CPU of -j2 against -j1 is the figure load does not bend. `--corpus` takes a corpus built earlier and never
writes into it (the rerun after changing a file is then skipped); `--jobs-only` runs -j1 and -j2 alone,
`--repeat` times, alternating. Note `uptime` beside the figures: the machine may be shared.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from make_corpus import build_varied, paragraphs

HERE = Path(__file__).resolve().parent


# of the last run_convert: CPU seconds (user + system) of every process, of the parent process alone, and the
# parent's peak RSS in MB
CPU: dict[str, float] = {}

# the convert command, which on leaving writes its own CPU seconds and peak (not its workers') to a file
_PARENT = ("import atexit, os, resource, runpy, sys\n"
           "def report():\n"
           "    u = resource.getrusage(resource.RUSAGE_SELF)\n"
           "    with open(os.environ['BENCH_PARENT_CPU'], 'w') as f:\n"
           "        f.write(f'{u.ru_utime + u.ru_stime} {u.ru_maxrss / 1024}')\n"
           "atexit.register(report)\n"
           "sys.argv[0] = 'scoexport'\n"
           "runpy.run_module('scoexport.cli', run_name='__main__')\n")


def run_convert(args: list[str], code: Path | None = None) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process) of `scoexport convert ARGS` in a fresh child; its CPU
    seconds in CPU["last"], the parent's own in CPU["parent"]. On a shared machine, MB per CPU second is the
    figure that load does not bend. `code`: a folder holding another version of the package (`git archive`)
    to run instead of the installed one."""
    env = {**os.environ, "PYTHONPATH": str(code)} if code else dict(os.environ)
    command = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "r = subprocess.run([sys.executable, '-c', sys.argv[1], 'convert', *sys.argv[2:]]); "
            "s = time.perf_counter() - t; u = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(s, u.ru_maxrss / 1024, u.ru_utime + u.ru_stime, r.returncode)")
    with tempfile.NamedTemporaryFile(prefix="bench-parent-", suffix=".txt") as parent:
        done = subprocess.run([sys.executable, "-c", command, _PARENT, *args, "-q"], check=True, capture_output=True,
                              text=True, env={**env, "BENCH_PARENT_CPU": parent.name}, cwd=tempfile.gettempdir())
        own = Path(parent.name).read_text().split()
    seconds, peak, cpu, status = done.stdout.split()
    if int(status) not in (0, 1):
        raise SystemExit(f"convert {' '.join(args)} exited {status}")
    CPU["last"] = float(cpu)
    CPU["parent"], CPU["parent_peak"] = float(own[0]), float(own[1])
    return float(seconds), float(peak)


def cpu_note(mb: float) -> str:
    return (f"{CPU['last']:.1f} CPU s = {mb / CPU['last']:.2f} MB per CPU second, parent {CPU['parent']:.1f} CPU s "
            f"({CPU['parent'] / CPU['last']:.1%}), parent peak {CPU['parent_peak']:.0f} MB")


def corpus(work: Path, mb: float) -> tuple[Path, int]:
    folder = work / f"corpus-{mb:g}mb"
    marker = folder / ".built"
    if not marker.exists():
        build_varied(folder, mb)
        marker.write_text("ok")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.name != ".built")
    return folder, size


def single_file(work: Path, mb: float) -> Path:
    """One plain-text report of `mb` MB: real paragraphs drawn at random, a title and a dateline."""
    path = work / f"single-{mb:g}mb" / "report.txt"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        rng = random.Random(3)
        pool = paragraphs()
        with open(path, "w", encoding="utf-8") as f:
            f.write("A long report\n\nMay 3, 2024 by Bench Desk\n\n")
            written = 0
            while written < mb * 1e6:
                p = rng.choice(pool) + "\n\n"
                f.write(p)
                written += len(p.encode("utf-8"))
    return path.parent


def jobs_only(big: Path, mb: float, out: Path, repeat: int, against: Path | None) -> None:
    """-j1 and -j2 in turns, `repeat` times (and with `against`, the same pair by that code after this one's):
    each run's time, CPU (all processes and the parent's) and peak, and the CPU of -j2 over that of -j1 in each
    pair."""
    codes = {"this code": None, **({f"code in {against}": against} if against else {})}
    for n in range(1, repeat + 1):
        for name, code in codes.items():
            cpu = {}
            for jobs in (1, 2):
                t, peak = run_convert([str(big), "-o", str(out), "-j", str(jobs), "--full"], code)
                cpu[jobs] = CPU["last"]
                print(f"pair {n}, {name}, -j{jobs}: {t:.1f} s, {mb / t / jobs:.2f} MB/s per core, peak {peak:.0f} MB; "
                      f"{cpu_note(mb)}; load {os.getloadavg()[0]:.2f}", flush=True)
                shutil.rmtree(out, ignore_errors=True)
            print(f"pair {n}, {name}: CPU -j2/-j1 {cpu[2] / cpu[1]:.3f}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1000, help="size of the big corpus in MB")
    ap.add_argument("--gb", type=float, help="size of the big corpus in GB (overrides --mb)")
    ap.add_argument("--small", type=float, default=100)
    ap.add_argument("--small-corpus", type=Path, help="a corpus built earlier, used as the small one (not written to)")
    ap.add_argument("--single", type=float, nargs="*", default=[1, 100])
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--no-j1", action="store_true", help="skip the one-process run of the big corpus")
    ap.add_argument("--work", type=Path, default=HERE / "out" / "scale")
    ap.add_argument("--corpus", type=Path, help="a corpus built earlier, used as the big one and never written to")
    ap.add_argument("--jobs-only", action="store_true", help="only the -j1 and -j2 runs of the big corpus")
    ap.add_argument("--repeat", type=int, default=1, help="with --jobs-only: how many -j1, -j2 pairs")
    ap.add_argument("--against", type=Path, help="with --jobs-only: a folder holding another version of the "
                    "package (git archive COMMIT | tar -x -C DIR), whose pairs alternate with this code's")
    a = ap.parse_args()
    if a.gb:
        a.mb = a.gb * 1000
    a.work.mkdir(parents=True, exist_ok=True)
    print(f"load before: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
    if a.corpus:
        big = a.corpus.resolve()
        size = sum(p.stat().st_size for p in big.rglob("*") if p.is_file() and p.name != ".built")
    else:
        big, size = corpus(a.work, a.mb)
    mb = size / 1e6
    print(f"corpus: {sum(1 for p in big.rglob('*') if p.is_file() and p.name != '.built')} documents, {mb:.1f} MB")
    out = a.work / "dataset"
    shutil.rmtree(out, ignore_errors=True)
    if a.jobs_only:
        jobs_only(big, mb, out, a.repeat, a.against.resolve() if a.against else None)
        return
    if a.small_corpus:
        small = a.small_corpus.resolve()
        small_size = sum(p.stat().st_size for p in small.rglob("*") if p.is_file() and p.name != ".built")
    else:
        small, small_size = corpus(a.work, a.small)
    t1 = None
    if not a.no_j1:
        t1, peak1 = run_convert([str(big), "-o", str(out), "-j", "1", "--full"])
        cpu1 = CPU["last"]
        print(f"-j1: {t1:.1f} s, {mb / t1:.2f} MB/s per core, peak {peak1:.0f} MB; {cpu_note(mb)}")
    t2, peak2 = run_convert([str(big), "-o", str(out), "-j", "2", "--full"])
    parent2 = CPU["parent_peak"]
    print(f"-j2: {t2:.1f} s, {mb / t2 / 2:.2f} MB/s per core, peak {peak2:.0f} MB"
          + (f", speed-up {t1 / t2:.2f}x over -j1 (CPU -j1/-j2 {cpu1 / CPU['last']:.2f})" if t1 else "")
          + f"; {cpu_note(mb)}")
    if not a.no_dask:
        dask_out = a.work / "dataset-dask"
        shutil.rmtree(dask_out, ignore_errors=True)
        td, peakd = run_convert([str(big), "-o", str(dask_out), "-j", "2", "--dask", "local", "--full"])
        print(f"--dask local -j2: {td:.1f} s, {mb / td / 2:.2f} MB/s per core, peak {peakd:.0f} MB; {cpu_note(mb)}")
        shutil.rmtree(dask_out, ignore_errors=True)
    tr, _ = run_convert([str(big), "-o", str(out), "-j", "2"])
    print(f"rerun, nothing changed: {tr:.2f} s = {tr / t2:.1%} of the -j2 run ({CPU['last']:.1f} CPU s)")
    if not a.corpus:  # a corpus given is not ours to change
        victim = sorted(p for p in big.rglob("*.txt"))[0]
        victim.write_text(victim.read_text(encoding="utf-8") + "\nOne more paragraph, added on 3 May 2024.\n",
                          encoding="utf-8")
        tt, _ = run_convert([str(big), "-o", str(out), "-j", "2"])
        last = json.loads((out / "manifest.json").read_text())["runs"][-1]
        print(f"rerun after changing one file: {tt:.2f} s = {tt / t2:.1%} of the -j2 run, "
              f"{last['converted']} converted, {last['kept']} kept")
    shutil.rmtree(out, ignore_errors=True)
    small_out = a.work / "dataset-small"
    shutil.rmtree(small_out, ignore_errors=True)
    if small == big:  # the small corpus is the big one: its -j2 run is the one above
        ts, peaks, CPU["parent_peak"] = t2, peak2, parent2
    else:
        ts, peaks = run_convert([str(small), "-o", str(small_out), "-j", "2", "--full"])
    print(f"peak memory -j2: {peaks:.0f} MB at {small_size / 1e6:.0f} MB, {peak2:.0f} MB at {mb:.0f} MB "
          f"(ratio {peak2 / peaks:.2f}; the parent's {CPU['parent_peak']:.0f} and {parent2:.0f} MB); "
          f"{small_size / 1e6 / ts / 2:.2f} MB/s per core at {small_size / 1e6:.0f} MB")
    shutil.rmtree(small_out, ignore_errors=True)
    base = base_cpu = None
    for size_mb in a.single:
        folder = single_file(a.work, size_mb)
        ts1, peak = run_convert([str(folder), "-o", str(a.work / "dataset-single"), "-j", "1", "--full"])
        per_mb = ts1 / size_mb
        base = base or per_mb
        per_cpu = CPU["last"] / size_mb
        base_cpu = base_cpu or per_cpu
        print(f"one {size_mb:g} MB text file: {ts1:.1f} s, peak {peak:.0f} MB, {per_mb / base:.2f}x the time per MB "
              f"of the {a.single[0]:g} MB file ({per_cpu / base_cpu:.2f}x in CPU s per MB)")
        shutil.rmtree(a.work / "dataset-single", ignore_errors=True)
    sample = a.work / "stage-sample"
    if not sample.exists():
        sample.mkdir()
        total = 0
        for p in sorted(small.rglob("*"))[::7]:
            if p.is_file() and p.name != ".built" and total < 10e6:
                shutil.copy(p, sample / f"{total}-{p.name}")
                total += p.stat().st_size
    stages = subprocess.run([sys.executable, str(HERE / "bench_stages.py"), "--corpus", str(sample)],
                            check=True, capture_output=True, text=True)
    print("per stage, one core:\n" + stages.stdout.rstrip())
    print(f"load after: {os.getloadavg()[0]:.2f} (1 min)")


if __name__ == "__main__":
    main()
