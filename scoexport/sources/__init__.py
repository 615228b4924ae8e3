"""Sources: what the user named (files, folders, globs) becomes `Source` records.

Enters: paths, folders (searched recursively) and glob patterns. Leaves: one `Source` per readable
document, its bytes read once with their SHA-256, the text decoded (BOM, declared charset or
detection) and the format told by extension then content; or a `Failure` naming the file and why.
"""
from __future__ import annotations

from .inputs import InputError, iter_sources, read_source

__all__ = ["InputError", "iter_sources", "read_source"]
