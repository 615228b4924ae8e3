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
