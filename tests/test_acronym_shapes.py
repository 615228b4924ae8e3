"""Acronym definitions in the shapes writers use beyond a bracket right after the long form: apposition, a pronoun's
sentence referring back, a bare short form after its long form, marked capitals, plurals, link targets, literal
marks; and the HTML that used to cut them off (HTML 4's <acronym>, a manual's in-text boxes). Examples of our own."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.acronym_referred import capitals_spell, initials_spell, spelled
from scoexport.extract.acronyms import find_definitions
from scoexport.parse.html.page import parse_html
from scoexport.records import Source


def _pairs(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(d.short, d.long) for d in find_definitions(text, language)]


@pytest.mark.parametrize(("text", "language", "short", "long"), [
    # apposition after the short form, in capitals or a program's lower-case name with marked capitals
    ("Every vote is counted by the RO, the Returning Officer, before noon.", "en", "RO", "Returning Officer"),
    ("``frob``, the FRiendly Object Builder, reads the manifest first.", "en", "frob", "FRiendly Object Builder"),
    # "or" and a quoted long form, a plural short form
    ("Meetings are run by regional FUGs or “Fern Users Groups” every spring.", "en", "FUGs", "Fern Users Groups"),
    # a long form that a pronoun's sentence gives for a word before it
    ("Try qsh, the small shell. The name is an acronym for the ‘Quiet SHell’, a joke on its size.", "en",
     "qsh", "Quiet SHell"),
    ("We ship mpt, a helper that merges package trees (its name is an acronym for Merge Package Trees).", "en",
     "mpt", "Merge Package Trees"),
    ("Der Dienst heißt LWD; es ist eine Abkürzung für Landes Wetter Dienst, wie die Gründer schrieben.", "de",
     "LWD", "Landes Wetter Dienst"),
    # a bare short form after the long form, German function words skipped
    ("Gestern hat der Verband der freien Imker Bayerns VFIB neue Regeln beschlossen.", "de",
     "VFIB", "Verband der freien Imker Bayerns"),
    # a plural short form whose "s" belongs to a head noun inside the long form
    ("Operators may request Alternative Routes of Transit (AROTs) from the agency.", "en",
     "AROTs", "Alternative Routes of Transit"),
    # a link target between the long form and the bracket
    ("Read the Harbour Safety Code (https://example.org/hsc.html) (HSC, which sets the limits) first.", "en",
     "HSC", "Harbour Safety Code"),
    ("Follow the `Garden Tool Rules <https://example.org/gtr>`__ (GTR) and the local ones.", "en",
     "GTR", "Garden Tool Rules"),
    # literal marks around the short form, a possessive and closing quote after the long form
    ("Never send a blind copy (``BC``) to the list.", "en", "BC", "blind copy"),
    ("The Harbour Board chair's (HBC) duties are few.", "en", "HBC", "Harbour Board chair"),
    ("The “quiet period” (QP) starts at ten.", "en", "QP", "quiet period"),
    # a short form of another alphabet, or with an umlaut, in brackets; a German compound's parts give letters
    ("Вчера выступила Лига молодых водителей (ЛМВ) в Казани.", "ru", "ЛМВ", "Лига молодых водителей"),
    ("Die Österreichische Seglervereinigung (ÖSV) tagte am Montag.", "de", "ÖSV", "Österreichische Seglervereinigung"),
    ("Gestern lud die Arbeitsgemeinschaft christlicher Chöre (AGCC) zum Singen ein.", "de",
     "AGCC", "Arbeitsgemeinschaft christlicher Chöre"),
    # after the short form, the long form ends at the first comma
    ("Ask the WRC (Water Rescue Corps, founded in 1901) for help.", "en", "WRC", "Water Rescue Corps"),
    # the short form qualifying a noun before the bracket
    ("Ask the WOTL crew (Wardens Of The Lake) for a permit.", "en", "WOTL", "Wardens Of The Lake"),
])
def test_a_shape_of_definition(text: str, language: str, short: str, long: str) -> None:
    found = find_definitions(text, language)
    assert [(d.short, d.long) for d in found] == [(short, long)]
    d = found[0]
    assert text[slice(*d.short_span)] == short and text[slice(*d.long_span)] == long


@pytest.mark.parametrize(("text", "language"), [
    # an apposition whose words do not spell the short form, or only together with the short form itself
    ("The RSPB, the bird charity, bought the marsh.", "en"),
    ("When the note reaches the NPA, the NPA files it at once.", "en"),
    # a program's name in apposition with words whose capitals are only their initials
    ("Use frob, the Fast Object Reader, for it.", "en"),
    # a pronoun before the cue is no short form: "it" spelled by "Internal Tool" is chance
    ("It is an abbreviation of Internal Tool set.", "en"),
    # a short form in capitals after words whose initials do not spell it, or across a sentence end
    ("Der Bericht der Polizei NRW wurde gestern veröffentlicht.", "de"),
    ("Sie siegte in Lahti. Beim Weltcup in Antholz ITA lief es schlechter.", "de"),
    ("Er gewann in Lahti. Beim Weltcup in Antholz (ITA) lief es schlechter.", "de"),
    # a person's name and an apposition in brackets; a long form reaching back over another bracket
    ("Write to JPM (Jane Porter, the club's manager) today.", "en"),
    ("It reads templates (POT), catalogues (PC) too.", "en"),
    # a capitalized word of another alphabet is no short form
    ("Он живёт в городе Москва (Россия) давно.", "ru"),
    # a noun between the short form and a bracket whose initials leave a word out
    ("Ask the WOTL crew (Wardens of Lakes) for a permit.", "en"),
])
def test_no_definition_without_aligned_letters(text: str, language: str) -> None:
    assert _pairs(text, language) == []


def test_numeronyms_a_cue_ties_to_the_words_they_count() -> None:
    text = "“a11y” and “c14n” are the abbreviations for “accessibility” and “canonicalization”, in that order."
    assert _pairs(text) == [("a11y", "accessibility"), ("c14n", "canonicalization")]
    # no cue, or a word whose letters the digits do not count: no definition
    assert _pairs("The a11y team met; accessibility was the topic.") == []
    assert _pairs("“a11y” is the abbreviation for “accessible”.") == []


def test_marked_capitals_and_initials() -> None:
    assert capitals_spell("dpkg", "Debian PacKaGe") and capitals_spell("Bash", "Bourne-Again SHell")
    assert not capitals_spell("dpk", "Debian Package")  # no capital inside a word: initials' business
    assert initials_spell("VFBN", "Verband der Freien Bäckereien Norddeutschlands", "de")
    assert initials_spell("LUGs", "Linux User Groups") and not initials_spell("LUG", "Linux Users")


_CONTENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@settings(max_examples=60, deadline=None)
@given(st.lists(_CONTENT, min_size=2, max_size=5), st.sampled_from(["bracket", "apposition", "bare", "cue"]))
def test_every_definition_spells_its_short_form_in_order(words: list[str], shape: str) -> None:
    """Whatever the words, a definition found is one whose short form's letters align, in order, with the initials
    or marked capitals of its long form's words: the precision guard every shape shares."""
    long = " ".join(w.capitalize() for w in words)
    short = "".join(w[0] for w in words).upper()
    text = {"bracket": f"We met the {long} ({short}) today.",
            "apposition": f"We met the {short}, the {long}, today.",
            "bare": f"Wir trafen den {long} {short} heute.",
            "cue": f"We use {short.lower()} daily (its name is an acronym for {long})."}[shape]
    for d in find_definitions(text, "de" if shape == "bare" else "en"):
        letters = "".join(c for c in d.short if c.isalnum()).lower()
        assert spelled(d.short, d.long) or _aligned(letters, d.long.lower())


