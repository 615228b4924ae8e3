"""Patterns tried only where their first words can stand find what a scan of every character finds.

Each rule below was tried at every capitalized word; it is now tried only at the capitals of a word in
capitals, after what its look behind needs ("the ", ", ", "("), or before the words that must follow its name
(" and ", " have", ", the ", a verb of speech). Each shortcut is checked against the full scan on texts made of
the pieces that matter to it: capitals and digits inside and outside words, the joining words and punctuation,
look-alikes in other cases and characters that are word characters to the regex engine but not ASCII letters.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import collectives, coordination, entity_candidates, gazetteer, name_contexts, towns
from scoexport.extract.base import capital_starts, forget_paragraphs, matches_at
from scoexport.extract.openings import (
    acronym_starts,
    capital_runs,
    capitals_before,
    opening_places,
    places_after,
    run_places,
)

# whole phrases that each rule finds ("UN said", "Lou and Ben"), and the pieces that make near misses of them
PHRASES = ["UN said", "UAW, said", "SNP ministers", "VOA reporter", "Lou and Ben", "Chelsea have", "Arsenal were",
           "SoFi", "DoorDash", "the Xilingol region", "Delhi’s Saket area", "Fresno, Calif.", "D-N.J.", "(Fla."]
PIECES = ["UAW", "SNP", "UN", "U", "A", "Ab", "ABc", "said", "ministers", "x", "Lou", "and", " and ", "And", "Chelsea",
          "have", "are", "you", "McConnell", "iPhone", "the ", "The ", "’s ", "'s ", "Xilingol", "region", "Calif.",
          "N.J.", "Fla", ", ", "(", "-", " ", " ", ".", ",", "É", "Éric", "ß", "7", "2nd", "_", "#", "@", "’", "'", "\n"]
texts = st.lists(st.sampled_from(PHRASES) | st.sampled_from(PIECES), max_size=16).map("".join)


def _same(pattern, text: str, places) -> None:  # type: ignore[no-untyped-def]
    assert [m.span() for m in matches_at(pattern, text, places)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(texts)
def test_openings_find_every_match_of_the_full_scan(text: str) -> None:
    forget_paragraphs()  # the memo holds texts, not their places: a fresh start for each example
    for pattern in (entity_candidates._acronym_speaker(), entity_candidates._acronym_members()):
        _same(pattern, text, acronym_starts(text))
    _same(towns._kind_of_place()[1], text, places_after(text, towns._ARTICLE_OR_POSSESSIVE))
    _same(gazetteer._abbreviated_state(), text, places_after(text, gazetteer._BEFORE_STATE))
    _same(name_contexts._PAIR, text, opening_places(name_contexts._PAIR_OPENING, text))
    _same(collectives._PLURAL_SUBJECT, text, opening_places(collectives._PLURAL_SUBJECT_OPENING, text))
    _same(coordination._INNER_CAPITAL, text, opening_places(coordination._INNER_CAPITAL_OPENING, text))


@settings(max_examples=300, deadline=None)
@given(texts, st.lists(st.integers(0, 60), max_size=6))
def test_places_are_in_text_order_and_among_the_capitals(text: str, ends: list[int]) -> None:
    forget_paragraphs()
    capitals = set(capital_starts(text))
    for places in (acronym_starts(text), capitals_before(text, sorted(ends), ","), capitals_before(text, sorted(ends), " ")):
        assert list(places) == sorted(set(places))
        assert set(places) <= capitals
    assert all("A" <= text[at] <= "Z" for at in places_after(text, ("the ", ", ")))
    # every capitalized word opens a run of letters that run_places finds (head words are found from their runs)
    every_run = capital_runs(text[at:] for at in capitals)
    assert {at for at in capitals if "A" <= text[at] <= "Z"} <= set(run_places(text, every_run))


def test_capitals_before_reads_back_to_the_stop() -> None:
    text = "Officials, Acme Corp, the maker"
    comma = text.index(", the ")
    assert capitals_before(text, [comma], ",") == [text.index("Acme"), text.index("Corp")]
    assert capitals_before(text, [comma], " ") == [text.index("Corp")]
    assert acronym_starts("the UAW and NASA, not Nasa or U.S.") == (4, 12)
    assert capital_runs(["Bank", "Corp.", "S.A.", "plc", "GmbH"]) == {"Bank", "Corp", "S", "GmbH"}
    assert run_places("Acme Corp. and S.A. Bankers", frozenset({"Corp", "S"})) == [5, 15]


def test_abbreviated_states_open_with_a_capital() -> None:
    assert all("A" <= short[0] <= "Z" for short in gazetteer.state_abbreviations())
