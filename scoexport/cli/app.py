"""The `scoexport` typer app and its `convert` command: a thin shell over `run.convert`.

The dataset commands (`query`, `db`, `schema`) live in `cli/dataset.py` and are registered here, so
this module decides the order `--help` lists them in and the exit statuses come from `cli/exits.py`.
"""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Annotated, TextIO

import typer

from .. import __version__
from ..budget import DEFAULT_BUDGET, Budget
from ..earlier import WouldShrinkError
from ..export.folder import FolderError
from ..outcomes import headline, kept_older_warning, outcome_lines
from ..parse.html.rules import RulesError
from ..records import Failure, printable_path
from ..run import MissingInputsError, RunSummary
from ..run import convert as convert_documents
from ..sources.inputs import FOLDER_SUFFIXES
from ..sources.record_fields import RecordFields
from .dataset import db, query, schema
from .exits import (
    EXIT_NOTHING_CONVERTED,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    Stopped,
    end_interrupted,
    error,
    stopped_by_signals,
)
from .show import show

app = typer.Typer(
    help="Turn a folder of articles and reports (PDF, text, HTML, web archives, JSON, JSON Lines or Parquet "
         "records) into a queryable dataset of Parquet tables.",
    no_args_is_help=True,
    add_completion=False,
    # docstrings are Markdown: their paragraphs are wrapped to the terminal, never broken where the source breaks
    rich_markup_mode="markdown",
)

