"""Every rule linear in its input: crafted text of 1 MB in each hostile shape within 3x the time of
1 MB of ordinary text, measured in the same test run (CPU time, so other load on the machine
counts little). The shapes are the ones that were quadratic, and the general kinds behind them:
long runs of one word, character, number, name, page break or unclosed piece of markup."""
from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from scoexport.pipeline import process
from scoexport.records import Source

from .conftest import SEEDS

SIZE = 1_000_000
LIMIT = 3.0


def _repeat(unit: str, size: int = SIZE) -> str:
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
    return _repeat(prose + "\n\n")


TEXT_SHAPES = {
    "number words": _repeat("one two "),
    "money": _repeat("$1 "),
    "percentages": _repeat("1 % "),
    "one letter": "a" * SIZE,
    "one hyphen": "-" * SIZE,
    "parentheses": _repeat("(AB) "),
    "hyphenated word": _repeat("a-"),
    "hyphen at line ends": _repeat("word-\nword "),
    "long url": "http://example.com/" + _repeat("a/", SIZE - 19),
    "speech": _repeat("said John Smith "),
    "page numbers": _repeat("Page 1\n\f"),
    "quotes": _repeat("“a b” he said. "),
    "one long line": _repeat("The council met again. Jane Doe (JD) said “it is 5% more”, on 3 May 2024. "),
}
HTML_SHAPES = {
    "unclosed comments": "<html><body><p>Text.</p>" + _repeat("<!--x "),
    "unclosed script": "<html><body><p>Text.</p><script>" + _repeat("<script>x"),
    "unclosed tags": "<html><body><p>Text " + _repeat("<a "),
    "attributes": "<html><body><p " + " ".join(f"a{i}=1" for i in range(SIZE // 9)) + ">Text.</p></body></html>",
    "deep nesting": _repeat("<div>", SIZE // 2) + "Text." + _repeat("</div>", SIZE // 2),
    "entities": _repeat("<p>a &amp; b &zz; c</p>\n"),
}


@pytest.fixture(scope="module")
def ordinary_seconds() -> float:
    return _cpu_seconds(_ordinary())


@pytest.mark.parametrize("name", list(TEXT_SHAPES) + list(HTML_SHAPES))
def test_crafted_text_is_processed_in_linear_time(name: str, ordinary_seconds: float) -> None:
    fmt = "html" if name in HTML_SHAPES else "text"
    text = {**TEXT_SHAPES, **HTML_SHAPES}[name]
    seconds = _cpu_seconds(text, fmt)
    assert seconds <= LIMIT * ordinary_seconds, f"{name}: {seconds:.2f}s against {ordinary_seconds:.2f}s for ordinary text"


def test_ordinary_text_is_the_seeds(ordinary_seconds: float) -> None:
    assert Path(SEEDS).is_dir() and ordinary_seconds > 0
