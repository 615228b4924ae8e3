from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from scoexport import connect, convert
from scoexport.export.writer import DatasetExistsError
from scoexport.schema import CONTRACT_TABLES, SCHEMA_VERSION, TABLES

from .conftest import SEEDS


def test_every_table_is_written_with_its_schema(seeds_dataset: Path) -> None:
    for table, schema in TABLES.items():
        files = sorted((seeds_dataset / table).glob("*.parquet"))
        assert files, table
        got = pq.read_schema(files[0])
        assert got.names == schema.names and got.types == schema.types
        assert got.metadata[b"scoexport.schema_version"] == SCHEMA_VERSION.encode()
        assert pq.ParquetFile(files[0]).metadata.row_group(0).column(0).compression == "ZSTD"


def test_documents_rows_match_the_seeds(seeds_dataset: Path, seeds_gold: dict) -> None:
    docs = pq.read_table(seeds_dataset / "documents").to_pylist()
    assert sorted(Path(d["source_path"]).name for d in docs) == sorted(g["source"] for g in seeds_gold["documents"])
    for d in docs:
        assert d["format"] == "text" and d["language"] == "en"
        assert d["n_paragraphs"] == pq.read_table(seeds_dataset / "paragraphs", filters=[("doc_id", "=", d["doc_id"])]).num_rows


def test_views_agree_with_pyarrow(seeds_dataset: Path) -> None:
    con = connect(seeds_dataset)
    for table in (*CONTRACT_TABLES, "errors"):
        n = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        assert n == pq.read_table(seeds_dataset / table).num_rows
    overview = con.execute("SELECT n_paragraphs FROM document_overview").fetchall()
    assert len(overview) == 2 and all(n > 5 for (n,) in overview)


def test_open_sql_works_from_the_dataset_folder(seeds_dataset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(seeds_dataset)
    con = duckdb.connect()
    con.execute((seeds_dataset / "open.sql").read_text())
    assert con.execute("SELECT count(*) FROM document_overview").fetchall() == [(2,)]


def test_paragraph_spans_point_into_the_source(seeds_dataset: Path) -> None:
    con = connect(seeds_dataset)
    sql = "SELECT d.source_path, p.text, p.source_spans FROM paragraphs p JOIN documents d USING (doc_id)"
    rows = con.execute(sql).fetchall()
    for path, text, spans in rows:
        source = Path(path).read_text(encoding="utf-8")
        first = source[spans[0]["start"]:spans[0]["end"]]
        assert first.split()[0] == text.split()[0]
        assert all(0 <= s["start"] < s["end"] <= len(source) for s in spans)


def test_sentence_offsets_slice_the_paragraph(seeds_dataset: Path) -> None:
    con = connect(seeds_dataset)
    sql = 'SELECT p.text, s.text, s.start, s."end" FROM sentences s JOIN paragraphs p USING (paragraph_id)'
    rows = con.execute(sql).fetchall()
    assert rows
    for ptext, stext, start, end in rows:
        assert ptext[start:end] == stext


def test_same_input_gives_same_ids(tmp_path: Path) -> None:
    convert([SEEDS], tmp_path / "a")
    convert([str(SEEDS / "*.txt")], tmp_path / "b")
    for table, key in [("documents", "doc_id"), ("paragraphs", "paragraph_id"), ("sentences", "sentence_id"),
                       ("facts", "fact_id"), ("entities", "entity_id")]:
        a = pq.read_table(tmp_path / "a" / table).column(key).to_pylist()
        b = pq.read_table(tmp_path / "b" / table).column(key).to_pylist()
        assert a == b, table
    assert len(set(pq.read_table(tmp_path / "a" / "paragraphs").column("paragraph_id").to_pylist())) > 10


def test_broken_input_is_reported_and_others_are_converted(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "scan.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"%PDF-1.4\x00\x00binary")
    (tmp_path / "in" / "good.txt").write_text("A title\n\nA body paragraph that says something. And more.\n")
    summary = convert([tmp_path / "in"], tmp_path / "out")
    assert summary.documents == 1 and not summary.ok
    errors = pq.read_table(tmp_path / "out" / "errors").to_pylist()
    assert errors[0]["source_path"].endswith("scan.txt") and "PDF" in errors[0]["error"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["failures"][0]["stage"] == "parse"  # PDF bytes under any name go to the PDF reader


def test_duplicate_content_is_converted_once(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text("Same text here. Twice over.\n")
    summary = convert([tmp_path / "in"], tmp_path / "out")
    assert summary.documents == 1 and summary.duplicates == 1 and summary.ok


def test_a_failed_run_leaves_the_previous_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    convert([SEEDS], out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gone")

    monkeypatch.setattr("scoexport.export.writer.write_dataset_sql", explode)
    with pytest.raises(RuntimeError):
        convert([SEEDS], out, incremental=False)
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no partial folder left behind


def test_refuses_to_replace_a_folder_that_is_not_a_dataset(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("precious")
    with pytest.raises(DatasetExistsError):
        convert([SEEDS], tmp_path / "mine")
    assert (tmp_path / "mine" / "notes.txt").read_text() == "precious"


def test_parallel_run_gives_the_same_dataset(tmp_path: Path) -> None:
    convert([SEEDS], tmp_path / "one")
    convert([SEEDS], tmp_path / "two", jobs=2)
    for table in CONTRACT_TABLES:
        assert pq.read_table(tmp_path / "one" / table).equals(pq.read_table(tmp_path / "two" / table)), table


def test_many_documents_are_written_in_several_row_groups(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    text = (SEEDS / "000_59ef532736a0b99b.txt").read_text()
    for i in range(40):
        (src / f"{i:03d}.txt").write_text(f"Copy {i}\n\n{text}")
    from scoexport.export.writer import DatasetWriter
    from scoexport.run import iter_results

    with DatasetWriter(tmp_path / "out", row_group_rows=100) as writer:
        for result in iter_results([src]):
            writer.add(result)
    meta = pq.ParquetFile(next((tmp_path / "out" / "paragraphs").glob("*.parquet"))).metadata
    assert meta.num_row_groups > 3
    assert os.path.exists(tmp_path / "out" / "manifest.json")


def test_results_come_back_from_the_workers_without_the_input_bytes(tmp_path: Path) -> None:
    for n in range(3):
        text = f"Report {n}\n\nThe council met on 3 May 2021 to vote on plan {n}.\n"
        (tmp_path / f"d{n}.txt").write_text(text, encoding="utf-8")
    from scoexport.run import iter_results

    results = list(iter_results([tmp_path], jobs=2))
    assert [r.source.data for r in results] == [None, None, None]
    assert [r.source.n_bytes for r in results] == [(tmp_path / f"d{n}.txt").stat().st_size for n in range(3)]
