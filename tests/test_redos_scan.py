"""No pattern scoexport compiles has a match attempt that grows faster than the text (issue 14): bench/redos_scan.py's
attack, run on every pattern as part of the suite, so that a pattern added later with two repeats reading the same
characters fails here, named with the module line that compiled it, before a user's long run of spaces stops a
document.

The scan runs in a fresh interpreter: it sees the patterns a module compiles at import only if its hook is in place
before scoexport is imported, and the suite has imported scoexport long before. It times each attempt at n and 4n
characters in CPU time (a linear attempt grows x4, a quadratic x16; flagged past x8, and timed again as the least of
three runs before it is reported), about 10 CPU seconds in all on the seeds, 17 with the shared pdftotext texts."""
from __future__ import annotations

import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import redos_scan  # noqa: E402


@pytest.fixture
def cpu_timer() -> Iterator[None]:
    previous = signal.signal(signal.SIGPROF, redos_scan._stop)
    yield
    signal.setitimer(signal.ITIMER_PROF, 0)
    signal.signal(signal.SIGPROF, previous)


@pytest.mark.parametrize("pattern", [
    r":\s*[„“]?\s*$",  # two runs of spaces with an optional mark between them, before an end
    r"(?<!\S)\d[\d.,]*[),.]*(?!\S)",  # a number's characters, then closing marks that share some of them
    r"\b[a-z]+(?![\w-]*,)(?=\s)",  # a lookahead over the rest of the run at every letter given back
    r"(?:\d|\d\d)+x",  # two ways to read each digit: 2 ** n
])
def test_the_attack_finds_an_attempt_that_grows_faster_than_the_text(cpu_timer: object, pattern: str) -> None:
    assert redos_scan.steep(pattern, 0, 1000, 2.0) is not None, pattern


@pytest.mark.parametrize("pattern", [
    r":\s*(?:[„“]\s*)?$",
    r"(?<!\S)\d[\d.,]*(?:\)[),.]*)?(?!\S)",
    r"\b[a-z]+(?![a-z])(?![\w-]*,)(?=\s)",
    r"\d+x",
    r"^(?:follow|like)\b.{0,120}\bon\b",  # a bounded repeat: linear, with a large constant
])
def test_the_attack_passes_an_attempt_linear_in_the_text(cpu_timer: object, pattern: str) -> None:
    assert redos_scan.steep(pattern, 0, 1000, 2.0) is None, pattern


def test_a_search_is_timed_over_every_position_an_attempt_at_the_start(cpu_timer: object,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # each attempt reads the rest of a run of spaces and fails: linear at the start, quadratic over a whole search
    pattern = r"\s+and\s+"
    assert redos_scan.steep(pattern, 0, 1000, 2.0) is None
    monkeypatch.setattr(redos_scan, "ATTEMPT", "search")
    assert redos_scan.steep(pattern, 0, 1000, 2.0) is not None


def test_no_pattern_scoexport_compiles_grows_faster_than_the_text() -> None:
    # only the patterns a document reaches are built: texts in other languages and scripts reach many more than the
    # seeds (the shared evaluation's pdftotext texts: about 880 against 630), so they are scanned where they are here
    inputs = [str(ROOT / "seeds")]
    if (ROOT.parent / "shared" / "eval" / "pdftext").is_dir():
        inputs.append(str(ROOT.parent / "shared" / "eval" / "pdftext" / "*.txt"))
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "redos_scan.py"), *inputs], capture_output=True,
                         text=True, cwd=ROOT, timeout=1800)
    compiled = re.match(r"(\d+) patterns compiled", run.stdout)
    assert compiled and int(compiled.group(1)) > 100, run.stdout + run.stderr  # the hook saw the patterns
    assert run.returncode == 0, "one match attempt grows faster than n (module:line, pattern, CPU s at n and 4n):\n" \
        + run.stdout + run.stderr[-2000:]
