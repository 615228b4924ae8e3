"""More shortcuts that spare the regex engine a scan of every character find what the full scans find.

Patterns tried only where their opening word, capital, digit or stop is; cheap tests that skip a scan only
where it would find nothing; plain string operations that replace a substitution or a backwards search;
the per-paragraph memo that the rules share. Each is checked against the plain form it replaces, on texts
made of the pieces that matter to it (including the characters lower-casing and case-blind matching treat
apart: dotted and dotless i, long s, the Kelvin sign).
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import base, tokens
from scoexport.extract.base import capital_starts, digit_starts, matches_at


def _texts(pieces: list[str], size: int = 14) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


def _spans(matches: object) -> list[tuple[int, ...]]:
    return [(*m.span(), *m.groups()) for m in matches]  # type: ignore[attr-defined]


DATE_PIECES = ["the ", "The ", "THE ", "later ", "earlier ", "last ", "Last ", "next ", "this ", "previous ", "past ",
               "coming ", "year", "month", "week", "years", " ago", "in ", "In ", "since ", "until ", "by ", "mid-",
               "mid ", "early ", "late ", "May", "Sept.", "September", "Friday", "friday", " night", "today", "Tonight",
               "between ", "from ", "From ", " to ", " and ", "2004", "2017", "1999", "-", "–", " ", ",", ".", "end of ",
               "start of ", "middle of ", "beginning ", "İ", "ı", "ſ", "\u212a", "bytoday", "xin ", "1"]


@settings(max_examples=600, deadline=None)
@given(_texts(DATE_PIECES))
def test_date_patterns_tried_at_their_opening_words_find_what_full_scans_find(text: str) -> None:
    from scoexport.extract import date_phrases, date_scan

    low = base.lower_cased(text)
    p = date_phrases.patterns()
    words = date_scan.openers()
    for name in ("rel_period", "rel_month", "day_word", "year"):
        assert _spans(date_scan.scan(p[name], text, low, words[name])) == _spans(p[name].finditer(text))
    edge = p["edge"]
    assert _spans(date_scan.scan(edge, text, low, words["edge"])) == _spans(edge.finditer(text))
    years = date_phrases.year_patterns(True)["year_range"]
    found = date_scan.scan(years, text, low, words["year_range"], digit_starts(text))
    assert _spans(found) == _spans(years.finditer(text))
    weekday = date_scan.scan(p["weekday"], text, low, date_phrases.WEEKDAY_RELS,
                                base.written(text, date_phrases.WEEKDAY_NAMES))
    assert _spans(weekday) == _spans(p["weekday"].finditer(text))


CAPITAL_PIECES = ["The ", "the ", "’s ", "'s ", "Xilingol", " region", " district", "Obama", " administration", " regime",
                  "UAW", "SNP", "VOA", " said", ",", " ministers", " reporter", "Fresno", ", ", "Calif.", "(D-N.J.)", "N.J.",
                  "Jane", " Doe", "O’Brien", " says", "-", "x", "1", ".", " ", "iPhone", "É"]


@settings(max_examples=600, deadline=None)
@given(_texts(CAPITAL_PIECES))
def test_patterns_that_open_with_a_capital_are_found_from_capitals_as_by_full_scans(text: str) -> None:
    from scoexport.extract import entity_candidates, gazetteer, people, towns

    patterns = [towns._kind_of_place()[1], entity_candidates._acronym_speaker(), entity_candidates._acronym_members(),
                gazetteer._abbreviated_state(), people._patterns()["speech"], people._patterns()["leader"]]
    for pattern in patterns:
        assert _spans(matches_at(pattern, text, capital_starts(text))) == _spans(pattern.finditer(text))


def test_state_abbreviations_open_with_a_capital() -> None:
    from scoexport.extract.gazetteer import state_abbreviations

    assert all(re.match("[A-Z]", short) for short in state_abbreviations())


SENTENCE_PIECES = ["Mr", "Dr", "U.S", "a.m", "word", "Word", ".", "..", "...", "…", "!", "?", "?!", "”", "’", ")", "\"",
                   " ", "  ", "\n", "\t", "1", "12", "a", "b", "(", "“", "•", "▪", ": ", "É", "Α", "\u00a0"]


@settings(max_examples=800, deadline=None)
@given(_texts(SENTENCE_PIECES, 20), st.booleans())
def test_sentence_boundaries_tried_at_stops_are_the_full_scans(text: str, is_list: bool) -> None:
    from scoexport.segment import splitter

    pattern = splitter._LIST_BOUNDARY if is_list else splitter._BOUNDARY
    assert _spans(splitter._candidates(text, is_list)) == _spans(pattern.finditer(text))
    for dot in range(len(text) + 1):
        m = re.search(r"(\S+)$", text[max(0, dot - 40):dot])
        assert splitter._word_before(text, dot) == (m.group(1).lstrip("(\"'“‘[") if m else "")


@settings(max_examples=800, deadline=None)
@given(_texts(["“", "”", "\"", "‘", "’", " ", "(", "—", "–", "a", "b", "1", "\n", "don’t", "x "], 16))
def test_the_quotation_left_open_is_the_one_a_search_finds(text: str) -> None:
    from scoexport.extract import marks

    found = marks.quotations(text)
    closed = [(m.start(g), m.end(g)) for m in marks._QUOTE.finditer(text) for g in [m.lastgroup or "curly"]]
    m = marks._OPEN_TO_END.search(text, closed[-1][1] + 1 if closed else 0)
    if m and marks._LETTER.search(m.group("open")):
        closed.append((m.start("open"), m.end("open")))
    assert list(found) == closed


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u2000\u2007\u200a\u200b\u2028\u202f\u205f"
                                        "\u3000\u00ad\ufeff\x00\x07\x7fab"), max_size=30))
def test_spaces_normalized_by_split_as_by_the_substitution(text: str) -> None:
    from scoexport.clean import repair

    without = repair._CONTROL.sub("", repair._INVISIBLE.sub("", text))
    expected = re.sub(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+", " ", without).strip()
    assert repair.normalize(text) == expected


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40) | _texts(["ABC", "abc", "É", "é", "1", " ", "McDONALD", "\ud800", "ß", "слово", "СЛОВО", "Оля",
                                         "中文", "ǅ", "\n", "ǆ"]))
def test_all_caps_counts_lower_case_letters_as_a_translation_does(text: str) -> None:
    from string import ascii_lowercase

    from scoexport.text import CAPS_SHARE, MIN_CAPS_LETTERS, is_all_caps

    lower = len(text) - len(text.translate(str.maketrans("", "", ascii_lowercase)))
    letters = [ch for ch in text if ch.isalpha()]
    expected = lower * 5 <= len(text) and len(letters) >= MIN_CAPS_LETTERS \
        and sum(ch.isupper() for ch in letters) >= CAPS_SHARE * len(letters)
    assert is_all_caps(text) == expected


CUE_PIECES = ["et al.", "Et Al.", "doi", "DOI:", "ISBN", "Iſbn", "ıssn", "PMID", "pp. 4", "P. 3", "vol. 2", "Vol.2",
              "http://a ", "https://b ", "www.c ", "WWW.d ", ", or ", ", i.e. ", "known as ", "also ", "IMF", "the ",
              "International Monetary Fund", " (", ")", "12", " ", ",", ".", "x"]


@settings(max_examples=600, deadline=None)
@given(_texts(CUE_PIECES))
def test_cheap_tests_skip_only_scans_that_find_nothing(text: str) -> None:
    from scoexport.extract import acronyms, quantities

    if text.count("http") + text.count("www.") < quantities._LINK_LIST_ADDRESSES:
        assert len(quantities._WEB_ADDRESS.findall(text)) < quantities._LINK_LIST_ADDRESSES
    if not any(cue in text for cue in acronyms._JOINED_CUES):
        assert acronyms._JOINED.search(text) is None


def test_paragraph_memo_keeps_values_within_its_bound(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    @base.paragraph_memo
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    monkeypatch.setattr(tokens, "MEMO_CHARS", 10)
    assert [length(t) for t in ("abcd", "efgh", "abcd")] == [4, 4, 4]
    assert calls == ["abcd", "efgh"]  # asked again, not computed again
    assert length("ijklm") == 5  # past the bound: the memo starts afresh
    assert length("abcd") == 4 and calls == ["abcd", "efgh", "ijklm", "abcd"]
    assert base.lower_words("Paris, the CITY of light") == frozenset({"paris", "the", "city", "of", "light"})
    assert digit_starts("a 12 b 3") == (2, 7) and capital_starts("a Big iPhone") == (2, 7)


@settings(max_examples=800, deadline=None)
@given(_texts(["long", "term", "care", "-", "--", " ", "_", "1", "é", "’", "\u0301", "²", "x-y", "\n", "."], 16))
def test_hyphenated_pairs_read_from_the_hyphens_are_the_compounds_parts(text: str) -> None:
    from itertools import pairwise

    from scoexport.clean import repair

    compounds = re.findall(r"(?<!\w)\w++(?:-\w++)+", text)
    expected = {f"{a}-{b}" for c in compounds for a, b in pairwise(c.split("-"))}
    assert repair.hyphenated_pairs(text) == expected


@settings(max_examples=500, deadline=None)
@given(_texts(["one", "One", "ONE", "first", "third", "3rd", "3", "12", "party", "-", " ", "  ", "\n", "of", "them", "no",
               "the", "lady", "ſ", "ı", "\u212a", "by", "place", "in", "at"], 16))
def test_fixed_expressions_skipped_only_for_numerals_none_of_them_holds(text: str) -> None:
    from scoexport.extract import word_quantities

    for m in re.finditer(r"[^\W_]+(?:\s+[^\W_]+)?", text):
        start, end = m.span()
        full = any(f.start() <= start and end <= f.end()
                   for f in word_quantities._fixed().finditer(text, max(0, start - 30), min(len(text), end + 20)))
        assert word_quantities.is_fixed_expression(text, start, end) == full


@settings(max_examples=500, deadline=None)
@given(_texts(["the ", "town", "Town", "township", " of ", "of ", "Huade", "Xilingol", " Inner", "city", "cityscape", "-",
               " ", ",", "x", "region", "İ", "ſ"]))
def test_kinds_of_place_are_found_where_the_paragraph_writes_them(text: str) -> None:
    from scoexport.extract import towns
    from scoexport.extract.words import name_words

    kind_of = towns._kind_of_place()[0]
    places = base.written(text, base.lower_words(text) & name_words("place_kinds"))
    assert _spans(matches_at(kind_of, text, places)) == _spans(kind_of.finditer(text))


@settings(max_examples=500, deadline=None)
@given(_texts(["my ", "My ", "his ", "her ", "there ", "cousin ", "Terrance", " and ", "Lou", "Ben", "Will", " Grace", "-",
               " ", "x", "İ", "ſ", "’"]))
def test_kin_and_pairs_of_given_names_are_found_as_by_full_scans(text: str) -> None:
    from scoexport.extract import name_contexts
    from scoexport.extract.words import name_words

    kin_at = base.written(text, base.lower_words(text) & name_words("possessives"))
    assert _spans(matches_at(name_contexts._kin(), text, kin_at)) == _spans(name_contexts._kin().finditer(text))
    pair = name_contexts._PAIR
    assert _spans(matches_at(pair, text, capital_starts(text))) == _spans(pair.finditer(text))


def test_paragraph_memos_forget_a_document_when_the_next_is_extracted() -> None:
    base.capital_starts("Paris and Rome")
    base.forget_paragraphs()
    calls: list[str] = []

    @base.paragraph_memo
    def upper(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert upper("a") == "A" and upper("a") == "A" and calls == ["a"]
    base.forget_paragraphs()
    assert upper("a") == "A" and calls == ["a", "a"]


@settings(max_examples=800, deadline=None)
@given(_texts(["“", "”", "\"", "''", "'", "‘", "’", " ", "(", "—", "a", "b", "1", "\n", "don’t", "x ", "15\""], 16))
def test_quotations_are_found_from_their_opening_marks_as_by_a_full_scan(text: str) -> None:
    from scoexport.extract import marks

    at = [m.start() for m in marks._OPENING_MARK.finditer(text)]
    assert _spans(matches_at(marks._QUOTE, text, at)) == _spans(marks._QUOTE.finditer(text))
