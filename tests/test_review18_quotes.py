"""Quotes the session-18 rules dropped, found in the final review (fixC18).

A characterization or a noun phrase in marks ("called the merger a “...”", "dismissed the plan as “...”") is someone's
words when an active verb of naming or judging, or words that give them to someone ("in her words"), stand before the
marks in their sentence; a subject pronoun alone does not voice them ("Elle prépare un « ... »"). A stock ticker
("$TSLA") in a tagged quote is a ticker, not a manual's placeholder. Every sentence is made up for the test.
"""
from __future__ import annotations

from scoexport.pipeline import process


def _page(body: str, language: str = "en") -> str:
    return (f'<html lang="{language}"><head><title>Markets</title></head><body><article><h1>Markets</h1>'
            f"{body}</article></body></html>")


def _quotes(body: str, language: str = "en") -> list[tuple[str, str | None]]:
    result = process(html=_page(body, language), name="news.html")
    names = {f.entity_id: f.value for f in result.facts if f.kind == "entity"}
    return [(f.text, names.get(f.entity_id)) for f in result.facts if f.kind == "quote"]


def test_a_person_named_earlier_in_the_paragraph_voices_a_noun_phrase() -> None:
    got = _quotes("<p>Dana Pruitt runs a small fund. She called the merger a “slow-motion train wreck for savers” "
                  "in a letter.</p>")
    assert [t for t, _ in got] == ["slow-motion train wreck for savers"]
    assert "Pruitt" in (got[0][1] or "")


def test_in_her_words_after_a_named_person() -> None:
    got = _quotes("<p>Jane Whitfield was blunt. The bill, in her words, is a “gift to the banks and their "
                  "lobbyists”.</p>")
    assert [t for t, _ in got] == ["gift to the banks and their lobbyists"]


def test_a_subject_pronoun_voices_a_characterization() -> None:
    got = _quotes("<p>She labelled the reform a “betrayal of every worker” and walked out.</p>")
    assert [t for t, _ in got] == ["betrayal of every worker"]


def test_a_verb_of_judging_voices_a_characterization() -> None:
    got = _quotes("<p>The senator dismissed the plan as “a gift to the banks and their lobbyists”.</p>")
    assert [t for t, _ in got] == ["a gift to the banks and their lobbyists"]


def test_a_pronoun_alone_or_a_passive_voices_nothing() -> None:
    assert _quotes("<p>It keeps a ‘cache of resolved host names’ on disk.</p>") == []
    assert _quotes("<p>Marie Dubois dirige un théâtre. Elle prépare pour l’été un « festival des petites scènes » "
                   "à Lyon.</p>", "fr") == []
    assert _quotes("<p>This safeguard is called a “circuit breaker for the whole order book” by traders.</p>") == []


def test_a_ticker_in_a_tagged_quote() -> None:
    got = _quotes("<p>“Sell $TSLA now, before the market wakes up to it,” the investor Dana Pruitt wrote on "
                  "Monday.</p>")
    assert len(got) == 1 and "Pruitt" in (got[0][1] or "")


def test_placeholders_stay_example_strings() -> None:
    assert _quotes("<p>Set the variable to “${HOME}/cache for the build files” before you run it.</p>") == []
    assert _quotes("<p>Then type “open $my_url in the browser window” and press enter.</p>") == []
    assert _quotes("<p>Then paste “curl -s $URL into the terminal window” and wait.</p>") == []
