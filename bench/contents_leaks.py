"""What the text route makes of a PDF manual's front matter and contents pages, measured with no gold.

    python bench/contents_leaks.py R-intro.pdf R-data.pdf ... [--pages 15] [-v]

Each PDF's first pages are cut (pypdfium2) and extracted as users feed them to the text route (plain `pdftotext`,
pages ended by form feeds); both the cut PDF (PDF route) and the text (text route) are converted. A page is a contents
page when the PDF route kept two or more of its paragraphs as contents entries (`contents.contents_entry_page` finds a
page number after a leader) and set none of its paragraphs as running text (body) there, or when most lines of its
`pdftotext -layout` rendering (which keeps an entry's title, leader and page number on one line) are such entries (a
contents page the PDF route misses too); a front matter page is one before the first contents page. The PDF route
keeps no fact on either kind of page in a manual (the manuals conventions of bench/devset/README.md: contents entries,
page numbers, a copyright page's years and a version line are no facts), so every fact the text route finds there, in
a paragraph it kept as running text (body or heading, the kinds `score_facts.py` scores), is a leak. Per document the
script prints the contents and front matter pages, the text route's leaked facts and running-text paragraphs on them
(with -v, each one), and the PDF route's facts there for comparison.

Do not feed it the documents held aside (bench/devset/aside.txt) or those of the devset splits: it is meant for
manuals no one annotated (R's manuals from r-doc-pdf, the Developer's Reference PDF from developers-reference).
"""
from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pypdfium2

import scoexport
from scoexport.contents import contents_entry_page

RUNNING = ("body", "heading")


def cut(pdf: Path, pages: int, out: Path) -> tuple[Path, Path]:
    """The PDF's first `pages` pages as a PDF and as plain pdftotext output."""
    source = pypdfium2.PdfDocument(pdf)
    part = pypdfium2.PdfDocument.new()
    part.import_pages(source, list(range(min(pages, len(source)))))
    cut_pdf = out / f"{pdf.stem}.pdf"
    part.save(cut_pdf)
    cut_txt = out / f"{pdf.stem}.txt"
    subprocess.run(["pdftotext", "-q", str(cut_pdf), str(cut_txt)], check=True)
    return cut_pdf, cut_txt


def rows(folder: Path, sql: str) -> list[dict]:
    con = duckdb.connect()
    tables = {name: f"read_parquet('{folder / name / '*.parquet'}', union_by_name=true)"
              for name in ("documents", "paragraphs", "facts")}
    cur = con.execute(sql.format(**tables))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, values, strict=True)) for values in cur.fetchall()]


def pdf_pages(folder: Path) -> tuple[set[int], int, dict[int, list[str]]]:
    """The PDF route's contents pages, its first contents page, and its facts by page."""
    paragraphs = rows(folder, "SELECT kind, text, pages FROM {paragraphs}")
    entries: collections.Counter[int] = collections.Counter()
    running: set[int] = set()
    for p in paragraphs:
        for page in p["pages"] or []:
            if contents_entry_page(p["text"]) is not None:
                entries[page] += 1
            elif p["kind"] == "body":
                running.add(page)
    contents = {page for page, n in entries.items() if n >= 2 and page not in running}
    facts: dict[int, list[str]] = collections.defaultdict(list)
    for f in rows(folder, "SELECT f.kind, f.text, p.pages, p.kind AS pkind FROM {facts} f "
                          "JOIN {paragraphs} p USING (paragraph_id) WHERE f.kind <> 'entity'"):
        if f["pkind"] in RUNNING:
            facts[(f["pages"] or [0])[0]].append(f"{f['kind']}: {f['text']}")
    return contents, min(contents, default=0), facts


def layout_contents_pages(pdf: Path) -> set[int]:
    """The pages most of whose lines, laid out as printed (`pdftotext -layout`), are contents entries."""
    laid = subprocess.run(["pdftotext", "-q", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    found = set()
    for n, page in enumerate(laid.stdout.split("\f"), start=1):
        lines = [ln for ln in page.splitlines() if ln.strip()]
        if lines and 2 * sum(contents_entry_page(ln) is not None for ln in lines) >= len(lines):
            found.add(n)
    return found


def text_page(text: str, offset: int) -> int:
    return text.count("\f", 0, offset) + 1


def report(pdf: Path, pages: int, work: Path, verbose: bool) -> tuple[int, int]:
    cut_pdf, cut_txt = cut(pdf, pages, work)
    outputs = {}
    for route, path in (("pdf", cut_pdf), ("text", cut_txt)):
        outputs[route] = work / f"{pdf.stem}-{route}"
        scoexport.convert([str(path)], outputs[route], jobs=1)
    contents, first, pdf_facts = pdf_pages(outputs["pdf"])
    contents |= layout_contents_pages(cut_pdf)
    first = min(contents, default=0)
    front = set(range(1, first)) if first else set()
    text = cut_txt.read_text(encoding="utf-8", errors="replace")
    leaks: dict[int, list[str]] = collections.defaultdict(list)
    paragraphs: dict[int, list[str]] = collections.defaultdict(list)
    for p in rows(outputs["text"], "SELECT kind, text, source_spans FROM {paragraphs}"):
        page = text_page(text, p["source_spans"][0]["start"]) if p["source_spans"] else 0
        if page in contents | front and p["kind"] in RUNNING:
            paragraphs[page].append(f"[{p['kind']}] {p['text'][:70]!r}")
    for f in rows(outputs["text"], "SELECT f.kind, f.text, p.kind AS pkind, p.source_spans FROM {facts} f "
                                   "JOIN {paragraphs} p USING (paragraph_id) WHERE f.kind <> 'entity'"):
        page = text_page(text, f["source_spans"][0]["start"]) if f["source_spans"] else 0
        if page in contents | front and f["pkind"] in RUNNING:
            leaks[page].append(f"{f['kind']}: {f['text']}")
    n_leaks = sum(len(v) for v in leaks.values())
    n_paragraphs = sum(len(v) for v in paragraphs.values())
    n_pdf = sum(len(pdf_facts.get(page, [])) for page in contents | front)
    print(f"{pdf.name}: contents pages {sorted(contents)}, front matter {sorted(front)}; text route: "
          f"{n_leaks} facts, {n_paragraphs} running-text paragraphs there; pdf route: {n_pdf} facts")
    if verbose:
        for page in sorted(contents | front):
            where = "contents" if page in contents else "front"
            for line in paragraphs.get(page, []):
                print(f"  p{page} {where} paragraph {line}")
            for line in leaks.get(page, []):
                print(f"  p{page} {where} fact {line}")
            for line in pdf_facts.get(page, []):
                print(f"  p{page} {where} pdf-route fact {line}")
    return n_leaks, n_paragraphs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", nargs="+", type=Path)
    parser.add_argument("--pages", type=int, default=15, help="how many first pages to cut (default 15)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each leaked fact and paragraph")
    args = parser.parse_args()
    totals = [0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for pdf in args.pdfs:
            work = Path(tmp) / pdf.stem
            work.mkdir()
            n_leaks, n_paragraphs = report(pdf, args.pages, work, args.verbose)
            totals[0] += n_leaks
            totals[1] += n_paragraphs
    print(f"total: {totals[0]} facts, {totals[1]} running-text paragraphs on contents and front matter pages")
    sys.exit(0)


if __name__ == "__main__":
    main()
