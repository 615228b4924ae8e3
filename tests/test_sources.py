from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from scoexport.records import Failure, Skipped
from scoexport.sources.inputs import InputError, decode, detect_format, find_inputs, iter_sources, read_source


def test_folder_is_searched_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.html").write_text("<p>x</p>")
    (tmp_path / "one.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "three.txt").write_text("x")
    found = list(find_inputs([tmp_path]))
    assert found == [str(tmp_path / "b" / "two.html"), str(tmp_path / "one.txt"),
                     Skipped(str(tmp_path / "image.png"),
                             "not a supported document type (.txt, .md, .html, .pdf, .json, .jsonl, .parquet, .warc, .warc.gz)")]


def test_globs_and_missing_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("y")
    found = list(find_inputs([str(tmp_path / "*.txt"), str(tmp_path / "nope.txt"), str(tmp_path / "*.html")]))
    assert found[:2] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    failures = [f for f in found if isinstance(f, Failure)]
    assert [f.error for f in failures] == ["no such file or folder", "the pattern matches no file"]


@pytest.mark.parametrize(("data", "text", "encoding"), [
    (codecs.BOM_UTF8 + "Café".encode(), "Café", "utf-8-sig"),
    ("Café".encode(), "Café", "utf-8"),
    (codecs.BOM_UTF16_LE + "Café".encode("utf-16-le"), "Café", "utf-16"),
])
def test_decode_unicode(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


def test_decode_falls_back_for_legacy_text() -> None:
    data = "Les élèves ont reçu 20 € – « très bien », dit-il à l’école.".encode("cp1252")
    text, encoding = decode(data)
    assert text == "Les élèves ont reçu 20 € – « très bien », dit-il à l’école."
    assert encoding.replace("_", "").lower() in {"cp1252", "windows1252"}


def test_html_meta_charset_is_honoured() -> None:
    data = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße</p></body></html>'.encode("latin-1")
    text, encoding = decode(data, "html")
    assert "Grüße" in text and encoding == "iso8859-1"


def test_binary_input_is_refused_with_a_reason(tmp_path: Path) -> None:
    blob = tmp_path / "image.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="PNG image"):
        read_source(str(blob))
    [failure] = list(iter_sources([blob]))
    assert isinstance(failure, Failure) and failure.stage == "read"


@pytest.mark.parametrize(("name", "data"), [
    ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj"),
    ("report.txt", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj"),  # mostly ASCII, as reportlab writes
    ("download", b"\r\n" * 40 + b"%PDF-1.5\n"),  # junk before the signature, within the first kilobyte
])
def test_pdf_is_told_by_its_signature_under_any_name(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    source = read_source(str(path))
    assert source.format == "pdf" and source.text == "" and source.encoding is None


def test_signature_beyond_the_first_kilobyte_is_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"a" * 2000 + b" %PDF-1.4 is a version string")
    assert detect_format(str(path), path.read_bytes()) == "text"


def test_pdf_files_are_found_in_folders(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    assert list(find_inputs([tmp_path])) == [str(tmp_path / "a.pdf")]


def test_format_from_extension_then_content() -> None:
    assert detect_format("a.htm", b"plain words") == "html"
    assert detect_format("a.txt", b"<html><body>") == "text"
    assert detect_format("page", b"<!DOCTYPE html><html>") == "html"
    assert detect_format("notes", b"Just words.") == "text"


def test_source_hash_is_of_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello\n")
    src = read_source(str(path))
    assert src.sha256 == "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
    assert src.format == "text" and src.text == "hello\n"


def test_a_folder_is_searched_for_every_suffix_the_help_names_and_no_other(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from scoexport.cli import app
    from scoexport.sources.inputs import FOLDER_SUFFIXES

    for n, suffix in enumerate((*FOLDER_SUFFIXES, ".docx", ".csv")):
        (tmp_path / f"f{n}{suffix.upper() if n % 2 else suffix}").write_text("x", encoding="utf-8")
    found = [p for p in find_inputs([tmp_path]) if isinstance(p, str)]
    assert sorted(found) == sorted(str(tmp_path / f"f{n}{s.upper() if n % 2 else s}") for n, s in enumerate(FOLDER_SUFFIXES))
    help_text = " ".join(CliRunner().invoke(app, ["convert", "--help"], env={"COLUMNS": "300"}).output.split())
    assert f"searched recursively for {', '.join(FOLDER_SUFFIXES)})" in help_text.replace("│ ", "").replace(" │", "")
