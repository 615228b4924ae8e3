"""No pattern backtracks without bound: three patterns that split a run of spaces between two repeats (a cube of the
run's length when the match fails at its end) read the same texts as before in about linear time. Each test would
run for minutes with the old pattern (signal.alarm stops it); each also checks the new pattern against the old one's
reading on short texts built from the same pieces."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from scoexport.extract import acronyms, marks
from scoexport.extract.identifiers import codes
from tests.deadline import within


def _texts(pieces: list[str], most: int = 5) -> Iterator[str]:
    for n in range(most + 1):
        for combo in itertools.product(pieces, repeat=n):
            yield "".join(combo)


SPACES = " " * 3000


def test_a_link_target_after_a_long_run_of_spaces_is_decided_at_once() -> None:
    with within(10):
        text = f"the term (ABC){SPACES}<mailto:x"  # an address never closed
        assert acronyms._LINK_TARGET.search(text) is None
    old = re.compile(r"\s*(?:\((?:https?://|ftp://|www\.)[^()\s]*\)|`?\s*<(?:https?|ftp|mailto):[^<>\s]*>`_{0,2})\s*\Z")
    for text in _texts([" ", "`", "<ftp:a>", "_", "(www.b)", "x"], 4):
        new_m, old_m = acronyms._LINK_TARGET.search(text), old.search(text)
        assert (new_m and new_m.span()) == (old_m and old_m.span()), text


def test_a_list_join_over_a_long_run_of_spaces_is_decided_at_once() -> None:
    with within(10):
        assert codes._LIST_JOIN.fullmatch(SPACES * 3 + "nor") is None
    old = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|/)\s*")
    for text in _texts([" ", ",", "and", "or", "/", "x"], 5):
        assert bool(codes._LIST_JOIN.fullmatch(text)) == bool(old.fullmatch(text)), text


def test_an_opening_guillemet_never_closed_after_a_long_run_of_spaces_is_decided_at_once() -> None:
    with within(10):
        assert marks._QUOTE.search("«" + SPACES + "il part") is None
    with within(10):  # a pair nested in it (session 17) keeps it so
        assert marks._QUOTE.search("«" + SPACES + "« il » part") is not None
        text = "«" + SPACES + "« il » part" + SPACES + "«"
        assert [text[s:e] for s, e in marks.quotations(text)] == ["il"]
    old = re.compile(r"«\s*(?P<guillemets>[^«»]+?)\s*»")
    # the branch as marks.py builds it: a pair of guillemets may be nested in the words (mend17)
    new = re.compile(rf"«(?={marks._GUILLEMETS}*»)\s*(?P<guillemets>{marks._GUILLEMETS}+?)\s*»")
    assert f"(?P<guillemets>{marks._GUILLEMETS}+?)" in marks._QUOTE.pattern
    for text in _texts([" ", "«", "»", "a", "\n"], 5):
        if text.count("»") < 2:  # no pair can be nested: the same as before
            assert [m.group(0, 1) for m in new.finditer(text)] == [m.group(0, 1) for m in old.finditer(text)], text


def test_a_dash_before_a_long_run_of_spaces_and_no_closing_dash_is_decided_at_once() -> None:
    from scoexport.extract import interjections

    with within(10):
        assert interjections._DASHED.search("He paused - " + SPACES + "and went on.") is None
    old = re.compile(r"\s[-–—]\s+(?P<clause>[^-–—“”\"«»\n]{2,160}?)\s*[-–—](?=[\s.,;:]|$)")
    for text in _texts([" ", "-", "—", "a", "\n", "\"", "."], 5):
        new_found = [m.group(0, 1) for m in interjections._DASHED.finditer(text)]
        assert new_found == [m.group(0, 1) for m in old.finditer(text)], text


def test_a_byline_word_before_a_long_run_of_spaces_is_decided_in_one_pass() -> None:
    from scoexport.authors import byline_opening

    pattern = byline_opening()
    with within(10):
        for _ in range(3):
            assert pattern.match("By" + SPACES * 4 + "1999") is None  # a column of figures, no name after it
    old = re.compile(pattern.pattern.replace(r"(?:\s*:)?\s+", r"\s*:?\s+"), re.I)
    assert old.pattern != pattern.pattern
    for text in _texts([" ", ":", "By", "a", "1"], 5):
        new_m, old_m = pattern.match(text), old.match(text)
        assert (new_m and new_m.span()) == (old_m and old_m.span()), text


def test_a_byline_word_before_a_long_run_of_spaces_is_refused_at_once() -> None:
    from scoexport.authors import author_words
    from scoexport.extract import credits

    old = re.compile(rf"(?i:(?<![\w-])(?:{author_words()}))\s*:?\s+$")
    new = credits._byline_word_before()
    for text in _texts(["By", " ", ":", "\n", "x"]):
        assert bool(old.search(text)) == bool(new.search(text)), text
    with within(10):
        assert new.search("By" + " " * 100000 + "x") is None
        assert new.search("Text by :" + " " * 100000) is not None
