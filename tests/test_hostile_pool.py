"""The process pool and the per-document budget: a dead worker costs one document, a runaway
document becomes an error row naming its stage, Ctrl-C ends a -j2 run with one line."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scoexport import pipeline
from scoexport.budget import Budget
from scoexport.pipeline import process_document
from scoexport.records import DocumentResult, Failure
from scoexport.run import convert, iter_results
from scoexport.sources.inputs import read_source

from .conftest import SEEDS

KILL_WORD = "KILL-THIS-WORKER"


def _die_on_marker(source, *args, **kwargs):
    if KILL_WORD in source.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return process_document(source, *args, **kwargs)


def _inputs(tmp_path: Path, n: int = 6) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        words = KILL_WORD if i == 2 else f"number {i}"
        (folder / f"doc{i}.txt").write_text(f"Title {i}\n\nThe council met again, {words}, on a Tuesday.\n", encoding="utf-8")
    return folder


def test_a_dead_worker_costs_one_document(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "process_document", _die_on_marker)
    results = list(iter_results([_inputs(tmp_path)], jobs=2))
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(results) == 6 and len(failures) == 1
    assert failures[0].path.endswith("doc2.txt") and "SIGKILL" in failures[0].error
    assert [Path(r.source.path).name for r in results if isinstance(r, DocumentResult)] == [
        "doc0.txt", "doc1.txt", "doc3.txt", "doc4.txt", "doc5.txt"]


def test_a_runaway_document_becomes_an_error_row_naming_its_stage(tmp_path: Path, monkeypatch) -> None:
    import scoexport.pipeline as p

    real_extract = p.extract

    def slow_extract(ctx):
        if any("RUNAWAY" in para.text for para in ctx.paragraphs):
            while True:
                pass
        return real_extract(ctx)

    monkeypatch.setattr(p, "extract", slow_extract)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title\n\nA RUNAWAY document.\n")
    (folder / "b.txt").write_text("Title\n\nAn ordinary document.\n")
    summary = convert([folder], tmp_path / "ds", budget=Budget(seconds=0.5, megabytes=0))
    assert summary.documents == 1
    [failure] = summary.failures
    assert failure.path.endswith("a.txt") and failure.stage == "extract" and "time budget" in failure.error


def test_a_memory_hungry_document_becomes_an_error_row(monkeypatch) -> None:
    import scoexport.pipeline as p

    def hungry_parse(source, rules=None):
        return [bytearray(1024 * 1024) for _ in range(4096)]  # 4 GB, far past the budget

    monkeypatch.setattr(p, "parse", hungry_parse)
    result = process_document(read_source(str(next(SEEDS.glob("*.txt")))), Budget(seconds=60, megabytes=256))
    assert isinstance(result, Failure) and result.stage == "parse" and "memory budget" in result.error


def test_ctrl_c_with_two_jobs_prints_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_text(encoding="utf-8")
    for i in range(300):
        (folder / f"doc{i}.txt").write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")
    out = tmp_path / "ds"
    run = subprocess.Popen([sys.executable, "-m", "scoexport.cli", "convert", str(folder), "-o", str(out), "-j", "2"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".ds.partial-") for p in tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)  # interrupt once documents are being converted
    time.sleep(0.5)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=180)
    if run.returncode == 0:
        pytest.skip("the run finished before the interrupt")
    assert run.returncode == 130
    assert err.strip().splitlines() == [f"error: interrupted; {out} left as it was"], err
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".ds")] == []


CALLER = '''
import pathlib, struct, sys, time
import scoexport
from scoexport import pipeline

real = pipeline.process_document


def half_a_result(source, *args, **kwargs):
    """In a worker: half of a result message on the pool's result pipe, as a worker killed while sending one
    leaves it, then nothing more."""
    if "STALL" not in source.text:
        return real(source, *args, **kwargs)
    frame = sys._getframe()
    while frame is not None and "result_queue" not in frame.f_locals:
        frame = frame.f_back
    if frame is None:
        pathlib.Path(sys.argv[3]).write_text("no result queue")
        return real(source, *args, **kwargs)
    frame.f_locals["result_queue"]._writer._send(struct.pack("!i", 1 << 20) + b"x" * 100)
    pathlib.Path(sys.argv[3]).write_text("stalled")
    time.sleep(600)


pipeline.process_document = half_a_result
try:
    scoexport.convert([sys.argv[1]], sys.argv[2], jobs=2)
except KeyboardInterrupt:
    print("interrupted", flush=True)
'''


def test_an_api_caller_that_catches_ctrl_c_exits(tmp_path: Path) -> None:
    """convert(jobs=2) interrupted while a worker's result is half sent: the caller catches KeyboardInterrupt and
    its interpreter ends (it used to wait for ever on the pool's thread, reading the rest of that message)."""
    folder = _inputs(tmp_path)
    (folder / "doc0.txt").write_text("Title\n\nThe council met again, STALL, on a Tuesday.\n", encoding="utf-8")
    script, marker = tmp_path / "caller.py", tmp_path / "marker"
    script.write_text(CALLER, encoding="utf-8")
    run = subprocess.Popen([sys.executable, str(script), str(folder), str(tmp_path / "ds"), str(marker)],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not marker.exists() and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.05)
    if marker.exists() and marker.read_text() != "stalled":
        run.kill()
        pytest.skip("this Python's process pool keeps its result queue elsewhere")
    time.sleep(0.2)
    run.send_signal(signal.SIGINT)
    try:
        out, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        run.kill()
        out, _ = run.communicate()
        pytest.fail(f"the caller did not exit within a minute of Ctrl-C (it printed {out!r})")
    assert out == "interrupted\n" and run.returncode == 0, err
    assert not (tmp_path / "ds").exists()
