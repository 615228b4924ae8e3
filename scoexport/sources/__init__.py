"""Sources: what the user named (files, folders, globs) becomes `Source` records.

Enters: paths, folders (searched recursively) and glob patterns. Leaves: one `Source` per readable
document, its bytes read once with their SHA-256, the text decoded (BOM, declared charset or
detection) and the format told by extension then content; or a `Failure` naming the file and why.
Files of records (JSON, JSON Lines, Parquet) and web archives give a `Source` per record or page
(`record_files`, `record_fields`, `warc`); `objects` makes the `Source` of a path, bytes or a string
handed to `scoexport.process`.
"""
from __future__ import annotations

from .inputs import InputError, iter_sources, read_source
from .objects import source_from
from .record_fields import RecordFields

__all__ = ["InputError", "RecordFields", "iter_sources", "read_source", "source_from"]