PACKAGE = Path(__file__).resolve().parent.parent
SEEDS = PACKAGE.parent / "seeds"
LOG_LEVELS = (logging.ERROR, logging.INFO, logging.DEBUG)  # by -v count: quiet, skipped inputs, every document


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a record comes (a test runner swaps it per command)."""

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _: TextIO) -> None:
        pass


def configure_logging(verbose: int) -> None:
    """Log lines of the library on standard error: errors only, then with -v skipped inputs and
    each run's steps, with -vv each document's timing and every piece of text removed and why."""
    logger = logging.getLogger("scoexport")
    logger.setLevel(LOG_LEVELS[min(verbose, len(LOG_LEVELS) - 1)])
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"scoexport {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True,
                                         help="Log more on standard error: -v skipped inputs, -vv each document's "
                                              "timing and the reason each line or block was removed.")] = 0,
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_print_version,
                                          help="Print the version and exit.")] = False,
) -> None:
    configure_logging(verbose)


def _default_inputs() -> list[str]:
    packaged = PACKAGE / "seeds"
    for folder in (packaged, SEEDS):
        if folder.is_dir():
            return [str(folder)]
    return []


@app.command()
def convert(
    inputs: Annotated[list[str] | None, typer.Argument(
        help=f"Files, folders (searched recursively for {', '.join(FOLDER_SUFFIXES)}) or glob patterns. With none, "
             "the bundled sample documents (seeds/) are converted.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Dataset folder to write (replaced atomically).")] = Path("dataset"),
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0,
                                      help="Processes to use; 0 means one per CPU core.")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    prune: Annotated[bool, typer.Option("--prune", help="Drop the rows of inputs converted earlier into OUT that this "
                                        "run does not find: gone, or not named (never when a named input is "
                                        "missing).")] = False,
    full: Annotated[bool, typer.Option("--full", help="Convert every input again: those named and those of OUT's "
                                       "earlier runs still found, not only the new and changed ones; earlier "
                                       "inputs that are gone or fail now keep their rows unless --prune.")] = False,
    dask: Annotated[str | None, typer.Option("--dask", help="Convert on Dask: 'local' for a cluster of -j processes "
                                             "here, or a scheduler address (tcp://HOST:8786) whose workers see the "
                                             "inputs and OUT's folder at the same paths. Needs scoexport[dask].")] = None,
    doc_seconds: Annotated[float, typer.Option("--doc-seconds", min=0, help="CPU seconds one document may "
                                               "use (not wall-clock: waiting on a loaded machine does not count); "
                                               "past it the document becomes an error row. 0: no limit.")]
        = DEFAULT_BUDGET.seconds,
    doc_memory: Annotated[int, typer.Option("--doc-memory", min=0, help="Megabytes of memory one document may "
                                            "use; past it the document becomes an error row. 0: no limit.")]
        = DEFAULT_BUDGET.megabytes,
    wait: Annotated[float, typer.Option("--wait", min=0, help="Seconds to wait when another run is writing "
                                        "the same folder (default: refuse at once).")] = 0.0,
    rules: Annotated[Path | None, typer.Option("--rules", help="A TOML file of CSS selectors per site: what to "
                                               "keep and what to drop on its pages (see the README's 'Per-site "
                                               "rules').")] = None,
    text_field: Annotated[str | None, typer.Option("--text-field", metavar="NAME", help="Field of JSON, JSON Lines "
                                                   "or Parquet records that holds the text (default: text, content, "
                                                   "maintext, body, ...).")] = None,
    html_field: Annotated[str | None, typer.Option("--html-field", metavar="NAME", help="Field of the records that "
                                                   "holds the page's HTML (default: html, raw_html, ...).")] = None,
    field: Annotated[list[str] | None, typer.Option("--field", metavar="KIND=NAME", help="Field of the records that "
                                                    "holds the url, title, date, author, language, publisher or id; "
                                                    "KIND= reads none. Repeat for several.")] = None,
) -> None:
    """Convert documents into a dataset: `OUT/<table>/*.parquet`, `OUT/open.sql` and `OUT/manifest.json`.

    Example: `scoexport convert reports/ 'news/**/*.html' -o dataset`

    A JSON, JSON Lines or Parquet file of records gives one document per record: its text or HTML field
    and its metadata fields (url, title, date, author, ...) are found by their usual names, or named with
    `--text-field`, `--html-field` and `--field KIND=NAME`; what the record states wins over what the text
    seems to say, for example:

    `scoexport convert items.jsonl --text-field body --field date=pubDate`

    Into an existing dataset only new and changed inputs are converted (by size and modification
    time, then content hash); the others keep their rows. Inputs converted earlier and not named or
    not found now are kept unless --prune is given, and an input that fails now keeps its earlier rows.

    --full converts every input again: those named and the earlier inputs not named that are still
    found; the rows of earlier inputs that are gone or fail now are kept as they were unless --prune
    (--full --prune: exactly the inputs named). A dataset made by other code or site rules is rebuilt
    the same way without asking, and says so when it keeps rows that code made. When OUT's columns
    changed its rows cannot be kept: the run refuses to drop any (exit status 2) unless --prune
    (inputs gone) or --full (inputs gone or failing) is given.

    Exit status: 0 all converted, 1 some inputs failed (listed, and in the errors table),
    2 nothing could be converted, or the run would drop documents unasked (OUT is left as it was),
    3 bad usage or OUT cannot be written,
    130 interrupted (OUT is left as it was; 143 and 129 when stopped by SIGTERM or SIGHUP).
    """
    paths = inputs or _default_inputs()
    if not paths:
        raise error("no inputs given and no bundled seeds found", EXIT_USAGE)
    try:
        fields = RecordFields.of(field or (), text=text_field, html=html_field)
    except ValueError as exc:
        raise error(str(exc), EXIT_USAGE) from None
    progress = None if quiet or not sys.stderr.isatty() else _progress()

    def on_total(total: int | None) -> None:
        if progress is not None:  # the listing is done: the workers are converting before any result is back
            progress.update(progress.task_ids[0], total=total, description="converting")

    def on_document(path: str, failure: Failure | None) -> None:
        if failure is not None:
            typer.echo(f"error: {failure.path}: {failure.error}", err=True)
        if progress is not None:
            progress.update(progress.task_ids[0], description=f"converting {Path(path).name}")

    def on_progress(done: int) -> None:  # input by input, under -j as in one process
        if progress is not None:
            progress.update(progress.task_ids[0], advance=done)

    try:
        with stopped_by_signals():
            summary = convert_documents(paths, out, jobs=jobs or os.cpu_count() or 1, incremental=not full,
                                        prune=prune, dask=dask, on_document=on_document, on_progress=on_progress,
                                        on_total=on_total, budget=Budget(doc_seconds, doc_memory), wait=wait,
                                        rules=rules, fields=fields)
    except RulesError as exc:
        raise error(f"{exc}; nothing converted", EXIT_USAGE) from None
    except WouldShrinkError as exc:
        raise error(str(exc), EXIT_NOTHING_CONVERTED) from None
    except MissingInputsError as exc:
        raise error(f"{exc}; nothing converted, {out} left as it was", EXIT_NOTHING_CONVERTED) from None
    except FolderError as exc:
        raise error(str(exc), EXIT_USAGE) from None
    except OSError as exc:  # a full disk, a read-only or unwritable target: nothing of the run is left
        where = printable_path(exc.filename) if isinstance(exc.filename, str) else str(out)
        raise error(f"cannot write {where}: {exc.strerror or exc}; {out} left as it was", EXIT_USAGE) from None
    except KeyboardInterrupt as exc:
        if progress is not None:
            progress.stop()
        if isinstance(exc, Stopped):
            end_interrupted(f"stopped by {exc}; {out} left as it was", 128 + exc.signum)
        end_interrupted(f"interrupted; {out} left as it was")
    finally:
        if progress is not None:
            progress.stop()
    if not summary.written:
        _say_what_happened(summary, quiet)
        raise error(f"nothing converted; {out} left as it was", EXIT_NOTHING_CONVERTED)
    if not quiet:
        counts = ", ".join(f"{n} {t}" for t, n in summary.counts.items() if t not in ("documents", "errors"))
        typer.echo(f"{headline(summary)} ({counts})")
        if warning := kept_older_warning(summary):
            typer.echo(f"warning: {warning}", err=True)
    _say_what_happened(summary, quiet)
    if not quiet and (summary.skipped or summary.failures or summary.duplicates):
        typer.echo(f"every input skipped or failed is listed in {out}/manifest.json (failures also in the errors table)",
                   err=True)
    if summary.documents == 0 and summary.kept == 0:
        raise typer.Exit(EXIT_NOTHING_CONVERTED)
    if summary.failures:
        raise typer.Exit(EXIT_SOME_FAILED)


def _say_what_happened(summary: RunSummary, quiet: bool) -> None:
    """The run's outcome for each kind of input (by suffix), on standard error: converted, skipped and why,
    failed and why, grouped, so that a folder of many kinds of files is accounted for in a few lines."""
    lines = outcome_lines(summary)
    if quiet or not lines:
        return
    typer.echo("by kind of input:", err=True)
    for line in lines:
        typer.echo(line, err=True)


def _progress():  # type: ignore[no-untyped-def]
    """A progress bar on standard error: documents done of the total (known once the inputs are listed),
    documents per second and the time left."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.table import Column
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):  # type: ignore[no-untyped-def]
            return Text(f"{task.speed:.1f} docs/s" if task.speed else "", no_wrap=True)

    name = TextColumn("{task.description}", table_column=Column(max_width=32, no_wrap=True, overflow="ellipsis"))
    progress = Progress(SpinnerColumn(), name, BarColumn(bar_width=24), MofNCompleteColumn(), Rate(),
                        TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(), transient=True)
    progress.add_task("listing inputs", total=None)
    progress.start()
    return progress


# the dataset commands, in the order --help lists them
app.command()(query)
app.command()(db)
app.command()(schema)
app.command()(show)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
