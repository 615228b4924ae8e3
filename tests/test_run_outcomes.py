"""The end of a run says, for each kind of input, what happened: converted, skipped and why, failed and why."""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from scoexport import convert
from scoexport.cli import app
from scoexport.outcomes import input_suffix, outcome_groups, reason_of

from .pdfs import Report, encrypt, make_report

runner = CliRunner()
PARAGRAPH = ("The port authority reported that container volumes rose by a fifth in the third quarter, the strongest "
             "growth since the harbour was dredged, and that bulk cargo held steady despite lower grain exports.")


def mixed_folder(root: Path) -> Path:
    """PDFs (one readable, one encrypted), JSON, JSON Lines with a broken line, a docx, binaries, a stray file."""
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    report = make_report(Report(paragraphs=[PARAGRAPH] * 3))
    (folder / "report.pdf").write_bytes(report)
    (folder / "locked.pdf").write_bytes(encrypt(report, "secret"))
    (folder / "articles.json").write_text(json.dumps([{"title": "One", "text": "Leaders met in Astana on Thursday."},
                                                      {"title": "Two", "html": "<p>Talks in Beijing went on.</p>"}]))
    (folder / "items.jsonl").write_text(json.dumps({"text": "Ministers met in Tashkent on Monday."}) + "\n{oops\n"
                                        + json.dumps({"title": "no text here"}) + "\n")
    doc = io.BytesIO()
    with zipfile.ZipFile(doc, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    (folder / "notes.docx").write_bytes(doc.getvalue())
    (folder / "sub" / "notes2.docx").write_bytes(doc.getvalue())
    (folder / "blob.bin").write_bytes(os.urandom(4096))
    (folder / "noise.html").write_bytes(bytes(range(1, 32)) * 100)  # control bytes under a document's name
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    return folder


def test_a_mixed_folder_says_what_happened_to_each_kind(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    summary = convert([folder], tmp_path / "ds")
    groups = {(g.suffix, g.outcome, g.reason): g.count for g in outcome_groups(summary)}
    assert groups[(".pdf", "converted", "")] == 1
    assert any(s == ".pdf" and o == "failed" and "encrypted" in r.lower() for s, o, r in groups)
    assert groups[(".json", "converted", "")] == 2
    assert groups[(".jsonl", "converted", "")] == 1
    assert groups[(".jsonl", "failed", "malformed JSON")] == 1
    assert groups[(".jsonl", "skipped", "records without a text or HTML field")] == 1
    assert groups[(".docx", "skipped", "Word document, not a supported type")] == 2
    assert groups[(".bin", "skipped", "binary file, not a supported type")] == 1
    assert groups[(".html", "failed", "this is binary data, not text, HTML or PDF")] == 1
    assert groups[(".txt", "failed", "this is a PNG image, not text, HTML or PDF")] == 1
    # every input is accounted for: the 9 files, the records of the JSON files one by one (2 + 3 for 2 files)
    assert sum(groups.values()) == 9 - 2 + 2 + 3


def test_the_cli_prints_one_block_grouped_by_kind(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    result = runner.invoke(app, ["convert", str(folder), "-o", str(tmp_path / "ds")])
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    block = lines[lines.index("by kind of input:") + 1:]
    docx = next(line for line in block if ".docx" in line)
    assert "2 skipped: Word document, not a supported type (" in docx and ", ...)" in docx
    assert any(line.split()[:3] == [".json", "2", "converted"] for line in block)
    assert not any("skipped: " in line and "#L" in line for line in lines[:lines.index("by kind of input:")])
    quiet = runner.invoke(app, ["convert", str(folder), "-o", str(tmp_path / "ds2"), "-q"])
    assert "by kind of input:" not in quiet.output


def test_reasons_drop_what_names_one_input() -> None:
    assert reason_of("malformed JSON on line 12: Expecting ',' delimiter (column 5)") == "malformed JSON"
    assert reason_of("cannot read: Permission denied") == "cannot read"
    assert reason_of("not a supported document type (.txt, .md)", ".xlsx") == "Excel workbook, not a supported type"
    assert reason_of("not a supported document type (.txt, .md)", ".qqq") == "not a supported type"
    assert input_suffix("a/b.jsonl#L3") == ".jsonl" and input_suffix("x.warc.gz#1234") == ".warc.gz"
    assert input_suffix("README") == "(no suffix)" and input_suffix("A.PDF") == ".pdf"
