"""One table of language codes for dates and numbers (clean.language.language_alias): a Norwegian page tagged "no"
or "nn" reads the words filed under Bokmål's "nb", the code the language guess gives, on both sides."""
from __future__ import annotations

import datetime as dt

import pytest

from scoexport.clean.language import language_alias, language_aliases
from scoexport.extract.date_language_words import date_language
from scoexport.extract.numerals import language_table
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind

_TEXT = "Fredag 3. mars møttes 70 000 deltagere i Oslo, og i går kom 1,5 millioner kroner inn."


def test_dates_and_numbers_file_every_alias_under_one_code() -> None:
    assert language_aliases()  # the table is read: an empty one would make the rest pass on nothing
    for alias, code in language_aliases().items():
        assert date_language(alias) == language_alias(alias) == code
        assert language_table()[alias] is language_table()[code]


def test_a_code_without_an_alias_is_its_own() -> None:
    assert language_alias("de") == date_language("de") == "de"
    assert language_alias(None) is date_language(None) is None


@pytest.mark.parametrize("tag", ["no", "nn"])
def test_a_norwegian_tag_reads_as_the_guess_does(tag: str) -> None:
    def read(language: str) -> list[tuple[str, str, str | None]]:
        facts, _ = facts_of(_TEXT, metadata=Metadata(published_date=dt.date(2023, 3, 6), language=language))
        return [(f.kind, f.text, f.value) for f in of_kind(facts, "date", "number", "money")]
    guessed = read("nb")
    assert {("date", "3. mars", "2023-03-03"), ("date", "i går", "2023-03-05"), ("number", "70 000", "70000"),
            ("number", "1,5 millioner", "1500000")} <= set(guessed)
    assert read(tag) == guessed
