"""Two numbers a language's words join into one: a range ("zwischen 60 und 100", "acht bis zehn", "one or two",
"two, three, or four"), or a game's score ("de 1 a 0"), in languages other than English and in English's lists.

Enters: a paragraph's text, the spans (and values) of two numbers in it, and the document's language. Leaves:
whether the words between and around them make one range or a score (`number_ranges` merges them). The words are the
language's own (data/number_languages.json's range_between, number_joins and score_joins, number_context.json's
range_or_words and range_to_words): a range is written with "between ... and", "to" or "or", a score with the word
between two goals and no noun counted after them.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from ..records import Fact
from .numerals import context_lists, language_table


@cache
def _range_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    table = language_table().get(language, {})
    if not table.get("range_between") or not table.get("number_joins"):
        return None
    article = rf"(?:(?:{alternation(table.get('determiners', ()))})\s+)?"
    return (re.compile(rf"(?i)(?<!\w)(?:{alternation(table['range_between'])})\s+{article}$"),
            re.compile(rf"(?i)\s+{re.escape(table['number_joins'][0])}\s+{article}"))


def is_range_between(text: str, first: tuple[int, int], second: tuple[int, int], language: str) -> bool:
    """Do the language's "between" before the first number and its "and" between the two make one range of them
    ("tra le 60 e le 100 unità", "entre 10 y 20 años")?"""
    patterns = _range_patterns(language)
    return patterns is not None and bool(patterns[0].search(text, max(0, first[0] - 20), first[0])) \
        and patterns[1].fullmatch(text, first[1], second[0]) is not None


@cache
def _score_join(language: str) -> re.Pattern[str] | None:
    joins = language_table().get(language, {}).get("score_joins")
    return re.compile(rf"(?i)\s+(?:{alternation(joins)})\s+") if joins else None


def is_score(text: str, first_end: int, second_start: int, counted: str | None, language: str) -> bool:
    """Two whole numbers the language's score word joins with nothing counted after the second: a game's score
    ("uma vitória de 1 a 0 sobre o Palmeiras"), where a noun after them makes a range ("de 1 a 5 anos")."""
    join = _score_join(language)
    return counted is None and join is not None and join.fullmatch(text, first_end, second_start) is not None


@cache
def _or_pattern(language: str) -> re.Pattern[str]:
    words = context_lists()["range_or_words"].get(language)
    # a list's last "or" may follow a comma ("two, three, or four bytes")
    return re.compile(rf",?\s+(?:{alternation(words)})\s+" if words else r"(?!)")


_LIST_COMMA = re.compile(r",\s*")


def in_count_list(text: str, first: Fact, second: Fact, language: str) -> bool:
    """Do a comma and then the language's "or" join counts that follow one another ("two, three, or four bytes"),
    one range from the first to the last? `first` may be that list's range so far; `second` the next count, after
    which the list's "or" and a count come. Counts that do not follow one another are alternatives ("5, 10 or 20")."""
    last = first.value_high if first.value_high is not None else first.value_num
    if last is None or second.value_num != last + 1 or not _LIST_COMMA.fullmatch(text, first.end, second.start):
        return False
    return re.match(_or_pattern(language).pattern + r"[^\W_]", text[second.end:second.end + 20]) is not None


@cache
def _to_joins(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A range's "to" or a dash right before a numeral, and right after one ("5 to 4", "6 to 3", "4-5")."""
    words = alternation(context_lists()["range_to_words"].get(language, []))
    to = rf"\s+(?:{words})|" if words else ""
    return re.compile(rf"(?i)(?:(?<![^\W\d_])(?:{words})\s+|[-–—]\s*)$" if words else r"[-–—]\s*$"), \
        re.compile(rf"(?i)(?:{to}\s*[-–—]\s*\d)(?![^\W\d_])")


def or_range(text: str, low: tuple[int, int], high: tuple[int, int], values: tuple[float, float],
             language: str) -> bool:
    """Two counts the language's "or" alone joins ("one or two bugs", "otto o nove anni"): one range of them.
    Not where either side is joined to another numeral by "to" or a dash ("won 5 to 4 or 6 to 3": two scores), nor
    0 or 1 (the two values of a setting or a flag: "set it to 0 or 1")."""
    if values == (0.0, 1.0) or not _or_pattern(language).fullmatch(text, low[1], high[0]):
        return False
    before, after = _to_joins(language)
    return before.search(text, max(0, low[0] - 12), low[0]) is None and after.match(text, high[1]) is None


@cache
def _to_pattern(language: str) -> re.Pattern[str]:
    words = context_lists()["range_to_words"].get(language) if language != "en" else None
    return re.compile(rf"(?i)\s+(?:{alternation(words)})\s+" if words else r"(?!)")


def to_range(text: str, low: tuple[int, int], high: tuple[int, int], language: str) -> bool:
    """Two counts in words the language's "to" alone joins ("acht bis zehn Anträge"): one range of them, as
    digits are ("10 bis 15"). English is left out: its patterns read "eight to ten people" whole, and its "to" after
    "from" is a change ("rose from nine to 13"), no range; German says a change with "auf" ("von acht auf zehn")."""
    return _to_pattern(language).fullmatch(text, low[1], high[0]) is not None
