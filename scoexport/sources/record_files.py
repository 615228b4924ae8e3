"""Files of records: JSON, JSON Lines and Parquet exports of scraped articles, one document per record.

Enters: the path of a `.json`, `.jsonl` / `.ndjson` / `.jl` or `.parquet` file and `RecordFields`
(which field holds the text or the HTML, the URL, title, date, authors, language, publisher and
the record's own ID; by default the names common scraper exports use, `data/record_fields.json`).
Leaves, in file order: a `Source` per record with a text or HTML field; its path is
`FILE#POINTER`, where the pointer is an RFC 6901 JSON pointer (`/3`, `/articles/3`; a Parquet
file's rows as `/ROW`, from 0) or, for JSON Lines, `L` and the line number (`L12`), so the record
can be found again. The metadata its fields state travel with it (`Source.stated`) and win over
what the document itself seems to say. A malformed line is a `Failure` naming `FILE#L12`, and the
lines after it are read on; records without a text field are counted in one `Skipped` per file
naming the first; a file in which no record has one is skipped as a whole, with the fields its
records do have, so that the user can name the right one; when the user named the field
(`--text-field`, `--html-field`) that file is a `Failure`: the run did not do what was asked (`record_tally`
counts and reports them).

JSON Lines are read line by line, a `.json` array item by item and Parquet in row batches of the
needed columns only, so memory holds one record (or one batch) whatever the file's size; another
`.json` value (an object wrapping the records) is read whole, and a `.json` file holding one object
per line is read as JSON Lines.

A record's document ID comes from its content as a file's does: the SHA-256 of the fields read
(canonical JSON), so a record moved to another file or line keeps its ID, and a record whose text
or stated metadata changed gets a new one.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import logging
from collections.abc import Iterator
from typing import Any

from ..records import Failure, Skipped, Source, printable_path
from .json_stream import array_items
from .record_fields import RecordFields, first_value, stated_fields
from .record_tally import RecordTally
from .sniff import binary_kind, looks_binary

log = logging.getLogger(__name__)

JSON_SUFFIXES = (".json",)
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".jl")
PARQUET_SUFFIXES = (".parquet",)
RECORD_SUFFIXES = JSON_SUFFIXES + JSON_LINES_SUFFIXES + PARQUET_SUFFIXES
BATCH_ROWS = 1024  # Parquet rows per batch: a thousand articles of text, a few megabytes
_SNIFF_CHARS = 4096


def is_record_file(path: str) -> bool:
    return path.lower().endswith(RECORD_SUFFIXES)


def _text_of(value: Any) -> str | None:
    """A text field's value as text: a string, or a list of strings (paragraphs) joined by blank lines."""
    if isinstance(value, str):
        return value
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)
    return None


def looks_like_html(text: str) -> bool:
    """A text field that holds markup: a page, or a fragment that opens with a block element."""
    from .inputs import html_markers

    head = text[:_SNIFF_CHARS].lstrip()
    return bool(html_markers().search(head)) or head.startswith(("<p>", "<p ", "<div", "<article", "<section", "<h1", "<h2"))


