"""`scoexport.process` on a path, bytes or a string, and the CLI's rough edges: --version, views in
schema, help at 80 columns, query's standard input, a DATASET that does not exist."""
from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

import scoexport
from scoexport import process
from scoexport.cli import app
from scoexport.sources.inputs import InputError, InputSkipped
from scoexport.views.bundled import bundled_objects, sql_files

from .conftest import SEEDS

runner = CliRunner()
PAGE = ("<html><head><title>Talks in Astana</title></head><body><article><h1>Talks in Astana</h1>"
        "<p>Leaders met in Astana on 4 July 2024 to sign a pact on trade corridors, officials said.</p>"
        "</article></body></html>")


def test_process_takes_a_path_as_str_or_pathlike_and_bytes_give_the_same_document() -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    by_str, by_path, by_bytes = process(str(seed)), process(seed), process(seed.read_bytes(), name=seed.name)
    assert by_str.doc_id == by_path.doc_id == by_bytes.doc_id
    assert [p.text for p in by_str.paragraphs] == [p.text for p in by_bytes.paragraphs]
    assert by_str.source.path == str(seed) and by_bytes.source.path == seed.name


def test_process_takes_text_and_html_by_keyword(tmp_path: Path) -> None:
    text = process(text="Leaders met in Astana on 4 July 2024.")
    assert [f.value for f in text.facts if f.kind == "date"] == ["2024-07-04"] and text.source.format == "text"
    page = process(html=PAGE)
    assert page.source.format == "html" and page.metadata.title == "Talks in Astana"
    assert process(PAGE.encode("utf-8")).source.format == "html"  # bytes are sniffed as a file is
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert process(tmp_path / "page.html").doc_id == process(html=PAGE).doc_id


def test_a_string_is_a_path_and_a_missing_one_says_how_to_pass_text(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"no such file: 'nope\.html' \(to process a string, pass text="):
        process("nope.html")
    with pytest.raises(FileNotFoundError, match="no such file"):
        process("Leaders met in Astana.\nA second line.")
    with pytest.raises(IsADirectoryError, match=r"scoexport\.convert"):
        process(tmp_path)
    (tmp_path / "items.jsonl").write_text('{"text": "x"}\n')
    with pytest.raises(ValueError, match="many documents"):
        process(tmp_path / "items.jsonl")
    with pytest.raises(InputError, match="PNG image"):
        process(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(InputSkipped):
        process(text="  \n ")
    with pytest.raises(TypeError, match="give one document"):
        process("a.txt", text="b")
    with pytest.raises(TypeError, match="not int"):
        process(3)  # type: ignore[arg-type]


def test_version_option() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"scoexport {scoexport.__version__}"


def test_schema_lists_every_bundled_view_with_its_description() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    listed = result.output.split("views and macros (bundled SQL)\n", 1)[1]
    created = {m for _, sql in sql_files() for m in re.findall(r"CREATE OR REPLACE (?:VIEW|MACRO|TABLE) (\w+)", sql)}
    tables = {line.split()[0] for line in result.output.split("views and macros")[0].splitlines() if line[:1].isalpha()}
    assert created - tables == {line.split()[0].split("(")[0] for line in listed.splitlines()}
    assert all(text and "--" not in text and ":" not in text.split()[0] for _, _, text in bundled_objects())
    timeline = runner.invoke(app, ["schema", "timeline"])
    assert "every dated fact in date order" in timeline.output
    assert runner.invoke(app, ["schema", "nothing_named_so"]).exit_code == 3


@pytest.mark.parametrize("command", [[], ["convert"], ["query"], ["db"], ["schema"], ["show"]])
def test_help_reads_well_at_80_columns(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "80"}, terminal_width=80)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    prose = [line.strip() for line in lines if line.strip()
             and not line.lstrip().startswith(("│", "╭", "╰", "Usage", "scoexport ", "echo "))]  # examples stand alone
    # a paragraph's line ends where the terminal's width ends it, never early in mid-sentence
    for line, after in pairwise(prose):
        if after[:1].islower() and not line.endswith((".", ":", ",", ";")):
            assert len(line) > 60, (line, after)


def test_help_keeps_brackets_and_angle_brackets_as_written() -> None:
    output = runner.invoke(app, ["convert", "--help"], env={"COLUMNS": "200"}).output
    assert "scoexport[dask]" in output and "OUT/<table>/*.parquet" in output


def test_query_with_empty_or_unreadable_standard_input_is_one_line(seeds_dataset: Path) -> None:
    empty = runner.invoke(app, ["query", str(seeds_dataset)], input="")
    assert empty.exit_code == 3 and empty.output.strip() == "error: no SQL given (standard input is empty)"
    binary = runner.invoke(app, ["query", str(seeds_dataset)], input=b"\xff\xfe\x00")
    assert binary.exit_code == 3 and binary.output.strip() == "error: the SQL on standard input is not UTF-8 text"


@pytest.mark.parametrize("command", [["query", "{}", "SELECT 1"], ["db", "{}"], ["show", "{}"]])
def test_a_dataset_that_does_not_exist_is_no_such_folder(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "nowhere"
    result = runner.invoke(app, [c.format(missing) for c in command])
    assert result.exit_code == 3 and result.output.strip() == f"error: {missing}: no such folder"
    (tmp_path / "plain").mkdir()
    result = runner.invoke(app, [c.format(tmp_path / "plain") for c in command])
    assert "is not a scoexport dataset" in result.output
