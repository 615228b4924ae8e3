"""Progress moves input by input under a pool of workers, not a partition at a time."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from scoexport import pipeline
from scoexport.progress import Watch, note, noted
from scoexport.run import convert

_real = pipeline.process_document
WAIT = 20.0  # seconds a document waits to be heard of before it goes on regardless (and says so)


def _after_the_one_before_is_heard(source, *args, **kwargs):  # type: ignore[no-untyped-def]
    """In a worker: document number k (by name) starts only once the parent has heard that k documents are done."""
    folder = Path(source.path).parent
    k = int(Path(source.path).stem[1:])
    deadline = time.monotonic() + WAIT
    while _heard(folder) < k:
        if time.monotonic() > deadline:
            (folder.parent / f"late-{k}").write_text("not heard of in time")
            break
        time.sleep(0.02)
    return _real(source, *args, **kwargs)


def _heard(folder: Path) -> int:
    try:
        return int((folder.parent / "heard").read_text() or 0)
    except (OSError, ValueError):
        return 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_progress_callback_hears_every_document_as_it_is_done(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                  jobs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 6
    for k in range(n):  # a few hundred bytes each: one partition holds them all
        (folder / f"d{k}.txt").write_text(f"Report {k}\n\nMinisters met in Vienna on {k + 1} May 2024 to talk.\n")
    (folder / "empty.txt").write_text("")  # read, skipped: done all the same
    monkeypatch.setattr(pipeline, "process_document", _after_the_one_before_is_heard)
    heard: list[int] = []

    def on_progress(done: int) -> None:
        heard.append(done)
        (tmp_path / "heard.tmp").write_text(str(sum(heard)))
        (tmp_path / "heard.tmp").replace(tmp_path / "heard")

    summary = convert([folder], tmp_path / "out", jobs=jobs, on_progress=on_progress)
    assert summary.documents == n
    assert not list(tmp_path.glob("late-*"))  # each document was heard of before the next one started
    assert sum(heard) == n + 1  # and every input, the skipped one too, exactly once


def test_a_watch_reads_the_notes_and_hears_no_input_twice(tmp_path: Path) -> None:
    class Task:
        def __init__(self, part: str) -> None:
            self.part, self.progress = part, str(tmp_path / f"{part}.at")

    heard: list[int] = []
    watch = Watch(heard.append)
    tasks = list(watch.handed([Task("a"), Task("b")]))
    watch.look()  # no worker has started
    assert heard == [] and noted(tasks[0].progress) == -1
    with open(tasks[0].progress, "wb", buffering=0) as a, open(tasks[1].progress, "wb", buffering=0) as b:
        note(a, 0)
        watch.look()
        note(a, 3)  # three inputs done, on the fourth
        note(b, 1)
        watch.look()
        assert heard == [3, 1]
        note(a, 1)  # run again after its worker died: counted from the start again
        watch.look()
        assert heard == [3, 1]
    watch.back("a", 5)
    watch.back("b", 2)
    assert sum(heard) == 7 and watch.heard == {}


def test_the_total_is_the_inputs_and_none_where_a_file_of_records_holds_uncounted_documents(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    plain.mkdir()
    for k in range(3):
        (plain / f"d{k}.txt").write_text(f"Document {k}.\n\nIt has a paragraph of its own, number {k}.\n")
    totals: list[int | None] = []
    heard: list[int] = []
    convert([plain], tmp_path / "a", on_total=totals.append, on_progress=heard.append)
    assert totals == [3] and sum(heard) == 3

    records = tmp_path / "records"
    records.mkdir()
    (records / "feed.jsonl").write_text("".join(
        f'{{"id": "r{k}", "text": "Record {k} tells of a meeting held on a Monday."}}\n' for k in range(4)))
    (records / "one.txt").write_text("A plain document beside the file of records.\n")
    totals.clear()
    heard.clear()
    summary = convert([records], tmp_path / "b", on_total=totals.append, on_progress=heard.append)
    assert summary.documents == 5
    assert totals == [None]  # 2 inputs, 5 documents: a total of 2 would be overrun
