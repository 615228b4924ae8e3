"""The exit statuses of every command and the one way a command stops with an error.

A command's error is one line on standard error, `error: <what> ...`, and its status tells a script
what happened: some inputs failed, nothing was converted, bad usage, or interrupted.
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from collections.abc import Iterator
from typing import NoReturn

import typer

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_CONVERTED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def error(message: str, status: int = EXIT_USAGE) -> typer.Exit:
    """Print `error: MESSAGE` on standard error and return the exit to raise with STATUS."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(status)


# signals that end a run as Ctrl-C does: `kill`, a service manager stopping it, the terminal closing
STOPPING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Stopped(KeyboardInterrupt):
    """A stopping signal, raised where the run is, so that it unwinds as on Ctrl-C: workers stopped, the partial
    dataset and its temporary files removed, the folder's lock released."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """While the body runs, SIGTERM and SIGHUP raise `Stopped` (where the system would end the process at once
    and leave the run's files behind)."""
    def stop(signum: int, frame: object) -> None:
        for s in STOPPING_SIGNALS:  # once: a second signal must not break off the cleaning up
            signal.signal(s, signal.SIG_IGN)
        raise Stopped(signum)

    previous = {s: signal.signal(s, stop) for s in STOPPING_SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def end_interrupted(message: str, status: int = EXIT_INTERRUPTED) -> NoReturn:
    """Print `error: MESSAGE` and end the process with `status` (130, or 128 + the signal that stopped it) at
    once, joining no thread the run left behind (the process pool's manager thread ends on its own,
    `pool._stop`, but need not be waited for); everything the run wrote has been finished or removed by the
    time this is called."""
    typer.echo(f"error: {message}", err=True)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
