"""Later members of a list of versions: "Python 3.3, 3.4, and 3.5", "Python 3 and 2", "Windows 7, 8 und 8.1".

Enters: a paragraph's text, the span of a numeral in it, the language, and the question asked of the member before
(`context.is_identifier`, passed in: that module asks this one). Leaves: whether the numeral continues a list whose
first member numbers a name, so that it names a version as the first does.

Why it works: a writer who names several releases of one thing writes the thing's name once and lists the numbers
after it, joined by commas and the language's "and" or "or" (`data/number_context.json`, `list_joins`): the later
members are releases as the first is, and count nothing. A count after a version shows it by what follows: a plural
noun ("Windows 10 and 3 apps"). A list keeps its members' shape (all whole, or all with a point), but a minor release
may follow its major one ("8 and 8.1": the later member adds a point, it never drops one). A comma between whole
numbers may end a clause ("Chapter 3, 40 people came"), so a whole number after a comma joins the list only when the
list goes on after it to its closing "and" and another number ("Windows 7, 8 and 8.1").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ...data import alternation
from ..numerals import context_lists
from .versions import amount_after

_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


@cache
def list_joins() -> str:
    """The alternation of the words that join a list's last member, in every language listed ("and", "und", "et")."""
    return alternation(sorted({w for words in context_lists()["list_joins"].values() for w in words}))


@cache
def _previous_member() -> re.Pattern[str]:
    """The member of a list before this one, and what joins them: "3.3, ", "3 and ", "1.1 instead of", "1.1, and not"."""
    joins = list_joins()
    return re.compile(rf"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:,\s*(?:(?:{joins})\s+)?|&\s*|(?:{joins})\s+"
                      rf"|instead\s+of\s+|rather\s+than\s+|(?:,\s*)?(?:and\s+|but\s+)?not\s+)$")


@cache
def _list_goes_on() -> re.Pattern[str]:
    """More members after this one, up to the list's closing join and its last number: ", 9 and 10", " und 8.1"."""
    return re.compile(rf"(?:\s*,\s*\d+(?:\.\d+)?)*\s*(?:,\s*)?(?:{list_joins()})\s+\d")


def listed_after_name(text: str, start: int, end: int, language: str | None,
                      is_identifier: Callable[[str, int, int, str | None], bool]) -> bool:
    """Is the numeral at text[start:end] a later member of a list whose first member numbers a name?"""
    m = _previous_member().search(text, max(0, start - 20), start)
    if m is None:
        return False
    before_dotted, dotted = "." in m.group(1), "." in text[start:end]
    if before_dotted and not dotted:
        return False  # "Python 3.9 and 40 ...": a list of versions never drops its point
    if dotted and not before_dotted and amount_after(text, end):
        return False  # "Windows 10 and 2.5 million users": an amount, not a minor release
    if not before_dotted and text[m.end(1):start].strip() == "," and not _list_goes_on().match(text, end):
        return False  # "Chapter 3, 40 people came": a comma between whole numbers may end a clause, not join a list
    after = _WORD_AFTER.match(text, end)
    plural = after is not None and len(after.group(1)) > 3 and after.group(1).endswith("s") \
        and not after.group(1).endswith(("ss", "us", "is"))  # "as", "this", "less" are no plural nouns
    if plural and after.group(1).islower():
        return False  # "Windows 10 and 3 apps": a count of what follows
    return is_identifier(text, m.start(1), m.end(1), language)
