"""A deadline for a test of a pattern's cost: the body stops with TimeoutError when it runs longer than allowed.

A pattern that backtracks without bound on a long run does not fail: it runs for minutes or hours. The tests that
prove a pattern linear run it on such a run inside `within`, so that the old pattern fails them in seconds."""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def within(seconds: int, why: str = "one match attempt grows faster than the text") -> Iterator[None]:
    def too_long(signum: int, frame: object) -> None:
        raise TimeoutError(why)

    previous = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
