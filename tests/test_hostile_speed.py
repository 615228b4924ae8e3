"""Every rule linear in its input, shown by how its cost grows: crafted text in each hostile shape at
1 MB may take at most twice the time per byte it takes at 250 KB (a linear rule takes the same; a
quadratic one four times as much), and no more than 10x the time of 1 MB of ordinary text. Times are
CPU times of the same test run, and a shape over its bound is measured once more before it fails,
so a burst of other load on the machine does not fail the test, while a rule that really grows
faster than its input fails both times. The shapes are the ones that were quadratic, and the
general kinds behind them: long runs of one word, character, number, name, page break or unclosed
piece of markup. A shape dense in facts ("one long line") is slower per byte than prose, which is
why growth, not the ratio to prose, is the test of linearity."""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from scoexport.pipeline import process
from scoexport.records import Source

from .conftest import SEEDS

SIZE = 1_000_000
GROWTH_LIMIT = 2.0  # time per byte at SIZE over time per byte at SIZE / 4
ORDINARY_LIMIT = 10.0  # a linear rule that is still pathological: 10x the time of ordinary prose


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _source(text: str, fmt: str) -> Source:
    data = text.encode("utf-8")
    return Source(f"crafted.{fmt}", data, hashlib.sha256(data).hexdigest(), text, "utf-8", fmt)


def _cpu_seconds(text: str, fmt: str = "text") -> float:
    if fmt == "text":
        text = "A report on the council\n\n" + text  # a title first, so the crafted text is the body
    started = time.process_time()
    process(_source(text, fmt))
    return time.process_time() - started


def _ordinary() -> str:
    prose = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    return _repeat(prose + "\n\n", SIZE)


# Each shape is built at the size asked, so a quarter is the same shape, whole, at a quarter the size.
Shape = Callable[[int], str]
TEXT_SHAPES: dict[str, Shape] = {
    "number words": lambda n: _repeat("one two ", n),
    "money": lambda n: _repeat("$1 ", n),
    "percentages": lambda n: _repeat("1 % ", n),
    "one letter": lambda n: "a" * n,
    "one hyphen": lambda n: "-" * n,
    "parentheses": lambda n: _repeat("(AB) ", n),
    "hyphenated word": lambda n: _repeat("a-", n),
    "hyphen at line ends": lambda n: _repeat("word-\nword ", n),
    "long url": lambda n: "http://example.com/" + _repeat("a/", n - 19),
    "speech": lambda n: _repeat("said John Smith ", n),
    "page numbers": lambda n: _repeat("Page 1\n\f", n),
    "quotes": lambda n: _repeat("“a b” he said. ", n),
    "one long line": lambda n: _repeat("The council met again. Jane Doe (JD) said “it is 5% more”, on 3 May 2024. ", n),
}
HTML_SHAPES: dict[str, Shape] = {
    "unclosed comments": lambda n: "<html><body><p>Text.</p>" + _repeat("<!--x ", n),
    "unclosed script": lambda n: "<html><body><p>Text.</p><script>" + _repeat("<script>x", n),
    "unclosed tags": lambda n: "<html><body><p>Text " + _repeat("<a ", n),
    "attributes": lambda n: "<html><body><p " + " ".join(f"a{i}=1" for i in range(n // 9)) + ">Text.</p></body></html>",
    "deep nesting": lambda n: _repeat("<div>", n // 2) + "Text." + _repeat("</div>", n // 2),
    "entities": lambda n: _repeat("<p>a &amp; b &zz; c</p>\n", n),
}


@pytest.fixture(scope="module")
def ordinary_seconds() -> float:
    return _cpu_seconds(_ordinary())


def _growth(shape: Shape, fmt: str) -> tuple[float, float]:
    """Time per byte at SIZE over time per byte at a quarter of it, and the seconds at SIZE."""
    quarter = _cpu_seconds(shape(SIZE // 4), fmt)
    full = _cpu_seconds(shape(SIZE), fmt)
    return full / (4 * max(quarter, 1e-3)), full


@pytest.mark.parametrize("name", list(TEXT_SHAPES) + list(HTML_SHAPES))
def test_crafted_text_is_processed_in_linear_time(name: str, ordinary_seconds: float) -> None:
    fmt = "html" if name in HTML_SHAPES else "text"
    shape = {**TEXT_SHAPES, **HTML_SHAPES}[name]
    growth, seconds = _growth(shape, fmt)
    if growth > GROWTH_LIMIT or seconds > ORDINARY_LIMIT * ordinary_seconds:
        again, seconds_again = _growth(shape, fmt)  # a second look before failing: other load comes in bursts
        growth, seconds = min(growth, again), min(seconds, seconds_again)
    assert growth <= GROWTH_LIMIT, f"{name}: {growth:.2f}x the time per byte at 1 MB as at 250 KB"
    assert seconds <= ORDINARY_LIMIT * ordinary_seconds, f"{name}: {seconds:.2f}s, ordinary text {ordinary_seconds:.2f}s"


def test_ordinary_text_is_the_seeds(ordinary_seconds: float) -> None:
    assert Path(SEEDS).is_dir() and ordinary_seconds > 0
