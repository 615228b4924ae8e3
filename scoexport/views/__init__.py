"""Views: a dataset folder becomes a DuckDB connection with the bundled views (`sql/*.sql`).

Enters: a dataset folder. Leaves: a connection with every table, view and macro, `open.sql` for
the duckdb command line, a single database file, and query results rendered for the terminal.
"""
from __future__ import annotations

from .bundled import connect, write_database

__all__ = ["connect", "write_database"]
