"""The exit statuses of every command and the one way a command stops with an error.

A command's error is one line on standard error, `error: <what> ...`, and its status tells a script
what happened: some inputs failed, nothing was converted, bad usage, or interrupted.
"""
from __future__ import annotations

import typer

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_CONVERTED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def error(message: str, status: int = EXIT_USAGE) -> typer.Exit:
    """Print `error: MESSAGE` on standard error and return the exit to raise with STATUS."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(status)
