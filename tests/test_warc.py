"""Web archives: a WARC written here is converted page by page with each page's URL and crawl date."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from scoexport import convert

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>Astana hosted the meeting on 4 July 2024, where {n} agreements were signed by the delegations.</p>
<p>The ministry said the talks covered trade, energy and transport between the member states.</p>
</article></body></html>"""


def write_warc(path: Path, *, gzip: bool) -> list[tuple[str, str]]:
    """Two HTML pages, an image, a request and the warcinfo record; returns the pages' (URL, WARC-Date)."""
    pages = [("https://news.example.org/astana-summit", "2024-07-05T08:30:00Z"),
             ("https://news.example.org/trade-talks", "2024-07-06T17:45:12Z")]
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for n, (url, date) in enumerate(pages):
            request = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                                           warc_headers_dict={"WARC-Date": date})
            w.write_record(request)
            html = PAGE.format(title=f"Summit report {n}", n=12 + n).encode("utf-8")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers,
                                                warc_headers_dict={"WARC-Date": date}))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example.org/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(64)), http_headers=image))
    return pages


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_pages_become_documents_with_url_and_crawl_date(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    pages = write_warc(folder / name, gzip=name.endswith(".gz"))
    summary = convert([folder], tmp_path / "ds")
    assert summary.ok and summary.documents == 2
    docs = sorted(pq.read_table(tmp_path / "ds" / "documents").to_pylist(), key=lambda d: d["target_url"])
    assert [(d["target_url"], d["crawl_date"]) for d in docs] == [
        (url, dt.datetime.fromisoformat(date.replace("Z", "+00:00"))) for url, date in pages]
    assert all(d["format"] == "html" and d["source_path"].startswith(str(folder / name) + "#") for d in docs)
    assert [d["title"] for d in docs] == ["Summit report 0", "Summit report 1"]
    skipped = {s.reason: s.count for s in summary.skipped}
    assert skipped == {"WARC request record": 2, "WARC warcinfo record": 1, "non-HTML response (image/png)": 1}
    paragraphs = pq.read_table(tmp_path / "ds" / "paragraphs").column("text").to_pylist()
    assert any("12 agreements" in p for p in paragraphs)


def test_unchanged_warc_keeps_its_pages_and_a_changed_one_is_converted_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / "crawl.warc.gz", gzip=True)
    (folder / "page.html").write_text(PAGE.format(title="A page", n=3), encoding="utf-8")
    out = tmp_path / "ds"
    convert([folder], out)
    again = convert([folder], out)
    assert (again.documents, again.kept) == (0, 3)
    (folder / "crawl.warc.gz").unlink()
    assert convert([folder, folder / "missing.warc.gz"], out, prune=True).kept == 3  # a typo never prunes
    assert convert([folder], out, prune=True).kept == 1
    assert pq.read_table(out / "documents").num_rows == 1


def test_a_broken_archive_is_one_failure(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken.warc.gz").write_bytes(b"\x1f\x8b\x08\x00not really gzip")
    (folder / "page.html").write_text(PAGE.format(title="A page", n=3), encoding="utf-8")
    summary = convert([folder], tmp_path / "ds")
    assert summary.documents == 1 and [f.path for f in summary.failures] == [str(folder / "broken.warc.gz")]


def test_warc_bodies_labelled_html_are_sniffed_like_files(tmp_path: Path) -> None:
    """An image served as text/html is refused as an image, an empty body is counted as skipped, and the
    archive's real page is still converted."""
    path = tmp_path / "odd.warc.gz"
    html = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, body in [("https://x.example/logo", b"\x89PNG\r\n\x1a\n" + bytes(64)),
                          ("https://x.example/empty", b""),
                          ("https://x.example/page", PAGE.format(title="Kept", n=3).encode())]:
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=html))
    summary = convert([path], tmp_path / "ds")
    assert summary.documents == 1
    [failure] = summary.failures
    assert failure.path.startswith(f"{path}#") and "PNG image" in failure.error
    assert {s.reason: s.count for s in summary.skipped} == {"empty HTML response": 1}


def test_a_rewritten_warc_replaces_its_pages_rather_than_adding_them_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    write_warc(folder / "crawl.warc", gzip=False)
    out = tmp_path / "ds"
    convert([folder], out)
    write_warc(folder / "crawl.warc", gzip=False)  # new record IDs: the file changed, its pages did not
    again = convert([folder], out)
    # its requests and the image are skipped again, but the archive gave pages: nothing of the old copy comes back
    assert again.documents == 2 and again.dropped == 1
    docs = pq.read_table(out / "documents").to_pylist()
    assert sorted(d["title"] for d in docs) == ["Summit report 0", "Summit report 1"]
