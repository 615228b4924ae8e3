"""convert with several processes: each worker writes its own part of the tables, the parent keeps only the books,
and the dataset is the one a single process writes, row for row and in the same order; a dead worker costs the
one input it was on; a run stopped by a signal or killed leaves nothing behind."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from scoexport import partitions, pipeline
from scoexport.export import DatasetWriter
from scoexport.partitions import Partition, after_death
from scoexport.run import convert
from scoexport.schema import TABLES
from scoexport.windows import Window

from .conftest import SEEDS

KILL_WORD = "KILL-THIS-WORKER"


def _tables(folder: Path) -> dict[str, list[dict]]:
    return {t: pq.read_table(folder / t).to_pylist() for t in TABLES}


def _hidden(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob(".*") if p.name != ".scoexport-dataset")


def _report(n: int, paragraphs: int = 12) -> str:
    body = "\n\n".join(f"Paragraph {k} of report {n}: the council of Almaty approved {k * 3 + n} new buses on "
                       f"{k % 28 + 1} March 2024, said Dana Seitkali, the city's mayor." for k in range(paragraphs))
    return f"Report number {n}\n\nMarch 4, 2024 by Ines Duarte\n\n{body}\n"


@pytest.fixture
def small_partitions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Partitions of two inputs, so that a handful of inputs spreads over several parts and both workers."""
    monkeypatch.setattr(partitions, "MIN_PARTITION_BYTES", 1)
    monkeypatch.setattr(partitions, "PARTITION_DOCUMENTS", 2)


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    for n in range(5):
        (folder / f"r{n}.txt").write_text(_report(n, 40 if n == 3 else 12), encoding="utf-8")
    (folder / "r5_copy.txt").write_bytes((folder / "r0.txt").read_bytes())  # same content, in a later partition
    (folder / "r6_scan.txt").write_bytes(b"%PDF-1.4\x00\x00binary")  # fails
    (folder / "r7_empty.txt").write_text("  \n", encoding="utf-8")  # skipped
    (folder / "r8.jsonl").write_text("\n".join(json.dumps({"text": _report(10 + i), "title": f"Item {i}"})
                                               for i in range(3)) + "\n", encoding="utf-8")
    return folder


def test_two_processes_write_the_dataset_of_one_row_for_row(tmp_path: Path, small_partitions: None) -> None:
    folder = _corpus(tmp_path)
    window = Window(chars=1500)  # report 3 is processed in windows, its rows spilled by the worker
    one = convert([folder], tmp_path / "one", window=window)
    two = convert([folder], tmp_path / "two", jobs=2, window=window)
    assert (two.documents, two.duplicates, len(two.failures), len(two.skipped)) == (
        one.documents, one.duplicates, len(one.failures), len(one.skipped)) == (10, 1, 1, 1)
    assert two.counts == one.counts
    assert _tables(tmp_path / "two") == _tables(tmp_path / "one")  # same rows, same order
    manifest = [json.loads((tmp_path / d / "manifest.json").read_text())["counts"] for d in ("one", "two")]
    assert manifest[0] == manifest[1]
    parts = sorted(p.name for p in (tmp_path / "two" / "paragraphs").iterdir())
    assert len(parts) >= 4 and parts[0] == "part-0.parquet"  # the workers' parts, after the parent's
    assert _hidden(tmp_path / "two") == []  # no scratch folder, no half-written part


def test_an_incremental_run_with_two_processes_gives_the_rows_of_one(tmp_path: Path, small_partitions: None) -> None:
    folder = _corpus(tmp_path)
    convert([folder], tmp_path / "first")
    (folder / "r9.txt").write_text(_report(9), encoding="utf-8")  # new
    (folder / "r1.txt").write_text(_report(1).replace("council", "assembly"), encoding="utf-8")  # changed
    (folder / "r2.txt").write_bytes(b"%PDF-1.4\x00\x00now broken")  # changed, fails: its earlier rows are kept
    (folder / "r4.txt").unlink()  # gone, pruned
    runs = {}
    for jobs in (1, 2):
        shutil.copytree(tmp_path / "first", tmp_path / f"j{jobs}")
        runs[jobs] = convert([folder], tmp_path / f"j{jobs}", jobs=jobs, prune=True)
    assert (runs[2].documents, runs[2].kept, runs[2].restored, runs[2].dropped) == (
        runs[1].documents, runs[1].kept, runs[1].restored, runs[1].dropped) == (2, 8, 1, 2)
    assert _tables(tmp_path / "j2") == _tables(tmp_path / "j1")
    assert (tmp_path / "j2" / "documents" / "part-restored.parquet").exists()


