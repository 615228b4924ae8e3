"""The table writer holds rows bounded in bytes across tables, and writes every row it was given, in order."""
from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scoexport.export.tables import STAGE_BYTES, TableFiles
from scoexport.export.writer import text_row


def _sentence(n: int, text: str) -> dict:
    return {"doc_id": "d", "paragraph_id": f"p{n}", "sentence_id": f"s{n}", "seq": n, "text": text,
            "start": 0, "end": len(text)}


# (table, number of rows, length of each row's text): what a run of documents and long documents' windows append
_appends = st.lists(st.tuples(st.sampled_from(["sentences", "artifacts", "errors"]), st.integers(0, 400),
                              st.integers(0, 3_000)), min_size=1, max_size=25)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(appends=_appends, budget=st.integers(50_000, 2_000_000))
def test_the_writer_never_holds_more_than_its_budget_and_loses_no_row(tmp_path_factory, appends, budget) -> None:
    folder = tmp_path_factory.mktemp("tables")
    files = TableFiles(folder, buffer_bytes=budget, row_group_rows=1_000)
    sent: dict[str, list[str]] = {"sentences": [], "artifacts": [], "errors": []}
    for table, n, length in appends:
        texts = [f"{len(sent[table]) + k}:" + "x" * length for k in range(n)]
        if table == "sentences":
            rows = [_sentence(len(sent[table]) + k, t) for k, t in enumerate(texts)]
        elif table == "artifacts":
            rows = [{"doc_id": "d", "kind": "header", "text": t} for t in texts]
        else:
            rows = [{"source_path": t, "stage": "parse", "error": "bad"} for t in texts]
        files.append(table, rows)
        sent[table] += texts
        assert files.held_bytes <= budget
        # a table's staged Python rows are made Arrow as soon as they are worth STAGE_BYTES
        assert all(b.staged_bytes < STAGE_BYTES for b in files.buffers.values())
    files.close()
    for table, texts in sent.items():
        got = pq.read_table(folder / table / "part-0.parquet")
        column = "source_path" if table == "errors" else "text"
        assert got.column(column).to_pylist() == texts
        assert files.counts[table] == len(texts)


def test_rows_pass_through_arrow_once_staged(tmp_path: Path) -> None:
    files = TableFiles(tmp_path, buffer_bytes=1 << 30)
    big = "y" * (STAGE_BYTES + 1)
    files.append("sentences", [_sentence(0, "short")])
    assert files.buffers["sentences"].staged_rows == 1 and not files.buffers["sentences"].chunks
    files.append("sentences", [_sentence(1, big)])
    buf = files.buffers["sentences"]
    assert buf.staged_rows == 0 and buf.chunk_rows == 2  # made one Arrow chunk: the row objects are let go
    assert buf.chunk_bytes >= len(big)
    files.close()
    assert pq.read_table(tmp_path / "sentences" / "part-0.parquet").column("text").to_pylist() == ["short", big]


def test_a_small_dataset_still_gets_one_row_group_per_table(tmp_path: Path) -> None:
    files = TableFiles(tmp_path)
    for n in range(3_000):
        files.append("sentences", [_sentence(n, f"Sentence {n} of a small dataset.")])
    files.close()
    assert pq.ParquetFile(tmp_path / "sentences" / "part-0.parquet").metadata.num_row_groups == 1


def test_a_text_made_in_arrow_is_the_row_its_parts_make_and_is_written_alone(tmp_path: Path) -> None:
    parts = ["Première page\f", "", "second — page\f", "日本語\f"]
    sink = pa.BufferOutputStream()
    for part in parts:
        sink.write(part.encode())
    row = text_row("doc", sink.getvalue())
    row.validate(full=True)
    assert row.to_pylist() == [{"doc_id": "doc", "text": "".join(parts)}]
    files = TableFiles(tmp_path)
    files.append("texts", [{"doc_id": "before", "text": "a"}])
    files.append("sentences", [_sentence(0, "Held until the text comes.")])
    files.append("texts", row)  # written after the rows buffered before it, once no table holds any
    assert files.held_bytes == 0
    files.close()
    assert pq.read_table(tmp_path / "texts" / "part-0.parquet").column("doc_id").to_pylist() == ["before", "doc"]
