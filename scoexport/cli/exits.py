"""The exit statuses of every command and the one way a command stops with an error.

A command's error is one line on standard error, `error: <what> ...`, and its status tells a script
what happened: some inputs failed, nothing was converted, bad usage, or interrupted.
"""
from __future__ import annotations

import logging
import os
import sys
from typing import NoReturn

import typer

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_CONVERTED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def error(message: str, status: int = EXIT_USAGE) -> typer.Exit:
    """Print `error: MESSAGE` on standard error and return the exit to raise with STATUS."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(status)


def end_interrupted(message: str) -> NoReturn:
    """Print `error: MESSAGE` and end the process with status 130 at once, joining no thread the run left
    behind (the process pool's manager thread ends on its own, `pool._stop`, but need not be waited for);
    everything the run wrote has been finished or removed by the time this is called."""
    typer.echo(f"error: {message}", err=True)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(EXIT_INTERRUPTED)
