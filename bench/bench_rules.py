#!/usr/bin/env python3
"""What per-site rules cost: the HTML parse of real pages with and without a rule, in one run.

    .venv/bin/python bench/bench_rules.py [--pages DIR] [--repeat N]

Parses every page of ../shared/eval/html (parse only: the stage rules touch) in these ways, one
after the other page by page (in turn order, so that none is always the first to read a page), so
the machine's load bends them alike; the best of N rounds counts, in CPU time, each call with the
collection of the garbage it left (bs4's trees are cycles that only the collector frees):
- default: no rules (the route every run without --rules takes);
- rules, other site: a rules file is given, the page's site is not in it (its URL is looked up);
- rule matched: the page's site has a rule (one drop selector, `aside`), so BeautifulSoup is built
  from the page's lxml tree, soupsieve selects, the walk keeps the marks;
- bs4+lxml parse: `BeautifulSoup(text, "lxml")` alone, what parsing the page again through bs4's
  own lxml builder would cost (the route does not do it; shown for comparison);
- bs4 html.parser: `BeautifulSoup(text, "html.parser")` alone, likewise.
Prints ms per page and each way's ratio to the default.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=EVAL / "html" / "pages")
    ap.add_argument("--repeat", type=int, default=5, help="rounds; the best time of each way counts")
    a = ap.parse_args()
    if not a.pages.exists():
        print(f"{a.pages} is not here (../shared is beside the project's checkout only)")
        return 2
    from bs4 import BeautifulSoup

    from scoexport.parse.html.page import parse_html
    from scoexport.parse.html.rules import SiteRule, SiteRules
    from scoexport.sources.inputs import read_source

    sources = [read_source(str(p)) for p in sorted(a.pages.glob("*.html"))]
    url = "https://bench.example/story"
    matched = [replace(s, target_url=url) for s in sources]
    other = SiteRules((SiteRule("other.example", drop=("aside",)),))
    rule = SiteRules((SiteRule("bench.example", drop=("aside",)),))
    ways = {
        "default": lambda i: parse_html(sources[i]),
        "rules, other site": lambda i: parse_html(sources[i], other),
        "rule matched": lambda i: parse_html(matched[i], rule),
        "bs4+lxml parse": lambda i: BeautifulSoup(sources[i].text, "lxml"),
        "bs4 html.parser": lambda i: BeautifulSoup(sources[i].text, "html.parser"),
    }
    for way in ways.values():  # warm: imports, caches
        way(0)
    best = dict.fromkeys(ways, float("inf"))
    for _ in range(a.repeat):
        spent = dict.fromkeys(ways, 0.0)
        for i in range(len(sources)):
            names = list(ways)
            for name in names[i % len(names):] + names[:i % len(names)]:  # each way first as often: the first pays the cache
                way = ways[name]
                gc.disable()
                start = time.process_time()
                way(i)
                gc.collect(0)  # a soup is a web of cycles: the way that made them pays for collecting them (gen 0: the
                # collector was off, so everything the call made is there)
                spent[name] += time.process_time() - start
                gc.enable()
        best = {name: min(best[name], spent[name]) for name in ways}
    n = len(sources)
    print(f"{n} pages, {sum(len(s.text) for s in sources) / n / 1000:.0f} kB of text each on average; "
          f"best of {a.repeat} rounds, CPU time")
    for name, seconds in best.items():
        print(f"{name:20} {seconds / n * 1e3:7.2f} ms/page  {seconds / best['default']:5.2f}x default")
    return 0


if __name__ == "__main__":
    sys.exit(main())
