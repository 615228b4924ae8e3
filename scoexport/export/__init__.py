"""Export: document results stream into a dataset folder of Parquet tables, written atomically.

Enters: `DocumentResult`s and `Failure`s, one at a time. Leaves: a dataset folder (one Parquet
folder per table, entities resolved across documents, terms for search, `manifest.json`, the
dataset card and `open.sql`), swapped into place only when complete.
"""
from __future__ import annotations

from .writer import DatasetExistsError, DatasetWriter

__all__ = ["DatasetExistsError", "DatasetWriter"]
