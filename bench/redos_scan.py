#!/usr/bin/env python3
"""Every regular expression scoexport compiles, scanned for backtracking without bound, and timed on the strings that
would show it.

    .venv/bin/python bench/redos_scan.py [CORPUS ...] [--length 1000] [--limit 2.0]

Before scoexport is imported, `re._compile` (behind `re.compile`, `re.search`, `re.sub`, ...) is wrapped to note every
pattern compiled from a scoexport module, with the line that compiled it; a convert of the CORPUS inputs (folders,
files or globs; default: seeds) then compiles the patterns built at run time (alternations from the data files' word
lists). Only the patterns a document reaches are built: the seeds reach about 630, texts in other languages and
scripts many more (../shared/eval/pdftext/*.txt about 880, ../census-docs about 1050), so scan those too. Each
pattern is then tried:

- with `regexploit` (a one-off tool: `pip install regexploit` in the venv; not a dependency) where it is installed:
  its analysis finds repeats that can read the same character in two ways (starriness > 2: cubic or worse);
- by our own attack, which needs nothing: for every repeat in the pattern, a string the repeat's body reads, repeated
  n times after a string that leads to it, closed by each of a few characters that fail (a punctuation mark, a letter,
  a digit, a space, the end). One match attempt at the start is timed in CPU seconds: at 4n over n it is about 4 for
  a linear pattern, 16 for a quadratic one, and the attack at 4n is stopped (by an interval timer) past --limit CPU
  seconds for an exponential one. (A scan tries every position, multiplying each figure by n: the attempt is what
  must stay linear; --search times a whole `search` instead, what the extractors' search, finditer, sub and split run:
  an attempt linear in a run is quadratic there, as a space run before "and".) n and 4n, not n and 2n: the two
  growths stand apart by a factor of 4, not 2, so a timing disturbed by a loaded machine does not pass for the other.
  An attempt that takes a few ms is timed again as the mean of repeated attempts (the CPU clock advances in ticks
  while the stopping timer is armed), and a pattern found is timed so three times more, the least kept, before it
  is reported.

Why: a pattern whose cost is exponential (two alternatives that read the same digits, repeated) or polynomial of
high degree in the length of a run stops a whole document (issue 14); the patterns are many and assembled from word
lists, so no reading of the code finds them all, and a pattern that is wrong on one user's text is found here on
strings built from its own pieces. Prints the patterns whose one attempt grows faster than n (more than x8 from n to
4n, over 0.01 s at 4n), any that ran past the limit and any regexploit flags; exits 1 if there are any.
tests/test_redos_scan.py runs it (in a fresh interpreter, so that the hook sees every pattern compiled at import).
"""
from __future__ import annotations

import argparse
import re
import signal
import sys
import tempfile
import time
from pathlib import Path

try:
    from re import _constants as sre_c  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python before 3.11
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_RE_COMPILE = re._compile  # type: ignore[attr-defined]
_RE_FOLDER = str(Path(re.__file__).parent)
FOUND: dict[tuple[str, int], str] = {}  # (pattern, flags) -> where it was compiled
_CLOSERS = ["!", "a", "1", " ", ""]
GROWTH = 4  # the run at the larger size over the run at the smaller
TOO_STEEP = 8  # times from the smaller to the larger attempt: 4 when linear, 16 when quadratic
FLOOR = 0.01  # CPU seconds at the larger size below which a growth is noise
STEADY = 0.05  # CPU seconds of repeated attempts that one figure of a growth is read from
ATTEMPT = "match"  # what is timed: one attempt at the start, or (--search) every position's


def _noting(pattern, flags=0):  # type: ignore[no-untyped-def]
    if isinstance(pattern, str) and (pattern, int(flags)) not in FOUND:
        frame = sys._getframe(1)  # the caller of re's function: scoexport's own code, or a library it uses
        while frame is not None and frame.f_code.co_filename.startswith(_RE_FOLDER):
            frame = frame.f_back
        if frame is not None and "/scoexport/" in frame.f_code.co_filename:
            FOUND[(pattern, int(flags))] = f"{frame.f_code.co_filename.split('scoexport/')[-1]}:{frame.f_lineno}"
    return _RE_COMPILE(pattern, flags)


# ---------------------------------------------------------------- strings a parsed pattern reads

_CATEGORY = {sre_c.CATEGORY_DIGIT: "1", sre_c.CATEGORY_NOT_DIGIT: "a", sre_c.CATEGORY_SPACE: " ",
             sre_c.CATEGORY_NOT_SPACE: "a", sre_c.CATEGORY_WORD: "a", sre_c.CATEGORY_NOT_WORD: " ",
             sre_c.CATEGORY_LINEBREAK: "\n", sre_c.CATEGORY_NOT_LINEBREAK: "a"}


