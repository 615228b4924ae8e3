"""A long plain text processed in windows gives the rows of one pass, and never splits a paragraph."""
from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoexport import windows
from scoexport.extract import Context
from scoexport.pipeline import process, process_document
from scoexport.records import DocumentResult, Failure
from scoexport.run import convert
from scoexport.sources import read_source
from scoexport.windows import Window

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
TABLES = ("documents", "paragraphs", "sentences", "facts", "artifacts", "entities", "terms", "texts", "errors")


def _tables(folder: Path) -> dict[str, list[dict]]:
    return {t: pq.read_table(folder / t).to_pylist() for t in TABLES}


@pytest.fixture
def spill_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Spill files go to a folder of the test's own, so the test can see that none is left behind."""
    folder = tmp_path / "spill"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _report(paragraphs: int, broken_at: int | None = None) -> str:
    """A report of numbered paragraphs; with `broken_at`, that paragraph is broken by a blank line mid-sentence,
    as a page end leaves it in extracted text, and goes on in lower case."""
    parts = ["Annual Review of the Harbour Authority", "March 4, 2024 by Ines Duarte"]
    for n in range(paragraphs):
        text = (f"Paragraph {n} says that the harbour moved {n * 7 + 3} thousand tonnes of cargo, and Ines Duarte "
                f"wrote that the works on quay {n % 5} went on through the winter months.")
        if n == broken_at:
            text = text.replace(" went on through", " went on\n\nthrough")
        parts.append(text)
    return "\n\n".join(parts) + "\n"


def test_a_document_that_fits_one_window_is_processed_whole(spill_dir: Path) -> None:
    source = read_source(str(SEEDS[0]))
    result = process_document(source)
    assert isinstance(result, DocumentResult) and result.spill is None
    assert [p.text for p in result.paragraphs] == [p.text for p in process(source).paragraphs]


def test_seeds_in_tiny_windows_give_the_rows_of_one_pass(tmp_path: Path, spill_dir: Path) -> None:
    size = 400
    for seed in SEEDS:
        assert sum(1 for _ in windows.iter_windows(read_source(str(seed)), Window(chars=size))) > 5
    convert(SEEDS, tmp_path / "whole")
    convert(SEEDS, tmp_path / "windowed", window=Window(chars=size))
    whole, windowed = _tables(tmp_path / "whole"), _tables(tmp_path / "windowed")
    for table in ("paragraphs", "sentences", "artifacts", "terms", "texts", "errors"):
        assert windowed[table] == whole[table], table
    # the one rule that reads ahead: a short form used before the window that names it in full ("SCO" before
    # "Shanghai Cooperation Organization (SCO)") resolves in one pass, not in windows; every other fact is the same
    missing = [f for f in whole["facts"] if f not in windowed["facts"]]
    assert all(f in whole["facts"] for f in windowed["facts"])
    assert all(f["kind"] == "entity" and " " not in f["text"] for f in missing)
    assert len(missing) < 0.05 * len(whole["facts"])
    drop = {"n_facts"}
    assert [{k: v for k, v in d.items() if k not in drop} for d in windowed["documents"]] == \
        [{k: v for k, v in d.items() if k not in drop} for d in whole["documents"]]
    assert not list(spill_dir.iterdir())


def test_a_paragraph_across_a_window_edge_is_one_paragraph(tmp_path: Path, spill_dir: Path) -> None:
    text = _report(40, broken_at=12)
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    size = text.index("\n\nthrough") - 10  # the first window ends at the blank line inside paragraph 12
    assert windows.window_end(text, 0, size) == text.index("\n\nthrough") + 2
    pieces = list(windows.iter_windows(read_source(str(path)), Window(chars=size)))
    paragraphs = [p for piece in pieces for p in piece.paragraphs]
    broken = [p for p in paragraphs if p.text.startswith("Paragraph 12 ")]
    assert len(pieces) > 2 and len(broken) == 1
    assert broken[0].text.endswith("went on through the winter months.")
    assert len(broken[0].spans) == 2
    assert [p.text for p in paragraphs] == [p.text for p in process(read_source(str(path))).paragraphs]
    assert [p.seq for p in paragraphs] == list(range(len(paragraphs)))


