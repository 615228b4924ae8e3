"""The report PDFs of the pdftext set, where ../shared is present: paragraphs, titles, dates, furniture."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

from .conftest import EVAL, ROOT, needs_shared

sys.path.insert(0, str(ROOT / "bench"))
from eval_pdftext import evaluate, figures

# the brief's targets; the figures reached are in the README
MIN_PARAGRAPH_F1 = 0.96
MIN_TITLE_ACCURACY = 0.95
MIN_DATE_ACCURACY = 0.95


def test_pdf_paragraphs_titles_and_dates(tmp_path: Path) -> None:
    gold = needs_shared(EVAL / "pdftext")
    got = figures(evaluate(gold, tmp_path / "dataset", suffix=".pdf"))
    assert got["paragraph F1"] >= MIN_PARAGRAPH_F1
    assert got["title accuracy"] >= MIN_TITLE_ACCURACY
    assert got["date accuracy"] >= MIN_DATE_ACCURACY
    furniture_in_artifacts_not_in_paragraphs(gold, tmp_path / "dataset")


def fold(text: str) -> str:
    return " ".join(text.split())


def furniture_in_artifacts_not_in_paragraphs(gold: Path, dataset: Path) -> None:
    """Every running header, footer, page number and letterhead line of the gold is an artifact, none a paragraph."""
    con = duckdb.connect()
    docs = dict(con.execute(f"SELECT source_path, doc_id FROM read_parquet('{dataset}/documents/*.parquet')").fetchall())
    for path, doc in docs.items():
        record = json.loads((gold / (Path(path).stem + ".gold.json")).read_text(encoding="utf-8"))
        expected = [fold(a) for a in record["artifacts"]]
        artifacts = {fold(t) for (t,) in con.execute(
            f"SELECT text FROM read_parquet('{dataset}/artifacts/*.parquet') WHERE doc_id = ?", [doc]).fetchall()}
        paragraphs = [fold(t) for (t,) in con.execute(
            f"SELECT text FROM read_parquet('{dataset}/paragraphs/*.parquet') WHERE doc_id = ? AND kind <> 'title'",
            [doc]).fetchall()]
        missing = [a for a in expected if a not in artifacts]
        assert not missing, (Path(path).stem, missing)
        # furniture left in the text would be a paragraph of its own, or glued to the start or end of one
        left = [a for a in expected for p in paragraphs if p == a or p.startswith(a + " ") or p.endswith(" " + a)]
        assert not left, (Path(path).stem, left)
