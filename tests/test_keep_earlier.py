"""A dataset never shrinks unless the user asks: rebuilds (`--full`, or forced by other code, other site rules or
other columns) keep the rows of earlier inputs that are gone or fail now, a file of records that fails keeps its
records' rows, and where earlier rows cannot be kept the run refuses to drop them unless --prune or --full."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from scoexport.cli import app

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def report(n: int, extra: str = "") -> str:
    """A short report of its own content (no two share a document ID)."""
    return (f"Report {n}\n\nAstana, {n % 27 + 1} July 2024. Kazakhstan and China signed {n + 3} agreements in "
            f"the capital, the ministry said.{extra}\n")


def records(first: int, count: int) -> str:
    return "".join(json.dumps({"id": n, "title": f"Item {n}", "text": report(n)}) + "\n"
                   for n in range(first, first + count))


def run(*args: object) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["convert", *map(str, args)])
    return result.exit_code, result.output


def documents(out: Path) -> dict[str, str]:
    """source_path -> source_sha256 of every document in the dataset."""
    table = pq.read_table(out / "documents", columns=["source_path", "source_sha256"])
    return dict(zip(table["source_path"].to_pylist(), table["source_sha256"].to_pylist(), strict=True))


def rows(out: Path, table: str) -> list[str]:
    return sorted(repr(sorted(r.items())) for r in pq.read_table(out / table).to_pylist())


def last_run(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())["runs"][-1]


def older_code(out: Path) -> None:
    """Make the dataset look written by other code, the way `earlier.basis` reads the manifest."""
    manifest = json.loads((out / "manifest.json").read_text())
    (out / "manifest.json").write_text(json.dumps({**manifest, "code": "made-by-older-code"}))


def other_columns(out: Path) -> None:
    """Make the dataset look written with other columns (an earlier release without `crawl_date`)."""
    path = next((out / "documents").glob("*.parquet"))
    pq.write_table(pq.read_table(path).drop_columns(["crawl_date"]), path)


def files_of(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def converted_twice(folder: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A dataset made from `folder`, then from a second folder of one new report named alone: (dataset, that folder)."""
    out = tmp_path / "ds"
    other = tmp_path / "other"
    other.mkdir()
    (other / "new.txt").write_text(report(7), encoding="utf-8")
    assert run(folder, "-o", out, "-j", 1)[0] == 0
    assert run(other, "-o", out, "-j", 1)[0] == 0
    return out, other


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"r{n}.txt").write_text(report(n), encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_gone_input_after_a_code_change_keeps_its_rows(folder: Path, tmp_path: Path, jobs: int) -> None:
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", jobs)[0] == 0
    before = rows(out, "paragraphs")
    (folder / "r2.txt").unlink()
    older_code(out)
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 0, output
    assert len(documents(out)) == 3 and rows(out, "paragraphs") == before
    assert "converted 2 documents, kept 1 whose input is not found into" in output
    assert "warning: 1 document kept from" in output and "older code" in output and "--prune" in output
    entry = last_run(out)
    assert entry["mode"] == "full" and entry["rebuild"] == "code" and entry["kept_older"] == 1
    # the next run finds the dataset made by this code and still keeps the gone input's rows
    assert run(folder, "-o", out, "-j", jobs)[0] == 0 and len(documents(out)) == 3
    status, output = run(folder, "-o", out, "-j", jobs, "--prune")
    assert status == 0 and len(documents(out)) == 2 and "dropped the earlier rows of 1 input" in output


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_input_after_a_code_change_keeps_its_rows(folder: Path, tmp_path: Path, jobs: int) -> None:
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", jobs)[0] == 0
    before = rows(out, "paragraphs")
    (folder / "r1.txt").write_bytes(PNG)  # the user's file is now an image
    older_code(out)
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 1, output  # some input failed
    assert "r1.txt" in output and "PNG" in output
    assert len(documents(out)) == 3 and rows(out, "paragraphs") == before
    assert "kept the earlier rows of 1 document not converted again" in output and "older code" in output
    assert last_run(out)["restored"] == 1 and last_run(out)["kept_older"] == 1
    (folder / "r1.txt").write_text(report(1, " Mended."), encoding="utf-8")
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 0 and "converted 1 document" in output
    assert len(documents(out)) == 3


def test_an_unchanged_input_kept_from_older_code_is_converted_when_found_again(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    run(folder, "-o", out, "-j", 1)
    moved = tmp_path / "r2.txt"
    shutil.move(folder / "r2.txt", moved)
    older_code(out)
    assert run(folder, "-o", out, "-j", 1)[0] == 0
    shutil.move(moved, folder / "r2.txt")  # back, with the same size and time: its rows are the older code's
    status, output = run(folder, "-o", out, "-j", 1)
    assert status == 0 and "converted 1 document" in output, output


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_of_records_that_turns_unreadable_keeps_its_records(tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "items.jsonl").write_text(records(10, 3), encoding="utf-8")
    (folder / "r.txt").write_text(report(1), encoding="utf-8")
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", jobs)[0] == 0
    before = documents(out)
    assert len(before) == 4
    (folder / "items.jsonl").write_bytes(PNG)
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 1 and "items.jsonl" in output
    assert documents(out) == before
    assert "kept the earlier rows of 3 documents not converted again" in output
    older_code(out)  # and after a change of code too
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 1 and documents(out) == before


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_truncated_json_lines_file_keeps_the_rows_of_its_broken_record(tmp_path: Path, jobs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = records(10, 3)
    (folder / "items.jsonl").write_text(text, encoding="utf-8")
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", jobs)[0] == 0
    before = documents(out)
    (folder / "items.jsonl").write_text(text[:-40], encoding="utf-8")  # cut off in its last record
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 1 and "items.jsonl#L3" in output
    assert documents(out) == before
    assert "dropped" not in output and "kept the earlier rows of 1 document" in output


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_record_whose_text_field_is_gone_keeps_its_rows_and_a_deleted_record_does_not(tmp_path: Path,
                                                                                       jobs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    items = [{"id": n, "title": f"Item {n}", "text": report(n)} for n in range(30, 33)]
    lines = [json.dumps(item) + "\n" for item in items]
    (folder / "items.jsonl").write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", jobs)[0] == 0
    before = documents(out)
    # an edit loses the second record's text (a renamed field): bad input, kept, and named by the run
    lost = json.dumps({"id": 31, "title": "Item 31", "notes": report(31)}) + "\n"
    (folder / "items.jsonl").write_text(lines[0] + lost + lines[2], encoding="utf-8")
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 0 and "items.jsonl" in output and "kept the earlier rows of 1 document" in output, output
    assert sorted(documents(out).values()) == sorted(before.values())
    # the user deletes that record: asked, so its rows go
    (folder / "items.jsonl").write_text(lines[0] + lines[2], encoding="utf-8")
    status, output = run(folder, "-o", out, "-j", jobs)
    assert status == 0 and len(documents(out)) == 2, output


def test_a_json_file_that_fails_as_a_whole_keeps_its_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    items = [{"id": n, "text": report(n)} for n in range(20, 23)]
    (folder / "export.json").write_text(json.dumps({"articles": items}), encoding="utf-8")
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", 1)[0] == 0
    before = documents(out)
    (folder / "export.json").write_text(json.dumps({"articles": items})[:-25], encoding="utf-8")  # truncated
    older_code(out)
    status, output = run(folder, "-o", out, "-j", 1)
    assert status == 1 and "export.json" in output and documents(out) == before


def test_full_keeps_earlier_inputs_not_named(folder: Path, tmp_path: Path) -> None:
    out, other = converted_twice(folder, tmp_path)
    (folder / "r0.txt").unlink()
    status, output = run(other, "-o", out, "-j", 1, "--full")
    assert status == 0, output
    # every earlier input still found is converted again, the gone one keeps its rows
    assert "converted 3 documents, kept 1 whose input is not found into" in output
    assert len(documents(out)) == 4
    assert last_run(out)["rebuild"] == "asked" and "kept_older" not in last_run(out)
    status, output = run(other, "-o", out, "-j", 1, "--full", "--prune")
    assert status == 0 and "converted 1 document" in output and "dropped" in output
    assert list(documents(out)) == [str(other / "new.txt")]


def test_full_and_forced_rebuilds_keep_the_same(folder: Path, tmp_path: Path) -> None:
    """One rule for both kinds of rebuild: the same inputs give the same dataset."""
    made = {}
    for how in ("full", "code"):
        src = tmp_path / f"in-{how}"
        shutil.copytree(folder, src)
        out = tmp_path / f"ds-{how}"
        run(src, "-o", out, "-j", 1)
        (src / "r0.txt").unlink()
        (src / "r1.txt").write_bytes(PNG)
        if how == "code":
            older_code(out)
        status, _ = run(src, "-o", out, "-j", 1, *(["--full"] if how == "full" else []))
        assert status == 1
        made[how] = sorted((Path(p).name, sha) for p, sha in documents(out).items())
    assert made["full"] == made["code"] and len(made["full"]) == 3


def test_other_columns_and_a_gone_input_refuse_to_drop_it(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    run(folder, "-o", out, "-j", 1)
    (folder / "r2.txt").unlink()
    other_columns(out)
    before = files_of(out)
    status, output = run(folder, "-o", out, "-j", 1)
    assert status == 2, output
    assert "1 document" in output and "r2.txt" in output and "--prune" in output and "--full" in output
    assert files_of(out) == before  # left as it was
    status, output = run(folder, tmp_path / "typo", "-o", out, "-j", 1, "--prune")  # a typo never prunes
    assert status == 2 and "r2.txt" in output and files_of(out) == before
    status, output = run(folder, "-o", out, "-j", 1, "--prune")
    assert status == 0 and len(documents(out)) == 2 and "dropped the earlier rows of 1 input" in output


def test_other_columns_and_a_failing_input_refuse_to_drop_it(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    run(folder, "-o", out, "-j", 1)
    (folder / "r1.txt").write_bytes(PNG)
    other_columns(out)
    before = files_of(out)
    status, output = run(folder, "-o", out, "-j", 2)
    assert status == 2, output
    assert "1 document" in output and "r1.txt" in output and "--full" in output
    assert files_of(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ds.")]  # no half-written folder beside it
    status, output = run(folder, "-o", out, "-j", 1, "--full")
    assert status == 1 and len(documents(out)) == 2 and "dropped the earlier rows of 1 input" in output


def test_help_says_what_full_keeps() -> None:
    result = CliRunner().invoke(app, ["convert", "--help"], terminal_width=200)
    text = " ".join(result.output.split())
    assert "--full" in text and "not named" in text and "--prune" in text


def test_full_with_prune_keeps_nothing_of_the_earlier_dataset(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    run(folder, "-o", out, "-j", 1)
    (folder / "r1.txt").write_bytes(PNG)
    status, output = run(folder, "-o", out, "-j", 1, "--full")
    assert status == 1 and len(documents(out)) == 3  # --full alone keeps the failing input's rows
    status, output = run(folder, "-o", out, "-j", 1, "--full", "--prune")
    assert status == 1 and sorted(Path(p).name for p in documents(out)) == ["r0.txt", "r2.txt"]
    assert "dropped the earlier rows of 1 input" in output


def test_a_rebuild_on_dask_keeps_gone_and_failing_inputs(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", 1)[0] == 0
    before = rows(out, "paragraphs")
    (folder / "r0.txt").unlink()
    (folder / "r1.txt").write_bytes(PNG)
    older_code(out)
    status, output = run(folder, "-o", out, "-j", 2, "--dask", "local")
    assert status == 1, output
    assert "converted 1 document, kept 1 whose input is not found, kept the earlier rows of 1 document" in output
    assert len(documents(out)) == 3 and rows(out, "paragraphs") == before


def test_an_unreadable_input_index_still_keeps_gone_inputs(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    run(folder, "-o", out, "-j", 1)
    (out / "_inputs.parquet").write_bytes(b"PAR1 cut short")  # the index of input files is damaged
    (folder / "r2.txt").unlink()
    status, output = run(folder, "-o", out, "-j", 1)
    assert status == 0, output
    assert sorted(Path(p).name for p in documents(out)) == ["r0.txt", "r1.txt", "r2.txt"]
    assert run(folder, "-o", out, "-j", 1)[1].startswith("converted 0 documents, kept 3 unchanged")


def test_other_site_rules_rebuild_and_keep_a_gone_input(folder: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('["courier.example"]\ndrop = [".related-articles"]\n', encoding="utf-8")
    out = tmp_path / "ds"
    assert run(folder, "-o", out, "-j", 1)[0] == 0
    (folder / "r0.txt").unlink()
    status, output = run(folder, "-o", out, "-j", 1, "--rules", rules)
    assert status == 0 and "converted 2 documents, kept 1 whose input is not found" in output, output
    assert "site rules" in output and len(documents(out)) == 3
    assert last_run(out)["rebuild"] == "rules" and last_run(out)["kept_older"] == 1


@pytest.mark.parametrize("change", [older_code, other_columns])
def test_a_rebuild_with_prune_and_a_typo_converts_the_earlier_inputs_again(folder: Path, tmp_path: Path,
                                                                            change) -> None:
    """A typo stops --prune everywhere: the earlier inputs still on disk are converted again by the new code, not
    kept with the older code's rows, nor (other columns) said to be gone."""
    out, other = converted_twice(folder, tmp_path)
    change(out)
    status, output = run(other, tmp_path / "typo", "-o", out, "-j", 1, "--prune")
    assert status == 1 and "typo" in output and "are gone" not in output, output
    assert len(documents(out)) == 4
    entry = last_run(out)
    assert entry["converted"] == 4 and "kept_older" not in entry and entry["kept"] == 0


def test_the_card_says_why_a_run_rebuilt_and_what_it_kept_from_older_code(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    assert run(folder, "-o", out)[0] == 0
    (folder / "r2.txt").unlink()
    older_code(out)
    assert run(folder, "-o", out)[0] == 0
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "| of them from older code | restored |" in card
    rows_of_runs = [line for line in card.splitlines() if line.startswith("| ") and "`" in line]
    # the rebuild's row: mode with its reason, 2 converted, 1 kept, that 1 from older code, none restored
    assert rows_of_runs[-1].split(" | ")[1] == "full (code)"
    assert rows_of_runs[-1].rstrip(" |").split(" | ")[-6:] == ["2", "1", "1", "0", "0", "0"]
