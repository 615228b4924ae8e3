"""`scoexport show`: the pages built from a real converted dataset (the seeds, a PDF made here, a saved
web page, a hostile text file), read back with lxml as a browser's parser would."""
from __future__ import annotations

import random
import shutil
import threading
import urllib.request
from pathlib import Path

import lxml.html
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from scoexport import convert
from scoexport.cli import app
from scoexport.records import Fact
from scoexport.show import UnknownDocumentError, server, show
from scoexport.show.load import Artifact, Document, Paragraph
from scoexport.show.markup import fact_label, mark_facts
from scoexport.show.page import document_page

from .conftest import SEEDS
from .pdfs import Report, make_report

HOSTILE = ('<script>alert("x")</script> Ministers met in Paris on 3 May 2021 to talk "trade" & tariffs.\n\n'
           '<img src=x onerror=alert(1)> The council said "</span></a><b>bold</b>" was 40% of the 12 votes.\n\n'
           '"><style>body{display:none}</style> More text by Jane Morrow about London.\n')

PAGE = """<!DOCTYPE html><html><head><title>Harbour News</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Port of Dover reports record freight in 2023</h1>
<p>The Port of Dover said on Tuesday that freight volumes rose by 12 percent in 2023, the highest since 2016.</p>
<p>Officials in London welcomed the figures &amp; said more berths would open, &lt;b&gt;not markup&lt;/b&gt;.</p>
</article><footer>Copyright 2024 Harbour News. All rights reserved.</footer></body></html>
"""


def table(dataset: Path, name: str) -> list[dict]:
    return pq.read_table(dataset / name).to_pylist()


