"""The PDF-extracted evaluation set, scored as bench/eval_pdftext.py does, where ../shared is present."""
from __future__ import annotations

import sys
from pathlib import Path

from .conftest import EVAL, ROOT, needs_shared

sys.path.insert(0, str(ROOT / "bench"))
from eval_pdftext import evaluate, figures

# the figures reached so far; raise them as the rules improve
MIN_PARAGRAPH_F1 = 0.88
MIN_TITLE_ACCURACY = 0.93
MIN_DATE_ACCURACY = 0.74
MIN_TEXT_F1 = 0.99


def test_pdftext_paragraphs_titles_and_dates(tmp_path: Path) -> None:
    gold = needs_shared(EVAL / "pdftext")
    got = figures(evaluate(gold, tmp_path / "dataset"))
    assert got["paragraph F1"] >= MIN_PARAGRAPH_F1
    assert got["title accuracy"] >= MIN_TITLE_ACCURACY
    assert got["date accuracy"] >= MIN_DATE_ACCURACY
    assert got["text F1"] >= MIN_TEXT_F1
