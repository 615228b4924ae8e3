#!/usr/bin/env python3
"""Instructions a convert costs, counted by callgrind: the first run (imports and what is built on first use:
patterns, word lists) apart from a second run of the same inputs in the same process (the steady cost per document).

    .venv/bin/python bench/count_instructions.py INPUT [--code TREE] [--keep DIR]

INPUT is a folder of documents (a corpus from make_corpus.py; `../shared/eval/html/pages` for the HTML route). The
script runs itself under `valgrind --tool=callgrind` with PYTHONHASHSEED=0, converts INPUT twice into a scratch
folder and calls `os.getppid()` between the two conversions: `--dump-before=getppid` cuts the count there, so part 1
is startup and first run, part 2 the second run alone. With `--code TREE` the package is imported from TREE (a
`git archive` of another commit), so two commits are counted with the same interpreter and inputs. Wall and CPU
time on a shared machine move with the other jobs' load; instruction counts do not (a few tenths of a percent
from one run to the next).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def _convert_twice(inputs: Path, out: Path) -> None:
    from scoexport import convert

    documents = sorted(inputs.glob("*.html")) if any(inputs.glob("*.html")) else [inputs]
    convert(documents, out / "first", incremental=False)
    os.getppid()  # the mark callgrind cuts the count at (--dump-before=getppid)
    convert(documents, out / "second", incremental=False)


def _totals(prefix: Path) -> list[int]:
    """The totals of each part callgrind wrote (`prefix.1` for the first part, `prefix` for the last)."""
    parts = [Path(f"{prefix}.1"), prefix]
    found = []
    for part in parts:
        m = re.search(r"^totals: (\d+)", part.read_text(errors="replace"), re.M) if part.exists() else None
        found.append(int(m.group(1)) if m else 0)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", type=Path)
    ap.add_argument("--code", type=Path, help="import scoexport from this tree (a git archive of another commit)")
    ap.add_argument("--keep", type=Path, help="keep callgrind's files here (for callgrind_annotate)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the run under valgrind: its scratch folder
    a = ap.parse_args()
    if a.child:
        _convert_twice(a.inputs.resolve(), a.child)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed")
        return 2
    work = Path(tempfile.mkdtemp(prefix="count-instructions-"))
    keep = a.keep or work
    keep.mkdir(parents=True, exist_ok=True)
    out = keep / "callgrind.out"
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if a.code:
        env["PYTHONPATH"] = str(a.code.resolve())
    cmd = ["valgrind", "--tool=callgrind", "--dump-before=getppid", "--compress-strings=no",
           f"--callgrind-out-file={out}", sys.executable, str(Path(__file__).resolve()), str(a.inputs.resolve()),
           "--child", str(work / "datasets")]
    subprocess.run(cmd, check=True, env=env, cwd=work, capture_output=True)
    first, second = _totals(out)
    size = sum(p.stat().st_size for p in a.inputs.rglob("*") if p.is_file())
    print(f"{a.inputs}: {size / 1e6:.3f} MB")
    print(f"startup and first run: {first:,} instructions")
    print(f"second run:            {second:,} instructions ({second / (size / 1e6):,.0f} per MB)")
    if not a.keep:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
