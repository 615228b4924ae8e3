"""Every table reads unchanged in pandas, polars, pyarrow datasets and DuckDB, with the same rows."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from scoexport import connect
from scoexport.schema import TABLES


@pytest.mark.parametrize("table", list(TABLES))
def test_row_counts_agree_across_readers(seeds_dataset: Path, table: str) -> None:
    folder = seeds_dataset / table
    n_duckdb = connect(seeds_dataset).execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    assert len(pd.read_parquet(folder)) == n_duckdb
    assert pl.read_parquet(folder / "*.parquet").height == n_duckdb
    assert ds.dataset(folder, format="parquet").count_rows() == n_duckdb


def test_types_are_ones_every_reader_knows(seeds_dataset: Path) -> None:
    for table, schema in TABLES.items():
        for field in schema:
            t = field.type
            assert not pa.types.is_unsigned_integer(t), (table, field.name)
            assert not pa.types.is_large_string(t) and not pa.types.is_dictionary(t), (table, field.name)
    docs = pl.read_parquet(seeds_dataset / "documents" / "*.parquet")
    assert docs.schema["published_date"] == pl.Date
    assert docs.schema["authors"] == pl.List(pl.String)
    spans = pd.read_parquet(seeds_dataset / "paragraphs")["source_spans"].iloc[0]
    assert set(spans[0]) == {"start", "end"}


def test_open_sql_after_copying_the_folder(seeds_dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "elsewhere" / "copied"
    shutil.copytree(seeds_dataset, copy)
    query = "SELECT count(*) FROM document_overview;"
    cli = shutil.which("duckdb")
    if cli:  # the duckdb command line, as a user would run it inside the folder
        done = subprocess.run([cli, "-csv", "-noheader", "-init", "open.sql", "-c", query], cwd=copy,
                              capture_output=True, text=True, check=True)
        assert done.stdout.strip().splitlines()[-1] == "2"
    monkeypatch.chdir(copy)  # the same file through the Python client
    con = duckdb.connect()
    con.execute((copy / "open.sql").read_text(encoding="utf-8"))
    assert con.execute(query).fetchall() == [(2,)]
    assert connect(copy).execute("SELECT count(*) FROM paragraphs").fetchall() == \
        connect(seeds_dataset).execute("SELECT count(*) FROM paragraphs").fetchall()


def test_dataset_card_lists_schema_counts_and_inputs(seeds_dataset: Path) -> None:
    card = (seeds_dataset / "README.md").read_text(encoding="utf-8")
    n_paragraphs = connect(seeds_dataset).execute("SELECT count(*) FROM paragraphs").fetchall()[0][0]
    assert f"| paragraphs | {n_paragraphs} |" in card
    assert "| source_spans |" in card and "config_name: facts" in card
    assert "seeds" in card.split("## Inputs")[1]
