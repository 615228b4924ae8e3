from __future__ import annotations

import pytest

from scoexport.extract import Context, extract
from scoexport.extract.acronyms import find_definitions
from scoexport.records import Metadata, Paragraph
from scoexport.segment import sentences

from .facts_util import facts_of, of_kind


@pytest.mark.parametrize(("text", "short", "long"), [
    ("the International Energy Agency (IEA) said", "IEA", "International Energy Agency"),
    ("the IEA (International Energy Agency) said", "IEA", "International Energy Agency"),
    ("rules of the Common Agricultural Policy (CAP) apply", "CAP", "Common Agricultural Policy"),
    ("a rise in gross domestic product (GDP)", "GDP", "gross domestic product"),
    ("the Bank for International Settlements (BIS)", "BIS", "Bank for International Settlements"),
])
def test_definitions(text: str, short: str, long: str) -> None:
    assert [(d.short, d.long) for d in find_definitions(text)] == [(short, long)]


@pytest.mark.parametrize("text", ["the talks (in Geneva) ended", "prices (USD) rose", "a result (see Table 2)"])
def test_no_definition(text: str) -> None:
    assert find_definitions(text) == []


def quotes(*texts: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts)
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_speaker_before_and_after() -> None:
    got = quotes("Finance Minister Ana Ruiz said: “We will cut taxes next year.”")
    assert got == [("We will cut taxes next year", "Ana Ruiz")]
    assert quotes("\"The market is calm,\" said Paul Meyer.") == [("The market is calm", "Paul Meyer")]


def test_partial_quote_after_a_verb_of_speech() -> None:
    text = "Ambassador Chen Wei praised the deal and noted that it aims to “open new markets for farmers” soon."
    assert quotes(text) == [("open new markets for farmers", "Chen Wei")]


def test_speaker_of_the_sentence_before() -> None:
    # "Brazil hopes for ..." names no person: the quote continues what the President said just before
    got = quotes("President Lula da Silva said the summit went well. Brazil hopes for “lasting peace and trade.”")
    assert got == [("lasting peace and trade", "Lula da Silva")]


def test_scare_quotes_are_not_quotes_and_no_speaker_is_invented() -> None:
    assert quotes("The so-called “reset” failed.") == []
    assert quotes("The summit, themed “Peace through dialogue”, opened.") == [("Peace through dialogue", None)]


def test_pronoun_speaker_is_the_person_named_before() -> None:
    got = quotes("Governor Amy Chen visited the plant.", "“We will rebuild it,” she said.")
    assert got == [("We will rebuild it", "Amy Chen")]



def test_pronoun_after_the_verb_names_the_person_before() -> None:
    assert quotes("Mayor Ines Duarte toured the site.", "“The bridge opens in May,” replied she.") == [
        ("The bridge opens in May", "Ines Duarte")]


def test_paragraph_order_is_numeric_not_the_order_of_id_strings() -> None:
    # past 9,999 paragraphs the IDs outgrow their padding: "p10000" sorts before "p9999" as text
    texts = ["Governor Amy Chen visited the plant.", "“We will rebuild it by 2027,” she said."]
    paras = [Paragraph("doc", pid, seq, "body", None, t, [(0, len(t))])
             for seq, (pid, t) in enumerate(zip(["doc-p9999", "doc-p10000"], texts, strict=True))]
    facts, _ = extract(Context("doc", Metadata(), paras, [s for p in paras for s in sentences(p)]))
    assert [f.paragraph_id for f in facts] == sorted((f.paragraph_id for f in facts), key=lambda i: i != "doc-p9999")
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    assert [names.get(f.entity_id) for f in of_kind(facts, "quote")] == ["Amy Chen"]
