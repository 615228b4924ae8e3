"""CPU seconds of the same convert by two versions of the code, in turns, on the same inputs.

    python bench/cpu_against.py OLD_REV [NEW_REV] --input DIR [--rounds 3] [-j 1]

Each revision (a commit, a branch, or a folder holding a `scoexport/` package) is put in a folder of its own
(`git archive`) and imported from there by a fresh child process, which converts DIR into a temporary dataset.
The children's CPU seconds (user and system, from the OS) are printed per round and the best of each, with their
ratio. Runs alternate, so a load that comes and goes bends both alike; the best of several is the run least
bent. Startup (imports, word lists) is included: it is part of what a user waits for, and it is the same for
both unless a change made it dearer. NEW_REV defaults to the working tree's package.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
_CONVERT = ("import sys; from scoexport.run import convert; "
            "s = convert([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3])); print(s.documents)")


def code_tree(rev: str, into: Path) -> Path:
    """A folder from which `import scoexport` gets `rev`'s package."""
    if (Path(rev) / "scoexport").is_dir():
        return Path(rev).resolve()
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def cpu_of_convert(tree: Path, inputs: Path, jobs: int) -> tuple[float, str]:
    """CPU seconds of one child converting `inputs` with the package in `tree`, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run([sys.executable, "-c", _CONVERT, str(inputs), f"{out}/dataset", str(jobs)],
                              env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"{tree}: convert failed:\n{done.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("old")
    ap.add_argument("new", nargs="?", default=str(ROOT))
    ap.add_argument("--input", type=Path, required=True, help="a folder (or file) of documents to convert")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("-j", "--jobs", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trees = {rev: code_tree(rev, Path(tmp) / f"code{k}") for k, rev in enumerate((args.old, args.new))}
        seconds: dict[str, list[float]] = {rev: [] for rev in trees}
        print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        for r in range(args.rounds):
            for rev, tree in trees.items():
                cpu, documents = cpu_of_convert(tree, args.input, args.jobs)
                seconds[rev].append(cpu)
                print(f"round {r + 1}: {rev}: {cpu:.2f} CPU s ({documents} documents)", flush=True)
    best = {rev: min(s) for rev, s in seconds.items()}
    for rev, s in seconds.items():
        print(f"{rev}: best {best[rev]:.2f} CPU s of {', '.join(f'{x:.2f}' for x in s)}")
    print(f"new / old: {best[args.new] / best[args.old]:.2f}x the CPU")


if __name__ == "__main__":
    main()
