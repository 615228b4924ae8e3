"""Do two commits make the same datasets? Table by table, row by row, tool version ignored.

    .venv/bin/python bench/compare_datasets.py BASE [HEAD] [--sets seeds,pdftext,html,dates] [--input NAME=PATH]

Each commit is unpacked with `git archive` into a work folder and run from there (its own package
at the front of `sys.path`, this interpreter's dependencies), converting the same inputs: the seeds
of this checkout and every evaluation set beside it (`../shared/eval`: `pdftext/*.txt`,
`html/pages`, `dates/pages`). A refactoring that keeps behaviour leaves every table identical; the
script prints one verdict per table and exits 1 if any table differs.

Compared: each table's Arrow schema (with its field and file metadata, except the tool version),
row count, then every row in order (a difference in order alone is named as such); `open.sql`; and
`manifest.json` without its times (creation, each run's start and end), tool version and code
fingerprint (a hash of the package's source, which any refactoring changes by design). Built datasets are kept in the work
folder keyed by commit, so comparing one base with several later commits builds the base once.

The pages held aside for measuring (`bench/devset/aside.txt`) are left out of the evaluation sets: whoever writes
rules and reads this comparison must never see their rows.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from score_facts import held_aside  # this folder is the script's: the scorer's one reader of aside.txt

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
ASIDE = ROOT / "bench" / "devset" / "aside.txt"
VERSION_KEY = b"scoexport.version"
VOLATILE_MANIFEST_KEYS = ("version", "created", "code")
VOLATILE_RUN_KEYS = ("started", "finished")


def aside_pages(eval_dir: Path) -> set[Path]:
    """The evaluation pages held aside (paths in `aside.txt` are relative to the folder holding `eval/`)."""
    return {(eval_dir.parent / line).resolve() for line in held_aside(ASIDE)}


def _pages(folder: Path, aside: set[Path]) -> list[str]:
    """A folder's pages without the aside ones, as explicit files (a folder input would take them all)."""
    kept = sorted(str(p) for p in folder.iterdir() if p.is_file() and p.resolve() not in aside)
    left = sum(1 for p in folder.iterdir() if p.resolve() in aside)
    if left:
        print(f"left out {left} aside pages of {folder}")
    return kept


def input_sets(eval_dir: Path) -> dict[str, list[str]]:
    """The inputs of each set, as the same path strings for both commits (source paths are stored)."""
    sets = {"seeds": [str(ROOT / "seeds")]}
    if eval_dir.is_dir():
        aside = aside_pages(eval_dir)
        sets["pdftext"] = [str(eval_dir / "pdftext" / "*.txt")]
        sets["html"] = _pages(eval_dir / "html" / "pages", aside)
        sets["dates"] = _pages(eval_dir / "dates" / "pages", aside)
    return sets


def resolve(commit: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", f"{commit}^{{commit}}"],
                          check=True, capture_output=True, text=True).stdout.strip()


def unpack(sha: str, work: Path) -> Path:
    tree = work / sha / "tree"
    if not (tree / "scoexport" / "__init__.py").exists():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", sha], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree


_BUILD = """
import sys
sys.path.insert(0, {tree!r})
import scoexport
assert scoexport.__file__.startswith({tree!r}), scoexport.__file__
summary = scoexport.convert({inputs!r}, {out!r}, jobs={jobs})
print(summary.documents, "documents,", len(summary.failures), "failures")
"""


def build(sha: str, name: str, inputs: list[str], work: Path, jobs: int) -> Path:
    """The dataset of one set made by one commit (built once, then reused)."""
    out = work / sha / "datasets" / name
    if (out / "manifest.json").exists():
        return out
    tree = unpack(sha, work)
    code = _BUILD.format(tree=str(tree), inputs=inputs, out=str(out), jobs=jobs)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tree)
    if done.returncode != 0:
        raise SystemExit(f"{sha[:10]} failed to build {name}:\n{done.stderr}")
    print(f"  built {name} with {sha[:10]}: {done.stdout.strip()}", flush=True)
    return out


