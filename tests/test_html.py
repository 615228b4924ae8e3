"""HTML pages: main text and furniture, source offsets, encodings; on small pages of our own."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from scoexport.authors import page_authors
from scoexport.clean import clean
from scoexport.parse.html.page import parse_html
from scoexport.pipeline import process
from scoexport.records import Parsed, Source
from scoexport.sources.inputs import InputSkipped, read_source

FIXTURES = Path(__file__).parent / "fixtures" / "html"
_TEXT_RUN = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|([^<]+)", re.S | re.I)


def parsed(name: str) -> Parsed:
    return parse_html(read_source(str(FIXTURES / name)))


def block_texts(p: Parsed, *kinds: str) -> list[str]:
    return [" ".join(ln.text for ln in b.lines) for b in p.blocks if not kinds or b.kind in kinds]


def artifact_text(p: Parsed) -> str:
    return " ".join(a.text for a in p.artifacts)


def test_article_text_is_kept_in_order_with_kinds_from_tags() -> None:
    p = parsed("furniture.html")
    assert [b.kind for b in p.blocks] == ["title", "byline", "body", "body", "caption", "heading", "body", "body", "body", "body"]
    body = block_texts(p, "body")
    assert body[0].startswith("Three river towns voted") and body[1].endswith("the regional water board.")
    assert "towns & the regional" in body[1]
    assert body[-1].startswith("Pumping stations will follow")
    assert block_texts(p, "heading") == ["A long dispute"]
    assert block_texts(p, "caption") == ["Sandbags on the quay during the April floods."]


@pytest.mark.parametrize(("furniture", "words"), [
    ("navigation", "News Sport Weather"),
    ("site header", "The Valley Courier"),
    ("cookie notice", "We use cookies to improve your experience."),
    ("share widget", "Share on Facebook Share on X Email this story"),
    ("related list", "Spring floods: what we know so far"),
    ("comments", "who will maintain the walls"),
    ("sidebar", "Weekend weather warnings issued"),
    ("newsletter box", "Get the Courier in your inbox"),
    ("footer", "All rights reserved."),
])
def test_furniture_is_left_out_but_kept_as_boilerplate(furniture: str, words: str) -> None:
    p = parsed("furniture.html")
    assert not any(words in text for text in block_texts(p)), furniture
    assert words in " ".join(a.text for a in p.artifacts if a.kind == "boilerplate"), furniture


def test_scripts_and_styles_are_artifacts_of_their_own_kind() -> None:
    p = parsed("furniture.html")
    kinds = {a.kind for a in p.artifacts}
    assert {"script", "style", "boilerplate"} <= kinds
    script = next(a for a in p.artifacts if a.kind == "script")
    assert p.source.text[script.start:script.end] == script.text
    assert "not text" not in " ".join(block_texts(p))


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_spans_point_at_the_text_in_the_decoded_source(name: str) -> None:
    p = parsed(name)
    for block in p.blocks:
        for line in block.lines:
            # a stray end tag may sit inside a text the parser read as one piece
            spelled = re.sub(r"<[^>]*>", "", p.source.text[line.start:line.end])
            assert " ".join(html.unescape(spelled).split()) == line.text
    for artifact in p.artifacts:
        assert artifact.start < artifact.end <= len(p.source.text)


def uncovered_text(p: Parsed) -> str:
    """Text of the source (outside tags, scripts and comments) that no block line and no artifact covers."""
    covered = bytearray(len(p.source.text))
    spans = [(ln.start, ln.end) for b in p.blocks for ln in b.lines] + [(a.start, a.end) for a in p.artifacts]
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    left = []
    for m in _TEXT_RUN.finditer(p.source.text):
        if m.group(2):
            left.extend(c for i, c in enumerate(m.group(2), m.start(2)) if not covered[i] and not c.isspace())
    return "".join(left)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_nothing_is_lost(name: str) -> None:
    assert uncovered_text(parsed(name)) == ""


def test_json_ld_graph_gives_the_article_metadata() -> None:
    meta = parsed("furniture.html").metadata
    assert meta.title == "River towns vote on flood walls"
    assert meta.subtitle == "Three councils back a joint plan after the spring floods."
    assert page_authors(parsed("furniture.html").authors) == ["Maria Okafor", "Tom Lind"]
    assert meta.publisher == "The Valley Courier"
    assert str(meta.published_date) == "2023-05-14" and str(meta.modified_date) == "2023-05-15"
    assert meta.language == "en" and meta.url == "https://courier.example/news/flood-walls"


def test_open_graph_and_article_meta_tags() -> None:
    meta = parsed("meta_og.html").metadata
    assert (meta.title, meta.publisher) == ("Harbour reopens after repairs", "Coast Daily")
    assert page_authors(parsed("meta_og.html").authors) == ["Jane Doe"]
    assert meta.subtitle == "Ships return to the old harbour after eight months."
    assert str(meta.published_date) == "2022-03-08" and str(meta.modified_date) == "2022-03-09"
    assert meta.url == "https://coast.example/harbour-reopens"


def test_time_datetime_and_html_lang() -> None:
    p = parsed("meta_time.html")
    assert str(p.metadata.published_date) == "2021-11-05" and p.metadata.language == "de"
    assert [b.kind for b in p.blocks][:2] == ["title", "dateline"]


def test_itemprop_microdata() -> None:
    p = parsed("meta_itemprop.html")
    assert page_authors(p.authors) == ["Ali Hassan"] and str(p.metadata.published_date) == "2020-01-29"
    assert len(block_texts(p, "body")) == 2


def test_byline_and_dateline_in_the_text() -> None:
    p = parsed("byline_text.html")
    # the page states no date; the one its byline shows is the publication date once clean decides
    assert page_authors(p.authors) == ["Sofia Rossi"] and p.metadata.published_date is None
    assert clean(p)[2].authors == ["Sofia Rossi"]
    assert str(p.dates.byline) == "2019-03-02" and str(clean(p)[2].published_date) == "2019-03-02"
    assert [b.kind for b in p.blocks][:3] == ["title", "byline", "dateline"]


def test_broken_markup_keeps_every_paragraph() -> None:
    text = " ".join(block_texts(parsed("broken.html"), "body"))
    for words in ("The market hall will close", "during the works", "the station & the bus stops", "the autumn fair"):
        assert words in text
    assert block_texts(parsed("broken.html"), "title") == ["Market hall to close for works"]


def test_legacy_encoded_page_with_meta_charset(tmp_path: Path) -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
            '<article><h1>Café reopens</h1><p>“The café on the square reopened on Saturday,” said its owner, '
            'Zoë Müller, after a year of repairs to the façade.</p></article></body></html>')
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    source = read_source(str(path))
    assert source.encoding == "cp1252"  # labelled latin-1, but its quotes are windows-1252, as browsers read it
    p = parse_html(source)
    assert block_texts(p, "body") == ["“The café on the square reopened on Saturday,” said its owner, Zoë Müller, "
                                      "after a year of repairs to the façade."]


def test_empty_and_textless_pages(tmp_path: Path) -> None:
    for i, page in enumerate(["", "   "]):
        path = tmp_path / f"p{i}.html"
        path.write_text(page, encoding="utf-8")
        with pytest.raises(InputSkipped):  # an empty page is not a document: skipped with the reason
            read_source(str(path))
    path = tmp_path / "script.html"
    path.write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    assert parse_html(read_source(str(path))).blocks == []


def test_whole_chain_on_a_page() -> None:
    result = process(read_source(str(FIXTURES / "furniture.html")))
    kinds = [para.kind for para in result.paragraphs]
    assert kinds[0] == "title" and "heading" in kinds and "caption" in kinds
    assert result.metadata.authors == ["Maria Okafor", "Tom Lind"]


_WORDS = st.text(alphabet="abcdefgh éü&<>\"'’", min_size=1, max_size=40).filter(lambda t: t.strip())


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=6))
@example(["b<", "b"])  # "b<" must not be found in the next paragraph's "b</p>"
def test_spans_hold_the_words_of_any_escaped_text(paragraphs: list[str]) -> None:
    body = "".join(f"<p>{html.escape(t)}</p>\n" for t in paragraphs)
    text = f"<html><body><article>{body}</article></body></html>"
    p = parse_html(Source("page.html", text.encode(), "0", text, "utf-8", "html"))
    assert uncovered_text(p) == ""
    for block in p.blocks:
        for line in block.lines:
            source_words = re.findall(r"\w+", html.unescape(text[line.start:line.end]))
            assert re.findall(r"\w+", line.text) == source_words


def test_real_pages_lose_nothing_and_spans_hold_their_text() -> None:
    from tests.conftest import EVAL, needs_shared

    pages = sorted(needs_shared(EVAL / "html" / "pages").glob("*.html"))
    assert len(pages) >= 10
    for page in pages:
        p = parse_html(read_source(str(page)))
        assert uncovered_text(p) == "", page.name
        assert sum(len(b.lines) for b in p.blocks if b.kind == "body") >= 1, page.name
        for block in p.blocks:
            for line in block.lines:
                spelled = re.sub(r"<[^>]*>", "", p.source.text[line.start:line.end])
                assert " ".join(html.unescape(spelled).split()) == line.text, page.name


def test_inline_tags_do_not_split_words_and_punctuation() -> None:
    text = ("<html><body><article><p>He said <b>no</b>. It was un<i>fair</i>, she said,<br>and <a href='#'>left</a>"
            "<br>after <span>that</span>.</p></article></body></html>")
    p = parse_html(Source("page.html", text.encode(), "0", text, "utf-8", "html"))
    [block] = p.blocks
    # lines break only where the source has a space or a line break; the cleaning stage joins them with one space
    assert [ln.text for ln in block.lines] == ["He said", "no. It was unfair, she said,", "and", "left", "after", "that."]


def test_text_nested_deeper_than_lxml_goes_is_parsed_by_html_parser() -> None:
    text = "<html><body>" + "<div><span>x " * 3000 + "<p>deep text here</p></body></html>"
    p = parse_html(Source("deep.html", text.encode(), "0", text, "utf-8", "html"))
    assert uncovered_text(p) == ""
    assert "deep text here" in [" ".join(ln.text for ln in b.lines) for b in p.blocks] + [a.text for a in p.artifacts]
    assert not [a for a in p.artifacts if a.kind == "unparsed"]


def test_only_start_tags_count_as_attributes_for_the_html_parser_route() -> None:
    from scoexport.parse.html.offsets import markup_spans
    from scoexport.parse.html.soup import MAX_ATTRIBUTES, has_too_many_attributes

    words = " ".join(f"var{i}=1;" for i in range(3 * MAX_ATTRIBUTES))
    script_page = f"<html><head><script>{words}</script><!-- {words} --></head><body><p>{words}</p></body></html>"
    assert not has_too_many_attributes(script_page, markup_spans(script_page))
    attributes = " ".join(f"data-a{i}=1" for i in range(MAX_ATTRIBUTES + 1))
    for page in (f"<html><body><p {attributes}>x</p></body></html>",
                 f"<html><head><script {attributes}>var a = 1;</script></head></html>"):
        assert has_too_many_attributes(page, markup_spans(page))


@pytest.mark.parametrize(("markup", "mark"), [
    ("<div>", None), ('<div class="story">', None), ('<div hidden>', "hard"), ('<div aria-hidden="true">', "hard"),
    ('<div aria-hidden="false">', None), ('<div style="color: red; DISPLAY : none">', "hard"),
    ('<div style="color: red">', None), ('<div role="Navigation">', "soft"), ('<div role="main">', None),
    ('<div class="site-sidebar">', "soft"), ('<div id="sidebar" class="article-body">', None),
    ('<div itemprop="articleBody" hidden>', None), ("<nav>", "soft"), ("<iframe>", "hard"), ('<article class="sidebar">', None),
])
def test_furniture_marks_read_the_attributes_present(markup: str, mark: str | None) -> None:
    import lxml.html

    from scoexport.parse.html.furniture import furniture_mark

    el = lxml.html.fragment_fromstring(markup + "x" + f"</{markup[1:].split()[0].rstrip('>')}>")
    assert furniture_mark(el, el.tag) == mark


def test_a_short_line_holding_a_time_element_is_a_dateline() -> None:
    text = ('<html><body><article><h1>Council agrees budget</h1>'
            '<div class="meta"><span>Updated <b><time datetime="2024-05-03">3 May</time></b></span></div>'
            '<p>The council met on Tuesday and agreed on the budget for the coming year after a long debate.</p>'
            '<p>The mayor said the plan was late but sound, and that the work would start in the spring.</p>'
            '</article></body></html>')
    p = parse_html(Source("page.html", text.encode(), "0", text, "utf-8", "html"))
    kinds = {" ".join(ln.text for ln in b.lines): b.kind for b in p.blocks}
    assert kinds.get("Updated 3 May") == "dateline"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was(enabled: bool) -> None:
    """parse_html pauses the cyclic collector while it walks a page; afterwards, and after a page it cannot
    parse, the collector is on or off as the caller had it."""
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        name = sorted(p.name for p in FIXTURES.glob("*.html"))[0]
        assert parsed(name).blocks
        assert gc.isenabled() is enabled
        with pytest.raises(TypeError):  # a page without its decoded text fails in the middle of parsing
            parse_html(Source("broken.html", b"", "sha", None, None, "html"))  # type: ignore[arg-type]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
