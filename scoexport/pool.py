"""The local process pool: documents through the per-document function in worker processes, in
input order, a dead worker costing one document and Ctrl-C ending the run with one line.

Enters: an iterator of items, where `Source`s are processed and anything else (failures, skips)
passes through in place. Leaves: the results in input order.

A worker that dies (killed, out of memory, over its CPU-time limit) breaks the whole executor and
every document in flight with it. Which one killed it is not known, so each unfinished document of
the window is run again alone in a fresh process: the one that dies again becomes a `Failure`,
the others their results, and the run goes on with a new pool. Workers ignore SIGINT, so Ctrl-C
reaches the parent alone: it stops the workers and raises KeyboardInterrupt once.
"""
from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from .records import Failure, Source

WINDOW_PER_JOB = 4  # documents in flight per process: enough to keep them busy, memory stays flat


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


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


def _run_alone(fn: Callable[[Source], Any], source: Source) -> Any:
    """The document in a process of its own: its result, or a Failure when that process dies."""
    ctx = multiprocessing.get_context()
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(fn, source, send))
    process.start()
    send.close()
    try:
        result = receive.recv()
    except EOFError:
        result = None
    process.join()
    return result if result is not None else Failure(source.path, "process", _death(process.exitcode))


def _child(fn: Callable[[Source], Any], source: Source, send: Any) -> None:
    _ignore_interrupts()
    send.send(fn(source))
    send.close()


def map_documents(items: Iterable[Any], fn: Callable[[Source], Any], jobs: int) -> Iterator[Any]:
    """fn over every Source of items in `jobs` worker processes, in order; other items pass through."""
    pool = ProcessPoolExecutor(jobs, initializer=_ignore_interrupts)
    window: deque[tuple[Any, Future | None]] = deque()

    def finish(item: Any, future: Future | None) -> Any:
        nonlocal pool
        if future is None:
            return item
        try:
            return future.result()
        except BrokenProcessPool:
            pool.shutdown(wait=True, cancel_futures=True)
            pool = ProcessPoolExecutor(jobs, initializer=_ignore_interrupts)
            # every document in flight is lost with the pool: run each again alone, in order
            rest = [(i, None if f is None else _Done(_run_alone(fn, i))) for i, f in window]
            window.clear()
            window.extend(rest)
            return _run_alone(fn, item)

    try:
        for item in items:
            window.append((item, pool.submit(fn, item) if isinstance(item, Source) else None))
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
