"""The time budget is the process's CPU time: a document busy on the processor past it is stopped in
the stage it is in; a document that only waits (as it does on a loaded machine) is not."""
from __future__ import annotations

import time

import pytest

from scoexport.budget import Budget, BudgetExceeded, stage, within


def _spin(cpu_seconds: float) -> None:
    end = time.process_time() + cpu_seconds
    while time.process_time() < end:
        pass


def test_a_document_busy_past_its_cpu_budget_is_stopped_naming_its_stage() -> None:
    with pytest.raises(BudgetExceeded, match="stage segment"):
        with within(Budget(seconds=0.3, megabytes=0)):
            stage("segment")
            _spin(5.0)


def test_a_document_that_waits_longer_than_its_budget_is_not_stopped() -> None:
    # waiting spends wall-clock time, not CPU time: a wall-clock timer would stop this document
    with within(Budget(seconds=0.3, megabytes=0)):
        stage("parse")
        time.sleep(0.8)
        _spin(0.05)


def test_the_budget_is_given_back_when_the_document_ends() -> None:
    with within(Budget(seconds=0.3, megabytes=0)):
        _spin(0.1)
    _spin(0.5)  # past the budget after the document: no timer left behind
