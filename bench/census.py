"""A hand-judged sample of facts from documents nobody annotated, and what a change does to it.

    python bench/census.py sample DATASET --kind number --n 120 --seed 17 -o bench/census/numbers17.jsonl
    (judge each line by hand: set "verdict" to "right" or "wrong" and "cause" to a short name of the error's class)
    python bench/census.py check bench/census/numbers17.jsonl DATASET2       # the same documents, converted again

`sample` draws facts of one kind (number: every numeric kind; entity, date, quote, acronym) at random from a dataset
made by `scoexport convert` (the pool of bench/fetch_census_docs.sh is meant for it) and writes one JSON line per fact:
its document, paragraph, text, value, unit or type, and 80 characters each side. Every second line (in the drawn
order) is marked part "aside": whoever develops a rule on the sample reads the "dev" part only and reports both.

`check` finds each judged fact in another dataset of the same documents (same document path, paragraph text and
offsets) and counts, per part: wrong facts removed, right facts lost, facts whose value/unit/type changed, and facts
that could not be looked for because their paragraph changed. Precision of the sample before and after follows:
a change that removes wrong facts and loses no right ones raises it. Facts a change adds are not in the sample: list
them with --added (they need judging by hand too).
"""
from __future__ import annotations

import argparse
import collections
import json
import random
from pathlib import Path

import duckdb

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _kinds(kind: str) -> tuple[str, ...]:
    return NUMERIC if kind == "number" else (kind,)


def _rows(dataset: Path, kind: str) -> list[dict]:
    """Every fact of the kind with its document's path and its paragraph's text."""
    con = duckdb.connect()
    tables = {n: f"read_parquet('{dataset / n}/*.parquet', union_by_name=true)" for n in ("documents", "paragraphs", "facts")}
    kinds = ", ".join(f"'{k}'" for k in _kinds(kind))
    query = f"""
        select d.source_path, p.kind as paragraph_kind, p.text as paragraph, f.kind, f.text, f.value, f.unit,
               f.entity_type, f.start, f."end"
        from {tables['facts']} f join {tables['paragraphs']} p using (paragraph_id)
             join {tables['documents']} d on d.doc_id = f.doc_id
        where f.kind in ({kinds}) order by d.source_path, p.seq, f.start, f.kind"""
    cursor = con.execute(query)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _key(row: dict) -> tuple:
    return (Path(row["source_path"]).name, row["paragraph"], row["start"], row["end"])


def sample(dataset: Path, kind: str, n: int, seed: int) -> list[dict]:
    rows = _rows(dataset, kind)
    drawn = random.Random(seed).sample(rows, min(n, len(rows)))
    lines = []
    for i, row in enumerate(drawn):
        text = row.pop("paragraph")
        left, right = text[max(0, row["start"] - 80):row["start"]], text[row["end"]:row["end"] + 80]
        lines.append({"part": "dev" if i % 2 == 0 else "aside", **row, "context": f"{left}[[{row['text']}]]{right}",
                      "paragraph": text, "verdict": None, "cause": ""})
    return lines


def check(judged: list[dict], dataset: Path, kind: str,
          changes: list[tuple[dict, dict]] | None = None) -> dict[str, collections.Counter]:
    """Counts per part; each judged line whose fact changed, with the fact as it is now, appended to `changes`."""
    now = {_key(row): row for row in _rows(dataset, kind)}
    all_paragraphs = _paragraph_texts(dataset)
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in judged:
        c = counts[line["part"]]
        c[line["verdict"] or "unjudged"] += 1
        found = now.get(_key(line))
        if (Path(line["source_path"]).name, line["paragraph"]) not in all_paragraphs:
            c["paragraph changed"] += 1
        elif found is None:
            c[f"{line['verdict']} removed"] += 1
        elif (found["value"], found["unit"], found["entity_type"]) != (line["value"], line["unit"], line["entity_type"]):
            c[f"{line['verdict']} changed"] += 1
            if changes is not None:
                changes.append((line, found))
    return counts


def _paragraph_texts(dataset: Path) -> set[tuple[str, str]]:
    con = duckdb.connect()
    rows = con.execute(f"""select d.source_path, p.text
        from read_parquet('{dataset}/paragraphs/*.parquet', union_by_name=true) p
        join read_parquet('{dataset}/documents/*.parquet', union_by_name=true) d using (doc_id)""").fetchall()
    return {(Path(path).name, text) for path, text in rows}


def added(before: Path, after: Path, kind: str) -> list[dict]:
    """Facts of the kind in the second dataset that the first lacks (to judge what a change adds)."""
    old = {_key(r) for r in _rows(before, kind)}
    return [r for r in _rows(after, kind) if _key(r) not in old]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("dataset", type=Path)
    s.add_argument("--kind", required=True, choices=("number", "entity", "date", "quote", "acronym"))
    s.add_argument("--n", type=int, default=120)
    s.add_argument("--seed", type=int, default=17)
    s.add_argument("-o", "--output", type=Path, required=True)
    c = sub.add_parser("check")
    c.add_argument("judged", type=Path)
    c.add_argument("dataset", type=Path)
    c.add_argument("--added", type=Path, metavar="BEFORE", help="also list the facts DATASET has and BEFORE lacks")
    c.add_argument("--changed", action="store_true",
                   help="also list the judged facts (not the aside lines not yet judged) whose value, unit or type changed")
    args = ap.parse_args()
    if args.command == "sample":
        lines = sample(args.dataset, args.kind, args.n, args.seed)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
        print(f"{len(lines)} {args.kind} facts drawn into {args.output}")
        return
    judged = [json.loads(x) for x in args.judged.read_text(encoding="utf-8").splitlines() if x.strip()]
    kind = "number" if judged and judged[0]["kind"] in NUMERIC else judged[0]["kind"]
    changes: list[tuple[dict, dict]] = []
    for part, c in sorted(check(judged, args.dataset, kind, changes).items()):
        right, wrong = c["right"], c["wrong"]
        kept_right = right - c["right removed"]
        kept = kept_right + wrong - c["wrong removed"]
        before = right / (right + wrong) if right + wrong else 0.0
        after = kept_right / kept if kept else 0.0
        print(f"{part}: {right} right, {wrong} wrong (precision {before:.3f}); now {c['wrong removed']} wrong removed, "
              f"{c['right removed']} right lost, {c['right changed'] + c['wrong changed']} changed, "
              f"{c['paragraph changed']} paragraphs changed: precision of what is left {after:.3f}")
    # judged lines only: an aside line stays unread until its judge reads it after the rules
    for line, found in [(line, found) for line, found in changes if line["verdict"]] if args.changed else ():
        print(f"~ {line['part']} {line['verdict']} {Path(line['source_path']).name}: {kind} {line['text']!r} "
              f"{line['value']!r} -> {found['value']!r} {found['unit'] or found['entity_type'] or ''}")
    if args.added:
        for row in added(args.added, args.dataset, kind):
            print(f"+ {Path(row['source_path']).name}: {row['kind']} {row['text']!r} {row['value']!r} "
                  f"{row['unit'] or row['entity_type'] or ''}")


if __name__ == "__main__":
    main()
