"""Hostile shapes against ordinary text, and one huge single-line document.

Prints, for each crafted shape of the hostile test suite (tests/test_hostile_speed.py), the CPU
seconds to process 1 MB of it and the ratio to 1 MB of ordinary text (the seeds repeated),
measured in one process; with `--grow K`, also the seconds for K times as much of the shape in one
document and the cost per MB relative to 1 MB (about 1 when the rules are linear in the document's
length, about K for a whole-document quadratic search); then the wall time, CPU time and peak memory
of one document of `--single-mb` megabytes on a single line (after a title line), run in a fresh
process through `process_document` (windowed when long, as convert runs it).

    python bench/bench_hostile.py [--single-mb 10] [--grow 4] [--only NAME ...]

CPU time, not wall time, so that other load on the machine counts little; note `uptime` anyway.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_hostile_speed import HTML_SHAPES, TEXT_SHAPES, _cpu_seconds, _ordinary  # noqa: E402

_SINGLE = """
import resource, sys, time
from scoexport.pipeline import process_document
from scoexport.sources.inputs import read_source
wall, cpu = time.perf_counter(), time.process_time()
from scoexport.windows import discard
result = process_document(read_source(sys.argv[1]))
counts = getattr(result, "counts", None) or {t: len(getattr(result, t, [])) for t in ("paragraphs", "sentences", "facts")}
if hasattr(result, "spill"):
    discard(result)
print(type(result).__name__, getattr(result, "error", ""), f"{time.perf_counter() - wall:.1f}",
      f"{time.process_time() - cpu:.1f}",
      f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", counts["paragraphs"],
      counts["sentences"], counts["facts"])
"""


def shapes(only: list[str], grow: int) -> None:
    ordinary = _cpu_seconds(_ordinary())
    grown = f" {f'cpu s x{grow}':>10} {'per MB x1':>10}" if grow > 1 else ""
    print(f"{'shape':24} {'cpu s':>7} {'x ordinary':>10}{grown}")
    print(f"{'ordinary text':24} {ordinary:7.2f} {1:10.2f}" + _grown(_ordinary(), "text", ordinary, grow))
    for name, text in {**TEXT_SHAPES, **HTML_SHAPES}.items():
        if only and name not in only:
            continue
        fmt = "html" if name in HTML_SHAPES else "text"
        seconds = _cpu_seconds(text, fmt)
        print(f"{name:24} {seconds:7.2f} {seconds / ordinary:10.2f}" + _grown(text, fmt, seconds, grow), flush=True)


def _grown(text: str, fmt: str, seconds: float, grow: int) -> str:
    """The same shape `grow` times as long in one document: its CPU seconds, and its cost per MB over 1 MB's."""
    if grow <= 1:
        return ""
    more = _cpu_seconds(text * grow, fmt)
    return f" {more:10.2f} {more / grow / max(seconds, 1e-3):10.2f}"


def single_line(megabytes: int) -> None:
    prose = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))).replace("\n", " ")
    size = megabytes * 1_000_000
    line = (prose * (size // len(prose) + 1))[:size]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "single-line.txt"
        path.write_text("A report on the council\n\n" + line + "\n", encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", _SINGLE, str(path)], capture_output=True, text=True, check=True).stdout
    kind, *rest = out.split()
    wall, cpu, rss, paragraphs, sentences, facts = rest[-6:]
    print(f"\n{megabytes} MB on one line: {kind}, wall {wall} s, cpu {cpu} s, peak RSS {rss} MB; "
          f"{paragraphs} paragraphs, {sentences} sentences, {facts} facts")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--single-mb", type=int, default=10)
    parser.add_argument("--only", nargs="*", default=[])
    parser.add_argument("--grow", type=int, default=1, help="also time each shape this many times as long")
    args = parser.parse_args()
    print(f"load: {os.getloadavg()[0]:.2f} (1 min)")
    shapes(args.only, args.grow)
    if args.single_mb:
        single_line(args.single_mb)


if __name__ == "__main__":
    main()