def test_a_paragraph_longer_than_the_window_stays_whole(tmp_path: Path, spill_dir: Path) -> None:
    text = _report(6) + "\n" + " ".join(f"word{n} of the long paragraph" for n in range(90)) + "\n\nThe end.\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    paragraphs = [p for piece in windows.iter_windows(read_source(str(path)), Window(chars=1000)) for p in piece.paragraphs]
    assert [p.text for p in paragraphs] == [p.text for p in process(read_source(str(path))).paragraphs]


def test_windows_through_the_process_pool_give_the_same_dataset(tmp_path: Path, spill_dir: Path) -> None:
    for n in range(3):
        (tmp_path / f"r{n}.txt").write_text(_report(30 + 10 * n, broken_at=7), encoding="utf-8")
    inputs = sorted(tmp_path.glob("r*.txt"))
    one = convert(inputs, tmp_path / "one", window=Window(chars=900))
    two = convert(inputs, tmp_path / "two", jobs=2, window=Window(chars=900))
    assert one.ok and two.ok and one.documents == 3
    assert _tables(tmp_path / "one") == _tables(tmp_path / "two")
    documents = _tables(tmp_path / "one")["documents"]
    paragraphs = _tables(tmp_path / "one")["paragraphs"]
    assert [d["n_paragraphs"] for d in documents] == [sum(p["doc_id"] == d["doc_id"] for p in paragraphs)
                                                      for d in documents]
    assert not list(spill_dir.iterdir())


def test_a_window_that_fails_leaves_no_rows_of_its_document(tmp_path: Path, spill_dir: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(_report(20), encoding="utf-8")
    bad.write_text(_report(25).replace("Paragraph 21 ", "Paragraph 21 BREAKS "), encoding="utf-8")
    extract = windows.extract

    def breaks(ctx: Context) -> object:
        if any("BREAKS" in p.text for p in ctx.paragraphs):
            raise ValueError("broken window")
        return extract(ctx)

    monkeypatch.setattr(windows, "extract", breaks)
    summary = convert([good, bad], tmp_path / "out", window=Window(chars=700))
    assert [f.path for f in summary.failures] == [str(bad)]
    assert isinstance(summary.failures[0], Failure) and "broken window" in summary.failures[0].error
    tables = _tables(tmp_path / "out")
    assert {d["source_path"] for d in tables["documents"]} == {str(good)}
    assert {p["doc_id"] for p in tables["paragraphs"]} == {tables["documents"][0]["doc_id"]}
    assert not list(spill_dir.iterdir())


def _pdf_report() -> bytes:
    from tests.pdfs import Report, make_report

    words = ("harbour tariff council vote dues cargo quay winter tonnes report said Minister Jane Morrow in Lisbon "
             "on 3 May 2021 the of and to").split()
    rng = random.Random(5)  # prose that does not repeat itself line for line (a repeated line is furniture)
    paragraphs = [" ".join(rng.choice(words) for _ in range(rng.randint(30, 160))).capitalize() + "." for _ in range(60)]
    return make_report(Report(paragraphs=paragraphs, headings={10: "Findings", 30: "Outlook"}, columns=2,
                              footnotes={2: "1 A note on the figures of the second page, which the council gave.",
                                         4: "2 Another note."}))


def test_a_long_pdf_in_groups_of_pages_gives_the_rows_of_one_pass(tmp_path: Path, spill_dir: Path) -> None:
    pytest.importorskip("reportlab")
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf_report())
    convert([path], tmp_path / "whole")
    convert([path], tmp_path / "windowed", window=Window(pages=2))
    whole, windowed = _tables(tmp_path / "whole"), _tables(tmp_path / "windowed")
    pages = whole["documents"][0]["n_pages"]
    assert pages >= 5
    assert windowed == whole
    # paragraphs broken by a page end that is also a group's end are joined as in one pass
    assert any(p["pages"] in ([2, 3], [4, 5]) for p in windowed["paragraphs"])
    assert len(windowed["texts"]) == 1 and windowed["texts"][0]["text"].count("\f") == pages
    assert not list(spill_dir.iterdir())


