#!/usr/bin/env python3
"""CPU time of each compiled regular expression over a convert's stages, ranked: which patterns the text spends on.

    .venv/bin/python bench/regex_costs.py CORPUS [--top 40]

CORPUS is a folder of documents (a corpus from make_corpus.py, or `../shared/eval/html/pages`). Before scoexport is
imported, `re.compile` is made to hand back a pattern that counts its calls and the CPU time of each (of every
match a `finditer` yields, as it is asked for), keyed by the line that compiled it. The corpus then goes through
bench_stages.py's pass twice: the first run compiles what is compiled on first use, the second is counted.

Why: a callgrind count says how much of a convert the regular-expression engine costs (about a third of the text
route's instructions), not which patterns; cProfile names the caller of `match` or `search`, not the pattern. Times
are CPU seconds (`time.process_time_ns`) with a call's overhead in each: the ranking is the figure, not the sums.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_COMPILE = re.compile
_CLOCK = time.process_time_ns
STATS: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # (where, pattern) -> [calls, ns]


def _timed_iter(it: Iterator[re.Match[str]], stat: list[int]) -> Iterator[re.Match[str]]:
    while True:
        t = _CLOCK()
        m = next(it, None)
        stat[1] += _CLOCK() - t
        if m is None:
            return
        yield m


class TimedPattern:
    """A compiled pattern whose calls are counted and timed in `STATS`; anything else is the pattern's own."""

    def __init__(self, pattern: re.Pattern[str], where: str) -> None:
        self.pattern_object = pattern
        self.stat = STATS[(where, str(pattern.pattern)[:80])]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_object, name)

    def __hash__(self) -> int:
        return hash(self.pattern_object)

    def __eq__(self, other: object) -> bool:
        return self.pattern_object == getattr(other, "pattern_object", other)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        self.stat[0] += 1
        return _timed_iter(self.pattern_object.finditer(*args, **kwargs), self.stat)


def _timed(name: str) -> Any:
    def call(self: TimedPattern, *args: Any, **kwargs: Any) -> Any:
        self.stat[0] += 1
        t = _CLOCK()
        try:
            return getattr(self.pattern_object, name)(*args, **kwargs)
        finally:
            self.stat[1] += _CLOCK() - t
    return call


for _name in ("search", "match", "fullmatch", "findall", "sub", "subn", "split"):
    setattr(TimedPattern, _name, _timed(_name))


def _compile(pattern: Any, flags: int = 0) -> TimedPattern:
    caller = sys._getframe(1)
    where = f"{caller.f_code.co_filename.split('scoexport/')[-1]}:{caller.f_lineno}"
    return TimedPattern(_COMPILE(getattr(pattern, "pattern_object", pattern), flags), where)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    re.compile = _compile  # type: ignore[assignment]  # before scoexport compiles anything
    from bench_stages import run  # imports scoexport

    work = Path(tempfile.mkdtemp(prefix="regex-costs-"))
    run(a.corpus, work / "first")
    for stat in STATS.values():
        stat[0] = stat[1] = 0
    t = _CLOCK()
    run(a.corpus, work / "second")
    total = _CLOCK() - t
    spent = sum(ns for _, ns in STATS.values())
    print(f"{a.corpus}: {total / 1e9:.2f} CPU s, of which {spent / 1e9:.2f} s ({spent / total:.0%}) in patterns")
    for (where, pattern), (calls, ns) in sorted(STATS.items(), key=lambda kv: -kv[1][1])[:a.top]:
        print(f"{ns / 1e9:7.3f} s {ns / total:6.1%} {calls:8d} calls  {where:42} {pattern!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
