"""A per-document budget of time and memory, so that one runaway document costs one error row.

Enters: a document's processing, wrapped in `within(budget)`, which reports the stage it is in
through `stage(name)`. Leaves: the processing's result, or `BudgetExceeded` naming the stage that
ran over.

- Time: the budget is the process's CPU time (user and system), not the wall clock: on a machine
  shared with other work a document waits for the processor without spending its budget, so the
  same document is stopped, or not, whatever the load. A profiling interval timer (ITIMER_PROF,
  which counts user and system time as RLIMIT_CPU does) raises `BudgetExceeded` in the stage that
  runs over. Code that does not return to the interpreter (one long C call) cannot be interrupted
  that way, so a CPU-time limit of twice the budget stands behind it in a pool's worker process:
  the system then stops the process (SIGXCPU), which the pool reports as a dead worker, costing
  that one document. Time spent waiting (sleep, a slow disk) is not counted.
- Memory: the address space may grow by the budget over what the process held when the document
  started; an allocation past it raises MemoryError, reported as the stage over budget.
Both are POSIX resource limits; where they are missing (Windows) the budget is not enforced.
"""
from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

DEFAULT_SECONDS = 600.0
DEFAULT_MEGABYTES = 4096
_current_stage = ["read"]


@dataclass(frozen=True)
class Budget:
    """CPU seconds and megabytes one document may use; 0 means no limit."""

    seconds: float = DEFAULT_SECONDS
    megabytes: int = DEFAULT_MEGABYTES


DEFAULT_BUDGET = Budget()


class BudgetExceeded(Exception):
    """A document ran over its budget; the message names the stage and the limit."""


def stage(name: str) -> None:
    """Say which stage the current document is in (named in a budget error)."""
    _current_stage[0] = name


def current_stage() -> str:
    return _current_stage[0]


def _address_space() -> int | None:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        return None


def _on_budget_spent(signum: int, frame: object) -> None:
    raise BudgetExceeded(f"took longer than its time budget (CPU seconds) in stage {current_stage()}")


@contextlib.contextmanager
def _time_limit(seconds: float, hard_stop: bool) -> Iterator[None]:
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    # ITIMER_PROF counts user and system time, as RLIMIT_CPU does: the timer always fires first
    previous = signal.signal(signal.SIGPROF, _on_budget_spent)
    cpu_limit = None
    if hard_stop and resource is not None:
        soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
        used = time.process_time()
        cpu_limit = (soft, hard)
        wanted = int(used + 2 * seconds) + 1
        if hard == resource.RLIM_INFINITY or wanted <= hard:
            resource.setrlimit(resource.RLIMIT_CPU, (wanted, hard))
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if cpu_limit is not None:
            resource.setrlimit(resource.RLIMIT_CPU, cpu_limit)


@contextlib.contextmanager
def _memory_limit(megabytes: int) -> Iterator[None]:
    held = _address_space()
    if not megabytes or resource is None or held is None:
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = held + megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY and wanted > hard:
        wanted = hard
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    except MemoryError:
        raise BudgetExceeded(f"needed more than its memory budget ({megabytes} MB) in stage {current_stage()}") from None
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@contextlib.contextmanager
def within(budget: Budget, hard_stop: bool = False) -> Iterator[None]:
    """Run the body within the budget; BudgetExceeded names the stage that ran over.

    `hard_stop` adds the CPU-time limit that ends the process: only for a pool's worker process.
    """
    stage("start")
    with _time_limit(budget.seconds, hard_stop), _memory_limit(budget.megabytes):
        yield

