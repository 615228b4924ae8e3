"""The PDF-extracted evaluation set, scored as bench/eval_pdftext.py does, where ../shared is present."""
from __future__ import annotations

import sys
from pathlib import Path

from .conftest import EVAL, ROOT, needs_shared
from .test_invariant import covered

sys.path.insert(0, str(ROOT / "bench"))
from eval_pdftext import evaluate, figures

# the figures reached so far; raise them as the rules improve
MIN_PARAGRAPH_F1 = 0.925
MIN_TITLE_ACCURACY = 0.95
MIN_DATE_ACCURACY = 0.95
MIN_TEXT_F1 = 0.995


def test_pdftext_paragraphs_titles_and_dates(tmp_path: Path) -> None:
    gold = needs_shared(EVAL / "pdftext")
    got = figures(evaluate(gold, tmp_path / "dataset"))
    assert got["paragraph F1"] >= MIN_PARAGRAPH_F1
    assert got["title accuracy"] >= MIN_TITLE_ACCURACY
    assert got["date accuracy"] >= MIN_DATE_ACCURACY
    assert got["text F1"] >= MIN_TEXT_F1


def test_nothing_is_lost_on_the_pdftext_set() -> None:
    gold = needs_shared(EVAL / "pdftext")
    for path in sorted(gold.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        inside, _ = covered(text)
        assert all(ch.isspace() or i in inside for i, ch in enumerate(text)), path.name
