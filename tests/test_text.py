"""The shared text helpers: sentence ends, lines in capitals."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.text import at_most_words, ends_sentence, is_all_caps


def test_sentence_end_looks_past_closing_quotes_and_brackets() -> None:
    assert ends_sentence("He left.”")
    assert ends_sentence("(as planned.)")
    assert not ends_sentence("the committee of")


def test_capitals_allow_a_few_lower_case_letters_but_not_short_acronyms() -> None:
    assert is_all_caps("ANNUAL REPORT OF THE McDONALD FUND")
    assert not is_all_caps("UN")
    assert not is_all_caps("Annual Report")
    # Cyrillic: a heading in capitals with one word in small letters is still capitals; prose is not
    assert is_all_caps("ОТЧЁТ ФОНДА ГОРОДА МОСКВЫ ПЕРМИ ТВЕРИ ЧИТЫ АНАПЫ УФЫ РЕКИ ОБИ ЗА 2020 СРЕДИ прочих")
    assert not is_all_caps("Годовой отчёт фонда развития городской среды")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" a\t\n\u00a0\u2009b.", max_size=30), st.integers(0, 8))
def test_at_most_words_counts_as_a_full_split(text: str, n: int) -> None:
    assert at_most_words(text, n) == (len(text.split()) <= n)
