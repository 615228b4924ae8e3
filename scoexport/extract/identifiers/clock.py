"""Clock times told by a language's words around a number: "um 20.15 Uhr", "o godz. 3", and a minute of a game's
clock ("aos 47 minutos da etapa final").

Enters: a paragraph's text, the span of a numeral and the document's language. Leaves: whether the words around
the numeral make it a time of day or a point of a game's clock, no count (`clock_in_words`, asked by
`context.is_identifier`). Why it works: a language writes the hour's word right after the number or right before
it (`clock_after`, `clock_before` in `data/number_languages.json`); a game's minute is written with the words of
any span of minutes ("a los 20 minutos de llegar"), so it is one only where the sentence speaks of a game
(`game_minute.game_words`: "gol", "primeiro tempo", "partido").
"""
from __future__ import annotations

import re
from functools import cache

from ...data import alternation
from ..numerals import context_lists, language_table

_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


@cache
def _clock_words(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's words after ("20.15 Uhr", joined by a hyphen in a compound: "die 20-Uhr-Tagesschau"; after
    a span's second time and its "to": "9.30 bis 17.30 Uhr") and before ("godz. 3", "kl. 18") a number that make it
    a time of day (`data/number_languages.json`)."""
    table = language_table().get(language, {})
    after, before = table.get("clock_after"), table.get("clock_before")
    # the first time of a span shares the hour's word written once after the second ("9.30 bis 17.30 Uhr")
    to = context_lists()["range_to_words"].get(language)
    second = rf"(?:\s+(?:{alternation(to)})\s+\d{{1,2}}(?:[.:]\d\d)?)?" if to else ""
    return (re.compile(rf"{second}(?:\s+|-)(?:{alternation(after)})(?![\w])") if after else None,
            re.compile(rf"(?i)(?<![\w.])(?:{alternation(before)})\s*$") if before else None)


def clock_in_words(text: str, start: int, end: int, language: str) -> bool:
    """Is the numeral at text[start:end] a time of day or a game's minute by the language's words around it?"""
    after, before = _clock_words(language)
    if (after and after.match(text, end)) or (before and before.search(text, max(0, start - 16), start)):
        return True
    game = _game_minute(language)
    if game is None or not game[0].search(text, max(0, start - 12), start) or not game[1].match(text, end):
        return False
    # the sentence around it: from the stop before the numeral to the stop after it
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=0)
    closing = _SENTENCE_END.search(text, end)
    return game[2].search(text, opening, closing.start() if closing else len(text)) is not None


@cache
def _game_minute(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The words around a number that make it a minute of a game's clock ("aos 47 minutos": `game_minute`), and
    the words of a game one of which its sentence holds."""
    words = language_table().get(language, {}).get("game_minute")
    if not words:
        return None
    return (re.compile(rf"(?i)(?<!\w)(?:{alternation(words['before'], flexible_spaces=True)})\s+$"),
            re.compile(rf"\s+(?:{alternation(words['after'])})(?!\w)"),
            re.compile(rf"(?i)(?<!\w)(?:{alternation(words['game_words'], flexible_spaces=True)})(?!\w)"))