def test_the_parent_writes_no_document_rows(tmp_path: Path, small_partitions: None,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: DatasetWriter, *args: object, **kwargs: object) -> None:
        raise AssertionError("the parent was handed a document's rows")

    folder = _corpus(tmp_path)
    monkeypatch.setattr(DatasetWriter, "add", refuse)
    summary = convert([folder], tmp_path / "two", jobs=2)
    assert summary.documents == 10 and summary.counts["paragraphs"] > 100


_process_document = pipeline.process_document


def _die_on_marker(source, *args, **kwargs):
    if KILL_WORD in source.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return _process_document(source, *args, **kwargs)


def test_a_dead_worker_costs_the_one_input_it_was_on(tmp_path: Path, small_partitions: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        text = _report(n).replace("Paragraph 2 ", f"Paragraph 2 {KILL_WORD} ") if n == 2 else _report(n)
        (folder / f"doc{n}.txt").write_text(text, encoding="utf-8")
    others = [folder / f"doc{n}.txt" for n in (0, 1, 3, 4, 5)]
    alone = convert(others, tmp_path / "alone")
    monkeypatch.setattr(pipeline, "process_document", _die_on_marker)
    summary = convert([folder], tmp_path / "two", jobs=2)
    [failure] = summary.failures
    assert failure.path.endswith("doc2.txt") and failure.stage == "process" and "SIGKILL" in failure.error
    assert summary.documents == 5  # doc3, in the killer's partition, too
    two = _tables(tmp_path / "two")
    assert [r["source_path"] for r in two["errors"]] == [failure.path]
    del two["errors"]
    assert two == {t: rows for t, rows in _tables(tmp_path / "alone").items() if t != "errors"}
    assert alone.documents == 5 and _hidden(tmp_path / "two") == []


def test_a_worker_that_dies_before_any_input_fails_its_partition(tmp_path: Path) -> None:
    task = Partition(["a.txt", "b.txt"], str(tmp_path), "part-000001", str(tmp_path / "never-written"))
    done = after_death(task, "the worker process died")
    assert [f.path for f in done.items] == ["a.txt", "b.txt"]
    (tmp_path / "progress").write_bytes(b"%12d" % 1)
    again = after_death(Partition(["a.txt", "b.txt"], str(tmp_path), "part-000001", str(tmp_path / "progress")), "gone")
    assert again.skip == {1: "gone"}


def _long_text(megabytes: float) -> str:
    """A plain text longer than a window (2 million characters), so that it is spilled window by window."""
    paragraphs = [_report(n, 20) for n in range(int(megabytes * 1_000_000 / 3_000) + 1)]
    return "A long annual review\n\nMarch 4, 2024 by Ines Duarte\n\n" + "\n\n".join(paragraphs)


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_and_wait_for_spill(tmp_path: Path) -> tuple[subprocess.Popen, Path, Path]:
    """A -j2 convert of two long texts, once a worker has spilled a window of one into the run's scratch folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(2):
        (folder / f"long{n}.txt").write_text(_long_text(3) + f"\n\nCopy {n}.\n", encoding="utf-8")
    temp = tmp_path / "temp"  # the system's temporary folder, as the run sees it: nothing may be left there
    temp.mkdir()
    out = tmp_path / "ds"
    run = subprocess.Popen([sys.executable, "-m", "scoexport.cli", "convert", str(folder), "-o", str(out), "-j", "2",
                            "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           env={**os.environ, "TMPDIR": str(temp)})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and run.poll() is None:
        if any(tmp_path.glob(".ds.partial-*/.scratch/scoexport-window-*")):
            break
        time.sleep(0.05)
    if run.poll() is not None:
        pytest.skip("the run finished before it could be stopped")
    return run, out, temp


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_run_stopped_by_sigterm_leaves_nothing_behind(tmp_path: Path) -> None:
    run, out, temp = _start_and_wait_for_spill(tmp_path)
    workers = _children(run.pid)
    run.send_signal(signal.SIGTERM)
    _, err = run.communicate(timeout=120)
    assert run.returncode == 128 + signal.SIGTERM
    assert err.strip().splitlines() == [f"error: stopped by SIGTERM; {out} left as it was"], err
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["in", "temp"]
    assert list(temp.iterdir()) == []
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_run_leaves_no_worker_and_the_next_run_clears_its_files(tmp_path: Path) -> None:
    run, out, temp = _start_and_wait_for_spill(tmp_path)
    workers = _children(run.pid)
    assert workers
    run.kill()
    run.communicate(timeout=60)
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)  # they die with their parent, spilling no more
    assert list(tmp_path.glob(".ds.partial-*/.scratch/scoexport-window-*"))  # what the killed run left
    (tmp_path / "in" / "long1.txt").unlink()
    (tmp_path / "in" / "short.txt").write_text(_report(1), encoding="utf-8")
    (tmp_path / "in" / "long0.txt").unlink()
    assert convert([tmp_path / "in"], out, jobs=2).documents == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds", "in", "temp"]
    assert list(temp.iterdir()) == [] and _hidden(out) == []
