"""Speed and memory of the whole PDF convert (parse, clean, segment, facts, export), one process.

    python bench/bench_pdf.py [--pages 4000] [--gold ../shared/eval/pdftext | --no-gold]

Prints pages/s per core for (a) the report PDFs of the pdftext set, if present, and (b) generated
documents of 1/8, 1/2 and all of `--pages` pages (reportlab, made here: nothing downloaded); and the
peak resident memory of each convert, read from the OS in a child process: the whole run's peak, and
the peaks while pages are processed and while rows are written (the resident size sampled every
0.2 s), then the ratio of the longest document's peak to the shortest's: 1.0 is flat. Note `uptime`:
the machine may be shared.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"

CHILD = """
import json, resource, sys, threading, time
from scoexport import convert, pipeline
paths, out = sys.argv[1:-1], sys.argv[-1]
peaks = {"process": 0.0, "write": 0.0}
phase = ["write"]  # anything outside a document's processing: reading inputs, writing rows, closing the tables

def rss_mb():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS"))

def sample():
    while True:
        peaks[phase[0]] = max(peaks[phase[0]], rss_mb())
        time.sleep(0.2)

def tagged(*args, **kwargs):
    phase[0] = "process"
    try:
        return process_document(*args, **kwargs)
    finally:
        phase[0] = "write"

process_document, pipeline.process_document = pipeline.process_document, tagged
threading.Thread(target=sample, daemon=True).start()
start = time.process_time()
summary = convert(paths, out, jobs=1)
seconds = time.process_time() - start
print(json.dumps({"seconds": seconds, "documents": summary.documents, "failures": len(summary.failures),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "process_mb": peaks["process"], "write_mb": peaks["write"]}))
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
    ap.add_argument("--pages", type=int, default=4000, help="length of the longest generated document")
    ap.add_argument("--gold", type=Path, default=EVAL / "pdftext")
    ap.add_argument("--no-gold", action="store_true", help="skip the report PDFs of the pdftext set")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.pdfs import make_pages

    print(f"load: {os.getloadavg()[0]:.2f} (1 min) on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="scoexport-pdf-bench-") as folder:  # removed afterwards
        run_sizes(a, Path(folder), make_pages)


def run_sizes(a: argparse.Namespace, work: Path, make_pages: Callable[[int], bytes]) -> None:
    """The pdftext set, then generated documents of 1/8, 1/2 and all of `a.pages` pages; the peaks' ratio."""
    if a.gold.is_dir() and not a.no_gold:
        pdfs = sorted(a.gold.glob("*.pdf"))
        got = measure(pdfs, page_count(pdfs), work)
        print(f"pdftext set: {got['documents']} PDFs, {got['pages']} pages, {got['seconds']:.1f} s CPU, "
              f"{got['pages_per_s']:.0f} pages/s per core, peak {got['peak_mb']:.0f} MB")
    peaks = {}
    for pages in sorted({a.pages // 8, a.pages // 2, a.pages}):
        path = work / f"long-{pages}.pdf"
        path.write_bytes(make_pages(pages))
        got = measure([path], pages, work)
        peaks[pages] = got["peak_mb"]
        print(f"generated: {pages:5d} pages, {path.stat().st_size / 1e6:.1f} MB, {got['seconds']:.1f} s CPU, "
              f"{got['pages_per_s']:.0f} pages/s per core, peak {got['peak_mb']:.0f} MB "
              f"(processing {got['process_mb']:.0f}, writing {got['write_mb']:.0f})")
    low, high = min(peaks), max(peaks)
    print(f"memory: peak at {high} pages / peak at {low} pages = {peaks[high] / peaks[low]:.2f}")


if __name__ == "__main__":
    main()
