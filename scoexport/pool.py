"""The local process pool: documents through the per-document function in worker processes, in
input order, a dead worker costing one document and Ctrl-C ending the run with one line.

Enters: an iterator of items, where `Source`s (or tasks, such as `partitions.Partition`) are processed and
failures and skips pass through in place. Leaves: the results in input order.

A worker that dies (killed, out of memory, over its CPU-time limit) breaks the whole executor and
every item in flight with it. Which one killed it is not known, so each unfinished item of the window
that had started is run again alone in a fresh process: a document that dies again becomes a `Failure`
(a partition, the same partition without the input it died on), the others their results, and the run
goes on with a new pool. Workers ignore SIGINT, so Ctrl-C
reaches the parent alone: it stops the workers and raises KeyboardInterrupt once.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import multiprocessing
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout  # TimeoutError itself from Python 3.11
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from .records import Failure, Skipped, Source

WINDOW_PER_JOB = 4  # items in flight per process: enough to keep them busy, memory stays flat
_PR_SET_PDEATHSIG = 1


def _ignore_interrupts() -> None:
    """A worker leaves Ctrl-C and a closing terminal (sent to every process of the terminal) to the parent, which
    stops it, and dies with the parent: one killed outright (SIGKILL) leaves no worker running on."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a worker stopped on its own is a dead worker
    _die_with_parent()


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (prctl PR_SET_PDEATHSIG); elsewhere nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: after Ctrl-C nobody waits for the documents they hold.

    A worker killed while it was writing a result leaves half a message in the result pipe, and the
    executor's manager thread waits for the rest; interpreter exit joins that thread. With the workers
    dead, this process holds the pipe's last writing end: closing it ends the thread's read (end of
    file), so the thread takes the pool as broken and finishes, and a caller of `convert` that catches
    KeyboardInterrupt can exit. The caller gets its KeyboardInterrupt at once, without waiting for the
    pool; a command-line run ends its process without joining anything (`cli.exits.end_interrupted`)."""
    results = getattr(pool, "_result_queue", None)  # shutdown() lets go of it
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        if process.is_alive():
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
    if results is not None:
        results._writer.close()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        why = {"SIGKILL": "killed, perhaps for lack of memory", "SIGXCPU": "over its CPU-time limit",
               "SIGSEGV": "crashed"}.get(name, "stopped")
        return f"the worker process died on this document ({name}: {why})"
    return f"the worker process died on this document (exit status {exitcode})"


@dataclass(frozen=True)
class Again:
    """What `died` returns for an item to run alone once more (a partition without the input that killed it)."""

    item: Any


def _document_died(source: Source, message: str) -> Failure:
    return Failure(source.path, "process", message)


def _run_alone(fn: Callable[[Any], Any], item: Any, died: Callable[[Any, str], Any]) -> Any:
    """The item in a process of its own: its result, or when that process dies, what `died` makes of it
    (run alone again while it says `Again`)."""
    ctx = multiprocessing.get_context()
    while True:
        receive, send = ctx.Pipe(duplex=False)
        process = ctx.Process(target=_child, args=(fn, item, send))
        process.start()
        send.close()
        try:
            result = receive.recv()
        except EOFError:
            result = None
        receive.close()
        process.join()
        if result is not None:
            return result
        outcome = died(item, _death(process.exitcode))
        if not isinstance(outcome, Again):
            return outcome
        item = outcome.item


def _child(fn: Callable[[Any], Any], item: Any, send: Any) -> None:
    _ignore_interrupts()
    send.send(fn(item))
    send.close()


def _passes(item: Any) -> bool:
    """Failures and skips of the listing pass through in place; everything else is work."""
    return isinstance(item, (Failure, Skipped))


def map_documents(items: Iterable[Any], fn: Callable[[Any], Any], jobs: int, *,
                  died: Callable[[Any, str], Any] = _document_died,
                  started: Callable[[Any], bool] = lambda item: True,
                  waiting: Callable[[], None] | None = None, every: float = 1.0) -> Iterator[Any]:
    """fn over every item (a `Source`, or a task such as a partition of inputs) in `jobs` worker processes, in
    order; failures and skips pass through. When a worker dies, every unfinished item that `started` runs again
    alone (`died` says what an item whose process dies again becomes: by default a Failure of the document), and
    the others go to a new pool. While it waits for the next result, `waiting` is called every `every` seconds
    (`progress.Watch.look` reads how far the workers are)."""
    pool = ProcessPoolExecutor(jobs, initializer=_ignore_interrupts)
    window: deque[tuple[Any, Future | None]] = deque()

    def renew() -> None:
        """After the pool broke: a new pool, and each unfinished item of the window alone or resubmitted."""
        nonlocal pool
        pool.shutdown(wait=True, cancel_futures=True)
        pool = ProcessPoolExecutor(jobs, initializer=_ignore_interrupts)
        rest = []
        for item, future in window:
            if future is not None and (not future.done() or future.exception() is not None):
                future = _Done(_run_alone(fn, item, died)) if started(item) else pool.submit(fn, item)
            rest.append((item, future))
        window.clear()
        window.extend(rest)

    def finish(item: Any, future: Future | None) -> Any:
        if future is None:
            return item
        while True:
            try:
                return future.result(timeout=None if waiting is None else every)
            except FutureTimeout:
                if future.done() or waiting is None:  # the work's own error, not the wait's
                    raise
                waiting()
            except BrokenProcessPool:
                # every item in flight is lost with the pool: the one that killed it is among those started
                window.appendleft((item, future))
                renew()
                item, future = window.popleft()

    try:
        for item in items:
            window.append((item, None if _passes(item) else pool.submit(fn, item)))
            if len(window) >= jobs * WINDOW_PER_JOB:
                yield finish(*window.popleft())
        while window:
            yield finish(*window.popleft())
    except (KeyboardInterrupt, GeneratorExit):  # Ctrl-C here, or the caller stopped reading (its own error, Ctrl-C)
        _stop(pool)
        raise
    pool.shutdown(wait=True)


class _Done(Future):
    """A future that already holds its result (a document re-run alone after a worker died)."""

    def __init__(self, result: Any) -> None:
        super().__init__()
        self.set_result(result)
