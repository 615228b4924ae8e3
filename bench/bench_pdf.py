"""Speed and memory of the whole PDF convert (parse, clean, segment, facts, export), one process.

    python bench/bench_pdf.py [--pages 2000] [--gold ../shared/eval/pdftext]

Prints pages/s per core for (a) the report PDFs of the pdftext set, if present, and (b) generated
documents of growing length (reportlab, made here: nothing downloaded); and the peak resident
memory of each convert, read from the OS in a child process, so that the peaks show whether
memory grows with the page count. Note `uptime`: the machine may be shared.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"

CHILD = """
import json, resource, sys, time
from scoexport import convert
paths, out = sys.argv[1:-1], sys.argv[-1]
start = time.process_time()
summary = convert(paths, out, jobs=1)
seconds = time.process_time() - start
print(json.dumps({"seconds": seconds, "documents": summary.documents, "failures": len(summary.failures),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(paths: list[Path], pages: int, work: Path) -> dict:
    """Convert `paths` in a fresh interpreter; CPU seconds (one core), pages/s and peak RSS."""
    out = work / f"dataset-{len(os.listdir(work))}"
    done = subprocess.run([sys.executable, "-c", CHILD, *map(str, paths), str(out)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    got = json.loads(done.stdout.strip().splitlines()[-1])
    got["pages"] = pages
    got["pages_per_s"] = pages / got["seconds"]
    return got


def page_count(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for p in paths:
        doc = pdfium.PdfDocument(str(p))
        total += len(doc)
        doc.close()
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2000, help="length of the longest generated document")
    ap.add_argument("--gold", type=Path, default=EVAL / "pdftext")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.pdfs import make_pages

    print(f"load: {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} cores")
    work = Path(tempfile.mkdtemp(prefix="scoexport-pdf-bench-"))
    if a.gold.is_dir():
        pdfs = sorted(a.gold.glob("*.pdf"))
        got = measure(pdfs, page_count(pdfs), work)
        print(f"pdftext set: {got['documents']} PDFs, {got['pages']} pages, {got['seconds']:.1f} s CPU, "
              f"{got['pages_per_s']:.0f} pages/s per core, peak {got['peak_mb']:.0f} MB")
    for pages in sorted({a.pages // 8, a.pages // 2, a.pages}):
        path = work / f"long-{pages}.pdf"
        path.write_bytes(make_pages(pages))
        got = measure([path], pages, work)
        print(f"generated: {pages:5d} pages, {path.stat().st_size / 1e6:.1f} MB, {got['seconds']:.1f} s CPU, "
              f"{got['pages_per_s']:.0f} pages/s per core, peak {got['peak_mb']:.0f} MB")


if __name__ == "__main__":
    main()
