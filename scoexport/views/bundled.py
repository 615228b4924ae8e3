"""The bundled DuckDB views: find them, write them into a dataset, open a dataset with them."""
from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..schema import TABLES

if TYPE_CHECKING:
    import duckdb

OPEN_SQL = "open.sql"
TABLE_VIEWS = "00_tables.sql"  # the views over the Parquet folders; the rest build on them
# The storage format `write_database` writes: DuckDB 1.0's, which every DuckDB since reads (the 1.x
# command line included). DuckDB 2.0 writes its own format by default, which 1.x clients refuse
# ("version number 69"); the tables are plain columns, so the older format loses nothing.
STORAGE_VERSION = "v1.0.0"


def sql_files() -> list[tuple[str, str]]:
    """(name, SQL) of every bundled view file, in the order they must run."""
    packaged = resources.files("scoexport").joinpath("sql")
    if packaged.is_dir():
        entries = [(p.name, p.read_text(encoding="utf-8")) for p in packaged.iterdir() if p.name.endswith(".sql")]
    else:  # an editable install or a source checkout: the project's top-level sql/
        folder = Path(__file__).resolve().parents[2] / "sql"
        entries = [(p.name, p.read_text(encoding="utf-8")) for p in folder.glob("*.sql")]
    return sorted(entries)


def views_sql() -> str:
    return "\n".join(f"-- {name}\n{sql.strip()}\n" for name, sql in sql_files())


def write_dataset_sql(folder: str | os.PathLike[str]) -> Path:
    """Write `open.sql` into a dataset folder: every view, for the duckdb command line run inside it."""
    path = Path(folder) / OPEN_SQL
    header = ("-- Opens this scoexport dataset in DuckDB: run `duckdb -init open.sql` inside this folder.\n"
              "-- Every table and analysis view is then there, e.g. SELECT * FROM document_overview;\n\n")
    path.write_text(header + views_sql(), encoding="utf-8")
    return path


def dataset_folder(dataset: str | os.PathLike[str]) -> Path:
    """The folder of a written dataset; FileNotFoundError saying which is wrong: no such folder, a file, or a
    folder that is not a dataset."""
    folder = Path(dataset)
    if not folder.exists():
        raise FileNotFoundError(f"{dataset}: no such folder")
    if not folder.is_dir():
        raise FileNotFoundError(f"{dataset} is a file, not a dataset folder")
    if not (folder / "documents").is_dir():
        raise FileNotFoundError(f"{dataset} is not a scoexport dataset (no documents/ folder)")
    return folder.resolve()


_CREATE = re.compile(r"^CREATE\s+(?:OR\s+REPLACE\s+)?(VIEW|MACRO|TABLE)\s+(\w+)(\([^)]*\))?", re.I | re.M)
_FIRST_CLAUSE = re.compile(r"^(.*?[^.\s]{2})(?:[.;](?:\s|$)|$)")


def bundled_objects() -> list[tuple[str, str, str]]:
    """(kind, name, description) of every view, macro and table the bundled SQL files create beyond the
    tables' own views: the description is the first clause of the comment above it that names it
    ("-- timeline: every dated fact ..."), else of its file's opening comment."""
    found = []
    for file_name, sql in sql_files():
        if file_name == TABLE_VIEWS:
            continue
        lines = sql.splitlines()
        header = _comment_text(lines, 0)
        for m in _CREATE.finditer(sql):
            kind, name, args = m.group(1).lower(), m.group(2), m.group(3) or ""
            at = sql.count("\n", 0, m.start())
            start = at
            while start > 0 and lines[start - 1].startswith("--"):
                start -= 1
            label = re.compile(rf"{re.escape(name)}(?:\([^)]*\))?:\s*")
            own = next((n for n in range(start, at) if label.match(lines[n].removeprefix("--").strip())), None)
            text = label.sub("", _comment_text(lines, own), count=1) if own is not None else header
            clause = _FIRST_CLAUSE.match(text)
            found.append((kind, name + args if kind == "macro" else name,
                          (clause.group(1) if clause else text).strip()))
    return found


def _comment_text(lines: list[str], start: int) -> str:
    """The prose of the comment block from line `start`, up to its first indented (example) line."""
    words = [lines[start]]
    for line in lines[start + 1:]:
        if not line.startswith("--") or line.startswith("--   "):
            break
        words.append(line[2:].strip())
    return " ".join(words).removeprefix("--").strip()


def connect(dataset: str | os.PathLike[str], database: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with every table and view of the dataset."""
    import duckdb  # here, not at import: a conversion never opens DuckDB, and importing it costs every process

    folder = dataset_folder(dataset)
    con = duckdb.connect(database)
    con.execute("SET file_search_path = ?", [str(folder)])
    for _name, sql in sql_files():
        con.execute(sql)
    return con


def write_database(dataset: str | os.PathLike[str], path: str | os.PathLike[str] | None = None) -> Path:
    """Write the dataset into one DuckDB database file with every table and view.

    The tables are copied into the file, so it opens anywhere (a GUI client, another machine)
    without the Parquet folder beside it; it is written in `STORAGE_VERSION`, so every DuckDB client
    since 1.0 opens it, the `duckdb` command line of the test extra (duckdb-cli 1.5) included.
    """
    folder = dataset_folder(dataset)
    target = Path(path) if path else folder / "dataset.duckdb"
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    import duckdb

    con = duckdb.connect()
    try:
        quoted = str(tmp).replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS written (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE written")
        for table in TABLES:
            if (folder / table).is_dir():
                pattern = str(folder / table / "*.parquet").replace("'", "''")
                con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_parquet('{pattern}', union_by_name = true)")
        for name, sql in sql_files():
            if name != TABLE_VIEWS:  # the tables themselves are in the file now
                con.execute(sql)
        con.execute("USE memory")
        con.execute("DETACH written")
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    tmp.replace(target)
    return target