def _sound(value: Any) -> Any:
    """Strings without lone surrogates (JSON may escape half a pair, "\\ud800"; no table can store one): each
    becomes U+FFFD, as an undecodable byte does."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_sound(v) for v in value]
    if isinstance(value, dict):
        return {k: _sound(v) for k, v in value.items()}
    return value


def record_source(path: str, pointer: str, record: dict[str, Any], fields: RecordFields) -> Source | Failure | None:
    """The `Source` of one record, a Failure when its text is binary data, or None when it has no text field."""
    member = f"{path}#{pointer}"
    name, value = first_value(record, fields.document_names())
    text = _text_of(value)
    if text is None or not text.strip():
        return None
    text = _sound(text)
    if looks_binary(text):
        return Failure(printable_path(member), "read", f"the {name!r} field holds binary data, not text")
    fmt = "html" if name in fields.names("html") or looks_like_html(text) else "text"
    stated = _sound(stated_fields(record, fields))
    record_id = first_value(record, fields.names("id"))[1]
    record_id = None if record_id is None or isinstance(record_id, (dict, list)) else _sound(str(record_id))
    # the content, as a file's bytes are: not where the record is, nor the ID it gives itself
    canonical = json.dumps({"format": fmt, "text": text, "stated": stated}, sort_keys=True, ensure_ascii=False, default=str)
    data = text.encode("utf-8")
    sha256 = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return Source(path=printable_path(member), data=data, sha256=sha256, text=text, encoding="utf-8", format=fmt,
                  record=pointer, record_id=record_id, stated=stated)


def _pointer_part(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def _records_in(value: Any, fields: RecordFields, at: str = "", depth: int = 0) -> Iterator[tuple[str, Any]]:
    """The records a JSON value holds with their pointers: an array's items, an object that has a text field,
    or the first array of objects an object holds (`{"articles": [...]}`), looked for a few levels down."""
    if isinstance(value, list):
        yield from ((f"{at}/{n}", item) for n, item in enumerate(value))
        return
    if not isinstance(value, dict):
        return
    if depth == 0 and first_value(value, fields.document_names())[1] is not None:
        yield at, value
        return
    for key, inner in value.items():
        if isinstance(inner, list) and inner and all(isinstance(i, dict) for i in inner):
            yield from _records_in(inner, fields, f"{at}/{_pointer_part(str(key))}", depth + 1)
            return
    if depth < 2:
        for key, inner in value.items():
            if isinstance(inner, dict):
                found = list(_records_in(inner, fields, f"{at}/{_pointer_part(str(key))}", depth + 1))
                if found:
                    yield from found
                    return


def iter_records(path: str, fields: RecordFields | None = None) -> Iterator[Source | Failure | Skipped]:
    """Every record of a JSON, JSON Lines or Parquet file as a Source, Failure or Skipped (see the module)."""
    fields = fields or RecordFields()
    try:
        with open(path, "rb") as f:
            head = f.read(_SNIFF_CHARS)
    except OSError as exc:
        yield Failure(printable_path(path), "read", f"cannot read: {exc.strerror or exc}")
        return
    lower = path.lower()
    if lower.endswith(PARQUET_SUFFIXES):
        yield from _parquet(path, fields)
        return
    kind = binary_kind(head)
    if kind:
        yield Failure(printable_path(path), "read", f"this is {kind}, not JSON")
        return
    if not head.strip() and len(head) < _SNIFF_CHARS:
        yield Skipped(printable_path(path), "empty file" if not head else "holds only white space")
        return
    yield from (_json_lines(path, fields) if lower.endswith(JSON_LINES_SUFFIXES) else _json(path, fields))


def _json(path: str, fields: RecordFields) -> Iterator[Source | Failure | Skipped]:
    """A .json file: an array is streamed item by item; another value (an object wrapping the records) is read
    whole; a file of one object per line is read as JSON Lines."""
    tally = RecordTally(path, fields, record_source)
    try:
        with open(path, encoding="utf-8-sig") as f:
            if f.read(_SNIFF_CHARS).lstrip().startswith("["):
                f.seek(0)
                n = -1
                try:
                    for n, record in enumerate(array_items(f)):
                        yield from tally.add(f"/{n}", record)
                except json.JSONDecodeError as exc:
                    yield Failure(printable_path(path), "read", f"not valid JSON after record #/{n}: {exc.msg}")
                yield from tally.closing()
                return
            f.seek(0)
            value = json.load(f)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one object per line under a .json name
            yield from _json_lines(path, fields)
            return
        yield Failure(printable_path(path), "read", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
        return
    except (OSError, UnicodeDecodeError, RecursionError) as exc:
        yield Failure(printable_path(path), "read", f"cannot read the JSON: {getattr(exc, 'strerror', None) or exc}")
        return
    if not isinstance(value, dict):
        yield Failure(printable_path(path), "read", f"holds a single JSON {type(value).__name__}, not records")
        return
    for pointer, record in _records_in(value, fields):
        yield from tally.add(pointer, record)
    if tally.documents == 0 and not tally.missing:
        yield Skipped(printable_path(path), "holds no records (no array of objects)")
    yield from tally.closing()


def _json_lines(path: str, fields: RecordFields) -> Iterator[Source | Failure | Skipped]:
    tally = RecordTally(path, fields, record_source)
    try:
        with open(path, "rb") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                pointer = f"L{number}"
                try:
                    record = json.loads(line.removeprefix(codecs.BOM_UTF8) if number == 1 else line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    reason = f"{exc.msg} (column {exc.colno})" if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
                    log.warning("skipped %s#%s: malformed JSON line: %s", printable_path(path), pointer, reason)
                    yield Failure(printable_path(f"{path}#{pointer}"), "read", f"malformed JSON on line {number}: {reason}")
                    continue
                except RecursionError:
                    yield Failure(printable_path(f"{path}#{pointer}"), "read", f"line {number} is nested too deeply")
                    continue
                yield from tally.add(pointer, record)
    except OSError as exc:
        yield Failure(printable_path(path), "read", f"cannot read: {exc.strerror or exc}")
    yield from tally.closing()


def _parquet(path: str, fields: RecordFields) -> Iterator[Source | Failure | Skipped]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    tally = RecordTally(path, fields, record_source)
    try:
        table = pq.ParquetFile(path)
        names = table.schema_arrow.names
        columns = fields.columns(names)
        if not any(c.lower() in {n.split(".", 1)[0].lower() for n in fields.document_names()} for c in columns):
            tally.missing, tally.seen = table.metadata.num_rows or 1, dict.fromkeys(names)
            yield from tally.closing()
            return
        row = 0
        for batch in table.iter_batches(batch_size=BATCH_ROWS, columns=columns):
            for record in batch.to_pylist():
                yield from tally.add(f"/{row}", record)
                row += 1
    except (OSError, pa.ArrowException) as exc:
        yield Failure(printable_path(path), "read", f"cannot read the Parquet file: {exc}")
        return
    yield from tally.closing()
