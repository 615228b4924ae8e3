"""Per-site rules (`convert --rules`): the file checked at start, a page matched to its site, its
elements kept and dropped through BeautifulSoup + soupsieve with nothing lost and offsets into the page."""
from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from scoexport.clean import clean
from scoexport.cli import app
from scoexport.parse.html import site
from scoexport.parse.html.page import parse_html
from scoexport.parse.html.rules import RulesError, SiteRule, SiteRules, load_rules, parse_rules, rule_for
from scoexport.records import Parsed, Source
from scoexport.run import convert
from scoexport.sources.inputs import read_source

from .test_html import FIXTURES, block_texts, uncovered_text

runner = CliRunner()
COURIER = SiteRules((SiteRule("courier.example", keep=("article", "section#comments"),
                              drop=(".related-articles", "figure", "blockquote p:-soup-contains('mayor')")),))


def page(text: str, path: str = "page.html", url: str | None = None) -> Source:
    data = text.encode()
    return Source(path, data, hashlib.sha256(data).hexdigest(), text, "utf-8", "html", target_url=url)


def courier(rules: SiteRules | None = COURIER) -> Parsed:
    return parse_html(read_source(str(FIXTURES / "furniture.html")), rules)


# --- the rules file ---------------------------------------------------------------------------------

def test_a_rules_file_reads_sites_keep_and_drop(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text('# a comment\n["Example.com"]\nkeep = ["article"]\ndrop = [".ad", "aside.promo"]\n\n'
                    '["news.example.org"]\ndrop = "div.related"\n', encoding="utf-8")
    rules = load_rules(path)
    assert rules.sites == (SiteRule("example.com", ("article",), (".ad", "aside.promo")),
                           SiteRule("news.example.org", (), ("div.related",)))
    assert rules.digest == parse_rules('["news.example.org"]\ndrop = ["div.related"]\n["example.com"]\n'
                                       'keep = "article"\ndrop = [".ad", "aside.promo"]').digest
    assert rules.digest != parse_rules('["example.com"]\ndrop = [".ad"]').digest


@pytest.mark.parametrize(("text", "line", "reason"), [
    ('["example.com"]\nkeep = ["article"]\ndrop = ["div[class="]\n', 3, "bad selector 'div[class=' for example.com"),
    ('["example.com"]\ndrop = [".ad"]\nremove = ["nav"]\n', 3, "unknown key 'remove' for example.com"),
    ('["example.com"]\ndrop = [1, 2]\n', 2, "example.com drop must be a list of CSS selectors"),
    ('["example.com"]\n', 1, "example.com has no keep or drop selectors"),
    ('["https://example.com/news"]\ndrop = [".ad"]\n', 1, "is not a host name"),
    ('[example.com]\ndrop = [".ad"]\n', None, 'a host with dots is quoted in its table header: ["example.com..."]'),
    ('["example.com"\ndrop = [".ad"]\n', None, "not valid TOML"),
    ('', None, "no site in the file"),
])
def test_a_bad_rules_file_is_one_line_naming_file_line_and_reason(tmp_path: Path, text: str, line: int | None,
                                                                  reason: str) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as info:
        load_rules(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{path}:{line}: " if line else f"{path}: ")
    assert reason in message


def test_a_missing_rules_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match=r"nope\.toml: cannot read the rules file"):
        load_rules(tmp_path / "nope.toml")


RULES = SiteRules((SiteRule("example.com", drop=("a",)), SiteRule("news.example.com", drop=("b",))))


@pytest.mark.parametrize(("urls", "path", "domain"), [
    (["https://www.example.com/a"], "x.html", "example.com"),
    (["https://news.example.com/a"], "x.html", "news.example.com"),  # the longest host wins
    (["https://EXAMPLE.COM./a"], "x.html", "example.com"),
    ([None, "https://example.com/a"], "x.html", "example.com"),  # the page's stated URL
    (["https://partner.org/a", "https://example.com/a"], "x.html", "example.com"),  # the first URL that has a rule
    (["https://notexample.com/a"], "x.html", None),
    (["https://example.com.au/a"], "x.html", None),
    ([None], "pages/www.example.com/story.html", "example.com"),
    ([None], "pages/news.example.com_story.html", "news.example.com"),
    ([None], "example.com.html", "example.com"),
    ([None], "pages/notexample.com/story.html", None),
    ([None], "pages/example.com.au/story.html", None),
    ([None], "pages/story.html", None),
])
def test_a_page_is_matched_to_its_site(urls: list[str | None], path: str, domain: str | None) -> None:
    rule = rule_for(RULES, urls, path)
    assert (rule.domain if rule else None) == domain


# --- a rule applied to a page -------------------------------------------------------------------------

def test_drop_selectors_become_site_rule_artifacts_with_the_selector_as_reason() -> None:
    p = courier()
    texts = " ".join(block_texts(p))
    for gone in ("Spring floods: what we know so far", "Sandbags on the quay", "We could not wait"):
        assert gone not in texts
    ruled = {a.reason: a for a in p.artifacts if a.kind == "site_rule"}
    assert "Spring floods: what we know so far" in ruled[".related-articles"].text
    assert ruled["figure"].text == "Sandbags on the quay during the April floods."
    assert ruled["blockquote p:-soup-contains('mayor')"].text.startswith("“We could not wait")
    for a in ruled.values():  # offsets point into the page as it was read
        assert " ".join(html.unescape(re.sub(r"<[^>]*>", " ", p.source.text[a.start:a.end])).split()) == a.text
    # the default route does not drop the caption or the quote
    default = " ".join(block_texts(courier(None)))
    assert "Sandbags on the quay" in default and "We could not wait" in default


def test_keep_restricts_the_page_and_keeps_what_the_furniture_rules_would_drop() -> None:
    p = courier()
    texts = block_texts(p)
    assert texts[0] == "River towns vote on flood walls" and p.blocks[0].kind == "title"
    assert any(t.startswith("Reader Joe: About time") for t in texts)  # the comments section is kept: named by keep
    assert not any("Share on Facebook" in t for t in texts)  # inside the article, a share bar is still furniture
    outside = " ".join(a.text for a in p.artifacts if a.reason == "not in keep: article, section#comments")
    assert "We use cookies" in outside and "All rights reserved." in outside and "Most read" in outside
    assert "Reader Joe" not in " ".join(block_texts(courier(None)))
    # metadata and kinds come from the HTML route as without rules
    assert p.metadata == courier(None).metadata
    assert [b.kind for b in p.blocks][:2] == ["title", "byline"]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
@pytest.mark.parametrize("rule", [
    SiteRule("site.example", drop=("a", "span", "p:nth-of-type(2)")),
    SiteRule("site.example", keep=("p", "h1"), drop=("li",)),
    SiteRule("site.example", keep=("body",), drop=("div div",)),
])
def test_nothing_is_lost_and_spans_point_at_the_page_under_any_rule(name: str, rule: SiteRule) -> None:
    source = read_source(str(FIXTURES / name))
    source.target_url = "https://www.site.example/story"
    p = parse_html(source, SiteRules((rule,)))
    assert uncovered_text(p) == ""
    for block in p.blocks:
        for line in block.lines:
            spelled = re.sub(r"<[^>]*>", "", p.source.text[line.start:line.end])
            assert " ".join(html.unescape(spelled).split()) == line.text


def test_an_inline_drop_leaves_its_paragraph_whole() -> None:
    text = ("<html><body><article><h1>Council backs the budget</h1><p>The council voted on Tuesday to approve the "
            "budget for next year, after a long debate. <span class='promo'>Subscribe now!</span> Members said the "
            "plan would fund new schools and two libraries.</p></article></body></html>")
    rules = SiteRules((SiteRule("example.com", drop=("span.promo",)),))
    p = parse_html(page(text, url="https://example.com/x"), rules)
    body = block_texts(p, "body")
    assert body == ["The council voted on Tuesday to approve the budget for next year, after a long debate. Members "
                    "said the plan would fund new schools and two libraries."]
    assert [(a.kind, a.text, a.reason) for a in p.artifacts] == [("site_rule", "Subscribe now!", "span.promo")]
    blocks, _, _ = clean(p)
    assert len([b for b in blocks if b.kind == "body"]) == 1


def test_keep_that_matches_nothing_reads_the_whole_page(caplog: pytest.LogCaptureFixture) -> None:
    rules = SiteRules((SiteRule("courier.example", keep=("div.story-body",), drop=("figure",)),))
    with caplog.at_level("WARNING", logger="scoexport"):
        p = courier(rules)
    assert "no element matches the keep selectors of courier.example (div.story-body)" in caplog.text
    assert block_texts(p) == [t for t in block_texts(courier(None)) if not t.startswith("Sandbags")]


def test_a_dropped_element_gives_no_metadata() -> None:
    text = ('<html><body><article><h1>Council backs the budget</h1><p>The council voted on Tuesday to approve the '
            'budget for next year, after a long debate in the town hall.</p></article><div class="more"><p>'
            '<span itemprop="author">Joe Reader</span> wrote on <time datetime="2020-01-02">2 January 2020</time>'
            '</p></div></body></html>')
    rules = SiteRules((SiteRule("example.com", drop=("div.more",)),))
    source = page(text, url="https://example.com/x")
    without, ruled = parse_html(source), parse_html(page(text, url="https://example.com/x"), rules)
    assert without.authors.itemprop == "Joe Reader" and without.metadata.published_date is not None
    assert ruled.authors.itemprop is None and ruled.metadata.published_date is None


def test_pages_of_other_sites_build_no_soup(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_soup(*_: object) -> None:
        raise AssertionError("a soup was built")

    monkeypatch.setattr(site, "soup_of", no_soup)
    assert block_texts(courier(SiteRules((SiteRule("other.example", drop=("p",)),)))) == block_texts(courier(None))
    with pytest.raises(AssertionError, match="a soup was built"):
        courier()


def test_the_default_route_does_not_import_beautifulsoup() -> None:
    code = ("import sys, scoexport\nfrom scoexport.sources.inputs import read_source\n"
            f"scoexport.process(read_source({str(FIXTURES / 'furniture.html')!r}))\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('bs4', 'soupsieve')))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


NAMES = st.sampled_from(["div", "p", "span", "section", "aside", "b", "li", "ul"])
CLASSES = st.sampled_from(["", "ad", "story", "x", "related"])
WORDS = st.sampled_from(["Alpha", "beta &amp; gamma", "delta.", "épsilon", "  ", "zeta<br>eta", "&#233;t&eacute;"])


@st.composite
def pages(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            name, cls = draw(NAMES), draw(CLASSES)
            parts.append(f"<{name} class='{cls}'>{draw(pages(depth + 1))}</{name}>")
        else:
            parts.append(draw(WORDS))
    return " ".join(parts)


@settings(max_examples=150, deadline=None)
@given(pages(), st.lists(st.sampled_from([".ad", "span", "p", ".related", "li", "section > div"]), max_size=3),
       st.lists(st.sampled_from([".story", "section", "ul", "div"]), max_size=2))
def test_any_rule_on_any_page_loses_nothing(body: str, drop: list[str], keep: list[str]) -> None:
    text = f"<html><head><title>T</title></head><body>{body}</body></html>"
    rules = SiteRules((SiteRule("example.com", tuple(keep), tuple(drop)),))
    p = parse_html(page(text, url="https://example.com/"), rules)
    assert uncovered_text(p) == ""
    kept = {(ln.start, ln.end) for b in p.blocks for ln in b.lines}
    assert not any((a.start, a.end) in kept for a in p.artifacts if a.kind == "site_rule")


def test_soup_of_holds_the_trees_elements_and_text() -> None:
    import lxml.html

    root = lxml.html.document_fromstring("<p class='a b'>one <!-- c --><b>two</b> three<?pi x?> four</p><div id=d>five</div>")
    soup, element_of = site.soup_of(root)
    assert soup.get_text() == "one two three four" + "five"
    p = soup.select_one("p.b")
    assert element_of[id(p)] is root.find(".//p")
    assert element_of[id(soup.select_one("#d"))] is root.find(".//div")


# --- the command line and the dataset ----------------------------------------------------------------

def test_convert_with_rules_writes_site_rule_artifacts(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('["courier.example"]\ndrop = [".related-articles"]\n', encoding="utf-8")
    out = tmp_path / "ds"
    result = runner.invoke(app, ["convert", str(FIXTURES / "furniture.html"), "-o", str(out), "-q", "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    rows = pq.read_table(out / "artifacts").to_pylist()
    ruled = [r for r in rows if r["kind"] == "site_rule"]
    assert len(ruled) == 1 and ruled[0]["reason"] == ".related-articles"
    assert "Councils clash over river budget" in ruled[0]["text"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["runs"][-1]["rules"] == load_rules(rules).digest
    assert f"Pages of the sites named in `{rules}` were kept and dropped" in (out / "README.md").read_text(encoding="utf-8")


def test_convert_with_a_bad_rules_file_stops_before_any_work(tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('["courier.example"]\ndrop = ["div >> p"]\n', encoding="utf-8")
    out = tmp_path / "ds"
    result = runner.invoke(app, ["convert", str(FIXTURES / "furniture.html"), "-o", str(out), "--rules", str(rules)])
    assert result.exit_code == 3
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {rules}:2: bad selector 'div >> p' for courier.example")
    assert not out.exists()


def test_a_dataset_made_with_other_rules_is_converted_again(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    inputs = [str(FIXTURES / "furniture.html")]
    assert convert(inputs, out).documents == 1
    assert convert(inputs, out).documents == 0  # nothing changed
    assert convert(inputs, out, rules=COURIER).documents == 1
    assert convert(inputs, out, rules=COURIER).documents == 0
    kinds = {r["kind"] for r in pq.read_table(out / "artifacts").to_pylist()}
    assert "site_rule" in kinds
    assert convert(inputs, out).documents == 1  # the rules are gone: converted again
    assert "site_rule" not in {r["kind"] for r in pq.read_table(out / "artifacts").to_pylist()}
