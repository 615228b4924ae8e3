"""Score a scoexport dataset's facts against the hand-annotated development set.

Each annotation file (`devset/<split>/<name>.json`, format in `devset/README.md`) names one article
in `../shared/eval/`: a saved web page, and for the report set also its pdftotext output and PDF. This
script converts the annotated articles by one route (or reads a dataset already made) and prints
precision and recall per kind of fact, for the `dev` and `heldout` splits apart.

Facts are scored where the annotators read: paragraphs of kind body and heading (`--kinds`); the
title, byline and dateline differ between a page and its PDF and are not annotated.

How facts are matched, per document (text is compared NFC-composed, case-folded, whitespace-folded, with edge
punctuation stripped):
- dates: texts equal (a leading "the", "on", "in"... aside), or one containing the other with the
  gold value; `value acc.` is the share of matched dates with the gold value. A decade or century
  written as ISO's reduced year ("199", "19") is the same value as the year span ("1990/1999").
- numbers (kinds number, ordinal, fraction, percent, money, quantity): a predicted fact matches a
  gold one when the texts are equal, or one contains the other and they share the value; a gold
  range ("40 to 80") matches only a fact that keeps both ends; a gold value written rounded to three or more
  places ("0.3333") is the value that rounds to it. `unit acc.` compares the last
  word of the units (plural folded) where the gold names one.
- which occurrence (dates and numbers): a text written several times in a document ("due" eleven times)
  is matched to the gold occurrence whose `in` (4-10 words copied around it) stands around the predicted
  fact in its paragraph; the rest by text order. So `value acc.` and `unit acc.` compare a fact with the
  gold of the same place, not with another occurrence's (`_occurrence_match`).
- entities: one item per distinct entity. A predicted entity (its canonical value with every
  spelling it was found as) is right when one of those names is a gold entity's name or alias
  and the types agree (city and region count as one kind of place), names compared without a leading
  "the" ("The Eagles" is "Eagles"); a gold entity is found when
  some predicted entity is right about it.
- acronyms: (short form, long form) pairs; quotes: texts that contain one another or share 60% of
  their words; `speaker acc.` is the share of matched gold quotes with a speaker whose predicted
  speaker is one of that person's names; `speaker P` the share of those we gave a speaker to whose speaker is
  right (a quote left unattributed is not wrong, a wrong speaker is: `wrong` counts them).
- authors and published_date of the document: exact (authors as a set).

  python bench/score_facts.py --route text|html|pdf [--split SPLIT] [--half A|B] [-v]
  (SPLIT: dev, heldout, fresh, fresh2 .. fresh7, lang1 or all)
  python bench/score_facts.py --dataset DIR [--split ...] [-v]

--half scores one of two fixed halves of a split (its articles sorted by id, A the even places, B the
odd, the same halves on every route): write rules looking at one half's misses, judge them on the other.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import glob
import json
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")
# the annotators read the article's body and headings (the gold paragraphs); facts in the title,
# byline or dateline are not scored, since those lines differ between a page and its PDF
SCORED_KINDS = ("body", "heading")
PLACES = {"city", "region", "place", "location", "state", "province"}
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_WORD = re.compile(r"\w+")
_DET = re.compile(r"^(?:the|on|in|at|by|since|until|from|of)\s+")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


def norm(text: str | None) -> str:
    # composed and decomposed accents ("ü" and "u" + U+0308) are the same text to a reader; pages hold both
    text = unicodedata.normalize("NFC", text or "").replace("\u2019", "'").replace("\u00a0", " ")
    return _EDGE.sub("", " ".join(text.casefold().split()))


def held_aside(listing: Path) -> set[str]:
    """The documents held aside for measuring, as the paths the annotation files name (one per line, # comments)."""
    if not listing.exists():
        return set()
    lines = (line.strip() for line in listing.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def load_devset(folder: Path, split: str) -> list[dict]:
    docs = []
    for path in sorted(glob.glob(str(folder / "*" / "*.json"))):
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        if split in ("all", doc.get("split")):
            docs.append(doc)
    return docs


def half(docs: list[dict], name: str | None) -> list[dict]:
    """Half A (even places) or B (odd places) of each split's articles sorted by id; all of them for None."""
    if name is None:
        return docs
    chosen = []
    for split in sorted({d["split"] for d in docs}):
        ordered = sorted((d for d in docs if d["split"] == split), key=lambda d: d["id"])
        chosen += ordered["AB".index(name)::2]
    return chosen


def convert(docs: list[dict], route: str, shared: Path, out: Path) -> None:
    import scoexport

    scoexport.convert([str(shared / d[route]) for d in docs], out, jobs=1)


def read_dataset(folder: Path, kinds: tuple[str, ...] = SCORED_KINDS) -> tuple[dict, dict]:
    """({id: {kind: [fact rows]}}, {id: document row}) keyed by the source file's stem; only facts
    in paragraphs of the given kinds count."""
    import duckdb

    con = duckdb.connect()
    tables = ("documents", "facts", "entities", "paragraphs")
    t = {name: f"read_parquet('{folder / name / '*.parquet'}', union_by_name=true)" for name in tables}
    docs = {}
    query = f"SELECT doc_id, source_path, authors, CAST(published_date AS VARCHAR) FROM {t['documents']}"
    for row in con.execute(query).fetchall():
        docs[row[0]] = {"id": Path(row[1]).stem, "authors": row[2] or [], "published_date": row[3]}
    facts: dict = collections.defaultdict(lambda: collections.defaultdict(list))
    wanted = ", ".join(f"'{k}'" for k in kinds)
    query = f"""SELECT f.*, e.name AS entity_name, p.seq AS paragraph_seq, p.text AS paragraph_text
                FROM {t['facts']} f
                JOIN {t['paragraphs']} p ON p.paragraph_id = f.paragraph_id
                LEFT JOIN {t['entities']} e ON e.entity_id = f.entity_id
                WHERE p.kind IN ({wanted})"""
    cur = con.execute(query)
    cols = [c[0] for c in cur.description]
    for values in cur.fetchall():
        row = dict(zip(cols, values, strict=True))
        if row["doc_id"] in docs:
            facts[docs[row["doc_id"]]["id"]][row["kind"]].append(row)
    return facts, {d["id"]: d for d in docs.values()}


class Tally:
    def __init__(self) -> None:
        self.pred = self.gold = self.tp_pred = self.tp_gold = 0
        self.extra_ok = self.extra_n = 0
        self.given = 0  # quotes: matched gold quotes with a speaker to which we gave one (right or wrong)

    def add(self, pred: int, gold: int, tp_pred: int, tp_gold: int) -> None:
        self.pred += pred
        self.gold += gold
        self.tp_pred += tp_pred
        self.tp_gold += tp_gold

    def line(self, name: str, extra: str = "") -> str:
        p = self.tp_pred / self.pred if self.pred else 0.0
        r = self.tp_gold / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        tail = f"  {extra} {self.extra_ok / self.extra_n:.3f} ({self.extra_ok}/{self.extra_n})" if extra and self.extra_n else ""
        if self.given:
            tail += f"  speaker P {self.extra_ok / self.given:.3f} ({self.given - self.extra_ok} wrong)"
        return f"{name:9s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (pred {self.pred}, gold {self.gold}){tail}"


def _multiset_match(pred: list[str], gold: list[str], same) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedy one-to-one matching; returns pairs, unmatched pred indexes, unmatched gold indexes."""
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and same(p, g):
                used.add(j)
                pairs.append((i, j))
                break
    matched = {i for i, _ in pairs}
    return pairs, [i for i in range(len(pred)) if i not in matched], [j for j in range(len(gold)) if j not in used]


def _context_fit(p: dict, g: dict) -> float:
    """How far the gold fact's `in` words stand around the predicted fact: the share of them (as a multiset)
    among the paragraph's words within `in`'s length either side of the fact; 1.0 where `in` is copied
    exactly around it. A share, not an exact find: annotators' copies hold typos, and the routes' texts
    differ from the gold paragraphs in quotes, dashes and hyphenation."""
    context = [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFC", g.get("in") or ""))]
    text, start = p.get("paragraph_text"), p.get("start")
    if not context or not text or start is None:
        return 0.0
    words = list(_WORD.finditer(text))
    at = next((k for k, m in enumerate(words) if m.end() > start), len(words))
    near = words[max(0, at - len(context)):at + len(context) + 1]
    window = collections.Counter(unicodedata.normalize("NFC", m.group()).casefold() for m in near)
    return sum((collections.Counter(context) & window).values()) / len(context)


_FITS = 0.5  # half of `in`'s words around the fact: the same place, though copied with slips


def _occurrence_match(pred: list[dict], gold: list[dict], same) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching of dates or numbers, each predicted fact to the gold occurrence of the same place:
    pairs whose texts match (`same`) are taken best context first (`_context_fit`), then in text order (the
    predicted facts by paragraph and offset, the gold as listed, which is the text's order); returns pairs,
    unmatched pred indexes, unmatched gold indexes."""
    order = sorted(range(len(pred)), key=lambda i: (pred[i].get("paragraph_seq") or 0, pred[i].get("start") or 0))
    rank = {i: n for n, i in enumerate(order)}
    candidates = []
    for i in order:
        for j, g in enumerate(gold):
            if same(pred[i], g):
                fit = _context_fit(pred[i], g)
                candidates.append((-(fit if fit >= _FITS else 0.0), rank[i], j, i))
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, _, j, i in sorted(candidates):
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    pairs.sort(key=lambda pair: rank[pair[0]])
    return (pairs, [i for i in order if i not in used_pred], [j for j in range(len(gold)) if j not in used_gold])


def _numbers_of(text: str) -> list[float]:
    out = []
    for m in _NUM.findall(text):
        try:
            out.append(float(m.replace(",", "")))
        except ValueError:
            pass
    return out


def _number_same(p: dict, g: dict) -> bool:
    pt, gt = norm(p["text"]), norm(g["text"])
    if g.get("high") is not None:
        high = float(g["high"])
        has_high = p.get("value_high") is not None and abs(float(p["value_high"]) - high) < 1e-6
        if not (has_high or (high in _numbers_of(pt) and float(g["value"]) in _numbers_of(pt)) or pt == gt):
            return False
    if pt == gt:
        return True
    value = p.get("value_num")
    return (pt in gt or gt in pt) and value is not None and _value_same(float(value), g["value"])


def _value_same(value: float, gold: object) -> bool:
    """The same value, or the value the annotator wrote rounded to three or more places ("0.3333" for a third,
    "0.3889" for 14 of 36)."""
    gv = float(gold)  # type: ignore[arg-type]
    if abs(value - gv) <= 1e-6 * max(1.0, abs(gv)):
        return True
    places = len(repr(gv).partition(".")[2]) if "e" not in repr(gv) else 0
    return places >= 3 and round(value, places) == gv


_WEEKEND = re.compile(r"(?P<year>\d{4})-W(?P<week>\d{2})-WE")


def date_value(value: object) -> str:
    """A date value in one notation: ISO 8601's reduced years (a decade "199", a century "19", as TimeML and
    some annotators write them) and EDTF's unspecified digits ("199X", "19XX") as the year span the project
    writes ("1990/1999", "1900/1999"); TimeML's weekend of an ISO week ("2023-W44-WE") as the span of its Saturday
    and Sunday the project writes ("2023-11-04/2023-11-05")."""
    text = str(value or "")
    weekend = _WEEKEND.fullmatch(text)
    if weekend:
        saturday = dt.date.fromisocalendar(int(weekend["year"]), int(weekend["week"]), 6)
        return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
    digits = text.rstrip("X")
    if digits.isdigit() and len(digits) in (2, 3) and len(text) in (len(digits), 4):
        width = 10 ** (4 - len(digits))
        return f"{int(digits) * width}/{int(digits) * width + width - 1}"
    return text


def _date_same(p: dict, g: dict) -> bool:
    pt, gt = _DET.sub("", norm(p["text"])), _DET.sub("", norm(g["text"]))
    if pt == gt:
        return True
    return bool(pt and gt) and (pt in gt or gt in pt) and (
        not g.get("value") or date_value(p.get("value")) == date_value(g["value"]))


def _head(unit: str | None) -> str:
    words = norm(unit).split()
    word = words[-1] if words else ""
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _quote_same(p: str, g: str) -> bool:
    p, g = norm(p), norm(g)
    if p and g and (p in g or g in p):
        return True
    pw, gw = set(_WORD.findall(p)), set(_WORD.findall(g))
    return bool(pw and gw) and len(pw & gw) / max(len(pw), len(gw)) >= 0.6


def name_key(text: str | None) -> str:
    """An entity's name as compared: a leading "the" is the sentence's, not the name's ("The Eagles" = "Eagles")."""
    return norm(text).removeprefix("the ")


def _names(gold_entities: dict, aliases: dict) -> list[tuple[str, set[str]]]:
    out = []
    for etype, names in gold_entities.items():
        for name in names:
            out.append((etype, {name_key(name)} | {name_key(a) for a in aliases.get(name, [])}))
    return out


def _type_ok(pred: str | None, gold: str) -> bool:
    return pred == gold or (pred in PLACES and gold in PLACES)


def score_document(gold: dict, facts: dict, doc: dict | None, tallies: dict, verbose: bool) -> None:
    g = gold["facts"]
    say = (lambda *a: print("   ", *a)) if verbose else (lambda *a: None)
    # dates
    pred = [f["text"] for f in facts.get("date", [])]
    gd = g.get("dates", [])
    pairs, fp, fn = _occurrence_match(facts.get("date", []), gd, _date_same)
    t = tallies["dates"]
    t.add(len(pred), len(gd), len(pairs), len(pairs))
    for i, j in pairs:
        if gd[j].get("value"):
            t.extra_n += 1
            ok = date_value(facts["date"][i]["value"]) == date_value(gd[j]["value"])
            t.extra_ok += ok
            if not ok:
                say("date value wrong:", repr(pred[i]), facts["date"][i]["value"], "gold:", gd[j]["value"],
                    "|", gd[j].get("in", "")[:50])
    say("dates FP:", [pred[i] for i in fp], "FN:", [gd[j]["text"] for j in fn])
    # numbers
    pn = [f for k in NUMERIC for f in facts.get(k, [])]
    gn = g.get("numbers", [])
    pairs, fp, fn = _occurrence_match(pn, gn, _number_same)
    t = tallies["numbers"]
    t.add(len(pn), len(gn), len(pairs), len(pairs))
    for i, j in pairs:
        if gn[j].get("unit"):
            t.extra_n += 1
            t.extra_ok += _head(pn[i].get("unit")) == _head(gn[j]["unit"])
            if _head(pn[i].get("unit")) != _head(gn[j]["unit"]):
                say("number unit wrong:", repr(pn[i]["text"]), pn[i].get("unit"), "gold:", gn[j]["unit"],
                    "|", gn[j].get("in", "")[:60])
    say("numbers FP:", [pn[i]["text"] for i in fp], "FN:", [gn[j]["text"] for j in fn])
    # entities: distinct predicted entities, by canonical value
    by_value: dict = collections.defaultdict(lambda: {"type": None, "names": set()})
    for f in facts.get("entity", []):
        e = by_value[(f.get("entity_name") or f["value"] or f["text"], f.get("entity_type"))]
        e["type"] = f.get("entity_type")
        e["names"] |= {name_key(f["text"]), name_key(f["value"]), name_key(f.get("entity_name"))} - {""}
    gold_names = _names(g.get("entities", {}), g.get("aliases", {}))
    t = tallies["entities"]
    t.add(len(by_value), len(gold_names), 0, 0)
    found: set[int] = set()
    for key, e in by_value.items():
        hits = [j for j, (gt, names) in enumerate(gold_names) if _type_ok(e["type"], gt) and e["names"] & names]
        if hits:
            t.tp_pred += 1
            found.update(hits)
        else:
            say("entity FP:", key)
    t.tp_gold += len(found)
    say("entity FN:", [sorted(n)[0] for j, (_, n) in enumerate(gold_names) if j not in found])
    # acronyms
    pa = {(norm(f["text"]), norm(f["value"])) for f in facts.get("acronym", [])}
    ga = {(norm(k), norm(v)) for k, v in g.get("acronyms", {}).items()}
    t = tallies["acronyms"]
    ok = {p for p in pa if any(p[0] == s and (p[1] == lf or p[1] in lf or lf in p[1]) for s, lf in ga)}
    found_pairs = sum(any(p[0] == s and (p[1] == lf or p[1] in lf or lf in p[1]) for p in pa) for s, lf in ga)
    t.add(len(pa), len(ga), len(ok), found_pairs)
    say("acronyms FP:", sorted(pa - ok), "gold:", sorted(ga))
    # quotes
    pq = facts.get("quote", [])
    gq = g.get("quotes", [])
    pairs, fp, fn = _multiset_match([f["text"] for f in pq], [q["text"] for q in gq], _quote_same)
    t = tallies["quotes"]
    t.add(len(pq), len(gq), len(pairs), len(pairs))
    aliases = g.get("aliases", {})
    for i, j in pairs:
        speaker = gq[j].get("speaker")
        if speaker:
            t.extra_n += 1
            names = {norm(speaker)} | {norm(a) for a in aliases.get(speaker, [])}
            t.extra_ok += norm(pq[i].get("entity_name")) in names
            t.given += bool(pq[i].get("entity_name"))
            if norm(pq[i].get("entity_name")) not in names:
                say("quote speaker wrong:", pq[i].get("entity_name"), "gold:", speaker, "|", gq[j]["text"][:50])
    say("quotes FP:", [pq[i]["text"][:50] for i in fp], "FN:", [gq[j]["text"][:50] for j in fn])
    # document metadata
    t = tallies["metadata"]
    t.extra_n += 2
    if doc is not None:
        t.extra_ok += {norm(a) for a in doc["authors"]} == {norm(a) for a in gold.get("authors") or []}
        t.extra_ok += (doc["published_date"] or None) == (gold.get("published_date") or None)
        say("authors:", doc["authors"], "gold:", gold.get("authors"),
            "| date:", doc["published_date"], "gold:", gold.get("published_date"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--route", choices=("text", "html", "pdf"), default="text")
    ap.add_argument("--dataset", type=Path, help="score this dataset instead of converting")
    ap.add_argument("--split", default="dev",
                    help="dev, heldout, fresh, fresh2 ... fresh10, lang1 (pages in other languages), "
                         "manuals1 (PDF manuals' front matter), or all")
    ap.add_argument("--devset", type=Path, default=HERE / "devset" if (HERE / "devset").is_dir() else HERE)
    ap.add_argument("--shared", type=Path, default=Path.cwd().parent / "shared")
    ap.add_argument("--kinds", default=",".join(SCORED_KINDS), help="paragraph kinds whose facts are scored")
    ap.add_argument("--half", choices=("A", "B"), help="score one fixed half of the split (sorted by id: A even, B odd)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses per document")
    ap.add_argument("--aside", action="store_true",
                    help="also score the documents held aside (devset/aside.txt): only whoever writes no rules")
    args = ap.parse_args()
    # an article saved only as a web page has no text or PDF route
    # halves are drawn before the route's articles are chosen, so an article is in the same half on every route
    docs = [d for d in half(load_devset(args.devset, args.split), args.half) if args.dataset or d.get(args.route)]
    held = 0
    if not args.aside:
        # a rule writer who scores the aside documents has seen them: they would measure nothing any more
        aside = held_aside(args.devset / "aside.txt")
        held = len(docs)
        docs = [d for d in docs if not aside.intersection(d.get(k) for k in ("html", "text", "pdf"))]
        held -= len(docs)
    if not args.dataset:
        # fresh4, fresh5 and fresh6 also read Debian's own documents (bench/fetch_extra_docs.sh puts them beside ../shared)
        missing = [d for d in docs if not (args.shared / d[args.route]).is_file()]
        for d in missing:
            print(f"skipped {d['id']}: {args.shared / d[args.route]} is not on this machine", file=sys.stderr)
        docs = [d for d in docs if d not in missing]
    if not docs:
        why = f" ({held} held aside: they need --aside)" if held else ""
        sys.exit(f"no annotation files for split {args.split} on route {args.route} in {args.devset}{why}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dataset
        if folder is None:
            folder = Path(tmp) / "dataset"
            convert(docs, args.route, args.shared, folder)
        facts, documents = read_dataset(folder, tuple(args.kinds.split(",")))
    splits = sorted({d["split"] for d in docs}) if args.split == "all" else (args.split,)
    for split in splits:
        tallies = collections.defaultdict(Tally)
        chosen = [d for d in docs if d["split"] == split]
        for gold in chosen:
            if args.verbose:
                print(f"-- {gold['id'][:12]} ({split})")
            score_document(gold, facts.get(gold["id"], {}), documents.get(gold["id"]), tallies, args.verbose)
        route = "dataset " + str(args.dataset) if args.dataset else f"route {args.route}"
        print(f"== {split}{' half ' + args.half if args.half else ''}: {len(chosen)} documents, {route}")
        print(tallies["dates"].line("dates", "value acc."))
        print(tallies["numbers"].line("numbers", "unit acc."))
        print(tallies["entities"].line("entities"))
        print(tallies["acronyms"].line("acronyms"))
        print(tallies["quotes"].line("quotes", "speaker acc."))
        m = tallies["metadata"]
        print(f"metadata  authors and date right {m.extra_ok}/{m.extra_n}")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
