"""The token record's candidate lists hold every place where the rules that read them can match.

Each rule that tries its pattern only at a list of the record (`extract/tokens.py`) or at places found from what
must follow its name finds what a scan of every character finds; checked on texts made of the pieces that matter:
words in capitals with apostrophes and hyphens, Cyrillic capitals and small letters, names with ages and
possessives, prepositions before towns, look-alikes in other cases and characters that are word characters to the
regex engine but not ASCII letters.
"""
from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import acronyms, capital_names, cyrillic, matchups, name_contexts, organization_nouns, towns
from scoexport.extract.base import forget_paragraphs, matches_at, written
from scoexport.extract.openings import capitals_before, places_after
from scoexport.extract.tokens import Tokens, tokens

PIECES = ["SMITH", "BAIN", "O'BRIEN", "O’", "VELEZ-GREEN", "MR.", "MR", "ESQ.", "Jr", ", ", ",", " ", "J", "A.", ":", ";",
          "|", "-", "'", "’", "Smith", "iPHONE", "É", "7", "_", "\n", "Оля", "Малышева", "России", "ОЛЯ", "Ё", "ё", "а",
          "-Петрова", "Dijon", "Williams", ", 21", ", 30.", ", 119", " of ", " who ", "’s ", "'s ", "SpaceX", "Musk",
          "in ", "In ", "near ", "outside ", "from ", "to ", "at ", "Greenbelt", "Maryland", " in ", "Inner", "Mongolia",
          "x", "within ", " vs. ", " v ", " versus ", "s", "Broncos", "Raiders", "Kansas City", "party ", "band ",
          "start-up ", "bank", "Acme", ", the ", ", a ", "firm"]
# whole phrases each rule finds, which the pieces break into near misses
PHRASES = ["BAIN, J MATTHEW", "O'BRIEN, ALVARO R", "MR. ROBERTS:", "MICHAEL A. KNOWLES", "STEVEN E. MERCER, ESQ.",
           "Оля Малышева", "Dijon Williams, 21,", "Nurudeen Thomas, 30.", "Elon Musk’s SpaceX", "Rupert Murdoch's News",
           "in Greenbelt, Maryland", "outside Tororo, Uganda", "near Ada Park in Inner Mongolia", "From Xilingol in Ohio",
           "Broncos vs. Raiders", "the Lakers v Celtics", "publication DigiTimes.", "the band Steppenwolf ",
           "Stratfor, the Texas-based intelligence organization", "start-up Acme Labs,"]
texts = st.lists(st.sampled_from(PHRASES) | st.sampled_from(PIECES), max_size=18).map("".join)


def _spans(matches) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return [m.span() for m in matches]


@settings(max_examples=800, deadline=None)
@given(texts)
def test_names_in_capitals_and_cyrillic_words_open_at_the_records_places(text: str) -> None:
    forget_paragraphs()
    record = tokens(text)
    for pattern in (capital_names._INVERTED, capital_names._suffixed(), capital_names._speaker_label(),
                    capital_names._INITIAL_INSIDE):
        assert _spans(matches_at(pattern, text, record.capital_words)) == _spans(pattern.finditer(text))
    assert _spans(matches_at(cyrillic._CAPITALIZED, text, record.cyrillic)) == _spans(cyrillic._CAPITALIZED.finditer(text))


@settings(max_examples=800, deadline=None)
@given(texts)
def test_aged_owner_and_placed_town_rules_find_what_full_scans_find(text: str) -> None:
    forget_paragraphs()
    for pattern, follower in ((name_contexts._AGED, name_contexts._AGE_AFTER),
                              (name_contexts._OWNER, name_contexts._POSSESSIVE_BEFORE_CAPITAL)):
        places = name_contexts._places_before(follower, text)
        assert _spans(matches_at(pattern, text, places)) == _spans(pattern.finditer(text))
    assert _spans(matches_at(towns._TOWN_IN, text, towns._town_in_places(text))) == _spans(towns._TOWN_IN.finditer(text))
    assert towns._after_article_or_possessive(text) == places_after(text, towns._ARTICLE_OR_POSSESSIVE)
    matchup = matchups._MATCHUP
    assert _spans(matches_at(matchup, text, matchups._matchup_places(text))) == _spans(matchup.finditer(text))


@settings(max_examples=800, deadline=None)
@given(texts)
def test_nouns_of_organizations_looked_for_are_those_among_the_paragraphs_words(text: str) -> None:
    forget_paragraphs()
    before, after = organization_nouns._apposed()
    every = organization_nouns._organization_nouns()
    held = [n for n in every if organization_nouns._noun_opening(n) in tokens(text).words]
    assert _spans(matches_at(before, text, written(text, held))) == _spans(before.finditer(text))
    if not held:
        assert after.search(text) is None


def test_the_record_reads_each_kind_of_candidate() -> None:
    text = "SMITH, J and O'BRIEN met Оля in iPhone land, 2nd of 12 MAY"
    record = Tokens(text)
    assert record.capitals == tuple(m.start() for m in re.finditer(r"[A-Z0-9]\w*", text))
    assert [text[at:at + 3] for at in record.capital_words] == ["SMI", "O'B", "BRI", "MAY"]
    assert [text[at:at + 3] for at in record.acronyms] == ["SMI", "BRI", "MAY"]
    assert [text[at:at + 3] for at in record.cyrillic] == ["Оля"]
    assert [text[at:at + 2] for at in record.digits] == ["2n", "12"]
    assert record.words == {"smith", "j", "and", "o", "brien", "met", "in", "iphone", "land", "nd", "of", "may"}
    assert tokens(text) is tokens(text)  # one record per paragraph for every rule