def _schema_without_version(schema: pa.Schema) -> pa.Schema:
    meta = {k: v for k, v in (schema.metadata or {}).items() if k != VERSION_KEY}
    return schema.with_metadata(meta)


def compare_table(a: Path, b: Path) -> str:
    """One verdict: identical, or the first thing that differs."""
    if not a.exists() or not b.exists():
        return "only in base" if a.exists() else "only in head"
    ta, tb = pq.read_table(a), pq.read_table(b)
    if not _schema_without_version(ta.schema).equals(_schema_without_version(tb.schema), check_metadata=True):
        return f"DIFFERENT schema: {ta.schema.names} vs {tb.schema.names}"
    if ta.num_rows != tb.num_rows:
        return f"DIFFERENT row count: {ta.num_rows} vs {tb.num_rows}"
    if ta.equals(tb):
        return f"identical ({ta.num_rows} rows)"
    ra, rb = ta.to_pylist(), tb.to_pylist()
    changed = [i for i, (x, y) in enumerate(zip(ra, rb, strict=True)) if x != y]
    if Counter(map(repr, ra)) == Counter(map(repr, rb)):
        return f"DIFFERENT order: same {ta.num_rows} rows, {len(changed)} in other places"
    first = changed[0]
    return f"DIFFERENT rows: {len(changed)} of {ta.num_rows}, first at row {first}: {_diff(ra[first], rb[first])}"


def _diff(x: dict[str, Any], y: dict[str, Any]) -> str:
    cols = [k for k in x if x[k] != y.get(k)]
    return "; ".join(f"{k}: {str(x[k])[:60]!r} -> {str(y.get(k))[:60]!r}" for k in cols)


def _manifest(folder: Path) -> dict[str, Any]:
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    kept = {k: v for k, v in data.items() if k not in VOLATILE_MANIFEST_KEYS}
    if isinstance(kept.get("runs"), list):
        kept["runs"] = [{k: v for k, v in run.items() if k not in VOLATILE_RUN_KEYS} if isinstance(run, dict) else run
                        for run in kept["runs"]]
    return kept


def compare_dataset(a: Path, b: Path) -> list[tuple[str, str]]:
    tables = sorted({p.name for p in a.iterdir() if p.is_dir()} | {p.name for p in b.iterdir() if p.is_dir()})
    verdicts = [(t, compare_table(a / t, b / t)) for t in tables]
    verdicts.append(("manifest.json", "identical" if _manifest(a) == _manifest(b) else "DIFFERENT"))
    same_sql = (a / "open.sql").read_bytes() == (b / "open.sql").read_bytes()
    verdicts.append(("open.sql", "identical" if same_sql else "DIFFERENT"))
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the commit before the change")
    parser.add_argument("head", nargs="?", default="HEAD", help="the commit after it (default HEAD)")
    parser.add_argument("--sets", default="seeds,pdftext,html,dates", help="which input sets (comma-separated)")
    parser.add_argument("--eval", type=Path, default=EVAL, help="the shared evaluation folder")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "scoexport-compare",
                        help="where commits are unpacked and datasets kept")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="processes per conversion")
    parser.add_argument("--input", action="append", default=[], metavar="NAME=PATH",
                        help="one more set to compare (a folder or glob, e.g. a bench corpus); repeatable")
    args = parser.parse_args()
    base, head = resolve(args.base), resolve(args.head)
    print(f"base {base[:10]}  head {head[:10]}")
    sets = input_sets(args.eval)
    extra = dict(item.split("=", 1) for item in args.input)
    sets.update({name: [str(Path(path).resolve())] for name, path in extra.items()})
    wanted = [s for s in args.sets.split(",") if s] + list(extra)
    missing = [s for s in wanted if s not in sets]
    if missing:
        print(f"skipped (no {args.eval}): {', '.join(missing)}")
    differing = 0
    for name in (s for s in wanted if s in sets):
        a = build(base, name, sets[name], args.work, args.jobs)
        b = build(head, name, sets[name], args.work, args.jobs)
        for table, verdict in compare_dataset(a, b):
            differing += not verdict.startswith("identical")
            print(f"{name:8} {table:14} {verdict}")
    print("all identical" if not differing else f"{differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
