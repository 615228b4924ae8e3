"""Shortcuts in identifiers and in telling code paragraphs find what the full scans find.

The dash-joined code pattern tried only at the paragraph's capitals and digits, the e-mail pattern searched
from the first "@"'s run of address characters, and `is_code`'s cheap tests, each checked against the plain
form it replaces on texts made of the pieces that matter to it.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean import kinds
from scoexport.clean.sessions import session_line
from scoexport.extract.base import forget_paragraphs, matches_at
from scoexport.extract.identifiers import codes
from scoexport.extract.tokens import tokens


def _texts(pieces: list[str], size: int = 16) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=size).map("".join)


CODE_PIECES = ["AD ", "2018", "-", "–", "\u2011", "23", "51", "FAA", "NM", "W12", "x", "a", " ", ".", "_", "é", "Ж",
               "- ", "0686", "b2", "K", "\n", "(", "3G"]


@settings(max_examples=600, deadline=None)
@given(_texts(CODE_PIECES))
def test_codes_tried_at_capitals_find_what_the_full_scan_finds(text: str) -> None:
    forget_paragraphs()
    found = [m.span() for m in matches_at(codes._CODE, text, tokens(text).capitals)]
    assert found == [m.span() for m in codes._CODE.finditer(text)]


MAIL_PIECES = ["jane", ".", "doe", "+", "-", "_", "@", "@ ", "example", ".org", "x.y", " ", ",", "é", "²", "(", "a@b",
               "\n", "—"]


@settings(max_examples=600, deadline=None)
@given(_texts(MAIL_PIECES))
def test_addresses_searched_from_the_first_at_sign_are_all_the_addresses(text: str) -> None:
    if "@" not in text:
        return
    start = codes._local_part_start(text, text.index("@"))
    assert [m.span() for m in codes._EMAIL.finditer(text, start)] == [m.span() for m in codes._EMAIL.finditer(text)]


_PROSE_PHRASE = kinds.PROSE_PHRASE
_CODE_TOKEN = kinds._CODE_TOKEN
_HANDLE_OR_ADDRESS = kinds._HANDLE_OR_ADDRESS
CODE_TEXT_PIECES = ["$ ", "> f(", ">>> ",
                    "N_LITERALS", "_X", "offset=\"0\"", "50:text/x-diff", "\\n", "8*N", "is a simple list", "the file ",
                    "@jane_doe", "https://x.org/a_b", "www.a_b.org", " ", "a", ":", "=", "*", "<match type=1 />", "<",
                    ">", "word", "\t"]


@settings(max_examples=600, deadline=None)
@given(_texts(CODE_TEXT_PIECES, 10))
def test_code_paragraphs_told_as_by_the_full_scans(text: str) -> None:
    stripped = text.strip()
    words = _HANDLE_OR_ADDRESS.sub(" ", stripped)
    plain = (stripped.startswith("<") and stripped.endswith(">")) or session_line(stripped) or (
        bool(_CODE_TOKEN.search(words)) and not _PROSE_PHRASE.search(words))
    assert kinds.is_code(text) == plain


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aeZ \n.é”’“‘–—â€™Ã©ÂœŒ°²×√вЂВГРСЁ│ØÙ«»\xa0", max_size=80))
def test_garbled_text_found_around_witnesses_as_ftfy_finds_it(text: str) -> None:
    from ftfy.badness import BADNESS_RE

    from scoexport.clean.repair import badness_witnesses, looks_garbled

    assert badness_witnesses()  # every alternative of the installed ftfy's pattern names a class of characters
    for t in (text, "слова " * 30 + text + " “quoted” it’s" * 30):
        assert looks_garbled(t) == bool(BADNESS_RE.search(t))


MONTH_PIECES = ["Mar", "March", "Maria", "May", "Maj", "Majo", "Jan", "Janu", "Monday", "Sun", "Sunday", " ", ",", "x",
                "é", "M", "a"]
MANY_WORDS = ["Mar", "March", "May", "Maj", "Jan", "Monday", "Sunday", "Sun", "Mar", "a", "Jul", "Aug"]


@settings(max_examples=600, deadline=None)
@given(_texts(MONTH_PIECES), st.lists(st.sampled_from(MANY_WORDS), max_size=12))
def test_written_finds_each_word_where_a_search_per_word_finds_it(text: str, words: list[str]) -> None:
    from scoexport.extract.tokens import written

    plain = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            plain.append(at)
            at = text.find(word, at + 1)
    assert written(text, words) == sorted(plain)
    assert written(text, frozenset(words)) == written(text, sorted(set(words)))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \t\u00a0\u00ad\u200b\u200f\u2060\ufeff\x00\x07\x1f\x7f\x85é"), max_size=30))
def test_invisible_runs_found_as_by_the_full_scan(text: str) -> None:
    import re

    from scoexport.clean import repair

    pattern = f"(?:{repair._INVISIBLE.pattern}|{repair._CONTROL.pattern})+"
    assert repair.invisible_runs(text) == [m.span() for m in re.finditer(pattern, text)]
