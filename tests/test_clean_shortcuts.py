"""Clean's shortcuts that spare the regex engine a scan of every character find what the full scans find.

Each is checked against the plain scan it replaces, on texts made of the pieces that matter to it.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean.reflow import _LOWER_WORD, _MID_SENTENCE_CAPITAL, ProperNouns, written_in_lower_case

# words in lower case and with capitals, inside others ("rome" in "aromed"), behind apostrophes and hyphens, after a
# word character or a digit, and the characters lower-casing treats apart
_PIECES = ["rome", "Rome", "ROME", "aromed", "rome's", "o'rome", "’rome", "-rome", "x-rome", "9rome", "_rome", "romé",
           "é", "İstanbul", "i̇stanbul", "the", "The", "in", "In", "said", "Said", "it's", "It's", "a", " ", " ", ", ",
           "; ", ". ", "'", "’", "-", "\n", "0"]
_WORDS = ["rome", "the", "in", "said", "it's", "i̇stanbul", "é", "o'rome", "rome's", "romé", "a"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.sampled_from(_WORDS))
def test_a_word_is_written_in_lower_case_where_the_full_scan_finds_it(text: str, word: str) -> None:
    assert written_in_lower_case(text, word) == (word in set(_LOWER_WORD.findall(text))), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.sampled_from(_PIECES))
def test_proper_nouns_are_the_capitals_the_full_scan_never_finds_in_lower_case(text: str, word: str) -> None:
    lower = set(_LOWER_WORD.findall(text))
    proper = {w for w in _MID_SENTENCE_CAPITAL.findall(text) if w.lower() not in lower}
    assert (word in ProperNouns(text)) == (word.strip(".,;:’'\"") in proper), text


def test_a_name_written_in_lower_case_only_inside_another_word_stays_a_name() -> None:
    names = ProperNouns("They flew to Rome, then Paris and Oslo; the aromed oils of paris, oslo-based makers. "
                        "Back in Rome's port.")
    assert "Rome" in names  # "aromed" holds "rome", and "Rome's" is its own word
    assert "Paris" not in names  # written in lower case too
    assert "Oslo" in names  # "oslo-based" is one word


@settings(max_examples=800, deadline=None)
@given(st.text(alphabet="aZ09 _.-\n\t~", max_size=40) | st.text(max_size=20))
def test_script_counts_of_an_ascii_text_are_its_letters_read_one_by_one(text: str) -> None:
    from collections import Counter

    from scoexport.clean.language import _letter_script, script_counts

    reference = Counter(_letter_script(ch) for ch in text if ch.isalpha())
    counts = script_counts(text)
    assert counts == reference and list(counts) == list(reference)


_CAPTION_PIECES = ["Photo", "photo", "Foto", "Фото", "Bild", "(", ")", ".", ":", "：", " ", "\n", "Jo Park", "AP", "/",
                   "via", "Getty Images", "said the minister", "x"]


_PIECES_RUN = st.lists(st.sampled_from(_CAPTION_PIECES), max_size=6).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_PIECES_RUN, st.sampled_from(["", "(", "(Photo ", "Photo:"]), _PIECES_RUN,
       st.sampled_from(["", ")", ").", ")!", ")?", "):"]), st.sampled_from(["", "\n", " ", "x"]))
def test_a_closing_credit_is_found_as_a_search_of_every_character_finds_it(before: str, opening: str, middle: str,
                                                                             closing: str, end: str) -> None:
    text = before + opening + middle + closing + end
    from scoexport.clean.captions import _closing_parenthesis, _parenthesis_pattern

    whole, found = _parenthesis_pattern().search(text), _closing_parenthesis(text)
    assert (whole and whole.span()) == (found and found.span()), text


_LANGUAGE_PIECES = ["the", "der", "día", "don't", "rock’n’roll", "u.s.", "x.y", "a.", ".b", "end.", "2019", "x²", "ⅳ", "_a",
                    "e\u0301", "ǆ", "'", "’", ".", ",", "-", " ", " ", "\u00a0", "\u2009", "\n", "\x1f", "(", "word's"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_LANGUAGE_PIECES), max_size=24).map("".join))
def test_language_words_are_the_words_a_scan_of_every_character_finds(text: str) -> None:
    from collections import Counter

    from scoexport.clean.language import _WORD, words_of

    assert Counter(words_of(text)) == Counter(_WORD.findall(text)), text


@settings(max_examples=800, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["word", " ", "  ", "\u00a0", "a-b", "\t"]), max_size=30).map("".join), min_size=1,
                max_size=8), st.integers(0, 20))
def test_a_paragraph_holds_fewer_words_as_a_count_of_all_its_words_says(lines: list[str], n: int) -> None:
    from scoexport.clean.reflow import _fewer_words
    from scoexport.records import Line
    from scoexport.text import TextLine

    paragraph = [TextLine(Line(text, 0, len(text)), 0) for text in lines]
    assert _fewer_words(paragraph, n) == (sum(len(text.split()) for text in lines) < n)
