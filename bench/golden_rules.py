"""The English "Golden Rules" of sentence boundaries: our splitter beside pysbd's, case by case.

    python bench/golden_rules.py [--cache DIR] [-v]

The 48 cases (simple stops, abbreviations, initials, numbers, times, quotations, lists, ellipses, URLs ...) are the
public suite that pysbd's authors took from the Pragmatic Segmenter and ship in pysbd's source distribution
(`benchmarks/english_golden_rules.py`). They are fetched from the package registry with `pip download` into a cache
outside the project (default `../.cache/golden-rules` beside the project's root) and read as data with
`ast.literal_eval`, never executed or copied into the project. A case counts as right when the list of sentences,
each stripped, equals the expected list. pysbd (the `bench` extra) is scored on the same cases when installed.
Prints one line per missed case with `-v`, then `ours N/48, pysbd M/48`.
"""
from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tarfile
from pathlib import Path

from scoexport.segment.splitter import split_sentences

ROOT = Path(__file__).resolve().parent.parent
MEMBER = "benchmarks/english_golden_rules.py"


def fetch(cache: Path) -> Path:
    """The rules file from pysbd 0.3.3's source distribution, downloaded once into `cache`."""
    target = cache / "english_golden_rules.py"
    if target.exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                    "pysbd==0.3.3", "-d", str(cache)], check=True)
    with tarfile.open(cache / "pysbd-0.3.3.tar.gz") as sdist:
        source = sdist.extractfile(f"pysbd-0.3.3/{MEMBER}")
        assert source is not None, f"{MEMBER} is missing from pysbd's source distribution"
        target.write_bytes(source.read())
    return target


def cases(path: Path) -> list[tuple[str, list[str]]]:
    """The (text, expected sentences) pairs of the file's one assignment, read as a literal."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assignment = next(node for node in tree.body if isinstance(node, ast.Assign))
    return [(text, list(expected)) for text, expected in ast.literal_eval(assignment.value)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=ROOT.parent / ".cache" / "golden-rules")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each case a splitter gets wrong")
    args = ap.parse_args()
    rules = cases(fetch(args.cache))
    splitters = {"ours": split_sentences}
    try:
        import pysbd

        splitters["pysbd"] = pysbd.Segmenter(language="en", clean=False).segment
    except ImportError:
        print("pysbd: not installed (pip install -e '.[bench]')")
    right = dict.fromkeys(splitters, 0)
    for number, (text, expected) in enumerate(rules, 1):
        want = [s.strip() for s in expected]
        for name, split in splitters.items():
            got = [s.strip() for s in split(text) if s.strip()]
            if got == want:
                right[name] += 1
            elif args.verbose:
                print(f"{name} misses rule {number}: {got} (expected {want})")
    print(", ".join(f"{name} {n}/{len(rules)}" for name, n in right.items()))


if __name__ == "__main__":
    main()
