"""Findings of session 10's review of numbers and text kinds: each test fails on the code before its fix."""
from __future__ import annotations

import pytest

from scoexport.clean.tables import merge_tables
from scoexport.contents import is_contents_entry
from scoexport.records import Block, Line

from .test_facts_numbers_round11 import found, texts


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("Death toll: 1,200 people", "en", ["1,200"]),
    ("Update: 12 people died", "en", ["12"]),
    ("Unemployment: 5.4%", "en", ["5.4%"]),
    ("Prezzo: 12 euro", "it", ["12 euro"]),
])
def test_a_field_under_a_label_of_the_text_is_a_fact(text: str, language: str, kept: list[str]) -> None:
    assert texts(text, language) == kept


@pytest.mark.parametrize(("text", "language"), [
    ("Reading time: 5 minutes", "en"), ("Tempo di lettura: 3 minuti", "it"), ("Lesezeit: 4 Minuten", "de"),
    ("Temps de lecture : 6 minutes", "fr"), ("Comments: 12", "en"), ("Post Views: 1.432", "en"), ("Seite: 2", "de"),
])
def test_a_reading_time_is_furniture(text: str, language: str) -> None:
    assert texts(text, language) == []



def _blocks(parts: list[str]) -> tuple[list[Block], str]:
    """One block a part, each part's lines offsets into the source: parts joined by a blank line, except that a
    part ending in a newline is set right above the next."""
    text, blocks = "", []
    for part in parts:
        body = part.rstrip("\n")
        blocks.append(Block([Line(body, len(text), len(text) + len(body), 0)], text=body))
        text += part if part.endswith("\n") else part + "\n\n"
    return blocks, text


AFTER = "The turnout was higher than in any year before, the board said on Monday after the count ended."


def test_a_number_cell_right_above_the_next_paragraph_stays_in_its_table() -> None:
    blocks, text = _blocks(["North", "1200", "South", "900", "West", "450\n", AFTER])
    assert [(b.kind, b.text) for b in merge_tables(blocks, text)] == [
        ("table", "North 1200 South 900 West 450"), ("body", AFTER)]


def test_a_heading_right_above_the_next_paragraph_leaves_the_table() -> None:
    blocks, text = _blocks(["North", "1200", "South", "900", "West", "450", "East", "300", "Summary\n", AFTER])
    assert [(b.kind, b.text) for b in merge_tables(blocks, text)] == [
        ("table", "North 1200 South 900 West 450 East 300"), ("body", "Summary"), ("body", AFTER)]


@pytest.mark.parametrize(("text", "entry"), [
    ("The doctor came at noon and found that the patient was.... ill", False),  # an ellipsis and its stop
    ("Nobody there was ever..... civil", False),  # a word that only holds numeral letters
    ("The letters he kept were signed . . . . mill", False),
    ("6.1 Copyright Papers . . . . . . . . . . . 3", True),
    ("Preface..................vii", True),
    ("List of Figures .............. xiv", True),
])
def test_a_contents_entry_ends_in_a_leader_and_a_page_number(text: str, entry: bool) -> None:
    assert is_contents_entry(text) is entry


def test_a_vulgar_fraction_ends_an_amount_and_takes_a_scale() -> None:
    assert found("The tickets cost £4½ each at the door.") == [("money", "£4½", 4.5, "GBP")]
    assert found("The novel sold 1½ million copies in a year.") == [
        ("number", "1½ million", 1500000.0, "copies")]
    assert found("Add 1½ cups of flour.") == [("quantity", "1½", 1.5, "cups")]


@pytest.mark.parametrize(("text", "kept"), [
    ("The board split 5 to 4 or 6 to 3 on most votes that year.", ["5", "4", "6", "3"]),  # scores, no range
    ("Set the flag to 0 or 1 before the run.", ["0", "1"]),  # a setting's two values
    ("Pick one or two bugs and fix them.", ["one or two"]),
    ("It takes 2 or 3 days to arrive.", ["2 or 3"]),
])
def test_or_joins_a_range_only_of_two_free_counts(text: str, kept: list[str]) -> None:
    assert texts(text) == kept
