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


# a mark, a run of what may follow one in a match (longer than the 40 characters searched), and an end
_OPENERS = [".", "…", "!", "?", ":", ";", "a", "1", "_"]
_RUN = [".", ". ", "…", "”", ")", "’", "]", "'", "¹", "⁰", " ", "\t", "\u00a0", "\n", "i", "x", "3", "٣"]
_ENDS = ["", "\n", "7", "42", "117", "vii", " 12\n", "a", "”\n", ".\n", "2019"]


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="wrote I_.\n", max_size=8), st.sampled_from(_OPENERS), st.lists(st.sampled_from(_RUN), max_size=6),
       st.sampled_from(_RUN), st.integers(0, 60), st.sampled_from(_ENDS))
def test_end_anchored_searches_find_what_a_whole_search_finds(head: str, opener: str, mixed: list[str], repeated: str,
                                                              times: int, end: str) -> None:
    """A sentence's end and a contents entry's leader and page number are searched for near the text's end only
    (`search_at_end`): the same match as a search of the whole text, however long the run of marks before the end."""
    from scoexport.contents import _CONTENTS_ENTRY, _ENTRY_REST, _LEADER_CLOSED
    from scoexport.text import _TERMINAL, _TERMINAL_REST, search_at_end

    text = head + opener + "".join(mixed) + repeated * times + end
    for pattern, rest in ((_TERMINAL, _TERMINAL_REST), (_CONTENTS_ENTRY, _ENTRY_REST), (_LEADER_CLOSED, _ENTRY_REST)):
        whole, near = pattern.search(text), search_at_end(pattern, rest, text)
        assert (whole and whole.span()) == (near and near.span()), (pattern.pattern, text)


def test_a_long_paragraph_ending_on_a_contents_leader_is_read_at_its_end() -> None:
    from scoexport.contents import contents_entry_page, is_contents_entry

    prose = "The committee met in Geneva and agreed on the terms of the report. " * 40
    assert ends_sentence(prose.strip() + "”")
    assert not ends_sentence(prose + "and then")
    assert contents_entry_page(prose + "Annex B . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 117") == "117"
    assert is_contents_entry(prose + "Preface" + "." * 60 + "vii")
    assert not is_contents_entry(prose + "the price . . . . .")
