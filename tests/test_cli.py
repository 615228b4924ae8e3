from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoexport.cli import app

from .conftest import SEEDS

runner = CliRunner()


def test_convert_without_inputs_converts_the_seeds(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["convert", "-o", "ds"])
    assert result.exit_code == 0, result.output
    assert "converted 2 documents" in result.output
    assert (tmp_path / "ds" / "documents" / "part-0.parquet").exists()


def test_convert_exit_status_says_some_failed(tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(SEEDS), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "ds")])
    assert result.exit_code == 1
    assert "missing.txt: no such file or folder" in result.output


def test_convert_exit_status_when_nothing_converted(tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(tmp_path / "nothing*.txt"), "-o", str(tmp_path / "ds")])
    assert result.exit_code == 2


def test_query_table_csv_and_json(seeds_dataset: Path) -> None:
    sql = "SELECT kind, count(*) AS n FROM paragraphs GROUP BY kind ORDER BY kind"
    table = runner.invoke(app, ["query", str(seeds_dataset), sql])
    assert table.exit_code == 0 and "kind" in table.output and "body" in table.output and "rows)" in table.output
    as_csv = runner.invoke(app, ["query", str(seeds_dataset), sql, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    as_json = json.loads(runner.invoke(app, ["query", str(seeds_dataset), sql, "-f", "json"]).output)
    assert [r["kind"] for r in rows] == [r["kind"] for r in as_json]
    assert sum(int(r["n"]) for r in rows) == sum(r["n"] for r in as_json) > 10


def test_query_reports_bad_sql_and_bad_dataset(seeds_dataset: Path, tmp_path: Path) -> None:
    bad_sql = runner.invoke(app, ["query", str(seeds_dataset), "SELECT nope FROM documents"])
    assert bad_sql.exit_code == 3 and "nope" in bad_sql.output
    not_dataset = runner.invoke(app, ["query", str(tmp_path), "SELECT 1"])
    assert not_dataset.exit_code == 3 and "not a scoexport dataset" in not_dataset.output


def test_schema_lists_every_table() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    for table in ("documents", "paragraphs", "sentences", "facts", "entities", "artifacts", "errors"):
        assert f"\n{table}\n" in "\n" + result.output
    assert "source_spans" in runner.invoke(app, ["schema", "paragraphs"]).output
    assert runner.invoke(app, ["schema", "nope"]).exit_code == 3


def test_query_reads_sql_from_a_file_and_from_stdin(seeds_dataset: Path, tmp_path: Path) -> None:
    sql_file = tmp_path / "q.sql"
    sql_file.write_text("SELECT count(*) AS n FROM documents")
    from_file = runner.invoke(app, ["query", str(seeds_dataset), "--file", str(sql_file), "-f", "csv"])
    from_stdin = runner.invoke(app, ["query", str(seeds_dataset), "-f", "csv"], input="SELECT count(*) AS n FROM documents")
    assert from_file.output == from_stdin.output == "n\n2\n"


def test_query_writes_parquet(seeds_dataset: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "paras.parquet"
    result = runner.invoke(app, ["query", str(seeds_dataset), "SELECT paragraph_id, kind FROM paragraphs",
                                 "-f", "parquet", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert pq.read_table(target).num_rows > 10
    assert runner.invoke(app, ["query", str(seeds_dataset), "SELECT 1", "-f", "parquet"]).exit_code == 3


def test_db_writes_a_database_that_opens_without_the_folder(seeds_dataset: Path, tmp_path: Path) -> None:
    import shutil

    import duckdb

    target = tmp_path / "sco.duckdb"
    result = runner.invoke(app, ["db", str(seeds_dataset), "-o", str(target)])
    assert result.exit_code == 0, result.output
    moved = tmp_path / "moved" / "copy.duckdb"
    moved.parent.mkdir()
    shutil.copy(target, moved)
    con = duckdb.connect(str(moved), read_only=True)
    assert con.execute("SELECT count(*) FROM document_overview").fetchall() == [(2,)]
    assert con.execute("SELECT count(*) FROM search('summit')").fetchall()[0][0] > 0


def _duckdb_command_line() -> str:
    """The `duckdb` executable the test extra installs (duckdb-cli) beside this Python, else one on PATH."""
    import shutil
    import sys

    beside = Path(sys.executable).parent / "duckdb"
    found = str(beside) if beside.is_file() else shutil.which("duckdb")
    if found is None:
        pytest.skip("no duckdb command line here (pip install duckdb-cli, in the test extra)")
    return found


def test_db_file_opens_in_the_duckdb_command_line(seeds_dataset: Path, tmp_path: Path) -> None:
    import subprocess

    import duckdb

    cli = _duckdb_command_line()
    target = tmp_path / "sco.duckdb"
    assert runner.invoke(app, ["db", str(seeds_dataset), "-o", str(target)]).exit_code == 0
    with duckdb.connect(str(target), read_only=True) as con:
        views = [v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()]
        expected = {v: con.execute(f"SELECT count(*) FROM {v}").fetchall()[0][0] for v in views}
    assert {"document_overview", "timeline", "entity_mentions"} <= set(views)
    # every view binds and counts the same rows in the command line as in the Python package that wrote the file
    sql = " UNION ALL ".join(f"SELECT '{v}', count(*) FROM {v}" for v in views)
    run = subprocess.run([cli, "-readonly", "-csv", "-noheader", str(target), "-c", sql],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    got = {name: int(n) for name, n in (line.split(",") for line in run.stdout.split())}
    assert got == expected
    search = subprocess.run([cli, "-readonly", "-csv", "-noheader", str(target), "-c",
                             "SELECT count(*) FROM search('summit')"], capture_output=True, text=True, timeout=60)
    assert search.returncode == 0 and int(search.stdout) > 0, search.stderr
