"""The shared text helpers: span overlap, sentence ends, lines in capitals."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scoexport.text import ends_sentence, is_all_caps, overlaps

# spans of text are never empty (a date, a name, a claimed number)
spans = st.tuples(st.integers(0, 40), st.integers(1, 10)).map(lambda t: (t[0], t[0] + t[1]))


@given(spans, st.lists(spans, max_size=6))
def test_overlap_means_a_shared_character(span: tuple[int, int], others: list[tuple[int, int]]) -> None:
    mine = set(range(*span))
    assert overlaps(*span, others) == any(mine & set(range(*o)) for o in others)


def test_touching_spans_do_not_overlap() -> None:
    assert not overlaps(5, 10, [(0, 5), (10, 12)])
    assert overlaps(5, 10, [(9, 12)])


def test_sentence_end_looks_past_closing_quotes_and_brackets() -> None:
    assert ends_sentence("He left.”")
    assert ends_sentence("(as planned.)")
    assert not ends_sentence("the committee of")


def test_capitals_allow_a_few_lower_case_letters_but_not_short_acronyms() -> None:
    assert is_all_caps("ANNUAL REPORT OF THE McDONALD FUND")
    assert not is_all_caps("UN")
    assert not is_all_caps("Annual Report")
