"""German cardinal words joined to an adjective of length: "zehnjährige", "des Achtjährigen", "dreistündigen".

Enters: a paragraph's text and the document's language. Leaves: (start, end, "number", value, noun of time) of each
such word, read beside the language's other number words (`language_numbers.word_numbers`).

Why it works: German writes a length as an adjective made of a noun of time ("jährig" of Jahr, "stündig" of Stunde:
`data/number_languages.json`'s duration_adjectives) and joins the count before it, with digits and a hyphen
("10-jährige", read by `number_nouns`) or as one word with a cardinal word ("zehnjährige"): the same count of the
same noun of time. Made a noun ("der Achtjährige", the person of eight years) it is capitalized, as German
capitalizes every noun, is no name, and counts persons of that age (`number_nouns.duration_unit` names the unit
for both ways of writing). Only listed cardinals are read ("mehrjährig", "diesjährig" hold none).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import adjective_endings, alternation
from .number_nouns import duration_unit
from .numerals import language_table


@cache
def _glued_durations(language: str) -> re.Pattern[str] | None:
    """A cardinal word joined to an adjective of length, declined or made a noun ("zehnjährige", "des
    Achtjährigen", "dreistündigen"): the cardinal (group `number`) and the adjective's stem (group `stem`)."""
    table = language_table().get(language, {}) if language != "en" else {}
    stems, numbers = table.get("duration_adjectives"), table.get("number_words")
    if not stems or not numbers:
        return None
    endings = alternation({"", *adjective_endings(language)})  # longest first, the bare stem last
    return re.compile(rf"(?i)(?<![\w-])(?P<number>{alternation(numbers)})(?P<stem>{alternation(stems)})"
                      rf"(?:{endings})(?![\w-])")


def _as_written(m: re.Match[str]) -> str:
    """The adjective of a glued word, capitalized when the word is (made a noun: "Achtjährigen" -> "Jährigen")."""
    adjective = m.group()[len(m["number"]):]
    return adjective.capitalize() if m.group()[:1].isupper() else adjective


def glued_durations(text: str, language: str | None) -> list[tuple]:
    """(start, end, "number", value, noun of time) of each cardinal word joined to an adjective of length."""
    pattern = _glued_durations(language) if language else None
    if pattern is None:
        return []
    table = language_table()[language]
    return [(m.start(), m.end(), "number", float(table["number_words"][m["number"].lower()]),
             duration_unit(_as_written(m), language)) for m in pattern.finditer(text)]
