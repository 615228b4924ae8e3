"""The `scoexport` command: a thin shell over the library functions with the same words.

`app.py` holds the typer app and `convert`; `dataset.py` the commands over a written dataset
(`query`, `db`, `schema`); `exits.py` the exit statuses. The entry point is `scoexport.cli:main`.
"""
from .app import app, main

__all__ = ["app", "main"]
