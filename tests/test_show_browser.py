"""`scoexport show` in a real headless browser (Chromium from Debian: scripts/install-test-deps.sh).

The test opens the index, clicks through to a seed's page as a person would, and checks what is on
the screen: the kept text, the removed letterhead struck through with its label, a fact's value on
hover, the links between pages; and that a hostile document's text stays text in a real renderer.
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from scoexport import convert
from scoexport.show import show

from .browser import Browser, find_browser
from .conftest import SEEDS
from .test_show import HOSTILE

BINARY = find_browser()
needs_browser = pytest.mark.skipif(
    BINARY is None, reason="no Chromium on PATH: run scripts/install-test-deps.sh as root (apt-get install chromium)")

SEED = "001_33e674e62d199197.txt"  # the seed with a letterhead


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    inputs = tmp_path_factory.mktemp("inputs")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inputs / seed.name)
    (inputs / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    dataset = tmp_path_factory.mktemp("browser") / "dataset"
    convert([inputs], dataset)
    return dataset, show(dataset).folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert BINARY is not None
    with Browser(BINARY) as b:
        yield b


def rows(dataset: Path, table: str, source: str) -> list[dict]:
    doc_id = next(d["doc_id"] for d in pq.read_table(dataset / "documents").to_pylist() if d["source_path"].endswith(source))
    return [r for r in pq.read_table(dataset / table).to_pylist() if r["doc_id"] == doc_id]


def js(value: object) -> str:
    return json.dumps(value)


@needs_browser
def test_a_person_sees_the_seed_page(pages: tuple[Path, Path], browser: Browser) -> None:
    dataset, folder = pages
    doc = rows(dataset, "documents", SEED)[0]
    browser.open((folder / "index.html").as_uri())
    assert "3 documents" in browser.evaluate("document.body.innerText")
    browser.click(f'tr[data-doc="{doc["doc_id"]}"] a')  # the index's link opens the document's page
    assert browser.evaluate("location.pathname").endswith(f"/{doc['doc_id']}.html")
    seen = browser.evaluate("document.body.innerText")
    for p in rows(dataset, "paragraphs", SEED):  # every kept paragraph is on the screen, whole
        assert " ".join(p["text"].split()) in " ".join(seen.split())
    assert browser.evaluate("document.scripts.length") == 0
    struck = browser.evaluate("""[...document.querySelectorAll('.artifact del')].map(d => ({
        text: d.innerText, label: d.closest('.artifact').querySelector('.label').innerText,
        line: getComputedStyle(d).textDecorationLine, shown: d.getBoundingClientRect().width > 0}))""")
    removed = sorted(rows(dataset, "artifacts", SEED), key=lambda a: a["source_start"])
    assert [s["text"] for s in struck] == [a["text"] for a in removed]
    for s, a in zip(struck, removed, strict=True):
        assert s["line"] == "line-through" and s["shown"]
        assert a["kind"] in s["label"].lower() and "letterhead" in s["label"].lower()
    date = next(f for f in rows(dataset, "facts", SEED) if f["kind"] == "date" and f["value"])
    found = f"[...document.querySelectorAll('.f-date')].find(e => e.innerText === {js(date['text'])})"
    box = browser.evaluate(f"(() => {{ const e = {found}; e.scrollIntoView(); const r = e.getClientRects()[0];"
                           " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    browser.call("Input.dispatchMouseEvent", session=True, type="mouseMoved", x=box[0], y=box[1])
    hovered = browser.evaluate(f"(() => {{ const e = {found}; return [e.matches(':hover'), e.title]; }})()")
    assert hovered[0] and hovered[1].startswith(f"date: {date['value']}")


@needs_browser
def test_links_lead_between_pages(pages: tuple[Path, Path], browser: Browser) -> None:
    dataset, folder = pages
    doc = rows(dataset, "documents", SEED)[0]
    browser.open((folder / f"{doc['doc_id']}.html").as_uri())
    # an entity of the text points at its entry, whose link leads to the other seed naming it
    entity = browser.evaluate("[...document.querySelectorAll('a.f-entity')].find(a => a.innerText === 'Astana').hash")
    other = browser.evaluate(f"document.querySelector({js(entity)}).querySelector('a[href$=\".html\"]:not([href^=\"index\"])')"
                             ".getAttribute('href')")
    browser.click(f"{entity} a[href={js(other)}]")
    assert browser.evaluate("location.pathname").endswith("/" + other)
    assert "Astana" in browser.evaluate("document.body.innerText")
    browser.click("nav a")
    assert browser.evaluate("location.pathname").endswith("/index.html")


@needs_browser
def test_hostile_text_stays_text_in_the_browser(pages: tuple[Path, Path], browser: Browser) -> None:
    dataset, folder = pages
    doc = rows(dataset, "documents", "hostile.txt")[0]
    browser.open((folder / f"{doc['doc_id']}.html").as_uri())
    assert browser.evaluate("document.querySelectorAll('script, img, main b, body style').length") == 0
    seen = browser.evaluate("document.body.innerText")
    assert '<script>alert("x")</script>' in seen and "<img src=x onerror=alert(1)>" in seen
    assert browser.evaluate("getComputedStyle(document.body).display") == "block"


def test_ci_runs_the_readme_test_command_with_the_browser_installed_first() -> None:
    root = SEEDS.parent
    command = (root / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert f"```sh\n{command}\n```" in (root / "README.md").read_text(encoding="utf-8")
    assert command.startswith("sh scripts/install-test-deps.sh && ")