def _aligned(letters: str, long: str) -> bool:
    """Schwartz and Hearst's order: each letter found after the one before, the first at a word's start."""
    starts = [k for k in range(len(long)) if long[k] == letters[0] and (k == 0 or not long[k - 1].isalnum())]
    i = starts[0] if starts else -1
    for c in letters[1:]:
        if i < 0:
            return False
        i = long.find(c, i + 1)
    return i >= 0


def _blocks(inner: str) -> list[tuple[str, str]]:
    body = f"<html><head><title>Manual</title></head><body><div class='section'>{inner}</div></body></html>"
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    return [(b.kind, " ".join(ln.text for ln in b.lines)) for b in parsed.blocks]


_PARA = ("The harbour office keeps the tide tables and the berth lists, and every skipper who wants a berth for the "
         "summer writes to it before the end of March with the length and draught of the boat.")


def test_html4_acronym_element_is_a_word_of_the_sentence() -> None:
    blocks = _blocks(f"<p>{_PARA}</p><div class='para'>The Harbour Master's (<acronym class='acronym'>HM</acronym>) "
                     "duties are set by the board.</div>")
    assert ("body", "The Harbour Master's (HM) duties are set by the board.") in blocks


def test_a_box_set_among_the_paragraphs_is_text() -> None:
    box = ("<div class='sidebar'><div class='titlepage'><p class='title'><strong>NOTE Berths</strong></p></div>"
           "<div class='para'>A berth is kept for a skipper who pays the deposit by April.</div></div>")
    follows_box = ("<div class='sidebar'><div class='titlepage'><p class='title'><strong>NOTE Tides</strong></p></div>"
                   "<div class='para'>The tide tables are printed each winter by the office.</div></div>")
    blocks = _blocks(f"<div class='para'>{_PARA}</div>{box}{follows_box}<div class='para'>{_PARA}</div>")
    texts = [t for _, t in blocks]
    assert any("deposit by April" in t for t in texts) and any("printed each winter" in t for t in texts)


def test_a_box_after_empty_anchors_follows_the_paragraph_before_them() -> None:
    """Empty elements between a paragraph and its box (anchors, a comment, white space only) are passed over: the
    box follows the paragraph; one after a list of links (no paragraph) stays out."""
    box = ("<div class='sidebar'><div class='titlepage'><p class='title'><strong>NOTE Moorings</strong></p></div>"
           "<div class='para'>Moorings are checked by a diver every spring.</div></div>")
    gap = "<a id='moor'></a><span> <!-- anchor --> </span>\n<a name='m2'>\u00a0</a>"
    texts = [t for _, t in _blocks(f"<div class='para'>{_PARA}</div>{gap}{box}<div class='para'>{_PARA}</div>")]
    assert any("every spring" in t for t in texts)
    menu = "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>Tides</a></li></ul>"
    texts = [t for _, t in _blocks(f"<div class='para'>{_PARA}</div>{menu}{gap}{box}<div class='para'>{_PARA}</div>")]
    assert not any("every spring" in t for t in texts)


def test_a_sidebar_column_beside_the_text_stays_furniture() -> None:
    column = ("<aside class='sidebar'><h2>Most read</h2><p>Ten things to know about the harbour wall this "
              "week.</p></aside>")
    body = (f"<html><head><title>Wall</title></head><body><div class='row'><main><p>{_PARA}</p><p>{_PARA}</p>"
            f"</main>{column}</div></body></html>")
    parsed = parse_html(Source("page.html", body.encode(), "sha", body, "utf-8", "html"))
    assert not [b for b in parsed.blocks if "Ten things" in " ".join(ln.text for ln in b.lines)]
