"""The shortcuts that spare the regex engine a scan of every character find what the full scans find.

Each shortcut (a cheap test before a case-blind scan, a pattern tried only where its first character can
be, number words found by lower-case search) is checked against the plain scan it replaces, on texts
made of the pieces that matter to it: number words inside and outside other words, digits, hyphens,
articles before scales, the characters that lower-casing and case-blind matching treat apart.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from scoexport.extract import number_forms, numeral_scan
from scoexport.extract.base import capital_starts, forget_paragraphs, matches_at, may_hold
from scoexport.extract.credits import _credit_pattern, credit_spans
from scoexport.extract.tokens import tokens

PIECES = ["USD", "EUR ", "Rs.", "R$", "₹", "£", "¥", "bn",
          "one", "One", "ONE", "someone", "often", "ten", "Ten-", "twenty-one", "a", "an", "A", "half",
          "million", "thousand", "first", "once", "5", "12", "3.5", "1,250", "A380", "one2", "2nd", "$", "US$",
          "EUR", "percent", "%", "to", "and", "ſix", "İ", "ı", "K", "é", "fiﬁ", "Photo:", "reporting", "by",
          "Edited", "pHoto", " ", " ", " ", "-", ",", ".", "(", ")", "\n"]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _reference_starts(text: str) -> list[int]:
    """numeral_starts as one scan of each pattern reads it."""
    run_ends = {m.start(): m.end() for m in numeral_scan._word_runs().finditer(text)}
    starts, inside_until = [], -1
    for m in numeral_scan._starts().finditer(text):
        if m.start() < inside_until:
            continue
        starts.append(m.start())
        inside_until = run_ends.get(m.start(), -1)
    return starts


@settings(max_examples=600, deadline=None)
@given(texts)
def test_numeral_starts_are_where_the_scans_find_them(text: str) -> None:
    assert numeral_scan.numeral_starts(text) == _reference_starts(text)


def test_numeral_starts_on_prose() -> None:
    text = ("Someone often said one or two things; twenty-one of the first 12 ONE-offs cost $3.5 million, "
            "a half of them once, A380s and ten-fold.")
    assert numeral_scan.numeral_starts(text) == _reference_starts(text)
    assert numeral_scan.numeral_starts("ſix one") == _reference_starts("ſix one")


@settings(max_examples=400, deadline=None)
@given(texts)
def test_money_and_digit_patterns_are_found_where_they_may_begin(text: str) -> None:
    digit_starts = [m.start() for m in re.finditer(r"\d+", text)]
    for _kind, where, pattern in number_forms.patterns():
        if where != "numeral":
            found = [m.span() for m in matches_at(pattern, text, number_forms.tried_at(where, text, digit_starts))]
            assert found == [m.span() for m in pattern.finditer(text)]


def test_currency_codes_are_capitals() -> None:
    assert all(re.fullmatch("[A-Z]{2,}", code) for code in number_forms.currency_codes())


@settings(max_examples=400, deadline=None)
@given(texts)
def test_credits_are_found_as_the_full_scan_finds_them(text: str) -> None:
    assert credit_spans(text) == [m.span() for m in _credit_pattern().finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts, st.sampled_from(["six", "photo", "edited", "kilo", "one"]))
def test_may_hold_is_yes_wherever_a_case_blind_pattern_matches(text: str, word: str) -> None:
    if re.search(word, text, re.I):
        assert may_hold(text, text.lower(), [word])


def test_may_hold_answers_no_only_without_the_word() -> None:
    assert not may_hold("Nothing here", "nothing here", ["photo"])
    assert may_hold("PHOTO: AP", "photo: ap", ["photo"])
    assert may_hold("ſix", "ſix", ["six"])  # the long s: case-blind matching reads it as "s", lower() keeps it


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.lists(st.sampled_from(["the", "der", "и", "le", "İstanbul", "ǅemal", "ß", "Ⅻ", "²",
                                                          " ", "a", "ı"]), max_size=60).map(" ".join))
def test_scripts_and_language_read_per_character_as_per_word(text: str) -> None:
    from collections import Counter

    from scoexport.clean import language

    reference = Counter(language._letter_script(ch) for ch in text if ch.isalpha())
    counts = language.script_counts(text)
    assert counts == reference and list(counts) == list(reference)  # the order settles ties of main_script
    words = Counter(w.lower() for w in language._WORD.findall(text))
    scores = {lang: sum(words[w] * weight for w, weight in stop) for lang, stop in language._weighted().items()}
    best = max(scores, key=lambda lang: scores[lang]) if words else None
    found = sum(words[w] for w, _ in language._weighted()[best]) if best else 0
    assert language.guess_language(text) == (best if found >= language._MIN_SCORE else None)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Sept.", "Sep", "September", "Mei", "Mai", "May", "may", "mar", "Mars", "3", "12th", "1",
                                 "Augustus", "Juillet", "Wednesday", "2024", "–",
                                 "-", " ", " of ", "Friday", "friday", "last", "next", "on", ",", "Juin", "Dec."]),
                max_size=12).map("".join))
def test_month_and_weekday_patterns_match_only_where_their_names_are_written(text: str) -> None:
    import calendar

    from scoexport.extract import date_phrases, date_scan
    from scoexport.extract.base import written

    p = date_phrases.patterns()
    month_day = matches_at(p["month_day"], text, written(text, date_phrases.month_prefixes() + date_phrases.WEEKDAY_NAMES))
    assert [m.span() for m in month_day] == [m.span() for m in p["month_day"].finditer(text)]
    day_first = sorted({*(at for at in capital_starts(text) if text[at] <= "9"), *written(text, date_phrases.WEEKDAY_NAMES)})
    day_month = matches_at(p["day_month"], text, day_first)
    assert [m.span() for m in day_month] == [m.span() for m in p["day_month"].finditer(text)]
    if any(p[name].search(text) for name in ("month_day", "day_month", "rel_month")):
        assert date_scan.has_word(text, *date_phrases.month_forms())
    if p["weekday"].search(text):
        assert date_scan.has_word(text, *calendar.day_name)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Acme", "Corp", "plc", "Group", "Bank", "of", "England", "W.", "M.", "18th", "Street",
                                 "Park", "St.", "Forest", "Hill", "iPhone", "Ölwerk", "and", "&", "the", "-", " ", " ",
                                 ",", "News", "ABC", "x", "the ", "The ", "Steelers", "party", "thethe ", "band",
                                 "publication", "a", "an", "intelligence", "organization", ", the ", ", a ", ", ",
                                 "O’Neil", "S.A.", "U.S.", "Corp.", "Co", "Banks", "eBay", "McBank"]),
                max_size=14).map("".join))
def test_organization_and_place_names_are_found_from_capitals_as_by_a_full_scan(text: str) -> None:
    from scoexport.extract import organization_nouns as org_nouns
    from scoexport.extract import organizations

    orgs, places, _ = organizations._patterns()
    for pattern, kind in ((orgs, "organization"), (places, "region")):
        found = [m.span() for m in matches_at(pattern, text, organizations._name_starts(text, kind))]
        assert found == [m.span() for m in pattern.finditer(text)]
    before, after = org_nouns._apposed()
    nouns_at = org_nouns.written(text, org_nouns._organization_nouns())
    assert [m.span() for m in matches_at(before, text, nouns_at)] == [m.span() for m in before.finditer(text)]
    forget_paragraphs()  # the record holds texts, not their places: a fresh start for each example
    apposed = tokens(text).apposed  # the places every rule of a name in apposition reads
    assert [m.span() for m in matches_at(after, text, apposed)] == [m.span() for m in after.finditer(text)]
    after_the = tokens(text).after_the
    for pattern in (org_nouns._described(), organizations._patterns()[2]):
        assert [m.span() for m in matches_at(pattern, text, after_the)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["said", "Said", "SAID", "says", "told", "according", "According", " to", "to", "toward",
                                 "unsaid", "said2", "saidé", "as\u212aed", "asked", "İ", "added", "noted", " ", " ", ",", ".",
                                 "“", "”", "-"]), max_size=16).map("".join))
def test_verbs_of_speech_are_found_as_a_scan_of_every_word_finds_them(text: str) -> None:
    from scoexport.extract import speech_verbs as quotes
    from scoexport.extract.words import speech_verbs

    verbs = speech_verbs()
    expected = [m.span() for m in quotes._VERB.finditer(text)
                if (m.group().lower() == "according to" or m.group().lower().split()[0] in verbs - {"according"})]
    found = [(s, e) for s, e in quotes.verb_spans(text, verbs)
             if text[s:e].lower() == "according to" or text[s:e].lower().split()[0] in verbs - {"according"}]
    assert found == expected


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["1", "12", "7", "10", "1999", "2024", "3.5", "2,500", "(", "[", "$", "€", "#", ")", "]",
                                 ",", ".", ":",
                                 "%", "/", "-", "|", "·", " ", " ", "\t", "\n", "a", "pm", "p.m.", "am", "Page", "x1"]),
                max_size=20).map("".join))
def test_numeral_runs_tokens_and_times_are_found_from_digits_and_spaces_as_by_full_scans(text: str) -> None:
    from scoexport.extract import date_phrases, dates, quantities

    digit_starts = [m.start() for m in re.finditer(r"\d+", text)]
    assert quantities.side_by_side(text, digit_starts) == [m.span() for m in quantities._BARE_RUN.finditer(text)]
    assert [m.span() for m in matches_at(dates._TIME, text, digit_starts)] == [m.span() for m in dates._TIME.finditer(text)]
    assert quantities.numeric_tokens(text) == len(quantities._NUMERIC_TOKENS.findall(text))
    bare_year = date_phrases.patterns()["bare_year"]
    assert [m.span() for m in matches_at(bare_year, text, digit_starts)] == [m.span() for m in bare_year.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Abc", "Def", "ghi", "x", ",", ";", " ", "  ", "A", "O’Neil", "e-Mail", "\n", "."]),
                max_size=20).map("".join))
def test_mid_sentence_capitals_are_found_as_the_lookbehind_first_pattern_finds_them(text: str) -> None:
    from scoexport.clean import reflow

    assert reflow._MID_SENTENCE_CAPITAL.findall(text) == re.findall(r"(?<=[a-z,;] )([A-Z][\w’'-]+)", text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["President", "president", "PRESIDENT", "Vice-President", "Dr.", "dr", "Prime Minister",
                                 "Joe", "Biden", "Tsai", "O’Brien", "said", "Said", "says", "told", "noted", "wrote",
                                 ",", " ", " ", ".", "ſ", "İ", "Mr", "the", "Minister", "The ", "the ", "administration",
                                 ", a ", ", an ", "analyst", "J.", "A", "O’", "-"]), max_size=14).map("".join))
@example("PresidentPresidentPrime Minister, a analyst")  # a name glued inside a word: found by neither
def test_people_rules_tried_where_their_words_are_find_what_a_full_scan_finds(text: str) -> None:
    from scoexport.extract import people

    lowered = text.lower()
    words = set(people._LOWER_WORDS.findall(lowered))
    for rule, pattern in people._patterns().items():
        places = people._places(rule, text, lowered, words)
        if places is not None and words & people._cue_words(rule):
            assert [m.span() for m in matches_at(pattern, text, places)] == [m.span() for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["According to", "according to", "ACCORDING TO", "told", "Told", "published by", "reports",
                                 "reported", "the", "The", "Reuters", "CNN", "Acme Corp", "data from", " ", " ", ",", ".",
                                 "ſ", "İ", "that"]), max_size=14).map("".join))
def test_sources_found_where_their_cues_are_written_are_the_full_scans_ones(text: str) -> None:
    from scoexport.extract import sources

    lead, trail = sources._patterns()
    lowered = text.lower()
    places = sources.word_places(text, lowered, sources._cue_words()[0])
    if places is not None:
        assert [m.span() for m in matches_at(lead, text, places)] == [m.span() for m in lead.finditer(text)]
    if trail is not None and any(cue in text for cue in sources._cue_words()[1]):
        found = [m.span() for m in matches_at(trail, text, sources.capital_starts(text))]
        assert found == [m.span() for m in trail.finditer(text)]
    elif trail is not None:
        assert trail.search(text) is None
