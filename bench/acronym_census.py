"""Every acronym definition the extractor finds in documents no one annotated, for reading a rule's precision.

    python bench/acronym_census.py ../extra-docs/*.html ../shared/eval/dates/pages/*.html --save /tmp/after.json
    python bench/acronym_census.py ... --compare /tmp/before.json     # only the definitions added or lost since

The documents are converted as users feed them (scoexport.convert), and each acronym fact of a paragraph the scorer
reads (body or heading) is listed with its document, short form, long form and paragraph's opening. A new acronym rule
adds definitions to documents without gold too: reading the ones it adds there (with --compare, against a census saved
before the change) tells whether the rule's cause holds beyond the documents it was made on. Documents held aside
(bench/devset/aside.txt) are left out, as score_facts.py leaves them.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

import duckdb

import scoexport

HERE = Path(__file__).resolve().parent
RUNNING = ("body", "heading")


def held_aside() -> set[Path]:
    shared = Path.cwd().parent / "shared"
    lines = (HERE / "devset" / "aside.txt").read_text(encoding="utf-8").splitlines()
    return {(shared / ln.strip()).resolve() for ln in lines if ln.strip() and not ln.startswith("#")}


def census(paths: list[Path]) -> list[list[str]]:
    """[document, short form, long form, paragraph opening] for each acronym fact of a running-text paragraph."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dataset"
        scoexport.convert([str(p) for p in paths], out, jobs=1)
        tables = {n: f"read_parquet('{out / n / '*.parquet'}', union_by_name=true)" for n in ("documents", "paragraphs", "facts")}
        rows = duckdb.connect().execute(
            f"SELECT d.source_path, f.text, f.value, p.text FROM {tables['facts']} f "
            f"JOIN {tables['paragraphs']} p USING (paragraph_id) JOIN {tables['documents']} d ON d.doc_id = f.doc_id "
            f"WHERE f.kind = 'acronym' AND p.kind IN {RUNNING} ORDER BY d.source_path, p.seq").fetchall()
    return [[Path(source).name, short, str(long), text[:120]] for source, short, long, text in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--save", type=Path, help="write the census as JSON")
    ap.add_argument("--compare", type=Path, help="a census saved before: list only what was added or lost")
    args = ap.parse_args()
    aside = held_aside()
    paths = [p for p in args.inputs if p.resolve() not in aside]
    if len(paths) < len(args.inputs):
        print(f"left out {len(args.inputs) - len(paths)} documents held aside", file=sys.stderr)
    found = census(paths)
    if args.save:
        args.save.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.compare:
        before = collections.Counter(tuple(r[:3]) for r in json.loads(args.compare.read_text(encoding="utf-8")))
        after = collections.Counter(tuple(r[:3]) for r in found)
        for sign, rows in (("+", after - before), ("-", before - after)):
            for (doc, short, long), n in sorted(rows.items()):
                print(f"{sign} {doc}: {short} = {long}" + (f" (x{n})" if n > 1 else ""))
        print(f"{sum((after - before).values())} added, {sum((before - after).values())} lost")
        return
    for doc, short, long, text in found:
        print(f"{doc}: {short} = {long}  | {text!r}")
    print(f"{len(found)} definitions in {len({r[0] for r in found})} of {len(paths)} documents")


if __name__ == "__main__":
    main()
