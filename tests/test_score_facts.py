"""bench/score_facts.py: a number or date written several times in a document is matched to the gold occurrence
whose `in` words stand around it, so its unit or value is judged against the gold of the same place."""
from __future__ import annotations

import collections
import sys

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from score_facts import Tally, _number_same, _occurrence_match, score_document

_PARAGRAPHS = [
    "The council bought two buses in spring.",
    "Later the two mayors met, and two trains were ordered for the line.",
]


def _fact(paragraph: int, text: str, occurrence: int, unit: str | None, value: float = 2.0) -> dict:
    body = _PARAGRAPHS[paragraph]
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    return {"kind": "number", "text": text, "value_num": value, "value_high": None, "unit": unit,
            "paragraph_seq": paragraph, "paragraph_text": body, "start": start, "end": start + len(text)}


def _gold(text: str, unit: str, context: str) -> dict:
    return {"text": text, "value": 2, "kind": "number", "unit": unit, "in": context}


GOLD = [_gold("two", "buses", "The council bought two buses"), _gold("two", "mayors", "Later the two mayors met"),
        _gold("two", "trains", "and two trains were ordered")]


def test_each_occurrence_is_paired_with_the_gold_of_its_place_whatever_the_order_facts_come_in() -> None:
    pred = [_fact(1, "two", 1, "trains"), _fact(0, "two", 0, "buses"), _fact(1, "two", 0, "mayors")]
    pairs, fp, fn = _occurrence_match(pred, GOLD, lambda p, g: p["text"] == g["text"])
    assert sorted((pred[i]["unit"], GOLD[j]["unit"]) for i, j in pairs) == [
        ("buses", "buses"), ("mayors", "mayors"), ("trains", "trains")]
    assert fp == [] and fn == []


def test_unit_accuracy_counts_right_units_of_repeated_numbers_as_right() -> None:
    pred = [_fact(1, "two", 1, "trains"), _fact(1, "two", 0, "mayors"), _fact(0, "two", 0, "buses")]
    tallies: dict = collections.defaultdict(Tally)
    score_document({"facts": {"numbers": GOLD}}, {"number": pred}, None, tallies, verbose=False)
    assert (tallies["numbers"].extra_ok, tallies["numbers"].extra_n) == (3, 3)


def test_a_wrong_unit_stays_wrong_when_its_place_is_known() -> None:
    pred = [_fact(0, "two", 0, "mayors"), _fact(1, "two", 0, "buses")]
    tallies: dict = collections.defaultdict(Tally)
    score_document({"facts": {"numbers": GOLD}}, {"number": pred}, None, tallies, verbose=False)
    assert (tallies["numbers"].extra_ok, tallies["numbers"].extra_n) == (0, 2)
    assert (tallies["numbers"].tp_pred, tallies["numbers"].gold) == (2, 3)


def test_a_context_copied_with_a_slip_still_finds_its_place_and_without_one_text_order_decides() -> None:
    slipped = [_gold("two", "mayors", "Latr the two mayors mett"), _gold("two", "buses", "The councl bought two buses")]
    pred = [_fact(0, "two", 0, "buses"), _fact(1, "two", 0, "mayors")]
    pairs, _, _ = _occurrence_match(pred, slipped, lambda p, g: p["text"] == g["text"])
    assert {(pred[i]["unit"], slipped[j]["unit"]) for i, j in pairs} == {("buses", "buses"), ("mayors", "mayors")}
    bare = [{**g, "in": ""} for g in slipped]
    pairs, _, _ = _occurrence_match(pred, bare, lambda p, g: p["text"] == g["text"])
    assert [(pred[i]["unit"], bare[j]["unit"]) for i, j in pairs] == [("buses", "mayors"), ("mayors", "buses")]


def test_a_gold_value_written_rounded_matches_the_value_it_rounds() -> None:
    third = {**_fact(0, "two", 0, "buses"), "text": "a third", "value_num": 1 / 3}
    gold = [{"text": "about a third", "value": 0.3333, "kind": "number", "unit": None, "in": "The council bought"}]
    pairs, _, _ = _occurrence_match([third], gold, _number_same)
    assert pairs == [(0, 0)]
    near = {**third, "value_num": 0.3334}
    assert _occurrence_match([near], gold, _number_same)[0] == []
