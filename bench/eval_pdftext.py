"""Convert the PDF-extracted evaluation set and score its paragraphs, titles and dates.

    python bench/eval_pdftext.py [--gold ../shared/eval/pdftext] [--pdf] [--only IDS.txt | --skip IDS.txt] [-v]

Converts the pdftotext texts (`ID.txt`), or with --pdf the PDFs behind them (`ID.pdf`), and prints
the shared scorer's figures (title accuracy, date accuracy, paragraph F1, text F1). --only / --skip
take a file of document IDs (one a line) to score a part of the set (e.g. documents kept aside).
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


def subset(gold: Path, only: set[str] | None, skip: set[str]) -> Path:
    """A folder of links to the gold files of the chosen documents (the scorer reads a whole folder)."""
    if only is None and not skip:
        return gold
    folder = Path(tempfile.mkdtemp())
    for path in gold.iterdir():
        doc = path.name.split(".")[0]
        if (only is None or doc in only) and doc not in skip:
            (folder / path.name).symlink_to(path.resolve())
    return folder


def evaluate(gold: Path, out: Path, verbose: bool = False, suffix: str = ".txt") -> str:
    """Convert every file of `gold` with `suffix` into `out` and return the scorer's report."""
    summary = convert(sorted(gold.glob(f"*{suffix}")), out)
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
    ap.add_argument("--pdf", action="store_true", help="convert the PDFs instead of the pdftotext texts")
    ap.add_argument("--only", type=Path, help="file of document IDs to score (one a line)")
    ap.add_argument("--skip", type=Path, help="file of document IDs to leave out")
    a = ap.parse_args()
    out = a.out or Path(tempfile.mkdtemp()) / "dataset"
    started = time.perf_counter()
    only = set(a.only.read_text().split()) if a.only else None
    skip = set(a.skip.read_text().split()) if a.skip else set()
    report = evaluate(subset(a.gold, only, skip), out, a.verbose, ".pdf" if a.pdf else ".txt")
    print(report, end="")
    print(f"converted in {time.perf_counter() - started:.1f} s into {out}")


if __name__ == "__main__":
    main()
