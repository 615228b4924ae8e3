"""Session 18's number rules (census of documents nobody annotated: Postfix's and Apache's manuals among them), on
sentences and pages made up here in the shape of each cause."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Fact, Metadata, Source

from .facts_util import facts_of, of_kind

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _facts(*texts: str, language: str = "en") -> list[Fact]:
    facts, _ = facts_of(*texts, metadata=Metadata(language=language))
    return of_kind(facts, *NUMERIC)


def _texts(*texts: str, language: str = "en") -> list[str]:
    return [f.text for f in _facts(*texts, language=language)]


def _kinds(body: str) -> dict[str, str]:
    page = f"<html><head><title>Relay setup</title></head><body><div class='text'>{body}</div></body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return {" ".join(ln.text for ln in b.lines): b.kind for b in parsed.blocks}


_PROSE = ("<p>The relay host forwards the mail of every machine on the network, and the settings below make it "
          "accept mail only from the machines it serves, so that nobody outside can use it to send spam.</p>")


def test_a_bare_pre_of_settings_is_a_listing() -> None:
    # a hand-written manual sets a configuration file in a <pre> with no class: its lines are settings and paths,
    # their numbers line numbers, sizes and limits of the example, no facts of the text
    listing = ("<blockquote><pre>\n1 /etc/frob/relay.conf:\n2     max_clients = 40\n3     # keep this low on small "
               "machines\n4     timeout = 300s\n5     listen = 10.1.2.3:2525\n</pre></blockquote>")
    kinds = _kinds(_PROSE + listing)
    assert [kind for text, kind in kinds.items() if "max_clients" in text] == ["code"]


def test_a_bare_pre_of_prose_stays_text() -> None:
    # a licence notice or a mail set in a <pre>: its wrapped lines each hold a phrase of prose
    notice = ("<pre>\n    This tool is free software: you may pass it on\n    and change it as you like, as long as "
              "you keep this notice\n    with every copy that you give to someone else.\n</pre>")
    kinds = _kinds(_PROSE + notice)
    assert [kind for text, kind in kinds.items() if "free software" in text] == ["body"]


def test_second_after_a_count_or_per_is_the_unit_of_time() -> None:
    assert _texts("The server waits 2 seconds, then 1 second more, and handles 40 jobs per second.") == [
        "2", "1", "40"]
    assert _texts("Hold the button for a second.") == []
    # a rank stands before what it ranks, also after "a"
    assert _texts("Ask for a second opinion before the second test.") == ["second", "second"]
    assert _texts("They planted a second, smaller tree.") == ["second"]


def test_and_joins_number_words_only_after_a_scale() -> None:
    # "and" inside an English numeral follows "hundred", "thousand" ...; between two counts it joins two numbers
    facts = _facts("The guide was printed in six and nine editions respectively.")
    assert [(f.text, f.value) for f in facts] == [("six", "6"), ("nine", "9")]
    assert [(f.text, f.value) for f in _facts("Some three hundred and forty guests came.")] == [
        ("three hundred and forty", "340")]


def test_a_number_with_a_point_placed_among_releases_is_a_version() -> None:
    # "since", "as of", "removed in" before it, "or newer", "and later" after it: a point in a sequence of releases
    assert _texts("Since 7.2, the daemon reloads itself.") == []
    assert _texts("The plugin needs libfoo 1.14 or newer, and frobd 3.1 and later.") == []
    assert _texts("The old flag will be removed in 5.9 or 6.0.") == []
    assert _texts("Quotas are enforced as of 2.6 and logged.") == []
    # amounts show their unit or scale, and amounts are "more" or "higher", not "newer"
    assert _texts("Since 2.5 million users joined, the wait grew to 1.5 seconds or more.") == ["2.5 million", "1.5"]
    assert _texts("A score of 3.5 or higher passes.") == ["3.5"]


def test_a_day_before_a_short_month_name_is_no_count() -> None:
    # French and German write May in three letters; after a day's number it is the month (the date side reads it
    # since dates18's merge: numbers18's own rule for it, a day before a month's short name, was given up for it)
    assert _texts("Il est parti le 18 mai. Le 9 mai, ils sont venus.", language="fr") == []
    assert _texts("Il y avait 18 maisons.", language="fr") == ["18"]


def test_a_modal_or_a_clause_opener_ends_what_a_number_counts() -> None:
    # a ranked or counted noun, then the verb phrase (a modal) or a clause (where, when) it heads
    units = [(f.text, f.unit) for f in _facts("The third option can wait; take the first build where tests pass, "
                                              "with one caveat when the cache is cold.")]
    assert units == [("third", "option"), ("first", "build"), ("one", "caveat")]


def test_a_named_version_written_as_money_in_any_listed_currency_stays_money() -> None:
    # the currencies are numbers.json's: a sign or code before the digits, a name after them, make an amount
    named = "Frobnicate 4.2 brings a faster parser."
    assert _texts(named, "It cost 4.2 yen in Osaka, CAD 4.2 in Ottawa and ₽4.2 in Kazan.") == [
        "4.2 yen", "CAD 4.2", "₽4.2"]
