"""Money is decided in one place (`number_forms`): what the number reader reads as money, the version reader
(`named_versions`) takes for an amount and never for a release; and each paragraph is read in the document's
number conventions once.

The texts are made up in the shape of the cause: an amount written with a currency's symbol or ISO code before
it, or its name after it, beside a release the same document names after its product.
"""
from __future__ import annotations

import re

from scoexport.extract import numbers
from scoexport.extract.identifiers.named_versions import version_spans
from scoexport.extract.number_forms import (
    currency_codes,
    currency_names,
    currency_signs,
    currency_symbols,
    patterns,
)
from scoexport.records import Metadata
from tests.facts_util import facts_of, of_kind

RELEASES = frozenset({"4.75"})  # the document named "Gadget 4.75" elsewhere


def _money_at(text: str, start: int) -> bool:
    return any(pattern.match(text, start) for kind, _where, pattern in patterns() if kind == "money")


def test_a_release_named_again_is_claimed_as_a_version() -> None:
    text = "The update to 4.75 took an hour."
    assert version_spans(text, text, RELEASES, "en") == [(14, 18)]


def test_every_symbol_and_code_the_number_reader_reads_before_an_amount_makes_it_no_version() -> None:
    # a code the number reader knows only from the gazetteer ("NOK", "KES") counts as much as "$" or "EUR"
    assert {"NOK", "KES", "EUR"} <= set(currency_codes())
    for sign in (*currency_symbols(), *currency_codes()):
        text = f"The repair cost {sign} 4.75 in the end."
        start = text.index(sign)
        assert _money_at(text, start), sign
        assert version_spans(text, text, RELEASES, "en") == [], sign


def test_every_one_word_name_the_number_reader_reads_after_an_amount_makes_it_no_version() -> None:
    one_word = [n for n in currency_names() if n.isalpha()]
    assert {"dollars", "rupiah", "Euro"} <= set(one_word)
    for name in one_word:
        text = f"They paid 4.75 {name} for it."
        assert _money_at(text, text.index("4.75")), name
        assert version_spans(text, text, RELEASES, "en") == [], name


def test_a_symbol_after_an_amount_does_not_run_into_another_sign() -> None:
    signs = re.findall(r"\\.|.", currency_signs())
    assert {"\\$", "€", "£"} <= set(signs)
    after = [p for kind, _where, p in patterns() if kind == "money" and "after" in p.groupindex]
    for sign in (s.lstrip("\\") for s in signs):
        assert any(p.match(f"only 10{sign} each", 5) for p in after), sign
        for other in "$€£¥":
            assert not any(p.match(f"only 10{sign}{other} each", 5) for p in after), (sign, other)


def test_each_paragraph_in_the_documents_language_is_read_for_its_decimal_comma_once(
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[tuple[str, str | None]] = []
    read = numbers.decimal_point_text

    def counted(text: str, language: str | None) -> str:
        calls.append((text, language))
        return read(text, language)

    monkeypatch.setattr(numbers, "decimal_point_text", counted)
    german = ["Die Gemeinde gab im letzten Jahr 2,5 Millionen Euro für die neue Schule aus.",
              "Dort lernen jetzt 1.400 Kinder, und die Stadt will noch mehr bauen."]
    english = "The school, which the town built for the children of the valley, cost 2.5 million euros."
    facts, _ = facts_of(*german, english, metadata=Metadata(language="de"))
    # the German paragraphs once each; the English one in German conventions (for the versions), then in its own
    assert sorted(calls) == sorted([(german[0], "de"), (german[1], "de"), (english, "de"), (english, "en")])
    values = {f.value for f in of_kind(facts, "money", "number")}
    assert {"2500000", "1400"} <= values
