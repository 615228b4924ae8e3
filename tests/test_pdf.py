"""The PDF route on PDFs the tests make: paragraphs, front matter, furniture, columns, provenance, bad files."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoexport import convert
from scoexport.parse import ParseError, parse
from scoexport.parse.pdf import reader
from scoexport.pipeline import process
from scoexport.records import Source

from .pdfs import Report, encrypt, make_blank, make_pages, make_report

PARAGRAPHS = [
    "The port authority reported that container volumes rose by a fifth in the third quarter, the strongest "
    "growth since the harbour was dredged, and that bulk cargo held steady despite lower grain exports.",
    "Officials said the new gantry cranes had cut the average turnaround of a vessel from two days to thirty "
    "hours. Shipping lines calling at the port have asked for more berths to be opened at night.",
    "Short paragraph here.",
    "The council will debate the harbour dues next month. Several members argued that the increase proposed by "
    "the authority would drive smaller operators to the rival terminal across the estuary, while others said "
    "the money was needed for the breakwater, whose repair has been postponed twice since the storms.",
    "Trade unions welcomed the figures but warned that overtime had risen sharply.",
] * 8


def source_of(data: bytes, name: str = "report.pdf") -> Source:
    return Source(name, data, hashlib.sha256(data).hexdigest(), "", None, "pdf")


def run(data: bytes, tmp_path: Path, name: str = "report.pdf") -> Path:
    path = tmp_path / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    convert([path], tmp_path / "out")
    return tmp_path / "out"


def table(out: Path, name: str) -> list[dict]:
    return pq.read_table(out / name).to_pylist()


@pytest.mark.parametrize(("indent", "space"), [(18.0, 0.0), (0.0, 6.0), (18.0, 6.0)])
def test_paragraphs_front_matter_and_furniture(tmp_path: Path, indent: float, space: float) -> None:
    report = Report(paragraphs=PARAGRAPHS, headings={5: "Berths and Night Work"}, indent=indent, space=space)
    result = process(source_of(make_report(report)))
    body = [p.text for p in result.paragraphs if p.kind == "body"]
    assert body == PARAGRAPHS
    assert [p.text for p in result.paragraphs if p.kind == "heading"] == ["Berths and Night Work"]
    assert result.metadata.title == report.title
    assert result.metadata.authors == ["Jane Morrow"]
    assert str(result.metadata.published_date) == "2021-05-03"
    kinds = {a.text: a.kind for a in result.artifacts}
    assert kinds[report.letterhead] == "banner"
    assert kinds["Page 1"] == "page_number" and kinds["Page 2"] == "page_number"
    assert kinds[report.header] == "page_header"
    texts = " ".join(p.text for p in result.paragraphs)
    assert "Page 2" not in texts and report.header not in texts and report.letterhead not in texts


def test_paragraph_broken_across_pages_is_one(tmp_path: Path) -> None:
    long = " ".join(f"Sentence number {n} of a very long paragraph about the harbour." for n in range(80))
    result = process(source_of(make_report(Report(paragraphs=[PARAGRAPHS[0], long, PARAGRAPHS[1]]))))
    [para] = [p for p in result.paragraphs if p.text.startswith("Sentence number 0 ")]
    assert para.text == long and para.pages == [0, 1] and len(para.boxes) == 2


def test_two_columns_are_read_in_order(tmp_path: Path) -> None:
    paras = [f"Paragraph {n} opens here, and it goes on for a while so that it wraps over several lines of the column."
             for n in range(30)]
    result = process(source_of(make_report(Report(paragraphs=paras, columns=2))))
    body = [p.text for p in result.paragraphs if p.kind == "body"]
    assert body == paras  # a paragraph broken at a column's foot is joined to its end in the next column
    xs = {round(b[1][0]) for p in result.paragraphs for b in p.boxes or []}
    assert len(xs) >= 2


def test_footnote_is_apart_from_the_body(tmp_path: Path) -> None:
    note = "1 Figures are provisional and will be revised when the customs returns are complete."
    result = process(source_of(make_report(Report(paragraphs=PARAGRAPHS[:4], footnotes={1: note}))))
    assert [p.text for p in result.paragraphs if p.kind == "footnote"] == [note]
    assert [p.text for p in result.paragraphs if p.kind == "body"] == PARAGRAPHS[:4]


def test_hyphen_at_line_end_is_rejoined(tmp_path: Path) -> None:
    words = "The breakwater " * 20
    text = words + "was rebuilt after the storms, which were extra- ordinary in their strength."
    data = make_report(Report(paragraphs=[text.replace("extra- ordinary", "extra-\u00a0ordinary")]))
    result = process(source_of(data))
    assert any("extraordinary" in p.text or "extra-" in p.text for p in result.paragraphs)


def test_provenance_points_into_the_kept_text(tmp_path: Path) -> None:
    out = run(make_report(Report(paragraphs=PARAGRAPHS)), tmp_path)
    [doc] = table(out, "documents")
    assert doc["format"] == "pdf" and doc["n_pages"] == 2 and doc["encoding"] is None
    [kept] = table(out, "texts")
    text = kept["text"]
    covered = set()
    for p in table(out, "paragraphs"):
        assert p["pages"] and all(1 <= b["page"] <= 2 and b["x0"] < b["x1"] and b["y0"] < b["y1"] for b in p["bboxes"])
        for span in p["source_spans"]:
            covered.update(range(span["start"], span["end"]))
        first = p["source_spans"][0]
        assert p["text"].startswith(text[first["start"]:first["end"]][:20].rstrip("-"))
    for a in table(out, "artifacts"):
        assert text[a["source_start"]:a["source_end"]] == a["text"] and a["page"] >= 1
        covered.update(range(a["source_start"], a["source_end"]))
    lost = [ch for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    assert not lost  # nothing is lost: every visible character is in a paragraph or an artifact


def test_pdf_under_another_name_is_read_as_pdf(tmp_path: Path) -> None:
    out = run(make_report(Report(paragraphs=PARAGRAPHS[:2])), tmp_path, name="report.txt")
    [doc] = table(out, "documents")
    assert doc["format"] == "pdf" and doc["title"] == Report().title
    assert not any("obj" in p["text"] for p in table(out, "paragraphs"))


def test_encrypted_with_a_password_is_an_error_row(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "locked.pdf").write_bytes(encrypt(make_report(Report(paragraphs=PARAGRAPHS[:2])), user="s3cret"))
    (tmp_path / "in" / "open.pdf").write_bytes(encrypt(make_report(Report(paragraphs=PARAGRAPHS[2:4])), user=""))
    summary = convert([tmp_path / "in"], tmp_path / "out")
    assert summary.documents == 1  # the one with an empty user password opens
    [error] = table(tmp_path / "out", "errors")
    assert error["source_path"].endswith("locked.pdf") and error["error"] == "encrypted PDF: it needs a password"


def test_no_text_layer_is_reported_as_scanned() -> None:
    with pytest.raises(ParseError, match="scanned, no text layer"):
        parse(source_of(make_blank(2)))


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_malformed_pdf_is_one_line_error_or_what_can_be_read(tmp_path: Path, damage: str) -> None:
    good = make_report(Report(paragraphs=PARAGRAPHS[:3]))
    data = b"%PDF-1.4\n" + bytes(range(256)) * 8 if damage == "garbage" else good[: len(good) // 3]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.pdf").write_bytes(data)
    (tmp_path / "in" / "fine.txt").write_text("A title\n\nA body paragraph that says something. And more.\n")
    summary = convert([tmp_path / "in"], tmp_path / "out")
    assert summary.documents >= 1 and not summary.ok
    [error] = table(tmp_path / "out", "errors")
    assert error["source_path"].endswith("broken.pdf") and "\n" not in error["error"]
    assert "PDF" in error["error"] or "no text layer" in error["error"]


def test_a_page_too_long_is_cut_short_and_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader, "MAX_PAGE_CHARS", 500)
    out = run(make_pages(3), tmp_path)
    errors = table(out, "errors")
    assert [e["error"].split(":")[0] for e in errors] == ["page 1 cut short", "page 2 cut short", "page 3 cut short"]
    assert table(out, "documents")[0]["n_pages"] == 3  # converted all the same, as far as it was read


def test_many_pages_stream_through(tmp_path: Path) -> None:
    result = process(source_of(make_pages(120, lines_per_page=10)))
    assert result.n_pages == 120
    numbers = [a.text for a in result.artifacts if a.kind == "page_number"]
    assert numbers == [f"Page {n}" for n in range(1, 121)]


WORDS = st.sampled_from(["harbour", "Page", "3", "- 4 -", "remark-", "able", "By", "Published", "2021", "é", "“quoted”",
                         "THE", "INSTITUTE", "1", "of", "the", "council.", "Heading", "·", "—", "x" * 40])
PARAS = st.lists(st.lists(WORDS, min_size=1, max_size=60).map(" ".join), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PARAS, st.sampled_from([(18.0, 0.0), (0.0, 6.0)]), st.integers(1, 2))
def test_nothing_of_a_pdf_is_lost(paras: list[str], style: tuple[float, float], columns: int) -> None:
    result = process(source_of(make_report(Report(paragraphs=paras, indent=style[0], space=style[1], columns=columns))))
    text = result.source.text
    spans = [s for p in result.paragraphs for s in p.spans] + [(a.start, a.end) for a in result.artifacts]
    inside = {i for s, e in spans for i in range(s, e)}
    assert [ch for i, ch in enumerate(text) if not ch.isspace() and i not in inside] == []
    starts = [p.spans[0][0] for p in result.paragraphs]
    assert starts == sorted(starts)


def test_xmp_fills_what_the_info_dictionary_leaves_open() -> None:
    import io

    import pikepdf

    from scoexport.parse.pdf.xmp import xmp_metadata

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(make_blank(1))) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = "Harbour Dues Review"
            meta["dc:creator"] = ["Ann Lee", "Bo Chen"]
            meta["xmp:CreateDate"] = "2021-05-03T10:00:00Z"
        # as the XMP specification asks: the packet left readable in the file
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    data = out.getvalue()
    got = xmp_metadata(data)
    assert got["title"] == "Harbour Dues Review" and got["authors"] == ["Ann Lee", "Bo Chen"]
    assert str(got["created"]) == "2021-05-03"
    # an image's packet is not the document's
    assert xmp_metadata(data.replace(b"/Catalog", b"/Catalox")) == {}


def test_numbered_figure_caption_is_a_caption() -> None:
    paras = [*PARAGRAPHS[:3], "Figure 2: Container volumes by quarter, 2019-2021.", *PARAGRAPHS[3:5]]
    result = process(source_of(make_report(Report(paragraphs=paras))))
    assert [p.text for p in result.paragraphs if p.kind == "caption"] == [paras[3]]


def test_line_numbers_in_the_margin_are_artifacts() -> None:
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    lines = ["The court heard argument in the matter of the harbour authority and its dues.",
             "Counsel for the petitioner said the dues were set without notice to the operators,",
             "and that the authority had not published the schedule it relied on."] * 3
    c.setFont("Courier", 11)
    for n in range(1, 26):  # the numbered margin comes with the page template, drawn apart from the text
        c.drawRightString(70, 760 - 24 * n, str(n))
    for n, text in enumerate(lines, 1):
        c.drawString(85, 760 - 24 * n, text)
    c.showPage()
    c.save()
    result = process(source_of(buf.getvalue()))
    assert [a.text for a in result.artifacts if a.kind == "line_number"] == [str(n) for n in range(1, 26)]
    assert not any(ch.isdigit() for p in result.paragraphs for ch in p.text)


def test_list_items_wrap_under_their_text() -> None:
    import io

    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    items = ["The harbour authority will publish its schedule of dues a month before they apply, and will hear the "
             "operators' objections at an open meeting of the board.", "Night berths open from May.",
             "Dredging of the inner channel resumes once the breakwater repair is done and the contractor's "
             "equipment can reach the quay without blocking the ferries."]
    buf = io.BytesIO()
    c = Canvas(buf, invariant=1)
    c.setFont("Helvetica", 10)
    y = 760.0
    for item in items:
        c.drawString(60, y, "•")
        for line in simpleSplit(item, "Helvetica", 10, 400):
            c.drawString(78, y, line)  # wrapped lines hang under the text, right of the bullet
            y -= 12.4
    c.showPage()
    c.save()
    result = process(source_of(buf.getvalue()))
    assert [p.text for p in result.paragraphs] == [f"• {item}" for item in items]


def test_info_and_xmp_dates_read_the_same_calendar() -> None:
    from scoexport.parse.pdf.reader import pdf_date
    from scoexport.parse.pdf.xmp import _date

    assert pdf_date("D:20230504101500+02'00'") == _date("2023-05-04T10:15:00+02:00") == dt.date(2023, 5, 4)
    assert pdf_date("D:202305") == _date("2023-05") == dt.date(2023, 5, 1)  # to the month: its first day
    assert pdf_date("D:20230230") is None and _date("2023-02-30") is None  # no calendar holds it
