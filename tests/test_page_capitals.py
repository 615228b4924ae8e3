"""A page's words in capitals (capital_names.page_capitals, _pairs) read at the record's places: what scans of the
whole text read."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import capital_names
from scoexport.extract.base import forget_paragraphs
from scoexport.extract.capital_names import _CAPITAL_WORD, _SURNAME_IN_CAPITALS, _paired, page_capitals

_PIECES = ["Tomohiro", "KUBOTA", "Jean", "DUPONT", "Julia", "REPL", "O'BRIEN", "VELEZ-GREEN", "NATO", "CUDA", "É",
           "iPHONE", "-", "'", "’", " ", ", ", ".", "x", "7", "_", "Smith", "AB", "\n", "McDONALD", "Maria"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


def _by_scans(texts: list[str], defined: list[str]) -> capital_names.PageCapitals:
    surnames, alone = set(), set(defined)
    for text in texts:
        pairs = [m for m in _SURNAME_IN_CAPITALS.finditer(text) if _paired(m)]
        surnames.update(m["surname"] for m in pairs)
        starts = {m.start("surname") for m in pairs}
        alone.update(m.group() for m in _CAPITAL_WORD.finditer(text) if m.start() not in starts)
    return capital_names.PageCapitals(frozenset(surnames), frozenset(alone))


def test_a_surname_in_capitals_and_words_written_alone() -> None:
    forget_paragraphs()
    page = page_capitals(["Texte : Tomohiro KUBOTA", "Start the Julia REPL; CUDA and NATO."], ["GPU"])
    assert page.surnames == {"KUBOTA"} and page.alone == {"REPL", "CUDA", "NATO", "GPU"}


@settings(max_examples=500, deadline=None)
@given(st.lists(_texts, min_size=1, max_size=3), st.lists(st.sampled_from(["GPU", "REPL"]), max_size=2))
def test_the_page_reads_what_full_scans_read(texts: list[str], defined: list[str]) -> None:
    forget_paragraphs()
    assert page_capitals(texts, defined) == _by_scans(texts, defined)


@given(st.lists(st.sampled_from(["Par", "Jean", "DUPONT", " ", "  ", "\n", "\t", ".", ":", "2001", ","]), max_size=20)
       .map("".join))
def test_a_line_of_its_own_is_told_as_by_all_its_words(text: str) -> None:
    by_words = len(text.split()) <= 6 and not text.rstrip().endswith((".", "!", "?", ":"))
    assert capital_names.stands_alone(text, "body") == by_words
    assert capital_names.stands_alone(text, "byline")
