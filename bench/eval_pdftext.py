"""Convert the PDF-extracted evaluation set and score its paragraphs, titles and dates.

    python bench/eval_pdftext.py [--gold ../shared/eval/pdftext] [--out /tmp/pdftext-dataset] [-v]

Prints the shared scorer's figures (title accuracy, date accuracy, paragraph F1, text F1).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scoexport import convert

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def evaluate(gold: Path, out: Path, verbose: bool = False) -> str:
    """Convert every .txt of `gold` into `out` and return the scorer's report."""
    summary = convert(sorted(gold.glob("*.txt")), out)
    if not summary.ok:
        raise RuntimeError(f"{len(summary.failures)} documents failed: {summary.failures[:3]}")
    command = [sys.executable, str(EVAL / "score_paragraphs.py"), "--dataset", str(out), "--gold", str(gold)]
    done = subprocess.run([*command, *(["-v"] if verbose else [])], capture_output=True, text=True, check=True)
    return done.stdout


def figures(report: str) -> dict[str, float]:
    """The scorer's headline numbers by name ("title accuracy", "paragraph F1", ...)."""
    found = {}
    for line in report.splitlines():
        name, sep, rest = line.partition(":")
        if sep and rest.split():
            try:
                found[name.strip()] = float(rest.split()[0])
            except ValueError:
                continue
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=EVAL / "pdftext")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    out = a.out or Path(tempfile.mkdtemp()) / "dataset"
    started = time.perf_counter()
    report = evaluate(a.gold, out, a.verbose)
    print(report, end="")
    print(f"converted in {time.perf_counter() - started:.1f} s into {out}")


if __name__ == "__main__":
    main()
