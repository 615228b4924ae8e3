"""JSON, JSON Lines and Parquet files of records: one document per record, its fields' metadata stated."""
from __future__ import annotations

import datetime as dt
import json
import tracemalloc
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from scoexport import convert, process
from scoexport.cli import app
from scoexport.records import Failure, Skipped, Source
from scoexport.sources import iter_sources
from scoexport.sources.record_fields import RecordFields
from scoexport.sources.record_files import iter_records

runner = CliRunner()

ARTICLE = ("Leaders of ten countries met in Astana on Thursday to sign a pact on trade corridors, officials said.\n\n"
           "The agreement opens 12 new rail routes between Kazakhstan and China, the ministry said.")
PAGE = ("<html><head><title>Page title that loses</title><meta name='author' content='Bob Page'>"
        "<meta property='article:published_time' content='2019-01-01T10:00:00Z'></head><body><article>"
        "<h1>Page heading</h1><p class='byline'>By Carl Smith</p>"
        "<p>The summit in Astana drew fifteen leaders from across Asia on Wednesday, the ministry said.</p>"
        "</article></body></html>")


def news_please(**extra: object) -> dict:
    """A record as news-please writes it."""
    return {"url": "https://example.com/a", "title": "Trade corridors reopen", "date_publish": "2024-07-03 10:00:00",
            "authors": ["Jane Doe", "John Roe"], "maintext": ARTICLE, "language": "en-GB", **extra}


def write_jsonl(path: Path, records: list[object], extra_lines: tuple[str, ...] = ()) -> Path:
    path.write_text("\n".join([*(json.dumps(r) for r in records), *extra_lines]) + "\n", encoding="utf-8")
    return path


def sources(items: list) -> list[Source]:
    return [i for i in items if isinstance(i, Source)]


