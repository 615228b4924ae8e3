"""The third round of scan shortcuts (issue 14) find what the full scans they replace find.

Capitalized runs of names and plural subjects tried only where capitalized words start; the "ago" pattern
run only on a paragraph holding "ago" as a word. Each is checked against the plain scan on texts made of
the pieces that matter to it, with the characters lower-casing and case-blind matching treat apart.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.base import capital_starts, lower_words, matches_at


def _texts(pieces: list[str], size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


def _spans(matches: object) -> list[tuple[int, ...]]:
    return [(*m.span(), *m.groups()) for m in matches]  # type: ignore[attr-defined]


NAME_PIECES = ["Jane", " Doe", "O’Brien", "O'", "Jean-Pierre", "McConnell", "S.", " S", " da ", " von ", "Chelsea",
               " have", " are", " were", " ", "-", "’", "x", "1", "É", "é", "iPhone", "_", ",", "Ö", "Petrović", "A"]


@settings(max_examples=800, deadline=None)
@given(_texts(NAME_PIECES))
def test_name_runs_and_plural_subjects_found_from_capitals_as_by_full_scans(text: str) -> None:
    from scoexport.extract import collectives, name_shapes

    for pattern in (name_shapes._RUN, collectives._PLURAL_SUBJECT):
        assert _spans(matches_at(pattern, text, capital_starts(text))) == _spans(pattern.finditer(text))


def test_name_runs_from_capitals_on_prose() -> None:
    from scoexport.extract import name_shapes

    text = "yesterday Jane O’Brien met Jean-Pierre da Silva and S. McConnell in Paris; iPhone users cheered."
    found = [m.group() for m in matches_at(name_shapes._RUN, text, capital_starts(text))]
    assert found == [m.group() for m in name_shapes._RUN.finditer(text)]
    assert "Jane O’Brien" in found and "Jean-Pierre da Silva" in found


AGO_PIECES = ["four", " years", " year", " ago", "ago", "Chicago", "AGO", " a", " an", " 3", " week", "s", " ", "İ", "ſ",
              "\u212a", "-", ".", "x"]


@settings(max_examples=600, deadline=None)
@given(_texts(AGO_PIECES))
def test_ago_matches_only_where_ago_is_a_word(text: str) -> None:
    from scoexport.extract.date_phrases import patterns

    if any(True for _ in patterns()["ago"].finditer(text)):
        assert "ago" in lower_words(text)


def test_ago_skipped_inside_a_longer_word() -> None:
    from scoexport.extract.date_phrases import patterns

    assert "ago" not in lower_words("They met in Chicago last week.")
    assert [m.group() for m in patterns()["ago"].finditer("It closed four years ago.")] == ["four years ago"]


NUMBER_PIECES = ["one", "One", "ONE", "someone", "twenty-", "a", "an", "A", "half", "halves", "a third", "quarters",
                 "million", "dozen", "first", "Twelfth", "once", "twice", "times", " times", "5", "12", "3.5", "1,250",
                 "%", " %", "percent", " per cent", "per", "cent", "dollars", " US dollars", " Hong Kong dollars",
                 "euros", "$", "to", "and", "out of", " in ", "ſix", "İ", "ı", "K", "é", " ", "-", ",", ".", "\n"]


@settings(max_examples=800, deadline=None)
@given(_texts(NUMBER_PIECES, size=24))
def test_number_patterns_match_only_where_their_cues_are(text: str) -> None:
    from scoexport.extract import number_forms
    from scoexport.extract.base import may_hold_words

    cues = number_forms.pattern_cues()
    assert cues, "the cued patterns are found by kind and group"
    for pattern, (words, chars) in cues.items():
        if any(True for _ in pattern.finditer(text)):
            assert any(c in text for c in chars) or may_hold_words(text, words), pattern.pattern[:60]


def test_number_facts_are_the_same_without_the_cues(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from scoexport import process
    from scoexport.extract import number_forms, numbers

    kinds = {kind for kind, _where, pattern in number_forms.patterns() if pattern in number_forms.pattern_cues()}
    assert {"percent", "fraction", "times", "ordinal", "number", "money"} <= kinds
    text = ("Shop sales\n\nSales rose 40 percent to $5 million in 2023, twice the rise of a year before. A third of the first "
            "12 stores sold 300 US dollars of goods a day, four times the 1,250 euros of 2022; ten per cent of "
            "them closed, and one in five staff left once the quarter ended.")

    def facts() -> list[tuple[str, int, int, str | None]]:
        return [(f.kind, f.start, f.end, f.value) for f in process(text=text).facts if f.kind != "entity"]

    with_cues = facts()
    monkeypatch.setattr(numbers, "cued_patterns", lambda: tuple((*row[:3], None) for row in number_forms.cued_patterns()))
    assert with_cues == facts()
    assert {"percent", "money", "fraction", "number"} <= {kind for kind, *_ in with_cues}


HEAD_PIECES = ["Bank", "bank", "BANK", "University", "Inc", "plc", "Plc", "PLC", "AT&T", "&", "A", "a", "County", "Öbank",
               "iBank", "Bankers", "_Bank", "-", "’", " ", ".", ",", "1", "é", "É", "x"]


@settings(max_examples=800, deadline=None)
@given(_texts(HEAD_PIECES))
def test_head_words_read_from_capitalized_words_as_from_all_words(text: str) -> None:
    from scoexport.data import word_set
    from scoexport.extract import organizations
    from scoexport.extract.base import holds_word

    for heads in (organizations._org_heads(), word_set("place_heads.txt"), frozenset({"plc", "Bank", "Öbank"})):
        expected = bool(heads & set(organizations._WORD_CHARS.findall(text)))
        assert holds_word(text, heads) == expected


@settings(max_examples=500, deadline=None)
@given(_texts(["Jan", "January", "Sept.", "Mai", "Dezember", "março", "Friday", "friday", "day", "mar", "may", "half",
               "end of", " ", "-", "x", "İ", "é"]),
       st.sampled_from(["months", "weekdays", "few"]))
def test_has_word_searches_many_words_at_once_as_substring_tests_do(text: str, which: str) -> None:
    from scoexport.extract import date_phrases, date_scan

    words = {"months": date_phrases.month_forms(), "weekdays": date_phrases.WEEKDAY_NAMES,
             "few": ("half", "quarter")}[which]
    assert len(words) > date_scan._FEW_WORDS or which == "few"
    assert date_scan.has_word(text, *words) == any(w in text for w in words)


CREDIT_PIECES = ["Reporting by", "additional reporting  by", "Photo/", "PHOTOS:", "Credit:", "credits:", "Foto:",
                 "photographed by", "Editing by", "Jo Park", "AP", ";", ".", "(", ")", " ", "\n", "x", "İ", "ſ", "é"]


@settings(max_examples=600, deadline=None)
@given(_texts(CREDIT_PIECES))
def test_credits_tried_where_their_first_words_are_written_as_by_a_full_scan(text: str) -> None:
    from scoexport.extract.credits import _credit_pattern, credit_spans

    assert credit_spans(text) == [m.span() for m in _credit_pattern().finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Jane", "Jane Doe", "Doe", "WeWork", "We", "Work", "New York", "New", "York Times",
                                 "O’Brien", "Dylan Nelson", "Nelson", "É"]), min_size=1, max_size=8),
       _texts(["Jane", " Doe", "WeWork", "We", " Work", "New York", " Times", " York", "O’Brien", "Nelson", "-", " ",
               "x", ",", "É", "é"]))
def test_aliases_as_a_prefix_tree_match_as_the_plain_alternation(aliases: list[str], text: str) -> None:
    import re

    from scoexport.data import alternation, prefix_tree

    plain = re.compile(r"(?<![\w-])(?:" + alternation(set(aliases)) + r")(?![\w-])")
    tree = re.compile(r"(?<![\w-])(?:" + prefix_tree(set(aliases)) + r")(?![\w-])")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