def test_names_in_capitals_and_cyrillic_names_are_still_found() -> None:
    listed = "BAIN, J MATTHEW SMITH, ALVARO R"
    assert [name for _, _, name in capital_names.capital_names(listed)] == ["J Matthew Bain", "Alvaro R Smith"]
    assert capital_names.capital_names("MR. ROBERTS: Thank you.")[0][2] == "Roberts"
    assert capital_names.capital_names("no capitals here") == []
    hits = cyrillic.find_cyrillic("Вчера Оля Малышева приехала в Москву.")
    assert any(h.entry.type == "person" and h.entry.name.startswith("Оля") for h in hits)
    assert name_contexts.aged_people("Police said Dijon Williams, 21, was held.") == [(12, 26, "aged")]
    assert towns.towns("The fire broke out in Greenbelt, Maryland, on Monday.") == [(22, 31, "city")]


ACRONYM_PIECES = ["PKW", "U.S.", "AT&T", "X-ABC", "Phone", "Keys", "Wallet", " – ", " — ", "–", ", or ", ", i.e. ",
                  ", known as ", ", also known as ", " known as ", "the ", "Shanghai Cooperation Organization", "SCO",
                  ",", " ", "(", ")", "[", "x", "é", "\n", "\u2009", "\x1c", "word", "(ABC)", "7"]
acronym_texts = st.lists(st.sampled_from(ACRONYM_PIECES), max_size=16).map("".join)


@settings(max_examples=800, deadline=None)
@given(acronym_texts)
def test_acronym_pairs_and_the_word_before_a_bracket_are_found_as_by_full_scans(text: str) -> None:
    forget_paragraphs()
    joined = acronyms._JOINED
    assert _spans(matches_at(joined, text, acronyms._joined_places(text))) == _spans(joined.finditer(text))
    dashed = acronyms._DASHED
    dashes = capitals_before(text, written(text, acronyms._DASHES), " ")
    assert _spans(matches_at(dashed, text, dashes)) == _spans(dashed.finditer(text))
    word_starts = acronyms._word_starts(text)
    for end in range(len(text) + 1):
        last = bisect.bisect_left(word_starts, end)
        expected = acronyms._TOKEN.match(text, word_starts[last - 1], end) if last else None
        found = acronyms._word_before(text, end)
        assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Monday", "MONDAY", "mondays", "Friday", "Fridays", " through ", " to ", "–", "-", " ",
                                 "today", "x", "İ", "ſ", "\u212a", "day", "Sunday"]), max_size=12).map("".join))
def test_schedules_are_found_where_a_weekday_is_written(text: str) -> None:
    from scoexport.extract import dates

    forget_paragraphs()
    expected = [m.span() for m in dates._schedule().finditer(text)] if "day" in text else []
    assert dates._schedules(text) == expected


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["between 2004 and 2017", "Between  1990–2000", "from 2004 to 2017", "in 2019", "mid-1990",
                                 "since\u00a01600"]) |
                st.sampled_from(["in", "In", "IN", "İn", "since", "Since", "of", "through", "mid", "early", "x", "a", "-",
                                 " ", "  ", "\u00a0", "\x1c", "\n", "1990", "2020", "1600", "199", "20", "16", "1", "١٩",
                                 "s", "%", ".", ",", "from", "FROM", "between", " to ", " and ", "–", "2004", "2017"]),
                max_size=14).map("".join))
def test_years_after_a_preposition_are_read_back_from_the_years(text: str) -> None:
    from scoexport.extract import date_years
    from scoexport.extract.date_phrases import patterns, year_patterns

    forget_paragraphs()
    year = patterns()["year"]
    assert _spans(matches_at(year, text, date_years._year_places(text))) == _spans(year.finditer(text))
    spans = year_patterns(True)["year_range"]
    assert _spans(matches_at(spans, text, date_years._year_range_places(text))) == _spans(spans.finditer(text))


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(["12", "(3.5%)", "$40,", "£", "€", "#", "(", "[", "]", " ", "\n", "\u00a0", "x", "a1",
                                 "1a", "2011;43(2):1201-9", "–", "-", ".", ",", "٣", "((7", "$$"]), max_size=14).map("".join))
def test_numeric_words_are_counted_as_by_a_scan_of_every_word(text: str) -> None:
    from scoexport.extract import quantities

    forget_paragraphs()
    assert quantities.numeric_tokens(text) == len(quantities._NUMERIC_TOKENS.findall(text))


# month prefixes and their longer forms, a word listed twice, a word that is a prefix of another
_LISTED = ["Mar", "Maria", "Maj", "Majo", "Mar", "ai", "a", "jj", " a", "r", "ia", "M", "Marz"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([*_LISTED, "x", " ", "aM", "Mari"]), max_size=14).map("".join),
       st.lists(st.sampled_from(_LISTED), min_size=9, max_size=14))
def test_many_words_are_placed_as_a_test_of_each_word_at_each_place_would(text: str, words: list[str]) -> None:
    expected = [at for at in range(len(text)) for w in words if text.startswith(w, at)]
    assert written(text, words) == expected