def test_a_jsonl_record_is_a_document_with_its_stated_metadata(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", [news_please(id=17)])
    [source] = list(iter_sources([path]))
    assert source.path == f"{path}#L1" and source.record == "L1" and source.record_id == "17"
    result = process(source)
    m = result.metadata
    assert m.title == "Trade corridors reopen" and m.authors == ["Jane Doe", "John Roe"]
    assert m.published_date == dt.date(2024, 7, 3) and m.url == "https://example.com/a" and m.language == "en"
    # the text is the article's, not a JSON line: no paragraph holds a brace or a field name
    assert [p.text for p in result.paragraphs] == ARTICLE.split("\n\n")


def test_record_metadata_wins_over_what_the_page_states(tmp_path: Path) -> None:
    record = {"link": "https://example.com/b", "headline": "Record headline", "raw_html": PAGE,
              "published": "2023-01-02", "author": "Dana Lee"}
    [source] = list(iter_sources([write_jsonl(tmp_path / "pages.jsonl", [record])]))
    assert source.format == "html"
    m = process(source).metadata
    assert m.title == "Record headline" and m.authors == ["Dana Lee"]
    assert m.published_date == dt.date(2023, 1, 2) and m.url == "https://example.com/b"
    # without record metadata the page's own metadata is read
    bare = process(next(iter(iter_sources([write_jsonl(tmp_path / "bare.jsonl", [{"html": PAGE}])]))))
    assert bare.metadata.title != "Record headline" and bare.metadata.published_date == dt.date(2019, 1, 1)


def test_a_json_array_and_a_wrapped_array_give_json_pointers(tmp_path: Path) -> None:
    (tmp_path / "array.json").write_text(json.dumps([news_please(), {"text": "Second article about Beijing talks."}]))
    (tmp_path / "wrapped.json").write_text(json.dumps({"status": "ok", "articles": [{"content": ARTICLE + " Again."}]}))
    (tmp_path / "one.json").write_text(json.dumps({"text": "One object alone is one record about Tashkent."}))
    found = sources(list(iter_sources([tmp_path])))
    assert sorted(s.path.removeprefix(f"{tmp_path}/") for s in found) == [
        "array.json#/0", "array.json#/1", "one.json#", "wrapped.json#/articles/0"]


def test_a_byte_order_mark_does_not_cost_the_first_record(tmp_path: Path) -> None:
    (tmp_path / "bom.jsonl").write_bytes(b'\xef\xbb\xbf{"text": "First record."}\n')
    (tmp_path / "bom.json").write_bytes(b'\xef\xbb\xbf[{"text": "First record."}]')
    assert [s.record for s in sources(list(iter_sources([tmp_path])))] == ["/0", "L1"]


def test_a_json_file_of_lines_is_read_as_json_lines(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "scrapy.json", [{"text": "First line record."}, {"text": "Second line record."}])
    assert [s.record for s in sources(list(iter_sources([path])))] == ["L1", "L2"]


def test_a_malformed_line_is_an_error_naming_file_and_line_and_the_rest_go_on(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", [news_please()], ("{not json", "", json.dumps({"text": "After."})))
    items = list(iter_records(str(path)))
    [failure] = [i for i in items if isinstance(i, Failure)]
    assert failure.path == f"{path}#L2" and "line 2" in failure.error
    assert [s.record for s in sources(items)] == ["L1", "L4"]


def test_records_without_text_are_counted_and_named(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "items.jsonl", [news_please(), {"title": "no text"}, {"title": "none either"}, 7])
    items = list(iter_records(str(path)))
    [skipped] = [i for i in items if isinstance(i, Skipped)]
    assert skipped.count == 3 and "#L2" in skipped.reason and skipped.path == str(path)
    nothing = write_jsonl(tmp_path / "config.jsonl", [{"name": "x", "version": 2}])
    [whole] = list(iter_records(str(nothing)))
    assert isinstance(whole, Skipped) and "no record has a text or HTML field" in whole.reason
    assert "name, version" in whole.reason and "--text-field" in whole.reason


def test_named_fields_replace_the_defaults(tmp_path: Path) -> None:
    record = {"body": ARTICLE, "text": "a summary, not the article", "pubDate": "2020-05-06", "date": "1999-01-01",
              "writer": {"name": "Ann Lee"}, "meta": {"headline": "Nested title"}}
    path = write_jsonl(tmp_path / "custom.jsonl", [record])
    fields = RecordFields.of(["date=pubDate", "title=meta.headline", "author=writer"], text="body")
    [source] = sources(list(iter_records(str(path), fields)))
    m = process(source).metadata
    assert source.text == ARTICLE and m.published_date == dt.date(2020, 5, 6)
    assert m.title == "Nested title" and m.authors == ["Ann Lee"]
    [no_date] = sources(list(iter_records(str(path), RecordFields.of(["date="], text="body"))))
    assert "date" not in (no_date.stated or {})
    with pytest.raises(ValueError, match="KIND=NAME"):
        RecordFields.of(["date"])
    with pytest.raises(ValueError, match="unknown record field kind colour"):
        RecordFields.of(["colour=red"])


def test_parquet_rows_are_records_read_in_batches(tmp_path: Path) -> None:
    rows = [{"url": f"https://example.com/{n}", "title": f"Title {n}", "text": f"Article number {n} about Astana.",
             "published": dt.datetime(2024, 1, 1 + n % 28, 12, tzinfo=dt.timezone.utc), "views": n} for n in range(2500)]
    path = tmp_path / "crawl.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=700)
    found = sources(list(iter_records(str(path))))
    assert len(found) == 2500 and found[1234].path == f"{path}#/1234"
    assert found[1234].stated == {"url": "https://example.com/1234", "title": "Title 1234",
                                  "date": dt.datetime(2024, 1, 1 + 1234 % 28, 12, tzinfo=dt.timezone.utc)}
    assert process(found[3]).metadata.published_date == dt.date(2024, 1, 4)


def test_a_parquet_file_without_a_text_column_is_skipped_with_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "numbers.parquet"
    pq.write_table(pa.table({"a": [1, 2], "b": ["x", "y"]}), path)
    [skipped] = list(iter_records(str(path)))
    assert isinstance(skipped, Skipped) and "the records have a, b" in skipped.reason


def test_broken_files_of_records_are_errors_not_documents(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('[{"text": "unterminated')
    (tmp_path / "zip.json").write_bytes(b"PK\x03\x04" + bytes(100))
    (tmp_path / "bad.parquet").write_bytes(b"PAR1 not really")
    (tmp_path / "scalar.json").write_text('"just a string"')
    (tmp_path / "empty.jsonl").write_text("")
    items = {Path(i.path).name: i for i in iter_sources([tmp_path])}
    assert isinstance(items["bad.json"], Failure) and "not valid JSON" in items["bad.json"].error
    assert isinstance(items["zip.json"], Failure) and "ZIP archive" in items["zip.json"].error
    assert isinstance(items["bad.parquet"], Failure) and "Parquet" in items["bad.parquet"].error
    assert isinstance(items["scalar.json"], Failure) and "not records" in items["scalar.json"].error
    assert isinstance(items["empty.jsonl"], Skipped)


def test_doc_ids_come_from_the_record_not_where_it_is(tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", [news_please(id=1)])
    two = write_jsonl(tmp_path / "two.jsonl", [{"other": 1}, news_please(id=2)])
    changed = write_jsonl(tmp_path / "changed.jsonl", [news_please(title="Another title")])
    ids = [process(sources(list(iter_records(str(p))))[0]).doc_id for p in (one, two, changed)]
    assert ids[0] == ids[1] != ids[2]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), st.binary(max_size=30).map(lambda b: b.decode("latin-1"))),
                min_size=1, max_size=6))
def test_any_lines_give_a_document_an_error_or_a_skip_for_each(tmp_path_factory: pytest.TempPathFactory,
                                                                lines: list[str]) -> None:
    path = tmp_path_factory.mktemp("lines") / "any.jsonl"
    body = [json.dumps({"text": line}) if n % 2 else line for n, line in enumerate(lines)]
    path.write_text("\n".join(b.replace("\n", " ").replace("\r", " ") for b in body), encoding="utf-8",
                    errors="surrogatepass")
    for item in iter_records(str(path)):
        assert isinstance(item, (Source, Failure, Skipped))
        if isinstance(item, Source):
            assert item.text.strip() and item.record and item.record.startswith("L")


def test_a_large_jsonl_is_streamed_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for n in range(5000):  # 10 MB
            f.write(json.dumps({"text": f"{n} " + "x" * 2000}) + "\n")
    tracemalloc.start()
    count = sum(1 for _ in iter_records(str(path)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 5000 and peak < 2_000_000  # one record at a time, not the file's 10 MB


def test_convert_cli_reads_records_and_keeps_them_across_runs(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    data = write_jsonl(tmp_path / "in" / "items.jsonl",
                       [news_please(id="a-1"), {"text": "Second article about Beijing and Tashkent talks."}])
    out = tmp_path / "ds"
    result = runner.invoke(app, ["convert", str(tmp_path / "in"), "-o", str(out), "--field", "language="])
    assert result.exit_code == 0, result.output
    documents = pq.read_table(out / "documents").to_pylist()
    assert [(d["record"], d["record_id"]) for d in documents] == [("L1", "a-1"), ("L2", None)]
    assert documents[0]["title"] == "Trade corridors reopen" and documents[0]["language"] != "en-GB"
    assert documents[0]["source_path"] == f"{data}#L1"
    summary = convert([tmp_path / "in"], out, fields=RecordFields.of(["language="]))
    assert summary.documents == 0 and summary.kept == 2  # unchanged file, same fields: kept
    # other fields make other documents: the file is converted again, its old rows dropped
    summary = convert([tmp_path / "in"], out, fields=RecordFields.of(["title="]))
    assert summary.documents == 2 and summary.dropped == 1
    assert "Trade corridors reopen" not in [d["title"] for d in pq.read_table(out / "documents").to_pylist()]
    # a record appended: converted again; records without text do not keep the old rows alive
    with open(data, "a", encoding="utf-8") as f:
        f.write(json.dumps({"text": "A third article about Bishkek appended later."}) + "\n" + json.dumps({"x": 1}) + "\n")
    summary = convert([tmp_path / "in"], out, fields=RecordFields.of(["title="]))
    paths = [d["source_path"] for d in pq.read_table(out / "documents").to_pylist()]
    assert summary.documents == 3 and sorted(paths) == [f"{data}#L{n}" for n in (1, 2, 3)]
    data.unlink()
    (tmp_path / "in" / "note.txt").write_text(ARTICLE, encoding="utf-8")
    summary = convert([tmp_path / "in"], out, prune=True, fields=RecordFields.of(["title="]))
    assert [d["source_path"] for d in pq.read_table(out / "documents").to_pylist()] == [str(tmp_path / "in" / "note.txt")]


def test_convert_cli_rejects_a_field_option_it_cannot_read(tmp_path: Path) -> None:
    result = runner.invoke(app, ["convert", str(tmp_path), "-o", str(tmp_path / "ds"), "--field", "colour=red"])
    assert result.exit_code == 3 and "unknown record field kind colour" in result.output


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                           max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(JSON_VALUES, max_size=8), st.integers(1, 7), st.sampled_from(["", " ", "\n  "]))
def test_a_streamed_array_gives_what_json_loads_gives(items: list, chunk: int, space: str) -> None:
    import io

    from scoexport.sources import json_stream

    text = "[" + space + ("," + space).join(json.dumps(i) for i in items) + space + "]" + space
    old, json_stream.CHUNK = json_stream.CHUNK, chunk  # tiny chunks: every value crosses a chunk's end
    try:
        assert list(json_stream.array_items(io.StringIO(text))) == json.loads(text)
    finally:
        json_stream.CHUNK = old


def test_a_large_json_array_is_streamed_and_a_broken_tail_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    with open(path, "w", encoding="utf-8") as f:
        f.write("[")
        f.write(",\n".join(json.dumps({"text": f"{n} " + "x" * 2000}) for n in range(5000)))
        f.write("]")
    tracemalloc.start()
    count = sum(1 for _ in iter_records(str(path)))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 5000 and peak < 8_000_000  # a chunk and a record, not the file's 10 MB
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "First record about Astana."}, {"text": "Second"} {"text": "lost"}]')
    items = list(iter_records(str(broken)))
    assert [type(i).__name__ for i in items] == ["Source", "Source", "Failure"]
    assert "after record #/1" in items[2].error


@pytest.mark.parametrize(("raw", "code"), [("en-GB", "en"), ("de_DE", "de"), ("FR", "fr"), ("English", None),
                                           ("", None), ("zh-Hant-TW", "zh"), ("fil", "fil")])
def test_language_tags_give_their_primary_code(raw: str, code: str | None) -> None:
    from scoexport.parse.stated import language_code

    assert language_code(raw) == code


def _summaries(path: Path) -> Path:
    """Four records with a text field; the first and third also have a summary."""
    records = [{"id": n, "text": f"Article {n} about the rail talks in Astana between Kazakhstan and China.",
                **({"summary": f"Summary {n}: twelve rail routes agreed in Astana."} if n % 2 == 0 else {})}
               for n in range(4)]
    return write_jsonl(path, records)


def _titles(out: Path) -> dict[str, str]:
    return {d["record"]: d["title"] for d in pq.read_table(out / "documents").to_pylist()}


def test_records_without_a_newly_named_field_keep_their_earlier_rows(tmp_path: Path) -> None:
    data = _summaries(tmp_path / "items.jsonl")
    out = tmp_path / "ds"
    assert convert([data], out).documents == 4
    summary = convert([data], out, fields=RecordFields.of(text="summary"))
    # the records with a summary are read from it; the two without one keep their rows, and the run says so
    assert (summary.documents, summary.restored, summary.dropped) == (2, 2, 0)
    [skipped] = summary.skipped
    assert skipped.count == 2 and "#L2" in skipped.reason and "'summary' named by --text-field" in skipped.reason
    titles = _titles(out)
    assert sorted(titles) == ["L1", "L2", "L3", "L4"]
    assert titles["L1"].startswith("Summary 0") and titles["L2"].startswith("Article 1")
    again = convert([data], out, fields=RecordFields.of(text="summary"))
    assert (again.documents, again.kept, again.dropped) == (0, 4, 0) and _titles(out) == titles
    # a rebuild keeps them too; a rebuild that prunes gives only what the named field gives
    assert convert([data], out, incremental=False, fields=RecordFields.of(text="summary")).documents == 2
    assert sorted(_titles(out)) == ["L1", "L2", "L3", "L4"]
    assert convert([data], out, incremental=False, prune=True, fields=RecordFields.of(text="summary")).documents == 2
    assert sorted(_titles(out)) == ["L1", "L3"]


def test_a_named_field_no_record_has_fails_naming_field_and_file(tmp_path: Path) -> None:
    data = _summaries(tmp_path / "items.jsonl")
    [failure] = list(iter_records(str(data), RecordFields.of(html="page")))
    assert isinstance(failure, Failure) and failure.path == str(data)
    assert "'page' named by --html-field" in failure.error and "the records have id, text, summary" in failure.error
    out = tmp_path / "ds"
    result = runner.invoke(app, ["convert", str(data), "-o", str(out), "--text-field", "nosuch"])
    assert result.exit_code == 2 and not out.exists()  # nothing converted, nothing written
    assert f"error: {data}: no record has the field 'nosuch' named by --text-field" in result.output
    assert runner.invoke(app, ["convert", str(data), "-o", str(out)]).exit_code == 0
    for _ in range(2):  # the file is read again by the next run under the same field: it fails again, not "unchanged"
        result = runner.invoke(app, ["convert", str(data), "-o", str(out), "--text-field", "nosuch"])
        assert result.exit_code == 1, result.output
        assert "converted 0 documents, kept the earlier rows of 4 documents not converted again" in result.output
        assert "dropped" not in result.output and "no record has the field 'nosuch' named by --text-field" in result.output
        assert sorted(_titles(out)) == ["L1", "L2", "L3", "L4"]
    # the right field named later: the file is read again, the records without it keep their rows
    summary = convert([data], out, fields=RecordFields.of(text="summary"))
    assert (summary.documents, summary.restored) == (2, 2) and sorted(_titles(out)) == ["L1", "L2", "L3", "L4"]
    # beside a file that has the field: that one converts, this one is the failure that makes the status 1
    other = write_jsonl(tmp_path / "other.jsonl", [{"nosuch": ARTICLE}])
    result = runner.invoke(app, ["convert", str(data), str(other), "-o", str(tmp_path / "two"), "--text-field", "nosuch"])
    assert result.exit_code == 1 and "converted 1 document into" in result.output
    assert f"error: {data}: no record has the field 'nosuch'" in result.output
