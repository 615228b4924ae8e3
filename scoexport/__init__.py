"""scoexport: turn a folder of articles and reports into a clean, queryable dataset."""
from __future__ import annotations

__version__ = "0.1.0"

import logging

from .pipeline import process
from .run import RunSummary, convert
from .segment import split_sentences
from .sources.record_fields import RecordFields
from .views import connect

# quiet by default: a program that wants the library's log configures logging (the CLI does with -v)
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["RecordFields", "RunSummary", "__version__", "connect", "convert", "process", "split_sentences"]
