#!/usr/bin/env python3
"""One warm pass over bench_html.py's pages, for callgrind to count its instructions (load-proof).

    valgrind --tool=callgrind --collect-atstart=no --toggle-collect=sys_call_tracing \\
        .venv/bin/python bench/count_html.py {convert,trafilatura,parse,read} [--pages DIR] [--glob '**/*.txt']

Runs the work once to warm it (imports, word lists, compiled patterns), then once more inside
`sys.call_tracing`, a C function nothing else calls: callgrind, told to count only within it, prints
the instructions of that second pass alone ("Collected"), so neither start-up nor the other jobs on a
shared machine enter the figure. `convert` is scoexport's whole convert (Parquet written),
`trafilatura` its extraction of the same pages, `parse` reading and parsing only, `read` reading only.
Set PYTHONHASHSEED=0 to make counts repeat to a few parts in ten thousand.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def work(what: str, pages: list[Path]) -> Callable[[], None]:
    if what == "trafilatura":
        import trafilatura

        def extract() -> None:
            for page in pages:
                trafilatura.extract(page.read_bytes())
        return extract
    if what == "convert":
        from scoexport import convert

        out = Path(tempfile.mkdtemp(prefix="scoexport-count-"))
        runs = iter(range(1_000))

        def whole_convert() -> None:
            convert(pages, out / str(next(runs)), incremental=False)
        return whole_convert

    from scoexport.collector import cycles_paused
    from scoexport.parse import parse
    from scoexport.sources.inputs import read_source

    def read_and_parse() -> None:
        for page in pages:
            source = read_source(str(page))
            if what == "parse":
                with cycles_paused():  # as pipeline.process_source does
                    parse(source)
    return read_and_parse


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=["convert", "trafilatura", "parse", "read"])
    ap.add_argument("--pages", type=Path, default=EVAL / "html" / "pages")
    ap.add_argument("--glob", default="*.html", help="which files of --pages (\"**/*.txt\" for a text corpus)")
    a = ap.parse_args()
    if not a.pages.exists():
        print(f"{a.pages} is not here (../shared is beside the project's checkout only)")
        return 2
    run = work(a.what, sorted(a.pages.glob(a.glob)))
    run()
    sys.call_tracing(run, ())
    return 0


if __name__ == "__main__":
    sys.exit(main())