@pytest.fixture(scope="module")
def shown(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A dataset of the seeds, a two-page PDF report, a saved web page and a hostile text file, and its pages."""
    inputs = tmp_path_factory.mktemp("inputs")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inputs / seed.name)
    words = ("harbour cargo grain berth crane vessel tide quay ferry barge dredger pilot tug freight dock "
             "warehouse customs manifest tonnage container").split()
    rng = random.Random(7)  # distinct paragraphs, so that no line repeats at the foot of every page
    paragraphs = [f"In the third quarter of 2020 the port authority reported on the {' '.join(rng.sample(words, 12))} "
                  f"and the {' '.join(rng.sample(words, 10))}, which held steady." for _ in range(30)]
    (inputs / "report.pdf").write_bytes(make_report(Report(paragraphs=paragraphs)))
    (inputs / "page.html").write_text(PAGE, encoding="utf-8")
    (inputs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")  # an error row
    dataset = tmp_path_factory.mktemp("show") / "dataset"
    summary = convert([inputs], dataset)
    assert summary.documents == 5 and len(summary.failures) == 1
    result = show(dataset)
    assert len(result.pages) == 5
    return dataset, result.folder


def page_of(folder: Path, dataset: Path, name: str) -> lxml.html.HtmlElement:
    doc = next(d for d in table(dataset, "documents") if d["source_path"].endswith(name))
    return lxml.html.fromstring((folder / f"{doc['doc_id']}.html").read_text(encoding="utf-8"))


def test_seed_page_shows_paragraphs_facts_and_struck_artifacts(shown: tuple[Path, Path]) -> None:
    dataset, folder = shown
    page = page_of(folder, dataset, "001_33e674e62d199197.txt")
    doc_id = next(d["doc_id"] for d in table(dataset, "documents") if d["source_path"].endswith("001_33e674e62d199197.txt"))
    paragraphs = sorted((p for p in table(dataset, "paragraphs") if p["doc_id"] == doc_id), key=lambda p: p["seq"])
    blocks = page.xpath('//main//div[contains(@class, "block")]')
    assert [b.get("data-kind") for b in blocks] == [p["kind"] for p in paragraphs]
    for block, p in zip(blocks, paragraphs, strict=True):
        label = block.xpath('./span[@class="label"]')[0]
        assert label.text_content().startswith(p["kind"])
        assert block.text_content()[len(label.text_content()):] == p["text"]  # the kept text, whole and in order
    removed = [a for a in table(dataset, "artifacts") if a["doc_id"] == doc_id]
    assert removed  # the seed's letterhead
    struck = page.xpath('//div[starts-with(@class, "artifact")]')
    in_order = sorted(removed, key=lambda a: a["source_start"])
    assert [d.text_content() for d in page.xpath("//main//del")] == [a["text"] for a in in_order]
    # the letterhead's lines are one run of one kind: one box, its kind, count and reason
    assert len(struck) == 1 and len(struck[0].xpath(".//del")) == len(removed)
    assert struck[0].xpath('string(./span[@class="label"])') == \
        f"removed · banner ×{len(removed)}: letterhead or banner set above the title"
    # the letterhead stood above the title in the source, and stands there on the page
    main = page.xpath("//main")[0]
    assert main.index(struck[-1]) < main.index(blocks[0])
    facts = [f for f in table(dataset, "facts") if f["doc_id"] == doc_id]
    titled = page.xpath('//main//*[contains(@class, "fact")]')
    titles = {(el.text_content(), el.get("title")) for el in titled}
    dates = [f for f in facts if f["kind"] == "date" and f["value"]]
    assert dates and all((f["text"], f"date: {f['value']}; precision: {f['precision']}") in titles for f in dates)
    for f in facts:
        if f["kind"] == "entity":
            assert any(el.get("href", "").startswith("#entity-") and el.text_content() == f["text"] for el in titled)


def test_entities_link_to_their_other_documents(shown: tuple[Path, Path]) -> None:
    dataset, folder = shown
    page = page_of(folder, dataset, "000_59ef532736a0b99b.txt")
    entity_links = page.xpath('//a[contains(@class, "f-entity")]')
    assert entity_links
    for link in entity_links:  # every entity in the text points at its entry in the page's entity list
        assert page.xpath(f'//li[@id="{link.get("href")[1:]}"]')
    kazakhstan = page.xpath('//ul[@class="entities"]/li[a[text()="Kazakhstan"]]')[0]
    other = next(d for d in table(dataset, "documents") if d["source_path"].endswith("001_33e674e62d199197.txt"))
    assert f"{other['doc_id']}.html" in [a.get("href") for a in kazakhstan.xpath(".//a")]
    assert kazakhstan.xpath('.//a[starts-with(@href, "index.html#entity-")]')


def test_index_lists_every_document_with_counts_and_working_links(shown: tuple[Path, Path]) -> None:
    dataset, folder = shown
    index = lxml.html.fromstring((folder / "index.html").read_text(encoding="utf-8"))
    rows = index.xpath("//tr[@data-doc]")
    documents = {d["doc_id"]: d for d in table(dataset, "documents")}
    assert {r.get("data-doc") for r in rows} == set(documents)
    for row in rows:
        d = documents[row.get("data-doc")]
        href = row.xpath(".//a")[0].get("href")
        assert (folder / href).is_file()
        cells = [c.text_content() for c in row.xpath("./td")]
        assert d["title"] in cells[0] and d["format"] in cells[3]
        assert cells[5] == str(d["n_paragraphs"]) and cells[7] == str(d["n_artifacts"]) and cells[8] == "0"
        facts = [f for f in table(dataset, "facts") if f["doc_id"] == d["doc_id"]]
        for kind in {f["kind"] for f in facts}:
            assert f"{kind} {sum(f['kind'] == kind for f in facts)}" in cells[6]
    failed = index.xpath('//h2[@id="errors"]/following::table[1]//tbody/tr')
    errors = [[c.text_content() for c in r.xpath("./td")] for r in failed]
    assert [(e[0], e[2]) for e in errors] == [(f["source_path"], f["error"]) for f in table(dataset, "errors")]
    assert errors[0][0].endswith("broken.pdf")
    pdf_row = next(r for r in rows if documents[r.get("data-doc")]["format"] == "pdf")
    assert pdf_row.xpath("./td")[4].text_content() == str(documents[pdf_row.get("data-doc")]["n_pages"])
    for anchor in index.xpath('//ul[@class="entities"]//a'):
        name, _, fragment = anchor.get("href").partition("#")
        target = lxml.html.fromstring((folder / name).read_text(encoding="utf-8"))
        assert target.xpath(f'//*[@id="{fragment}"]')


def test_pdf_page_shows_pages_and_removed_furniture(shown: tuple[Path, Path]) -> None:
    dataset, folder = shown
    page = page_of(folder, dataset, "report.pdf")
    n_pages = next(d["n_pages"] for d in table(dataset, "documents") if d["format"] == "pdf")
    assert n_pages >= 2
    assert [b.text_content() for b in page.xpath('//div[@class="page-break"]')] == [f"page {n}" for n in range(2, n_pages + 1)]
    labels = [b.xpath('./span[@class="label"]')[0].text_content() for b in page.xpath('//main//div[contains(@class, "block")]')]
    assert any("page 1" in x for x in labels) and any("page 2" in x for x in labels)
    boxes = [b.get("title") for b in page.xpath('//main//div[contains(@class, "block")]/span[@class="label"]')]
    assert all(t and t.startswith("page ") and " pt" in t for t in boxes)  # each paragraph's box, on hover
    boxes = page.xpath('//div[starts-with(@class, "artifact")]')
    removed = [(d.get("data-kind"), d.xpath("string(.//del)")) for d in boxes]
    assert ("page_number", "Page 2") in removed and ("page_header", "Northwind Institute") in removed
    assert all("page " in d.xpath('string(./span[@class="label"])') for d in boxes)
    assert page.xpath('//div[@class="artifact"]//del[contains(text(), "NORTHWIND INSTITUTE")]')


def test_html_page_strikes_boilerplate_and_keeps_escaped_text(shown: tuple[Path, Path]) -> None:
    dataset, folder = shown
    page = page_of(folder, dataset, "page.html")
    struck = " ".join(d.text_content() for d in page.xpath('//div[starts-with(@class, "artifact")]//del'))
    assert "Home" in struck and "All rights reserved" in struck
    body = " ".join(b.text_content() for b in page.xpath('//div[@data-kind="body"]'))
    assert "<b>not markup</b>" in body and not page.xpath("//main//b")


def test_hostile_text_never_becomes_markup(shown: tuple[Path, Path]) -> None:
    dataset, folder = shown
    page = page_of(folder, dataset, "hostile.txt")
    assert not page.xpath("//script | //img | //body//style | //main//b")
    index = lxml.html.fromstring((folder / "index.html").read_text(encoding="utf-8"))
    assert not index.xpath("//script | //img | //body//style | //b")
    text = page.xpath("//main")[0].text_content()
    for piece in ('<script>alert("x")</script>', "<img src=x onerror=alert(1)>", '"</span></a><b>bold</b>"',
                  '"><style>body{display:none}</style>'):
        assert piece in text


def test_source_gone_or_changed_is_said_on_the_page(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "seed.txt"
    shutil.copy(SEEDS / "001_33e674e62d199197.txt", source)
    dataset = tmp_path / "dataset"
    convert([source], dataset)
    source.write_text(source.read_text(encoding="utf-8") + "\nAdded later.\n", encoding="utf-8")
    page = (show(dataset).pages[0]).read_text(encoding="utf-8")
    assert "has changed since it was converted" in page
    source.unlink()
    page = (show(dataset).pages[0]).read_text(encoding="utf-8")
    assert "is not there any more" in page
    assert "COMMUNICATION UNIVERSITY OF CHINA</del>" in page  # the dataset's own rows are still all shown


def test_source_text_in_nothing_is_shown_as_a_gap() -> None:
    source = "Heading line\n\nBody text here.\nstray words\n"
    doc = Document({"doc_id": "d", "format": "text", "title": "Heading line"},
                   [Paragraph("p0", 0, "heading", None, "Heading line", [(0, 12)], None),
                    Paragraph("p1", 1, "body", None, "Body text here.", [(14, 29)], None)], [], source, None)
    page = lxml.html.fromstring(document_page(doc, {}, {}))
    gaps = page.xpath('//div[@class="gap"]')
    assert len(gaps) == 1 and gaps[0].text_content().endswith("stray words")


def test_one_document_by_path_and_unknown_names(shown: tuple[Path, Path], tmp_path: Path) -> None:
    dataset, _ = shown
    result = show(dataset, tmp_path / "one", doc="report.pdf")
    assert [p.name for p in result.pages] == [f"{d['doc_id']}.html" for d in table(dataset, "documents")
                                              if d["format"] == "pdf"]
    index = lxml.html.fromstring(result.index.read_text(encoding="utf-8"))
    assert len(index.xpath("//tr[@data-doc]")) == 5 and len(index.xpath("//tr[@data-doc]//a")) == 1
    with pytest.raises(UnknownDocumentError):
        show(dataset, tmp_path / "none", doc="no-such-document")


def test_cli_writes_pages_and_reports_errors(shown: tuple[Path, Path], tmp_path: Path) -> None:
    dataset, _ = shown
    runner = CliRunner()
    result = runner.invoke(app, ["show", str(dataset), "-o", str(tmp_path / "pages")])
    assert result.exit_code == 0, result.output
    assert "wrote 5 document pages" in result.output and (tmp_path / "pages" / "index.html").is_file()
    result = runner.invoke(app, ["show", str(tmp_path / "missing")])
    assert result.exit_code == 3 and "no such folder" in result.output
    result = runner.invoke(app, ["show", str(dataset), "nothing-by-that-name", "-o", str(tmp_path / "x")])
    assert result.exit_code == 3 and "no document" in result.output


def test_server_serves_the_pages(shown: tuple[Path, Path]) -> None:
    _, folder = shown
    httpd = server(folder, port=0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = httpd.server_address[:2]
        with urllib.request.urlopen(f"http://{host}:{port}/index.html", timeout=10) as response:
            assert b"<h2>Documents</h2>" in response.read()
    finally:
        httpd.shutdown()
        httpd.server_close()


TEXT = st.text(alphabet=st.sampled_from([*"ab <>&\"'/=;", "\u00e9", "\u2019", "\n"]), max_size=60)


@settings(max_examples=200, deadline=None)
@given(text=TEXT, spans=st.lists(st.tuples(st.integers(-2, 62), st.integers(0, 64), st.sampled_from(["date", "entity", "quote"]),
                                           TEXT), max_size=8))
def test_marked_text_reads_back_as_the_text(text: str, spans: list[tuple[int, int, str, str]]) -> None:
    """Whatever the text and however facts overlap, the marked text parses back to the text itself, with
    one element per shown fact and the fact's label as its title."""
    facts = [Fact(f"f{i}", "d", "p", None, kind, text[max(s, 0):e], value, s, e, entity_id="e1")
             for i, (s, e, kind, value) in enumerate(spans)]
    marked = mark_facts(text, facts, {"e1": 'Jo "<b>"'}, {"e1": 'index.html#x"><script>'})
    tree = lxml.html.fragment_fromstring(f"<div>{marked}</div>")
    assert tree.text_content() == text
    labels = {fact_label(f, {"e1": 'Jo "<b>"'}) for f in facts}
    for el in tree.iter():
        if el is not tree:
            assert el.tag in ("span", "a") and "fact" in el.get("class") and el.get("title") in labels
    assert not tree.xpath("//script | //b")


def test_artifacts_are_placed_by_source_offset() -> None:
    source = "HEADER\nFirst para.\n12\nSecond para.\n"
    doc = Document({"doc_id": "d", "format": "text"},
                   [Paragraph("a", 0, "body", None, "First para.", [(7, 18)], None),
                    Paragraph("b", 1, "body", None, "Second para.", [(22, 34)], None)],
                   [Artifact("page_number", "12", 19, 21, None), Artifact("page_header", "HEADER", 0, 6, None)], source, None)
    main = lxml.html.fromstring(document_page(doc, {}, {})).xpath("//main")[0]
    assert [el.get("data-kind") for el in main] == ["page_header", "body", "page_number", "body"]


def test_runs_of_removed_text_share_a_box_and_long_ones_fold() -> None:
    numbers = [Artifact("line_number", str(n), 100 + 3 * n, 101 + 3 * n, 0) for n in range(1, 26)]
    styles = [Artifact("style", "x{color:red}" * 20, 1000 + 300 * n, 1240 + 300 * n) for n in range(3)]
    doc = Document({"doc_id": "d", "format": "pdf"}, [Paragraph("a", 0, "body", None, "Text.", [(0, 5)], [1])],
                   [*numbers, Artifact("page_number", "1", 90, 91, 0), *styles], None, None)
    main = lxml.html.fromstring(document_page(doc, {}, {})).xpath("//main")[0]
    boxes = main.xpath('./div[starts-with(@class, "artifact")]')
    assert [b.get("data-kind") for b in boxes] == ["page_number", "line_number", "style"]
    assert boxes[1].xpath('string(./span[@class="label"])').startswith("removed · line number ×25: line numbers")
    assert [d.text_content() for d in boxes[1].xpath(".//del")] == [str(n) for n in range(1, 26)]
    assert boxes[2].xpath("./details/summary") and len(boxes[2].xpath("./details//del")) == 3


HOSTILE_TEXT = st.lists(st.sampled_from([*"<>&\"'/= ;:{}()", "script", "img", "onerror", "\u00e9", "\n"]),
                        min_size=1, max_size=20).map("".join)


@settings(max_examples=100, deadline=None)
@given(title=HOSTILE_TEXT, kind=HOSTILE_TEXT, section=HOSTILE_TEXT, text=HOSTILE_TEXT, removed=HOSTILE_TEXT,
       doc_id=HOSTILE_TEXT, author=HOSTILE_TEXT)
def test_no_field_of_a_dataset_adds_markup(title: str, kind: str, section: str, text: str, removed: str, doc_id: str,
                                           author: str) -> None:
    """Every field of a (foreign, hostile) dataset reaches the pages as text: a document page and the index
    hold only the elements the builder makes, and show the fields' text whole."""
    from scoexport.show.index import index_page
    from scoexport.show.load import Entity, Overview

    meta = {"doc_id": doc_id, "title": title, "source_path": removed, "format": kind, "authors": [author],
            "published_date": None, "n_paragraphs": 1, "n_artifacts": 1, "n_facts_by_kind": {kind: 1}}
    fact = Fact("f", doc_id, "p", None, "entity", text, title, 0, len(text), entity_id=doc_id, entity_type=kind)
    doc = Document(meta, [Paragraph("p", 0, kind, section, text, [(0, len(text))], None, [fact])],
                   [Artifact(kind, removed, len(text), len(text) + len(removed))], text + removed, None)
    entities = {doc_id: Entity(doc_id, kind, author, 1, [doc_id])}
    meta["errors"] = [{"source_path": removed, "stage": kind, "error": text}]
    pages = [document_page(doc, entities, {doc_id: title}, meta["errors"]),
             index_page(Overview([meta], entities, meta["errors"]), title, {doc_id})]
    made = {"html", "head", "meta", "title", "style", "body", "nav", "a", "h1", "h2", "dl", "dt", "dd", "p", "span", "main",
            "div", "del", "details", "summary", "ul", "li", "table", "thead", "tbody", "tr", "th", "td"}
    for html in pages:
        tree = lxml.html.document_fromstring(html)
        assert {el.tag for el in tree.iter() if isinstance(el.tag, str)} <= made
        assert len(tree.xpath("//style")) == 1 and not tree.xpath("//body//*[@onerror or @src or @style]")
        assert tree.xpath("//h1")[0].text_content() == title
    page = lxml.html.document_fromstring(pages[0])
    assert page.xpath("//del")[0].text_content() == removed
    assert page.xpath('//div[contains(@class, "block")]')[0].text_content().endswith(text)


def test_web_archive_pages_find_their_source_again(tmp_path: Path) -> None:
    from .test_warc import write_warc

    write_warc(tmp_path / "crawl.warc.gz", gzip=True)
    dataset = tmp_path / "dataset"
    convert([tmp_path / "crawl.warc.gz"], dataset)
    pages = show(dataset).pages
    assert len(pages) == 2
    for path in pages:
        page = lxml.html.fromstring(path.read_text(encoding="utf-8"))
        assert not page.xpath('//p[@class="note"]')  # the record was found in the archive by its hash
        assert "html (from a web archive)" in page.xpath('string(//dl[@class="meta"])')
        assert "agreements were signed" in page.xpath("string(//main)")


def test_errors_of_a_converted_document_are_on_its_page_and_counted() -> None:
    from scoexport.show.index import index_page
    from scoexport.show.load import Overview

    meta = {"doc_id": "d1", "title": "Long report", "source_path": "big.pdf", "format": "pdf", "n_facts_by_kind": {}}
    cut = {"source_path": "big.pdf", "stage": "parse", "error": "page 7 cut short: more than 200,000 characters"}
    meta["errors"] = [cut]
    page = lxml.html.fromstring(document_page(Document(meta, [], [], "", None), {}, {}, [cut]))
    assert page.xpath('string(//p[@class="note error"])') == f"Conversion error (parse): {cut['error']}"
    index = lxml.html.fromstring(index_page(Overview([meta], {}, [cut]), "data", {"d1"}))
    assert index.xpath('//tr[@data-doc="d1"]/td')[8].text_content() == "1"
    assert index.xpath('string(//h2[@id="errors"]/following::table[1]//tbody/tr/td[3])') == cut["error"]
