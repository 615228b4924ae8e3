"""Review of session 18's number and date rules: made-up examples where a rule reached past its cause."""
from __future__ import annotations

from scoexport.clean.language import guess_language
from scoexport.extract.date_context import find_dates_in_context
from scoexport.extract.word_quantities import is_unit_second
from scoexport.parse.html.listings import _listing_lines
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind


def _texts(*texts: str) -> list[str]:
    facts, _ = facts_of(*texts, metadata=Metadata(language="en"))
    return [f.text for f in of_kind(facts, "number", "ordinal", "fraction", "percent", "money", "quantity")]


def _second(text: str) -> bool:
    start = text.index("second")
    return is_unit_second(text, start, start + len("second"))


def test_year_before_second_is_no_count() -> None:
    assert not _second("In the 2022 second round, Macron won.")
    assert _second("It took 1 second.")


def test_every_second_noun_ranks() -> None:
    assert not _second("Every second child in the city lives in poverty.")
    assert _second("The sensor reports every second.")
    assert _second("The probe counts the calls each second, across all hosts.")
    assert _second("Six messages per second arrive.")


def _values(text: str, heading: str | None = None) -> dict[str, str | None]:
    return {d.text: d.value for d in find_dates_in_context(text, None, "en", heading)}


def test_bare_year_frames_no_yearless_date() -> None:
    assert _values("Smith, who joined in 2015, resigned on March 3.").get("March 3") is None
    assert _values("Between 2005 and 2010 sales fell; on March 3 the plant closed.").get("March 3") is None


def test_dated_day_or_month_frames_the_yearless_date() -> None:
    assert _values("The fair ran from 8 to 14 May 2011, and a market followed on 20 May.").get("20 May") == "2011-05-20"
    assert _values("In June 2013 the club moved; on July 4 it opened.").get("July 4") == "2013-07-04"


def test_an_age_compared_is_no_version_anywhere() -> None:
    # "and older" compares an age; the document's other 2.5s stay amounts
    texts = _texts("The vaccine is offered to children aged 2.5 and older.", "Unemployment fell to 2.5 in May.",
                   "The magnitude 2.5 quake shook the coast.")
    assert texts.count("2.5") >= 2


def test_a_version_noun_still_names_the_document_versions() -> None:
    assert "2.2" not in _texts("The changes between the 2.0 and 2.2 versions are small.", "In 2.2, the parser is faster.")


def test_name_particles_switch_no_thin_paragraph() -> None:
    assert guess_language("Pictured: Michael Miller, Ursula von der Leyen", default="en") == "en"
    assert guess_language("Frank Walter Steinmeier, Ursula von der Leyen", default="en") == "en"
    assert guess_language("Photo: Leonardo da Vinci, Vincent van Gogh", default="en") == "en"


def test_a_thin_paragraph_needs_an_unshared_word_of_its_language() -> None:
    assert guess_language("Quelle est la date ?", default="en") == "fr"
    # two words Spanish shares with one other language each ("con", "por"): none says it is Spanish alone
    assert guess_language("Menu: tacos con salsa, por favor", default="en") == "en"


def test_short_lines_without_code_marks_are_no_listing() -> None:
    assert not _listing_lines("Roses are red,\nViolets are blue,\nSugar is sweet,\nAnd so are you.")
    assert not _listing_lines("WASHINGTON (AP) -- The Senate voted 52-48 on Tuesday\nto confirm the nominee, "
                              "ending a\nmonths-long fight.")


def test_settings_and_commands_stay_listings() -> None:
    assert _listing_lines("/etc/frob/frob.conf:\n    hostname = relay.example.org\n    allowed_senders =\n"
                          "        local_net,\n        trusted_peers")
    assert _listing_lines("grep -c error server.log")
    assert _listing_lines("BindPort 8080\nDataDir /srv/frob\nLoadPlugin auth_module plugins/auth.so")
