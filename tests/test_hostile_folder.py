"""The dataset folder under hostile use: user files, typos, crashes mid-swap, kill -9, two runs, full disks."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scoexport.cli import app
from scoexport.export import folder
from scoexport.run import MissingInputsError, convert

from .conftest import SEEDS

runner = CliRunner()


def _documents(out: Path) -> int:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]["documents"]


def _hidden_leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}."))


def test_a_folder_with_a_users_manifest_is_not_taken_for_a_dataset(tmp_path: Path) -> None:
    ext = tmp_path / "ext"
    ext.mkdir()
    (ext / "manifest.json").write_text("{}")
    (ext / "background.js").write_text("x")
    result = runner.invoke(app, ["convert", str(SEEDS), "-o", str(ext)])
    assert result.exit_code == 3
    assert "not a scoexport dataset" in result.output and result.output.count("\n") == 1
    assert sorted(p.name for p in ext.iterdir()) == ["background.js", "manifest.json"]
    assert _hidden_leftovers(ext) == []


def test_a_dataset_carries_the_marker_and_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    marker = json.loads((out / folder.MARKER).read_text())
    assert marker["format"] == folder.FORMAT and marker["version"] == folder.FORMAT_VERSION
    one = next(SEEDS.iterdir())
    convert([one], out, incremental=False, prune=True)  # a full run that prunes: exactly what it converts
    assert _documents(out) == 1 and _hidden_leftovers(out) == []


@pytest.mark.parametrize("typo", ["seedz", "nothing-*.txt"])
def test_a_typo_or_an_empty_glob_leaves_the_dataset_as_it_was(tmp_path: Path, monkeypatch, typo: str) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "ds"
    convert([SEEDS], out)
    before = (out / "documents" / "part-0.parquet").read_bytes()
    result = runner.invoke(app, ["convert", typo, "-o", "ds"])
    assert result.exit_code == 2
    assert typo in result.output and "left as it was" in result.output
    assert (out / "documents" / "part-0.parquet").read_bytes() == before
    with pytest.raises(MissingInputsError):
        convert([typo], out)


def test_a_run_converting_nothing_leaves_the_dataset(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.txt").write_bytes(b"")
    (junk / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    summary = convert([junk], out)
    assert not summary.written and summary.documents == 0
    assert _documents(out) == 2
    result = runner.invoke(app, ["convert", str(junk), "-o", str(out)])
    assert result.exit_code == 2 and "nothing converted" in result.output and "PNG image" in result.output


def test_a_crash_between_the_two_renames_is_repaired_by_the_next_run(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    # what the two-rename swap leaves when the process dies between them: no DIR, both folders hidden
    old = tmp_path / ".ds.old-dead"
    out.rename(old)
    partial = tmp_path / ".ds.partial-dead"
    convert([next(SEEDS.iterdir())], tmp_path / "other")
    (tmp_path / "other").rename(partial)
    folder.repair(out)
    assert _documents(out) == 1 and _hidden_leftovers(out) == []  # the finished new one wins
    # an unfinished staging folder (no marker) never replaces the old dataset
    out.rename(old)
    partial.mkdir()
    folder.repair(out)
    assert _documents(out) == 1 and _hidden_leftovers(out) == []


def test_the_swap_never_leaves_the_folder_missing(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    tmp = folder.staging(out)
    (tmp / "x").write_text("new")
    folder.mark(tmp)
    folder.replace(out, tmp)
    assert (out / "x").read_text() == "new" and not tmp.exists()


def test_a_second_run_refuses_clearly_while_the_first_holds_the_lock(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    with folder.lock(out):
        result = runner.invoke(app, ["convert", str(SEEDS), "-o", str(out)])
        assert result.exit_code == 3 and "another scoexport run is writing" in result.output
        with pytest.raises(folder.FolderLocked):
            convert([SEEDS], out, wait=0.3)
    assert convert([SEEDS], out).written
    assert _hidden_leftovers(out) == []


def _run(out: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "scoexport.cli", "convert", str(SEEDS), "-o", str(out), "-j", "1", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_runs_at_once_one_waits_and_both_finish(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    runs = [_run(out, "--wait", "120") for _ in range(2)]
    results = [(p.wait(timeout=240), p.stderr.read()) for p in runs]
    assert [code for code, _ in results] == [0, 0], results
    assert _documents(out) == 2 and _hidden_leftovers(out) == []


def test_kill_9_at_random_points_never_loses_the_dataset(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    reference = {p.name for p in out.iterdir()}
    started = time.monotonic()
    run = _run(out)
    run.wait(timeout=240)
    full = time.monotonic() - started
    rng = random.Random(13)
    for _ in range(4):
        run = _run(out)
        time.sleep(rng.uniform(0.05, full))
        run.send_signal(signal.SIGKILL)
        run.wait()
        assert out.is_dir() or any(p.name.startswith(".ds.") for p in tmp_path.iterdir())
        with folder.lock(out):  # what the next run does first
            folder.repair(out)
        assert {p.name for p in out.iterdir()} == reference and _documents(out) == 2
        assert _hidden_leftovers(out) == []


def test_a_target_under_a_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = runner.invoke(app, ["convert", str(SEEDS), "-o", str(tmp_path / "file" / "ds")])
    assert result.exit_code == 3 and result.output.count("\n") == 1 and "cannot write" in result.output


def test_an_unwritable_target_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        result = runner.invoke(app, ["convert", str(SEEDS), "-o", str(parent / "ds")])
    finally:
        parent.chmod(0o755)
    assert result.exit_code == 3 and result.output.count("\n") == 1 and "cannot write" in result.output
    assert list(parent.iterdir()) == []


def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    before = (out / "documents" / "part-0.parquet").read_bytes()
    import scoexport.export.writer as writer

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device", str(out))

    monkeypatch.setattr(writer, "write_dataset_sql", full)
    result = runner.invoke(app, ["convert", str(SEEDS), "-o", str(out), "--full"])
    assert result.exit_code == 3
    assert result.output.count("\n") == 1 and "No space left on device" in result.output
    assert (out / "documents" / "part-0.parquet").read_bytes() == before and _hidden_leftovers(out) == []


def test_repair_removes_what_a_killed_in_place_update_left(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    reference = {p.name for p in out.iterdir()}
    (out / "._inputs.parquet.tmp").write_bytes(b"half written")
    (out / ".manifest.json.tmp").write_text("{")
    with folder.lock(out):
        folder.repair(out)
    assert {p.name for p in out.iterdir()} == reference
