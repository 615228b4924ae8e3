"""Model numbers: digits that name a product, told by the number's shape or by the document's "Model 737-8".

Enters: a paragraph's text and a numeral's span in it (`is_model_number`), or a document's paragraphs
(`model_numbers`) and then each paragraph with the numbers found (`named_models`). Leaves: whether the
numeral names a model, or the spans of the document's model numbers. See the package's docstring for why.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ...data import alternation
from ..number_units import is_plural, measure_unit
from ..numerals import context_lists, number_table
from .codes import DASH
from .context import calendar_words, word_after, word_before

_MODEL = re.compile(rf"\bModels?\s+(?P<number>\d{{2,}})(?:[{DASH}]\s?[A-Z0-9]+)*\b")
_CAPITALIZED_RUN = re.compile(r"(?:[ \t]+[A-Z][^\s,.;:!?()\[\]“”\"]*){1,4}")


@cache
def _cardinal_words() -> frozenset[str]:
    return frozenset([*number_table()["units"], *number_table()["tens"]])


def is_model_number(text: str, start: int, end: int, language: str | None = None) -> bool:
    """Are the digits at text[start:end] part of a name ("the 737 Max jet", "421 Route 59", "a 40 Under 40 Award
    recipient", "5 Etapas para...") rather than a count? A count before capitalized words counts them where they
    are plural or name a plural noun after them ("450 Dreamers", "30 Boeing jets", "6 Democratic candidates");
    a number before a singular name names it. Digits of three or more after a count are a model's number, which
    the count counts ("five 787 Dreamliner sales"). Where a language capitalizes every noun (German), a capital
    says nothing of a name ("80 Millionen Menschen")."""
    digits = text[start:end]
    if not digits.isdigit():
        return False
    found = word_before(text, start)
    if found and len(digits) >= 3 and (found[0].isdigit() or found[0].lower() in _cardinal_words()):
        return True
    run = _CAPITALIZED_RUN.match(text, end)
    if run is None or language in context_lists()["noun_capitalizing_languages"]:
        return False
    words = run.group().split()
    first = words[0].rstrip("’'")
    if first.isupper() or measure_unit(first) or first.lower() in calendar_words() \
            or first.lower() in number_table()["scales"] or is_plural(words[-1]):
        return False  # "5 GB", "3 November", "450 Dreamers", "the 50 United States"
    after = word_after(text, run.end())
    return not (after is not None and after.group(1).islower() and is_plural(after.group(1)))


def model_numbers(texts: Iterable[str]) -> frozenset[str]:
    """The numbers a document gives its models: the first digits of a code after "Model(s)" ("Boeing Model
    737-8" gives 737). A maker names a model once in full and then by its number: "the 737 MAX"."""
    found: set[str] = set()
    for text in texts:
        if "Model" in text:
            found.update(m["number"] for m in _MODEL.finditer(text))
    return frozenset(found)


def named_models(text: str, models: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the document's model numbers (`model_numbers`) written before a capitalized name ("737 MAX")."""
    if not models:
        return []
    pattern = re.compile(rf"(?<![\w.,{DASH}])(?:{alternation(models)})(?=\s+[A-Z])")
    return [m.span() for m in pattern.finditer(text)]
