"""Units of measurement after a number: which words are units, and the unit a number measures.

Enters: a word, or a text and the offset where a number ends. Leaves: the unit of measurement as written, or None.
A unit is a fixed word of the measuring trades ("km", "kWh", "volts"), listed in data/number_context.json. A unit
may be the first part of a hyphenated compound whose head is the thing measured ("ein 18 Volt-Akku", "a 16
Megapixel-camera"): the number measures that first part, since a count of the head would be plural ("zwei Akkus")
and the compound's head names what has the measure, not how much of it there is.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import load_json

_MEASURE = re.compile(r"\s*([^\W\d_][\w/-]*|°[CF])")


@cache
def _measures() -> dict[str, str]:
    """Units of measurement: short forms as written (case matters: "MB", "mm"), long ones lower-cased."""
    return {(u if len(u) <= 3 else u.lower()): u for u in load_json("number_context.json")["measure_units"]}


def measure_unit(word: str) -> str | None:
    """The unit of measurement a word is, if it is one."""
    units = _measures()
    return units.get(word) or (units.get(word.lower()) if len(word) > 3 else None)


def measure_after(text: str, pos: int) -> str | None:
    """The unit of measurement written right after `pos` ("590 km", "21.7 square feet", "5 miles per hour", "ein
    18 Volt-Akku": Volt), or None."""
    m = _MEASURE.match(text, pos)
    if not m:
        return None
    word = m.group(1)
    if word.lower() in ("cubic", "square", "sq"):
        nxt = _MEASURE.match(text, m.end())
        if nxt and measure_unit(nxt.group(1)):
            word, m = f"{word} {nxt.group(1)}", nxt
        else:
            return None
    elif not measure_unit(word):
        first = word.split("-", 1)[0]
        # a unit compounded with what it measures: the measure is the unit's ("18 Volt-Akku", "2,0 Ah-Akku")
        return first if "-" in word and measure_unit(first) else None
    per = re.match(r"\s+per\s+([^\W\d_]+)", text[m.end():m.end() + 30])
    return f"{word} per {per.group(1)}" if per else word
