"""A hand-judged list of every document's authors, and what a change does to it.

    python bench/author_census.py list DATASET [DATASET ...] -o bench/census/authors17.jsonl
    (judge each line by hand: "verdict" right / wrong / missing, "expected" the authors by the conventions of
    bench/devset/README.md, "cause" a short name of the error's class)
    python bench/author_census.py check bench/census/authors17.jsonl DATASET [DATASET ...]

`list` writes one JSON line per document of the datasets (made by `scoexport convert`), sorted by file name: its
authors, publisher and published date as extracted. Every second line is marked part "aside": whoever develops a rule
on the list judges the "dev" part first and the aside part only after the rules are committed, and reports both.
The published date is judged on the same line ("date_verdict" right / wrong / missing, "date_expected" the date by
the conventions, ISO or null, "date_cause"); lines of files made before it (authors17) have no date fields.

`check` reads the same documents (by file name) in other datasets and counts, per part, how many author lists equal
the judged `expected` list before and after: the lists a change fixed, broke, or changed and left wrong; and, where
the line has a judged date, the same for the published date ("dates right before", "dates right after").
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

import duckdb


def _documents(datasets: list[Path]) -> dict[str, dict]:
    con = duckdb.connect()
    out = {}
    for ds in datasets:
        rows = con.execute(f"select source_path, authors, publisher, cast(published_date as varchar) from "
                           f"read_parquet('{ds}/documents/*.parquet', union_by_name=true)").fetchall()
        for path, authors, publisher, published in rows:
            out[Path(path).name] = {"authors": list(authors or []), "publisher": publisher, "published_date": published}
    return out


def listing(datasets: list[Path]) -> list[dict]:
    docs = _documents(datasets)
    return [{"part": "dev" if i % 2 == 0 else "aside", "document": name, **docs[name], "verdict": None,
             "expected": None, "cause": "", "date_verdict": None, "date_expected": None, "date_cause": ""}
            for i, name in enumerate(sorted(docs))]


def _check_date(line: dict, after: dict, c: collections.Counter) -> None:
    """Counts the published date of a line whose date is judged: right before (as listed), right after."""
    if line.get("date_verdict") is None:
        return
    before_ok = line.get("published_date") == line["date_expected"]
    after_ok = after.get("published_date") == line["date_expected"]
    c["dates right before"] += before_ok
    c["dates right after"] += after_ok
    c["dates judged"] += 1
    if before_ok != after_ok or after.get("published_date") != line.get("published_date"):
        print(f"  [{line['part']}] {line['document']}: date {line.get('published_date')} -> {after.get('published_date')} "
              f"(expected {line['date_expected']}; {line.get('date_cause') or 'right'})")


def check(judged: list[dict], datasets: list[Path]) -> dict[str, collections.Counter]:
    now = _documents(datasets)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in judged:
        c = counts[line["part"]]
        if line["verdict"] is None:
            c["unjudged"] += 1
            continue
        expected = sorted(line["expected"])
        before_ok = sorted(line["authors"]) == expected
        after = now.get(line["document"])
        if after is None:
            c["missing from dataset"] += 1
            continue
        after_ok = sorted(after["authors"]) == expected
        c["right before"] += before_ok
        c["right after"] += after_ok
        c["fixed"] += after_ok and not before_ok
        c["broken"] += before_ok and not after_ok
        c["changed, still wrong"] += not before_ok and not after_ok and sorted(after["authors"]) != sorted(line["authors"])
        c["documents"] += 1
        _check_date(line, after, c)
        if before_ok != after_ok or (not after_ok and after["authors"] != line["authors"]):
            print(f"  [{line['part']}] {line['document']}: {line['authors']} -> {after['authors']} "
                  f"(expected {line['expected']}; {line['cause'] or 'right'})")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list")
    ls.add_argument("datasets", nargs="+", type=Path)
    ls.add_argument("-o", type=Path, required=True)
    ck = sub.add_parser("check")
    ck.add_argument("judged", type=Path)
    ck.add_argument("datasets", nargs="+", type=Path)
    args = ap.parse_args()
    if args.cmd == "list":
        lines = listing(args.datasets)
        args.o.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
        print(f"{len(lines)} documents -> {args.o}")
    else:
        judged = [json.loads(x) for x in args.judged.read_text().splitlines() if x.strip()]
        for part, c in sorted(check(judged, args.datasets).items()):
            print(part, dict(c))


if __name__ == "__main__":
    main()
