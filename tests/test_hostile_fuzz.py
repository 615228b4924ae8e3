"""Hypothesis fuzzing of decode, parse and clean with the nothing-lost invariant: whatever the
bytes, decoding never raises, and every visible character of the decoded source is in a block
or an artifact (for HTML: every visible character outside markup). Bounded: a few hundred small
examples per test, no deadline per example."""
from __future__ import annotations

import hashlib
import re

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


def _markup_spans_by_the_rules(source: str) -> list[tuple[int, int]]:
    """markup_spans' rules read plainly, "<" by "<", each end searched afresh (quadratic, for small pages)."""
    spans: list[tuple[int, int]] = []
    pos = source.find("<")
    while pos >= 0:
        end = -1
        raw = re.match(r"<(script|style)\b", source[pos:], re.I)
        if raw and (gt := source.find(">", pos + raw.end())) >= 0:
            close = re.compile(rf"</{raw.group(1)}\s*>", re.I).search(source, gt + 1)
            end = close.end() if close else -1
        if end < 0 and source.startswith("<!--", pos) and (close_at := source.find("-->", pos + 4)) >= 0:
            end = close_at + 3
        if end < 0 and (source.startswith(("<!", "<?", "</"), pos) or re.match(r"<[A-Za-z]", source[pos:pos + 2])):
            gt = source.find(">", pos + 2)
            end = gt + 1 if gt >= 0 else -1
        if end < 0:
            pos = source.find("<", pos + 1)
            continue
        spans.append((pos, end))
        pos = source.find("<", end)
    return spans


MARKUP_PIECES = st.sampled_from(["<script>", "<SCRIPT type=x>", "</script>", "</Script >", "<style>", "</style\n>",
                                 "<scripts>", "<!--", "-->", "<!-->", "<!x", "<?", "</", "<a", "<b c='>'>", ">", "<", "x"])


@FUZZ
@given(st.lists(st.one_of(HTML_PIECES, MARKUP_PIECES, st.text(alphabet="ab <>&;/=\"'!-?", max_size=8)), max_size=60)
       .map("".join))
def test_markup_spans_follow_their_rules(page: str) -> None:
    assert markup_spans(page) == _markup_spans_by_the_rules(page)
