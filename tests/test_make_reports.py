"""bench/make_reports.py: generated reports score 1.0 with their own gold through the shared scorer, their gold
paragraphs are what pdftotext extracted, and a seed always draws the same layouts (skipped without
pdftotext, its fonts or ../shared)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scoexport.text import raised_mark

from .conftest import EVAL, ROOT, needs_shared

sys.path.insert(0, str(ROOT / "bench"))


_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _squeeze(text: str) -> str:
    # the gold writes a footnote's mark raised, as the page prints it; pdftotext gives its digit
    return re.sub(r"[\W_]+", "", text.translate(_RAISED)).lower()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from layouts import missing_fonts

    for font in missing_fonts():
        pytest.skip(f"{font} is not installed (scripts/install-test-deps.sh installs it)")
    source = needs_shared(EVAL / "html" / "gold.json")
    from make_reports import make_set

    out = tmp_path_factory.mktemp("reports")
    make_set(out, seed=5, count=3, source=source)
    return out


def test_a_generated_report_scores_one_with_its_own_gold(reports: Path, tmp_path: Path) -> None:
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(reports.glob("*.gold.json"))]
    assert len(golds) == 3 and all(g["paragraphs"] and g["title"] for g in golds)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps({"id": g["id"], "paragraphs": g["paragraphs"]}) + "\n" for g in golds))
    done = subprocess.run([sys.executable, str(EVAL / "score_paragraphs.py"), str(pred), "--gold", str(reports)],
                          capture_output=True, text=True, check=True)
    assert "paragraph F1: 1.000" in done.stdout


def test_the_gold_paragraphs_are_what_pdftotext_extracted(reports: Path) -> None:
    for path in sorted(reports.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = _squeeze((reports / f"{gold['id']}.txt").read_text(encoding="utf-8"))
        for paragraph in gold["paragraphs"]:
            assert _squeeze(paragraph)[:40] in text, (gold["id"], paragraph[:60])
        assert gold["layout"]["pages"] == (reports / f"{gold['id']}.txt").read_text(encoding="utf-8").count("\f")


def test_the_gold_writes_a_footnotes_mark_raised(tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    from layouts import CJK_FONT, FONT_DIR

    for font in (CJK_FONT, FONT_DIR / "DejaVuSerif.ttf"):
        if not font.exists():
            pytest.skip(f"{font} is not installed (scripts/install-test-deps.sh installs it)")
    from make_reports import make_set

    golds = make_set(tmp_path, seed=801, count=6, source=needs_shared(EVAL / "html" / "gold.json"))
    assert any(g["footnotes"] for g in golds)
    for gold in golds:  # each printed note's mark closes a paragraph, raised, as its note's number
        marks = [p[-1] for p in gold["paragraphs"] if p[-1:] in "¹²³⁴⁵⁶⁷⁸⁹"]
        assert marks == [raised_mark(note.split()[0]) for note in gold["footnotes"]]


def test_a_seed_draws_the_same_layouts_and_documents_differ(reports: Path, tmp_path: Path) -> None:
    from make_reports import make_set

    again = make_set(tmp_path / "again", seed=5, count=3, source=EVAL / "html" / "gold.json")
    first = [json.loads(p.read_text(encoding="utf-8"))["layout"] for p in sorted(reports.glob("*.gold.json"))]
    assert [g["layout"] for g in again] == first
    assert len({json.dumps(lay, sort_keys=True) for lay in first}) == 3