def test_a_long_scanned_pdf_fails_whole(tmp_path: Path, spill_dir: Path) -> None:
    pytest.importorskip("reportlab")
    from tests.pdfs import make_blank

    path = tmp_path / "scan.pdf"
    path.write_bytes(make_blank(5))
    result = process_document(read_source(str(path)), window=Window(pages=2))
    assert isinstance(result, Failure) and "no text layer" in result.error
    assert not list(spill_dir.iterdir())


def test_windows_on_dask_give_the_local_dataset(tmp_path: Path, spill_dir: Path) -> None:
    pytest.importorskip("distributed")
    corpus = tmp_path / "in"
    corpus.mkdir()
    for seed in SEEDS:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "zz_copy.txt").write_bytes(SEEDS[0].read_bytes())  # a copy of a windowed document: no rows of its own
    local = convert([corpus], tmp_path / "local", window=Window(chars=400))
    on_dask = convert([corpus], tmp_path / "dask", dask="local", jobs=2, window=Window(chars=400))
    assert on_dask.counts == local.counts and on_dask.duplicates == 1
    for table in TABLES:
        rows = sorted(map(repr, pq.read_table(tmp_path / "dask" / table).to_pylist()))
        assert rows == sorted(map(repr, pq.read_table(tmp_path / "local" / table).to_pylist())), table


_WORDS = ("the harbour council said that cargo and tonnes rose in winter while port dues fell by a third over "
          "two years").split()


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """Prose of numbered, wrapped paragraphs (no line repeats); some are broken by a blank line mid-sentence,
    as a page end leaves them, and some lines are set apart by two blank lines."""
    parts = ["Harbour figures for the year", "May 3, 2024 by Ines Duarte"]
    for n in range(draw(st.integers(3, 30))):
        words = [_WORDS[i] for i in draw(st.lists(st.integers(0, len(_WORDS) - 1), min_size=4, max_size=60))]
        lines = [f"Item {n} says {' '.join(words[i:i + 9])}" if i == 0 else " ".join(words[i:i + 9])
                 for i in range(0, len(words), 9)]
        if len(lines) > 1 and draw(st.booleans()):
            lines[1] = "\n" + lines[1]  # a blank line inside the paragraph: its next line goes on in lower case
        parts.append("\n".join(lines) + ".")
    return ("\n\n" if draw(st.booleans()) else "\n\n\n").join(parts) + "\n"


# a paragraph longer than MAX_WINDOWS_PER_PARAGRAPH windows is cut by design (a text with no paragraph breaks):
# the windows are at least that share of the longest paragraph `_texts` draws (60 words and its "Item N says")
_LONGEST_PARAGRAPH = len("Item 29 says ") + 61 * (1 + max(len(w) for w in _WORDS))
MIN_WINDOW = -(-_LONGEST_PARAGRAPH // windows.MAX_WINDOWS_PER_PARAGRAPH)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_texts(), size=st.integers(MIN_WINDOW, 600))
def test_any_window_size_gives_the_paragraphs_of_one_pass(tmp_path: Path, text: str, size: int) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(str(path))
    whole = process(source).paragraphs
    pieces = list(windows.iter_windows(source, Window(chars=size)))
    windowed = [p for piece in pieces for p in piece.paragraphs]
    assert [(p.paragraph_id, p.kind, p.text, p.spans) for p in windowed] == \
        [(p.paragraph_id, p.kind, p.text, p.spans) for p in whole]


def test_a_long_record_keeps_the_metadata_its_record_states(tmp_path: Path, spill_dir: Path) -> None:
    import json

    path = tmp_path / "items.jsonl"
    record = {"title": "Harbour review, stated", "authors": ["Dana Lee"], "date_publish": "2024-07-03",
              "text": _report(20)}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    convert([path], tmp_path / "whole")
    convert([path], tmp_path / "windowed", window=Window(chars=500))
    whole, windowed = _tables(tmp_path / "whole")["documents"], _tables(tmp_path / "windowed")["documents"]
    assert windowed[0]["title"] == "Harbour review, stated" and windowed[0]["authors"] == ["Dana Lee"]
    assert windowed == whole
