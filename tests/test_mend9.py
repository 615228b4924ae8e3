"""Mends of session 9's review: each test fails on the code before its mend."""
from __future__ import annotations

import re

from scoexport.data import alternation, prefix_tree
from scoexport.extract.date_language_patterns import numeric_days, patterns
from scoexport.extract.date_language_words import cldr_words, hand_words, known, words_of
from scoexport.extract.identifiers.context import is_identifier
from scoexport.extract.quantities import web_addresses

from .facts_util import facts_of


def test_web_address_without_a_slash() -> None:
    text = "See www.example.com for the schedule."
    assert [text[s:e] for s, e in web_addresses(text)] == ["www.example.com"]


def _digits(text: str) -> tuple[int, int]:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    end = start
    while end < len(text) and text[end].isdigit():
        end += 1
    return start, end


def test_lower_case_accented_word_after_is_no_noun() -> None:
    # German capitalizes nouns: "Jahren 30 Prozent" is a count; a verb after it ("ändert") is lower case,
    # accented or not, and leaves "Modell 3" the name of a model
    for text in ("Das Modell 3 verändert die Regeln.", "Das Modell 3 ändert die Regeln."):
        assert is_identifier(text, *_digits(text), "de"), text
    text = "Seit Jahren 30 Prozent der Leute."
    assert not is_identifier(text, *_digits(text), "de")


def _samples(words: list[str]) -> list[str]:
    # each word as written, in capitals, title case, its spaces doubled or wrapped, either apostrophe, inside a
    # sentence and glued to a letter or a digit
    forms = {f for w in words for f in (w, w.upper(), w.title(), w.replace(" ", "  "), w.replace(" ", "\n"),
                                         w.replace("’", "'"), w.replace("'", "’"))}
    return [f"{a}{f}{b}" for f in sorted(forms) for a, b in (("", ""), ("Am ", " 7.10. und"), ("x", ""), ("", "x"),
                                                               ("", " 7/10"), ("(", "),"))]


def test_date_language_word_trees_find_what_the_plain_alternations_find() -> None:
    languages = sorted(lang for lang in {*hand_words(), *cldr_words()}
                       if known(lang) and isinstance(hand_words().get(lang, {}), dict))
    assert languages
    checked = 0
    for language in languages:
        w = words_of(language)
        pairs = [("phrase", list(w["phrases"]), True), ("day_word", list(w["day_words"]), True)]
        for name, words, apostrophes in pairs:
            if not words:
                continue
            tree = prefix_tree({x.lower() for x in words}, flexible_spaces=True)
            plain = alternation(words, flexible_spaces=True)
            if apostrophes:
                tree, plain = tree.replace("’", "['’]"), plain.replace("’", "['’]")
            fast = patterns(language)[name]
            assert tree in fast.pattern
            slow = re.compile(fast.pattern.replace(tree, plain))
            for text in _samples(words):
                assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                       [(m.span(), m.groupdict()) for m in slow.finditer(text)], (language, text)
                checked += 1
        numeric = w.get("numeric_days")
        if numeric:
            tree = prefix_tree({b.lower() for b in numeric["before"]}, flexible_spaces=True).replace("’", "['’]")
            plain = alternation(numeric["before"], flexible_spaces=True).replace("’", "['’]")
            fast = numeric_days(numeric)
            slow = re.compile(fast.pattern.replace(tree, plain))
            for text in _samples(numeric["before"]):
                assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                       [(m.span(), m.groupdict()) for m in slow.finditer(text)], (language, text)
    assert checked > 100


def test_a_range_of_counts_of_year_shaped_numbers_is_a_range() -> None:
    # the date side decides what a span of years is ("the 2021-2027 budget"); four digits before a plural noun
    # count it, and the number side reads the range
    facts = [f for f in facts_of("Volunteers planted 1990-2010 trees along the river.")[0] if f.kind == "number"]
    assert [(f.value_num, f.value_high) for f in facts] == [(1990.0, 2010.0)]
    assert not [f for f in facts_of("The 2021-2027 budget was agreed on.")[0] if f.kind == "number"]