def _class_chars(items: list) -> list[str]:  # type: ignore[type-arg]
    """A few characters an IN set reads (at most one per member), or those it does not if it is negated."""
    if items and items[0][0] is sre_c.NEGATE:
        return [c for c in "a1 .-A\n" if not any(_in_item(c, it) for it in items[1:])][:2]
    out: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            out.append(chr(av))
        elif op is sre_c.RANGE:
            out.append(chr(av[0]))
        elif op is sre_c.CATEGORY:
            out.append(_CATEGORY.get(av, "a"))
    return out[:4] or ["a"]


def _in_item(c: str, item: tuple) -> bool:  # type: ignore[type-arg]
    op, av = item
    if op is sre_c.LITERAL:
        return ord(c) == av
    if op is sre_c.RANGE:
        return av[0] <= ord(c) <= av[1]
    if op is sre_c.CATEGORY:
        return bool(re.fullmatch(_category_re(av), c))
    return False


def _category_re(av: object) -> str:
    return {sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D", sre_c.CATEGORY_SPACE: r"\s",
            sre_c.CATEGORY_NOT_SPACE: r"\S", sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W"}.get(av, ".")


def samples(seq: list, limit: int = 4) -> list[str]:  # type: ignore[type-arg]
    """A few short strings the parsed sequence reads (lookarounds and anchors read nothing)."""
    out = [""]
    for op, av in seq:
        if op is sre_c.LITERAL:
            choices = [chr(av)]
        elif op is sre_c.NOT_LITERAL:
            choices = ["a" if av != ord("a") else "b"]
        elif op is sre_c.ANY:
            choices = ["a"]
        elif op is sre_c.IN:
            choices = _class_chars(av)
        elif op is sre_c.BRANCH:
            choices = [s for alt in av[1] for s in samples(list(alt), 2)]
        elif op is sre_c.SUBPATTERN:
            choices = samples(list(av[-1]), limit)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, body = av
            inner = samples(list(body), 2)
            choices = [s * max(lo, 1) for s in inner] + ([""] if lo == 0 else [])
        elif op is getattr(sre_c, "ATOMIC_GROUP", None):
            choices = samples(list(av), limit)
        else:  # AT, ASSERT, ASSERT_NOT, GROUPREF and the like read nothing here
            choices = [""]
        out = [a + b for a in out for b in choices][:limit]
    return out


def attacks(seq: list, lead: str = "") -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """(lead, piece) for every repeat in the sequence: a string leading to the repeat and one its body reads."""
    found: list[tuple[str, str]] = []
    for i, (op, av) in enumerate(seq):
        before = lead + (samples(seq[:i], 1)[0] if i else "")
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
            _lo, hi, body = av
            if hi is sre_c.MAXREPEAT or hi > 50:
                found += [(before, s) for s in samples(list(body), 3) if s]
            found += attacks(list(body), before)
        elif op is sre_c.SUBPATTERN:
            found += attacks(list(av[-1]), before)
        elif op is sre_c.BRANCH:
            for alt in av[1]:
                found += attacks(list(alt), before)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            found += attacks(list(av[1]), before)
    return found


# ---------------------------------------------------------------- timing

class _TooLong(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    raise _TooLong


def cpu_of(compiled: re.Pattern[str], text: str, limit: float) -> float:
    """CPU seconds of one `match` at the text's start (a scan multiplies it by the positions it tries, as every
    pattern's scan does: the cost of one attempt is what must stay linear); inf past limit."""
    signal.setitimer(signal.ITIMER_PROF, limit)
    t = time.process_time()
    try:
        getattr(compiled, ATTEMPT)(text)
    except _TooLong:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return time.process_time() - t


def steady_cpu_of(compiled: re.Pattern[str], text: str, limit: float) -> float:
    """CPU seconds of one `match`, averaged over as many as fill STEADY seconds (at most 50): while the interval timer
    that stops an attack is armed, the process's CPU clock advances in the kernel's ticks (4 ms here), so one short
    attempt reads 0 or a tick, and a growth from n to 4n read from two such figures is noise."""
    total, runs = 0.0, 0
    while total < STEADY and runs < 50:
        once = cpu_of(compiled, text, limit)
        if once == float("inf"):
            return once
        total, runs = total + once, runs + 1
    return total / runs


def worst(pattern: str, flags: int, length: int, limit: float) -> tuple[float, float, str, str]:
    """The attack with the largest growth from n to 4n: (time at n, time at 4n, attack text at n, at 4n)."""
    compiled = _RE_COMPILE(pattern, flags)
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:  # a pattern the parser of this Python reads otherwise
        return 0.0, 0.0, "", ""
    best = (0.0, 0.0, "", "")
    seen: set[tuple[str, str]] = set()
    for lead, piece in attacks(list(parsed)):
        if (lead, piece) in seen:
            continue
        seen.add((lead, piece))
        n = max(1, length // len(piece))
        for closer in _CLOSERS:
            short, long = lead + piece * n + closer, lead + piece * (GROWTH * n) + closer
            small = cpu_of(compiled, short, limit)
            big = cpu_of(compiled, long, limit)
            if big != float("inf") and big > FLOOR / 2:  # worth reading well: a tick's figures decide nothing
                small, big = steady_cpu_of(compiled, short, limit), steady_cpu_of(compiled, long, limit)
            if big == float("inf") or (big > FLOOR and big / max(small, 1e-4) > best[1] / max(best[0], 1e-4)):
                best = (small, big, short, long)
            if big == float("inf"):
                return best
    return best


def steep(pattern: str, flags: int, length: int, limit: float) -> tuple[float, float, str] | None:
    """(time at n, time at 4n, attack text at 4n) when one attempt grows faster than n, else None. A growth found
    is timed again as the least of three steady readings at each size: a reading slowed by the machine's other work
    is longer, never shorter, than the pattern's own cost, so the least is the closest to it."""
    small, big, short, long = worst(pattern, flags, length, limit)
    if big != float("inf") and not (big > FLOOR and big / max(small, 1e-4) > TOO_STEEP):
        return None
    if big != float("inf"):
        compiled = _RE_COMPILE(pattern, flags)
        small = min(steady_cpu_of(compiled, short, limit) for _ in range(3))
        big = min(steady_cpu_of(compiled, long, limit) for _ in range(3))
        if big != float("inf") and not (big > FLOOR and big / max(small, 1e-4) > TOO_STEEP):
            return None
    return small, big, long


def collect(corpus: list[str]) -> list[tuple[str, str, int]]:
    """(where, pattern, flags) of every pattern scoexport compiles, at import and in a convert of the corpus. Only
    in a fresh interpreter: a module imported before the hook compiled its patterns unseen."""
    re._compile = _noting  # type: ignore[attr-defined]  # before scoexport compiles anything
    try:
        from scoexport.run import convert

        with tempfile.TemporaryDirectory(prefix="redos-scan-") as out:  # the dataset is not what is looked at
            convert(corpus, Path(out) / "ds")
    finally:
        re._compile = _RE_COMPILE  # type: ignore[attr-defined]
    return sorted((w, p, f) for (p, f), w in FOUND.items())


def regexploit_findings(pattern: str, flags: int) -> list[str]:
    try:
        from regexploit.ast.sre import SreOpParser
        from regexploit.redos import find
    except ImportError:
        return []
    try:
        return [f"starriness {r.starriness}: {r.example()}" for r in find(SreOpParser().parse_sre(pattern, flags))
                if r.starriness > 2]
    except Exception:  # regexploit does not read every construct
        return []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*", default=[str(Path(__file__).resolve().parent.parent / "seeds")],
                    help="folders, files or globs to convert (default: seeds)")
    ap.add_argument("--length", type=int, default=1000, help="characters of the repeated run at n (default 1000)")
    ap.add_argument("--limit", type=float, default=2.0, help="CPU seconds one attack may take (default 2)")
    ap.add_argument("--only", default="", help="scan only patterns compiled at places containing this")
    ap.add_argument("--search", action="store_true", help="time a whole search, not one attempt at the start")
    a = ap.parse_args()
    global ATTEMPT
    ATTEMPT = "search" if a.search else "match"
    signal.signal(signal.SIGPROF, _stop)
    items = [item for item in collect(a.corpus) if a.only in item[0]]
    print(f"{len(items)} patterns compiled in scoexport")
    bad = 0
    for where, pattern, flags in items:
        found = steep(pattern, flags, a.length, a.limit)
        hints = regexploit_findings(pattern, flags)
        if found or hints:
            bad += 1
            print(f"\n{where}  {pattern[:160]!r}")
            if found:
                small, big, text = found
                print(f"  n={a.length}: {small:.3f} s, {GROWTH}n: {big:.3f} s (x{big / max(small, 1e-4):.1f}) "
                      f"on {text[:60]!r}...")
            for hint in hints[:2]:
                print(f"  regexploit: {hint[:200]}")
            sys.stdout.flush()
    print(f"\n{bad} patterns grow faster than n in one attempt, or were flagged")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
