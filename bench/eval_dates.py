#!/usr/bin/env python3
"""Publication dates found by scoexport on ../shared/eval/dates and on ../shared/eval/html, and
htmldate's on the dates set in the same run.

    .venv/bin/python bench/eval_dates.py [-v]

Converts each set of pages and scores the documents' published_date against the gold dates with
the shared scorer (the dates set); for the html set, whose gold carries URLs but no dates, it
checks the date against the one the gold URL states (/2019/11/19/ or /20191119/), where it does.
htmldate (the bench extra) reads the same page files, without the gold URL, as scoexport does,
both with `original_date=True` (the first publication, what the gold dates are) and with its default.
"""
from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

from scoexport import convert
from scoexport.parse.html.date_attrs import url_date

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def dates_set(out: Path, verbose: bool) -> None:
    convert([EVAL / "dates" / "pages"], out)
    cmd = [sys.executable, str(EVAL / "score_dates.py"), "--gold", str(EVAL / "dates" / "gold.json"), "--dataset", str(out)]
    lines = subprocess.run(cmd + (["-v"] if verbose else []), capture_output=True, text=True, check=True).stdout.splitlines()
    print("\n".join(lines if verbose else lines[-1:]))


def htmldate_set(verbose: bool) -> None:
    try:
        from htmldate import find_date
    except ImportError:
        print("htmldate: not installed (pip install -e '.[bench]')")
        return
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    gold = json.loads((EVAL / "dates" / "gold.json").read_text(encoding="utf-8"))
    for original in (True, False):
        exact = 0
        for name, g in sorted(gold.items()):
            try:
                found = find_date((EVAL / "dates" / "pages" / name).read_bytes(), original_date=original)
            except Exception:  # htmldate raises on some malformed pages; that page counts as missed
                found = None
            exact += found == g["date"]
            if verbose and original and found != g["date"]:
                print(f"htmldate {name}: want {g['date']} got {found}")
        print(f"htmldate (original_date={original}): date accuracy {exact / len(gold):.3f} ({exact} of {len(gold)} exact)")


def html_set(out: Path, verbose: bool) -> None:
    convert([EVAL / "html" / "pages"], out)
    gold = json.loads((EVAL / "html" / "gold.json").read_text(encoding="utf-8"))
    rows = duckdb.connect().execute(
        f"SELECT source_path, published_date FROM read_parquet('{out}/documents/*.parquet')").fetchall()
    found = {Path(p).name.split(".")[0]: d for p, d in rows}
    stated = {k: url_date(v.get("url")) for k, v in gold.items()}
    stated = {k: d for k, d in stated.items() if d}
    exact = sum(found.get(k) == d for k, d in stated.items())
    if verbose:
        for k, d in stated.items():
            if found.get(k) != d:
                print(f"{k[:16]}: want {d} got {found.get(k)}")
    print(f"html set: {exact} of {len(stated)} pages whose URL states a date have it exact "
          f"({exact / max(len(stated), 1):.3f}); {sum(1 for d in found.values() if d)} of {len(found)} pages dated")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    if not EVAL.exists():
        print(f"{EVAL} is not here (../shared is beside the project's checkout only)")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        dates_set(Path(tmp) / "dates", a.verbose)
        htmldate_set(a.verbose)
        html_set(Path(tmp) / "html", a.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
