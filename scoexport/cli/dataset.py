"""The commands over a written dataset: `query` (SQL in, rows out), `db` (one DuckDB file), `schema`.

Each reads its SQL or dataset, calls the library (`views.connect`, `views.write_database`,
`schema.describe`) and writes the result; `query` streams csv, json and parquet batch by batch so a
result larger than memory still goes out. The typer app in `cli/app.py` registers them.
"""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..schema import describe
from ..views import connect, write_database
from ..views.bundled import bundled_objects
from .exits import error


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def _read_sql(sql: str | None, file: Path | None) -> str:
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise error(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}") from None
    elif sql is not None and sql != "-":
        text = sql
    elif sys.stdin is None or sys.stdin.closed or sys.stdin.isatty():
        raise error("give SQL as an argument, with --file, or on standard input")
    else:
        try:
            text = sys.stdin.buffer.read().decode("utf-8-sig") if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        except UnicodeDecodeError:
            raise error("the SQL on standard input is not UTF-8 text") from None
        except OSError as exc:
            raise error(f"cannot read standard input: {exc.strerror or exc}") from None
    if not text.strip():
        raise error("no SQL given (the query is empty)" if sql is not None or file is not None
                    else "no SQL given (standard input is empty)")
    return text


QUERY_BATCH_ROWS = 10_000


def query(
    dataset: Annotated[Path, typer.Argument(help="Dataset folder written by convert.")],
    sql: Annotated[str | None, typer.Argument(
        help="SQL over the tables and views, e.g. 'SELECT * FROM document_overview'. "
             "Omit it (or give -) to read the SQL from standard input.")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="Read the SQL from this file.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table, csv, json or parquet.")] = OutputFormat.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the result to this file "
                                                "(needed for parquet).")] = None,
    max_width: Annotated[int, typer.Option(help="Truncate text cells to this many characters in table output.")] = 60,
) -> None:
    """Run SQL against a dataset with every bundled table, view and macro available.

    Examples:

    `scoexport query dataset "SELECT kind, count(*) FROM paragraphs GROUP BY kind"`

    `scoexport query dataset "SELECT * FROM search('trade corridors')" -f csv`

    `echo "SELECT * FROM timeline" | scoexport query dataset -f json`
    """
    text = _read_sql(sql, file)
    if fmt is OutputFormat.parquet and output is None:
        raise error("--format parquet needs --output FILE")
    if output is not None and not output.parent.is_dir():
        raise error(f"cannot write {output}: the folder {output.parent} does not exist")
    try:
        con = connect(dataset)
    except FileNotFoundError as exc:
        raise error(str(exc)) from None
    try:
        _run_query(con, text, fmt, output, max_width)
    except OSError as exc:
        raise error(f"cannot write {output}: {exc.strerror or exc}") from None
    except Exception as exc:  # duckdb raises many error classes; all are about the user's SQL
        raise error(" ".join(str(exc).split())) from None


def _run_query(con: Any, text: str, fmt: OutputFormat, output: Path | None, max_width: int) -> None:
    """Run the SQL and write its result; csv, json and parquet stream batch by batch."""
    from ..views.render import render, write_csv, write_json

    if fmt is OutputFormat.parquet:
        import pyarrow.parquet as pq

        reader = con.sql(text).to_arrow_reader(QUERY_BATCH_ROWS)
        with pq.ParquetWriter(output, reader.schema, compression="zstd") as writer:
            for batch in reader:
                writer.write_batch(batch)
        return
    result = con.execute(text)
    columns = [d[0] for d in result.description or []]
    if fmt is OutputFormat.table:
        rendered = render(columns, result.fetchall(), fmt.value, max_width)
        if output is not None:
            output.write_text(rendered, encoding="utf-8")
        else:
            typer.echo(rendered, nl=False)
        return
    batches = iter(lambda: result.fetchmany(QUERY_BATCH_ROWS), [])
    write = write_csv if fmt is OutputFormat.csv else write_json
    if output is not None:
        with open(output, "w", encoding="utf-8", newline="") as f:
            write(columns, batches, f)
    else:
        write(columns, batches, sys.stdout)


def db(
    dataset: Annotated[Path, typer.Argument(help="Dataset folder written by convert.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Database file to write "
                                             "(default: DATASET/dataset.duckdb).")] = None,
) -> None:
    """Write the dataset into one DuckDB database file with every table and view.

    The file holds copies of the tables, so a GUI client (DBeaver, DuckDB UI) or another machine opens
    it without the Parquet folder. Example:

    `scoexport db dataset -o sco.duckdb`
    """
    try:
        path = write_database(dataset, out)
    except FileNotFoundError as exc:
        raise error(str(exc)) from exc
    typer.echo(f"wrote {path}")


def schema(
    table: Annotated[str | None, typer.Argument(help="Only this table or view.")] = None,
) -> None:
    """Print every table of a dataset with its columns, types and meaning, then the bundled views.

    The views, macros and helper tables come with every dataset (`scoexport query`, `open.sql`); each is
    listed with what it holds, from the comment at its head in the SQL file.
    """
    rows = [r for r in describe() if table is None or r[0] == table]
    views = [v for v in bundled_objects() if table is None or v[1].split("(")[0] == table]
    if not rows and not views:
        raise error(f"no table or view named {table!r}")
    current = None
    for t, column, typ, text in rows:
        if t != current:
            typer.echo(("" if current is None else "\n") + t)
            current = t
        typer.echo(f"  {column:20} {typ:38} {text}")
    if views:
        typer.echo(("\n" if rows else "") + "views and macros (bundled SQL)")
        width = max(len(name) for _, name, _ in views)
        for kind, name, text in views:
            typer.echo(f"  {name:{width}} {kind:5} {text}")
