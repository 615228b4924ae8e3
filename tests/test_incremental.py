"""Incremental runs: only new and changed inputs are converted; the dataset equals a full run of the same inputs."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from scoexport import convert
from scoexport.export.incremental import DOCUMENT_TABLES

from .conftest import SEEDS

EXTRA = "A later report\n\nAstana, 4 July 2024. Kazakhstan and China signed 12 agreements, the ministry said.\n"


def rows(dataset: Path, table: str) -> list[str]:
    return sorted(repr(sorted(r.items())) for r in pq.read_table(dataset / table).to_pylist())


def assert_same_dataset(a: Path, b: Path) -> None:
    for table in (*DOCUMENT_TABLES, "entities"):
        assert rows(a, table) == rows(b, table), table


def last_run(dataset: Path) -> dict:
    return json.loads((dataset / "manifest.json").read_text())["runs"][-1]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    return folder


def test_rerun_with_nothing_changed_touches_no_table(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    first = convert([corpus], out)
    assert first.documents == 2 and last_run(out)["mode"] == "full"
    before = {p: p.stat().st_mtime_ns for p in out.glob("*/*.parquet")}
    again = convert([corpus], out)
    assert again.documents == 0 and again.kept == 2 and again.ok
    assert last_run(out) | {"started": None, "finished": None} == {
        "started": None, "finished": None, "inputs": [str(corpus)], "mode": "unchanged", "converted": 0,
        "kept": 2, "dropped": 0, "prune": False, "failed": 0, "record_fields": {}}
    assert {p: p.stat().st_mtime_ns for p in out.glob("*/*.parquet")} == before
    assert len(json.loads((out / "manifest.json").read_text())["runs"]) == 2


def test_new_and_changed_inputs_are_converted_and_match_a_full_run(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    (corpus / "new.txt").write_text(EXTRA, encoding="utf-8")
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA closing line added later. It says more.\n",
                       encoding="utf-8")
    summary = convert([corpus], out)
    assert (summary.documents, summary.kept, summary.dropped) == (2, 1, 1)
    full = tmp_path / "full"
    convert([corpus], full)
    assert_same_dataset(out, full)
    assert pq.read_table(out / "documents").num_rows == 3


def test_touched_file_with_the_same_content_is_not_converted(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    path = sorted(corpus.glob("*.txt"))[0]
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    summary = convert([corpus], out)
    assert summary.documents == 0 and summary.kept == 2
    assert convert([corpus], out).kept == 2 and last_run(out)["mode"] == "unchanged"


def test_gone_inputs_are_kept_unless_pruned(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    (corpus / "new.txt").write_text(EXTRA, encoding="utf-8")
    convert([corpus], out)
    (corpus / "new.txt").unlink()
    assert convert([corpus], out).kept == 3
    assert pq.read_table(out / "documents").num_rows == 3
    summary = convert([corpus], out, prune=True)
    assert summary.dropped == 1 and summary.kept == 2
    full = tmp_path / "full"
    convert([corpus], full)
    assert_same_dataset(out, full)


def test_a_missing_input_never_prunes(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    (corpus / "new.txt").write_text(EXTRA, encoding="utf-8")
    convert([corpus], out)
    (corpus / "new.txt").unlink()
    summary = convert([corpus, tmp_path / "typo"], out, prune=True)
    assert not summary.ok and summary.kept == 3 and summary.dropped == 0
    assert pq.read_table(out / "documents").num_rows == 3


def test_inputs_added_from_another_folder_join_the_dataset(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    other = tmp_path / "other"
    other.mkdir()
    (other / "new.txt").write_text(EXTRA, encoding="utf-8")
    summary = convert([other], out)
    assert (summary.documents, summary.kept) == (1, 2)
    full = tmp_path / "full"
    convert([corpus, other], full)
    assert_same_dataset(out, full)


def test_full_rebuild_on_request(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    assert convert([corpus], out, incremental=False).documents == 2
    assert last_run(out)["mode"] == "full"


def test_cli_reports_kept_and_pruned(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from scoexport.cli import app

    runner = CliRunner()
    out = tmp_path / "ds"
    (corpus / "new.txt").write_text(EXTRA, encoding="utf-8")
    assert runner.invoke(app, ["convert", str(corpus), "-o", str(out)]).exit_code == 0
    (corpus / "new.txt").unlink()
    again = runner.invoke(app, ["convert", str(corpus), "-o", str(out), "--prune"])
    assert again.exit_code == 0
    assert "converted 0 documents, kept 2 unchanged, dropped the earlier rows of 1 input into" in again.output
    full = runner.invoke(app, ["convert", str(corpus), "-o", str(out), "--full"])
    assert full.exit_code == 0 and "converted 2 documents into" in full.output


def test_a_dataset_written_with_other_columns_is_converted_again(corpus: Path, tmp_path: Path) -> None:
    import pyarrow as pa

    out = tmp_path / "ds"
    convert([corpus], out)
    path = next((out / "documents").glob("*.parquet"))
    pq.write_table(pq.read_table(path).drop_columns(["crawl_date"]), path)  # as an earlier version wrote it
    summary = convert([corpus], out)
    assert summary.documents == 2 and last_run(out)["mode"] == "full"
    assert pq.read_schema(next((out / "documents").glob("*.parquet"))).field("crawl_date").type == pa.timestamp("us", tz="UTC")


def test_card_counts_and_runs_follow_the_dataset(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    (corpus / "new.txt").write_text(EXTRA, encoding="utf-8")
    convert([corpus], out)
    card = (out / "README.md").read_text()
    assert "| documents | 3 |" in card and "## Runs" in card
    assert card.count("| incremental |") == 1 and card.count("| full |") == 1


def test_a_dataset_made_by_other_code_is_converted_again(corpus: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    monkeypatch.setattr("scoexport.export.incremental.code_fingerprint", lambda: "changed-code")
    assert convert([corpus], out).documents == 2 and last_run(out)["mode"] == "full"
    assert convert([corpus], out).kept == 2  # and the next run builds on what this code made


def test_inputs_the_dataset_already_holds_under_other_names_are_a_success(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    before = {p: p.stat().st_mtime_ns for p in out.glob("*/*.parquet")}
    moved = tmp_path / "elsewhere"
    shutil.copytree(corpus, moved)
    again = convert([moved], out)
    assert again.written and again.ok and again.documents == 0 and again.kept == 2 and again.duplicates == 2
    assert {p: p.stat().st_mtime_ns for p in out.glob("*/*.parquet")} == before


def test_cli_rerun_on_a_copy_of_the_inputs_exits_zero(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from scoexport.cli import app

    out = tmp_path / "ds"
    assert CliRunner().invoke(app, ["convert", str(corpus), "-o", str(out), "-q"]).exit_code == 0
    moved = tmp_path / "elsewhere"
    shutil.copytree(corpus, moved)
    result = CliRunner().invoke(app, ["convert", str(moved), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "kept 2 unchanged" in result.output


def test_a_changed_input_that_now_fails_keeps_its_earlier_rows(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    before = rows(out, "paragraphs")
    broken = sorted(corpus.glob("*.txt"))[0]
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # the user's file is now an image
    again = convert([corpus], out)
    assert again.failures and again.documents == 0
    assert rows(out, "paragraphs") == before  # nothing was lost that the user did not ask to drop
    assert len(pq.read_table(out / "documents")) == 2
    broken.write_text(EXTRA, encoding="utf-8")  # mended: the next run converts it again
    third = convert([corpus], out)
    assert third.ok and third.documents == 1


def test_a_dataset_made_by_other_code_is_rebuilt_with_all_its_inputs(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    manifest = json.loads((out / "manifest.json").read_text())
    (out / "manifest.json").write_text(json.dumps({**manifest, "code": "made-by-an-older-release"}))
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "new.txt").write_text(EXTRA, encoding="utf-8")
    again = convert([extra], out)  # the user adds one folder; the seeds were not asked to be dropped
    assert again.ok and again.documents == 3
    assert len(pq.read_table(out / "documents")) == 3
    assert last_run(out)["mode"] == "full"


def test_a_dataset_written_before_the_input_index_keeps_its_inputs(corpus: Path, tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "ds"
    convert([corpus], out)
    (out / "_inputs.parquet").unlink()  # as a dataset of an earlier release, whose manifest names its inputs
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "new.txt").write_text(EXTRA, encoding="utf-8")
    with caplog.at_level("WARNING"):
        again = convert([extra], out)
    assert "cannot read" not in caplog.text  # no index is how such a dataset is made, not a fault
    assert again.ok and len(pq.read_table(out / "documents")) == 3
