"""The library logs through standard logging (quiet unless asked); the CLI's -v / -vv turn it on."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoexport import convert
from scoexport.cli import app

BODY = "The council met on 3 May 2021 and voted to build a second bridge over the river before winter."


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    # a zero-width space is invisible text: cleaning removes it and says why
    (folder / "a.txt").write_text(f"Bridge vote\n\n{BODY}\u200b\n", encoding="utf-8")
    (folder / "b.txt").write_text(f"Bridge vote\n\n{BODY}\u200b\n", encoding="utf-8")  # same content as a.txt
    return folder


def test_skipped_inputs_warn_and_each_document_is_timed_at_debug(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = _inputs(tmp_path)
    with caplog.at_level(logging.DEBUG, logger="scoexport"):
        convert([folder, tmp_path / "missing.txt"], tmp_path / "out")
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("missing.txt: no such file or folder" in m for m in warnings)
    assert any("b.txt: same content as" in m for m in warnings)
    debug = [r for r in caplog.records if r.levelno == logging.DEBUG]
    timing = [r.getMessage() for r in debug if r.name == "scoexport.pipeline"]
    assert len(timing) == 2 and all(" ms (parse " in m for m in timing)
    assert any(r.name == "scoexport.clean.document" and "removed invisible" in r.getMessage() for r in debug)


def test_the_library_is_quiet_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    convert([_inputs(tmp_path), tmp_path / "missing.txt"], tmp_path / "out")
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_cli_verbosity(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    runner = CliRunner()
    quiet = runner.invoke(app, ["convert", str(folder), "-o", str(tmp_path / "o1"), "-q"])
    assert quiet.exit_code == 0 and "scoexport." not in quiet.output
    one = runner.invoke(app, ["-v", "convert", str(folder), "-o", str(tmp_path / "o2"), "-q"])
    assert "WARNING scoexport.books: skipped" in one.output and "DEBUG" not in one.output
    # one process: a worker of a pool logs to its own standard error, which the test runner does not capture
    two = runner.invoke(app, ["-vv", "convert", str(folder), "-o", str(tmp_path / "o3"), "-q", "-j", "1"])
    assert "DEBUG scoexport.pipeline:" in two.output and "removed invisible" in two.output
