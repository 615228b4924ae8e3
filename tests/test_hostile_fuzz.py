"""Hypothesis fuzzing of decode, parse and clean with the nothing-lost invariant: whatever the
bytes, decoding never raises, and every visible character of the decoded source is in a block
or an artifact (for HTML: every visible character outside markup). Bounded: a few hundred small
examples per test, no deadline per example."""
from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoexport.clean import clean
from scoexport.parse import parse
from scoexport.parse.html.offsets import markup_spans
from scoexport.records import Source
from scoexport.sources.decode import decode

FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TEXT_PIECES = st.sampled_from([
    "\n", "\n\n", "\f", "\r\n", "\x00", "\x1b", "\ufeff", "\u2028", "\u200b", "\u00ad", "-", "-\n", "Page 3",
    "$1 ", "1 %", "one two ", "said John Smith ", "(AB)", "“", "”", "\"", "A.", "http://x.org/a/b", "é", "Ω", "東",
    "\udcff", "a" * 50, " " * 30, "The council met. ", "By Ann Lee", "3 May 2024",
])
HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<!--", "-->", "<!-- x -->", "<script>", "</script>", "<style>p{}</style>",
    "<a href='x'>", "</a>", "<br>", "&amp;", "&zz;", "&#x41;", "<", ">", "<b", "<?x?>", "<!doctype html>", "<h1>",
    "</h1>", "<title>T</title>", "<p class=byline>", "<li>", "<table><td>", "text", " ", "\n", "Word.", "é", "“q”",
])
TEXTS = st.lists(st.one_of(TEXT_PIECES, st.text(max_size=12)), max_size=40).map("".join)
PAGES = st.lists(st.one_of(HTML_PIECES, st.text(alphabet="ab <>&;/=\"'!-", max_size=8)), max_size=50).map("".join)


def _source(text: str, fmt: str) -> Source:
    data = text.encode("utf-8", "surrogatepass")
    return Source(f"fuzz.{fmt}", data, hashlib.sha256(data).hexdigest(), text, "utf-8", fmt)


def _covered(source: Source) -> set[int]:
    blocks, artifacts, _ = clean(parse(source))
    spans = [span for b in blocks for span in b.spans] + [(a.start, a.end) for a in artifacts]
    return {i for s, e in spans for i in range(s, e)}


@FUZZ
@given(st.binary(max_size=300))
def test_decoding_any_bytes_never_raises(data: bytes) -> None:
    for fmt in ("text", "html"):
        text, encoding = decode(data, fmt)
        assert isinstance(text, str) and encoding


@FUZZ
@given(TEXTS)
def test_plain_text_loses_nothing(text: str) -> None:
    inside = _covered(_source(text, "text"))
    lost = [ch for i, ch in enumerate(text) if not ch.isspace() and i not in inside]
    assert not lost


@FUZZ
@given(PAGES)
def test_html_loses_no_visible_character(page: str) -> None:
    inside = _covered(_source(page, "html"))
    markup = {i for s, e in markup_spans(page) for i in range(s, e)}
    lost = [(i, ch) for i, ch in enumerate(page) if not ch.isspace() and i not in inside and i not in markup]
    assert not lost, lost
