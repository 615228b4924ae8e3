"""How high paragraph F1 on the PDF-extracted set can go from the text alone.

    python bench/pdftext_ceiling.py [--gold ../shared/eval/pdftext]

pdftotext keeps no vertical space and no indent. A paragraph break leaves a trace in the text only
when the paragraph's last line stopped short of the set width: its next word would have fitted. When
that line is full, the break shows only if the next paragraph's opening line reveals its indent (it
stops short of the full width while the next word would have fitted there) — never in a layout that
separates paragraphs by space alone. This script finds, with the font each document was set in (from
its gold layout) and our glyph widths, the gold breaks that leave no trace; merging them gives the best
paragraph F1 any cleaner reading text alone can reach when it guesses "no break" at every such line
(an upper bound: paragraphs the text does not hold line by line count as recovered).
It also prints what our converter scores with section headings read as headings (the contract) and
as body (the gold counts them as paragraphs).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from itertools import pairwise
from pathlib import Path

from eval_pdftext import EVAL, figures

from scoexport import convert
from scoexport.clean.measure import Font, fonts, span

FONT_NAMES = {"Helvetica": "helvetica", "Times": "times", "DejaVuSans": "dejavu-sans", "DejaVuSerif": "dejavu-serif"}
MAX_FURNITURE_LINES = 4  # a page break puts footer, page number and running header inside a paragraph
MERGED_LINE_SHARE = 1.03  # a "line" this much wider than the next widest is two lines the extractor ran together


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\-‐­]+", "", text)


def printed_paragraphs(text: str, paragraphs: list[str]) -> list[list[str]]:
    """Each gold paragraph as the lines the extracted text prints it on (furniture lines skipped;
    an empty list where the text does not hold the paragraph line by line)."""
    lines = [ln.strip() for ln in text.replace("\f", "\n").splitlines() if ln.strip()]
    printed: list[list[str]] = []
    at = 0
    for paragraph in paragraphs:
        goal = _squeeze(paragraph)
        for start in range(at, len(lines)):
            own, end = _lines_of(goal, lines, start)
            if own:
                printed.append(own)
                at = end
                break
        else:
            printed.append([])
    return printed


def _lines_of(goal: str, lines: list[str], start: int) -> tuple[list[str], int]:
    """The lines from `start` that spell `goal` exactly, skipping a few furniture lines between them."""
    got, own, at, skipped = "", [], start, 0
    while at < len(lines) and len(got) < len(goal) and skipped <= MAX_FURNITURE_LINES:
        piece = _squeeze(lines[at])
        if piece and goal.startswith(got + piece) and (own or at == start):
            got += piece
            own.append(lines[at])
            skipped = 0
        elif not own:
            return [], start
        else:
            skipped += 1
        at += 1
    return (own, at) if got == goal else ([], start)


def set_width(font: Font, printed: list[list[str]]) -> float:
    """The width the text was set to: its widest line, unless that is two lines run together."""
    widths = sorted((font.width(line) for lines in printed for line in lines), reverse=True)
    if len(widths) > 1 and widths[0] > widths[1] * MERGED_LINE_SHARE:
        return widths[1]
    return widths[0] if widths else 0.0


def traceless_breaks(font: Font, printed: list[list[str]], indented: bool) -> list[bool]:
    """For each gold paragraph after the first: whether the break before it leaves no trace in the text."""
    width = set_width(font, printed)
    flags = []
    for before, after in pairwise(printed):
        if not before or not after:
            flags.append(False)
            continue
        full = span(font, before[-1], after[0])[1] > width
        shows_indent = indented and len(after) > 1 and span(font, after[0], after[1])[1] <= width
        flags.append(full and not shows_indent)
    return flags


def score(gold_dir: Path, predicted: dict[str, list[str]]) -> float:
    """Paragraph F1 of predicted paragraphs by document (file stem), by the shared scorer."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as out:
        for stem, paragraphs in predicted.items():
            out.write(json.dumps({"id": stem, "paragraphs": paragraphs}) + "\n")
    done = subprocess.run([sys.executable, str(EVAL / "score_paragraphs.py"), out.name, "--gold", str(gold_dir)],
                          capture_output=True, text=True, check=True)
    Path(out.name).unlink()
    return figures(done.stdout)["paragraph F1"]


def ceiling(gold_dir: Path, headings: dict[str, set[str]]) -> tuple[dict[str, list[str]], dict[str, list[str]], int, int]:
    """The gold paragraphs with every traceless break merged (headings kept in, and left out as our converter
    reads them), the traceless breaks and all breaks."""
    widths = {f.name: f for f in fonts()}
    as_body, as_headings, traceless, breaks = {}, {}, 0, 0
    for path in sorted(gold_dir.glob("*.gold.json")):
        stem = path.name[: -len(".gold.json")]
        gold = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(p.split()) for p in gold["paragraphs"]]
        text = path.with_name(f"{stem}.txt").read_text(encoding="utf-8")
        font = widths[FONT_NAMES[gold["layout"]["font"]]]
        printed = printed_paragraphs(text, paragraphs)
        flags = traceless_breaks(font, printed, gold["layout"]["paragraph_style"] != "spaced")
        merged = paragraphs[:1]
        for paragraph, flag in zip(paragraphs[1:], flags, strict=True):
            if flag:
                merged[-1] += " " + paragraph
            else:
                merged.append(paragraph)
        as_body[stem] = merged
        as_headings[stem] = [p for p in merged if p not in headings.get(stem, set())]
        traceless, breaks = traceless + sum(flags), breaks + len(flags)
    return as_body, as_headings, traceless, breaks


def converted(dataset: Path, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    """The converter's paragraphs of the given kinds, by document (file stem), in order."""
    import duckdb

    rows = duckdb.connect().execute(
        f"SELECT d.source_path, p.text FROM read_parquet('{dataset}/paragraphs/*.parquet') p "
        f"JOIN read_parquet('{dataset}/documents/*.parquet') d USING (doc_id) "
        f"WHERE p.kind IN ({', '.join('?' * len(kinds))}) ORDER BY d.source_path, p.seq", list(kinds)).fetchall()
    found: dict[str, list[str]] = {}
    for source, text in rows:
        found.setdefault(Path(source).stem, []).append(text)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=EVAL / "pdftext")
    a = ap.parse_args()
    dataset = Path(tempfile.mkdtemp()) / "dataset"
    convert(sorted(a.gold.glob("*.txt")), dataset)
    headings = {stem: set(texts) for stem, texts in converted(dataset, ("heading",)).items()}
    as_body, as_headings, traceless, breaks = ceiling(a.gold, headings)
    print(f"gold breaks that leave no trace in the text: {traceless} of {breaks}")
    print(f"ceiling paragraph F1 from text alone, headings scored as body: {score(a.gold, as_body):.3f}")
    print(f"ceiling paragraph F1 from text alone, headings kept as headings (the contract): {score(a.gold, as_headings):.3f}")
    print(f"scoexport paragraph F1, kind body (what the scorer reads): {score(a.gold, converted(dataset, ('body',))):.3f}")
    print(f"scoexport paragraph F1, kinds body and heading: {score(a.gold, converted(dataset, ('body', 'heading'))):.3f}")


if __name__ == "__main__":
    main()
