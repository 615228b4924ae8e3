"""Hostile inputs the tests make themselves: odd bytes, odd names, binary files, folders that bite."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from scoexport.cli import app
from scoexport.pipeline import process
from scoexport.records import Failure, Skipped
from scoexport.run import convert
from scoexport.sources.decode import decode
from scoexport.sources.inputs import iter_sources, read_source

from .conftest import SEEDS

runner = CliRunner()
PROSE = "The council met on Tuesday. “It was a long night,” said the mayor – and then went home.\n\n"


def _zip(name: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, "<w:document>text</w:document>")
    return buf.getvalue()


def test_a_file_name_of_any_bytes_is_converted_and_written_everywhere(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"a\xe9.txt")
    with open(odd, "wb") as f:
        f.write(PROSE.encode())
    with open(os.path.join(os.fsencode(folder), b"b\xff.txt"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + bytes(64))  # an error row whose path is not UTF-8 either
    out = tmp_path / "ds"
    result = runner.invoke(app, ["convert", str(folder), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "b\\xff.txt: this is a PNG image" in result.output
    [path] = pq.read_table(out / "documents").column("source_path").to_pylist()
    assert path.endswith("a\\xe9.txt")
    [error] = pq.read_table(out / "errors").column("source_path").to_pylist()
    assert error.endswith("b\\xff.txt")
    assert "b\\\\xff.txt" in (out / "manifest.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(("data", "expected"), [
    (codecs.BOM_UTF8 + "ok “quoted”".encode() + b"\xff", "ok “quoted”ÿ"),
    (codecs.BOM_UTF16_LE + "odd".encode("utf-16-le") + b"x", "odd\ufffd"),
    (codecs.BOM_UTF16_BE + "odd".encode("utf-16-be") + b"\xd8\x00", "odd\ufffd"),
    ("“Curly” Café naïve".encode() + b" \x93stray\x94", "“Curly” Café naïve “stray”"),
    ("Новости: «ТАСС» сообщил".encode("cp1251"), "Новости: «ТАСС» сообщил"),
])
def test_decoding_never_raises_and_one_bad_byte_stays_one_character(data: bytes, expected: str) -> None:
    text, _ = decode(data)
    assert text == expected


def test_utf16_without_bom_is_read_as_text(tmp_path: Path) -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(PROSE.encode(codec))
        source = read_source(str(path))
        assert source.text == PROSE and source.encoding == codec


@pytest.mark.parametrize(("name", "data", "said"), [
    ("report.txt", _zip("word/document.xml"), "ZIP archive"),
    ("notes.txt", gzip.compress(PROSE.encode()), "gzip"),
    ("photo.html", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4, "JPEG image"),
    ("tool.txt", b"\x7fELF\x02\x01\x01" + bytes(200), "executable"),
    ("random.txt", random.Random(1).randbytes(20000).replace(b"\x00", b"\x01"), "binary data"),
])
def test_binary_files_are_told_by_content_whatever_their_name(tmp_path: Path, name: str, data: bytes, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [item] = list(iter_sources([path]))
    assert isinstance(item, Failure) and said in item.error


def test_a_pdf_without_nul_bytes_is_never_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    [item] = list(iter_sources([path]))
    if isinstance(item, Failure):  # a build without the PDF reader says so
        assert "PDF" in item.error
    else:
        assert item.format == "pdf"


def test_empty_files_unsupported_files_and_loops_are_skipped_with_a_word(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(PROSE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text(" \n\t\n")
    (folder / "style.css").write_text("p{}")
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    items = list(iter_sources([folder]))
    skipped = {Path(s.path).name: s.reason for s in items if isinstance(s, Skipped)}
    assert skipped["empty.txt"] == "empty file" and "white space" in skipped["blank.md"]
    assert "not a supported" in skipped["style.css"] and "loop" in skipped["loop"]
    out = tmp_path / "ds"
    result = runner.invoke(app, ["convert", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    # grouped by kind of input: the empty .txt beside the converted one, the blank .md, the .css, the loop
    assert "1 skipped: empty file" in result.output and "1 skipped: holds only white space" in result.output
    assert "1 skipped: CSS style sheet, not a supported type" in result.output
    assert "1 skipped: folder already searched" in result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["skipped"]) == 4 and manifest["counts"]["documents"] == 1


def test_an_unreadable_folder_is_skipped_with_a_word(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "one.txt").write_text(PROSE, encoding="utf-8")
    (folder / "locked").chmod(0)
    try:
        items = list(iter_sources([folder]))
    finally:
        (folder / "locked").chmod(0o755)
    assert any(isinstance(i, Skipped) and "cannot read folder" in i.reason for i in items)


def test_query_errors_are_one_line(tmp_path: Path, seeds_dataset: Path) -> None:
    cases = [
        (["query", str(seeds_dataset), "--file", str(tmp_path / "missing.sql")], "missing.sql"),
        (["query", str(seeds_dataset), "SELECT 1", "-f", "csv", "-o", str(tmp_path / "no" / "r.csv")], "r.csv"),
        (["query", str(seeds_dataset), "-"], "no SQL"),
        (["query", str(tmp_path / "nothing"), "SELECT 1"], "nothing"),
    ]
    for args, said in cases:
        result = runner.invoke(app, args, input="  \n")
        assert result.exit_code == 3, (args, result.output)
        assert result.output.count("\n") == 1 and said in result.output, result.output


def test_query_streams_csv_and_json_to_a_file(tmp_path: Path, seeds_dataset: Path) -> None:
    sql = "SELECT range AS n, 'x,\"y' AS s FROM range(120000)"
    for fmt in ("csv", "json"):
        target = tmp_path / f"r.{fmt}"
        result = runner.invoke(app, ["query", str(seeds_dataset), sql, "-f", fmt, "-o", str(target)])
        assert result.exit_code == 0, result.output
        text = target.read_text(encoding="utf-8")
        if fmt == "csv":
            lines = text.splitlines()
            assert lines[0] == "n,s" and lines[1] == '0,"x,""y"' and len(lines) == 120001
        else:
            rows = json.loads(text)
            assert len(rows) == 120000 and rows[-1] == {"n": 119999, "s": 'x,"y'}


def test_seeds_still_convert(tmp_path: Path) -> None:
    assert convert([SEEDS], tmp_path / "ds").documents == 2


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_past_lxmls_limit_keeps_its_paragraphs(tmp_path: Path, depth: int) -> None:
    page = ("<html><head><title>Deep</title></head><body>" + "<div>" * depth
            + "<p>The council met on Tuesday and agreed on the budget.</p><p>The mayor said it was late.</p>"
            + "</div>" * depth + "</body></html>")
    path = tmp_path / "deep.html"
    path.write_text(page, encoding="utf-8")
    result = process(read_source(str(path)))
    texts = [p.text for p in result.paragraphs]
    assert "The council met on Tuesday and agreed on the budget." in texts and "The mayor said it was late." in texts
    assert not [a for a in result.artifacts if a.kind == "unparsed"]


def test_an_element_with_a_hundred_thousand_attributes_is_parsed(tmp_path: Path) -> None:
    attributes = " ".join(f"data-a{i}=1" for i in range(100_000))
    path = tmp_path / "attrs.html"
    path.write_text(f"<html><body><article><p {attributes}>The council met on Tuesday and agreed.</p>"
                    "<p>The mayor said it was late.</p></article></body></html>", encoding="utf-8")
    result = process(read_source(str(path)))
    assert [p.text for p in result.paragraphs] == ["The council met on Tuesday and agreed.", "The mayor said it was late."]


def test_query_connect_and_db_run_only_packaged_sql(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    convert([SEEDS], out)
    planted = tmp_path / "planted.csv"
    (out / "open.sql").write_text(f"COPY (SELECT 1) TO '{planted}';\n.shell touch {planted}\n", encoding="utf-8")
    from scoexport import connect
    from scoexport.views.bundled import write_database

    assert connect(out).execute("SELECT count(*) FROM documents").fetchall() == [(2,)]
    result = runner.invoke(app, ["query", str(out), "SELECT count(*) AS n FROM documents", "-f", "csv"])
    assert result.exit_code == 0 and result.output.splitlines()[-1] == "2"
    write_database(out, tmp_path / "db.duckdb")
    assert not planted.exists()
