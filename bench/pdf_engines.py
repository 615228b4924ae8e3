"""PDF text engines side by side: speed of reading text with positions, and paragraph quality.

    python bench/pdf_engines.py [--gold ../shared/eval/pdftext] [--skip IDS.txt] [--engines a,b]

For each engine (pypdfium2 as scoexport reads it, pdfminer.six, pdftext, docling-parse where
installed) this prints pages/s per core for extracting the lines of text with their boxes and font
sizes, and the paragraph F1 of the shared scorer (body and heading paragraphs) for:
- `layout`: the whole scoexport PDF route with that engine's lines in place of scoexport's reader
  (the same layout, furniture and cleaning rules on every engine's output);
- `own`: the engine's own paragraph blocks, where it makes them (pdfminer's text boxes, pdftext's
  blocks), taken as they come: furniture and front matter included, as a user of the engine gets them.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

from eval_pdftext import figures, subset

from scoexport.parse.pdf import reader
from scoexport.parse.pdf.reader import Page, Run
from scoexport.pipeline import process
from scoexport.sources import read_source

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)

Engine = Callable[[Path], tuple[list[Page], list[str]]]  # pages of runs, and the engine's own paragraphs


def _run(text: str, x0: float, x1: float, y0: float, y1: float, size: float, bold: bool) -> Run:
    return Run(" ".join(text.split()), x0, x1, y0, y1, y0 + 0.22 * (y1 - y0), size, bold)


def pypdfium2_engine(path: Path) -> tuple[list[Page], list[str]]:
    doc = reader.open_pdf(path.read_bytes())
    pages = list(reader.iter_pages(doc))
    doc.close()
    return pages, []


def pdfminer_engine(path: Path) -> tuple[list[Page], list[str]]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextBox

    pages, own = [], []
    for number, page in enumerate(extract_pages(str(path), laparams=LAParams())):
        runs = []
        for box in page:
            if not isinstance(box, LTTextBox):
                continue
            own.append(box.get_text())
            for line in box:
                chars = [c for c in line if isinstance(c, LTChar)]
                if not chars or not line.get_text().strip():
                    continue
                size = Counter(round(c.size, 1) for c in chars).most_common(1)[0][0]
                bold = sum(bool(BOLD.search(c.fontname)) for c in chars) * 2 > len(chars)
                runs.append(_run(line.get_text(), line.x0, line.x1, line.y0, line.y1, size, bold))
        pages.append(Page(number, page.width, page.height, runs))
    return pages, own


def pdftext_engine(path: Path) -> tuple[list[Page], list[str]]:
    from pdftext.extraction import dictionary_output

    pages, own = [], []
    for number, page in enumerate(dictionary_output(str(path))):
        height = page["height"]
        runs = []
        for block in page["blocks"]:
            own.append(" ".join("".join(s["text"] for s in ln["spans"]) for ln in block["lines"]))
            for ln in block["lines"]:
                spans = ln["spans"]
                text = "".join(s["text"] for s in spans)
                if not text.strip():
                    continue
                x0, top, x1, bottom = ln["bbox"]
                size = Counter(round(s["font"]["size"], 1) for s in spans).most_common(1)[0][0]
                bold = any(BOLD.search(s["font"]["name"] or "") for s in spans)
                runs.append(_run(text, x0, x1, height - bottom, height - top, size, bold))
        pages.append(Page(number, page["width"], height, runs))
    return pages, own


def docling_engine(path: Path) -> tuple[list[Page], list[str]]:
    from docling_core.types.doc.page import TextCellUnit
    from docling_parse.pdf_parser import DoclingPdfParser

    doc = DoclingPdfParser().load(path_or_stream=str(path))
    pages = []
    for number, page in doc.iterate_pages():
        runs = []
        for cell in page.iterate_cells(unit_type=TextCellUnit.LINE):
            box = cell.rect.to_bounding_box()
            if cell.text.strip():
                # no font size is given: a line's box is about 1.1 times the size of its type
                size = round((box.t - box.b) / 1.1, 1)
                runs.append(_run(cell.text, box.l, box.r, box.b, box.t, size, BOLD.search(cell.font_name or "") is not None))
        size = page.dimension
        pages.append(Page(number - 1, size.width, size.height, runs))
    doc.unload() if hasattr(doc, "unload") else None
    return pages, []


ENGINES: dict[str, Engine] = {"pypdfium2": pypdfium2_engine, "pdfminer.six": pdfminer_engine, "pdftext": pdftext_engine,
                              "docling-parse": docling_engine}


def score(gold: Path, predictions: dict[str, list[str]]) -> dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for doc, paras in predictions.items():
            f.write(json.dumps({"id": doc, "paragraphs": paras}, ensure_ascii=False) + "\n")
    done = subprocess.run([sys.executable, str(EVAL / "score_paragraphs.py"), f.name, "--gold", str(gold)],
                          capture_output=True, text=True, check=True)
    return figures(done.stdout)


def compare(gold: Path, pdfs: list[Path], name: str, engine: Engine) -> str:
    extracted: dict[Path, list[Page]] = {}
    own: dict[str, list[str]] = {}
    started = time.process_time()
    for pdf in pdfs:
        extracted[pdf], own[pdf.name[:-4]] = engine(pdf)
    seconds = time.process_time() - started
    n_pages = sum(len(p) for p in extracted.values())

    layout: dict[str, list[str]] = {}
    for pdf in pdfs:
        def pages(_doc: object, pdf: Path = pdf) -> Iterator[Page]:
            yield from extracted[pdf]
        with mock.patch.object(reader, "iter_pages", pages), mock.patch("scoexport.parse.pdf.iter_pages", pages):
            result = process(read_source(str(pdf)))
        layout[pdf.name[:-4]] = [p.text for p in result.paragraphs if p.kind in ("body", "heading")]
    row = f"{name:14s} {n_pages / seconds:8.1f} pages/s   layout F1 {score(gold, layout)['paragraph F1']:.3f}"
    if any(own.values()):
        row += f"   own blocks F1 {score(gold, own)['paragraph F1']:.3f}"
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=EVAL / "pdftext")
    ap.add_argument("--skip", type=Path, help="file of document IDs to leave out (kept aside)")
    ap.add_argument("--engines", default=",".join(ENGINES))
    a = ap.parse_args()
    skip = set(a.skip.read_text().split()) if a.skip else set()
    gold = subset(a.gold, None, skip)
    pdfs = sorted(gold.glob("*.pdf"))
    print(f"{len(pdfs)} PDFs from {a.gold}")
    for name in a.engines.split(","):
        try:
            print(compare(gold, pdfs, name, ENGINES[name]), flush=True)
        except ImportError as exc:
            print(f"{name:14s} not installed ({exc.name})")


if __name__ == "__main__":
    main()
