"""The cycle collector is paused while a document is worked on and resumed after, as it was."""
from __future__ import annotations

import gc

import pytest

from scoexport import process
from scoexport.collector import cycles_paused


def test_paused_inside_and_restored_after_even_on_error() -> None:
    assert gc.isenabled()
    with cycles_paused():
        assert not gc.isenabled()
        with cycles_paused():  # nested (the HTML route pauses it per page inside a document)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), cycles_paused():
        raise ValueError("a broken document")
    assert gc.isenabled()


def test_left_disabled_by_a_caller_stays_disabled() -> None:
    gc.disable()
    try:
        with cycles_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_document_is_processed_with_the_collector_paused(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scoexport import pipeline

    seen = []
    stages = pipeline._stages

    def spy(source, rules):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return stages(source, rules)

    monkeypatch.setattr(pipeline, "_stages", spy)
    result = process(text="Leaders met in Astana on 4 July 2024.")
    assert seen == [False] and gc.isenabled()
    assert [f.value for f in result.facts if f.kind == "date"] == ["2024-07-04"]


def _written_with(monkeypatch, module) -> list[bool]:  # type: ignore[no-untyped-def]
    """Whether the collector was enabled each time a document's rows were made in `module`."""
    seen: list[bool] = []
    rows = module.document_rows

    def spy(result):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        yield from rows(result)

    monkeypatch.setattr(module, "document_rows", spy)
    return seen


def _inputs(tmp_path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"d{n}.txt").write_text(f"Report {n}\n\nLeaders met in Astana on {n + 1} July 2024.\n")
    (folder / "page.html").write_text("<html><body><h1>A page</h1><p>Talks opened in Vienna on 2 May 2024.</p>"
                                      "</body></html>")
    return folder


def test_one_process_writes_each_documents_rows_with_the_collector_still_paused(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scoexport import convert
    from scoexport.export import writer

    seen = _written_with(monkeypatch, writer)
    summary = convert([_inputs(tmp_path)], tmp_path / "out", jobs=1)
    assert summary.documents == 4 and seen == [False] * 4
    assert gc.isenabled()  # and resumed after the run


def test_a_worker_writes_each_documents_rows_with_the_collector_still_paused(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scoexport import partitions
    from scoexport.partitions import Partition, convert_partition

    seen = _written_with(monkeypatch, partitions)
    paths = sorted(str(p) for p in _inputs(tmp_path).iterdir())
    out = tmp_path / "part"
    out.mkdir()
    done = convert_partition(Partition(paths, str(out), "part-000001", str(tmp_path / "progress")))
    assert len(done.items) == 4 and seen == [False] * 4
    assert gc.isenabled()
