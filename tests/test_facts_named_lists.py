"""Lists pairing numbers with names by a dash ("2.0 — Maple, 2.1 — Birch"): legends of releases and their code
names, or of numbered things and their names; the numbers label, they count nothing
(`identifiers.versions._named_in_list`). Sentences of our own."""
from __future__ import annotations

from .test_facts_numbers_round11 import texts


def test_releases_listed_with_their_names_are_no_numbers() -> None:
    assert texts("The team named its releases after trees (2.0 — Maple, 2.1 — Birch, 3 (planned) — Cedar, "
                 "4 — Oak) and kept that habit.") == []
    assert texts("Stations on the old line: 1 – Harbour, 2 – Mill Lane, 3 – Castle Gate.") == []


def test_a_count_beside_a_dash_stays_a_count() -> None:
    # one number and a dash is no list: an aside, a score or a range's end
    assert texts("We met 40 people – most of them farmers – at the fair.") == ["40"]
