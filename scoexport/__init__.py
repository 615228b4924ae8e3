"""scoexport: turn a folder of articles and reports into a clean, queryable dataset."""
from __future__ import annotations

__version__ = "0.1.0"

import atexit
import logging

from . import regex_cache

regex_cache.install()  # before the modules below compile their patterns
atexit.register(regex_cache.save)

from .pipeline import process  # noqa: E402
from .run import RunSummary, convert  # noqa: E402
from .segment import split_sentences  # noqa: E402
from .sources.record_fields import RecordFields  # noqa: E402
from .views import connect  # noqa: E402

# quiet by default: a program that wants the library's log configures logging (the CLI does with -v)
logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["RecordFields", "RunSummary", "__version__", "connect", "convert", "process", "split_sentences"]
