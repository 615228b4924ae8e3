"""The cheap tests before the speech and acronym patterns change nothing they find.

`imagined_speech.imagined` runs each pattern only on a window that holds one of its words (`base.may_hold`); the
acronym shapes of `acronym_referred` look for an apposition only in a paragraph that holds one of its cue strings,
for a long form named by a cue only in one that holds a whole cue, and spell a cue's long form out only for the
words before it whose letters are among what its runs of words can spell (`_spellable`). Checked on texts made of
the pieces that matter: the words of both shapes in several cases, quotation marks of several kinds, lists of quoted
items, verbs of speech, cues, short forms and the long forms they stand for, and the characters case-blind matching
folds apart from lower-casing.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract import acronym_referred, imagined_speech
from scoexport.extract.base import forget_paragraphs

_SPEECH_PIECES = ["Sätze wie", "SÄTZE WIE", "Aussagen wie etwa", "a song like", "was like", "I'm like", "Like",
                  "terms such as", "ſuch as", "wenn Leute sagen", "Wenn sie sagt,", "falls jemand fragt", "if anyone says",
                  "İf he says", "whenever they said", "WHENEVER THEY SAY", "he said", "sagte sie", " ", "  ", "\n", ",",
                  ": ", " und ", " or ", "„", "“", "”", "\"", "«", "»", "‘", "’", "Hallo", "we go home", "x" * 30, "."]


@contextlib.contextmanager
def _imagined_ungated() -> Iterator[None]:
    gate = imagined_speech.may_hold
    imagined_speech.may_hold = lambda text, lowered, cues: True
    try:
        yield
    finally:
        imagined_speech.may_hold = gate


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPEECH_PIECES), max_size=12).map("".join))
def test_imagined_gate_changes_nothing(text: str) -> None:
    """At every place a quotation's words may start (after each opening mark, and at the text's end), the answer
    with the gate is the answer without it."""
    starts = [i + 1 for i, c in enumerate(text) if c in "„“\"«»‘"] + [len(text)]
    gated = [imagined_speech.imagined(text, start) for start in starts]
    with _imagined_ungated():
        assert [imagined_speech.imagined(text, start) for start in starts] == gated


def test_imagined_gate_leaves_out_windows_without_the_words() -> None:
    """The gate does pass windows over (so the test above compares something), and the shapes are still found."""
    words = [cues for _, _, cues in imagined_speech._patterns()]
    plain = "Die Ministerin sagte am Dienstag: „"
    assert not any(imagined_speech.may_hold(plain, plain.lower(), cues) for cues in words)
    assert imagined_speech.imagined("Es gibt Sprüche wie „", len("Es gibt Sprüche wie „"))
    assert imagined_speech.imagined("Whenever the coach says “", len("Whenever the coach says “"))
    assert not imagined_speech.imagined(plain, len(plain))


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


@contextlib.contextmanager
def _referred_ungated() -> Iterator[None]:
    """`referred` with its gates open: every paragraph scanned for appositions and cues, every word before a cue
    spelled out against its long form."""
    saved = (acronym_referred.may_hold, acronym_referred._APPOSED_STRINGS, acronym_referred._spellable,
             acronym_referred.cue_kinds)
    acronym_referred.may_hold = lambda text, lowered, cues: True
    acronym_referred.cue_kinds = lambda text: frozenset({"long_lead", "abbreviated", "stands_for"})
    acronym_referred._APPOSED_STRINGS = ("",)
    acronym_referred._spellable = lambda words, text, language: _Everything()  # type: ignore[assignment,return-value]
    try:
        yield
    finally:
        (acronym_referred.may_hold, acronym_referred._APPOSED_STRINGS, acronym_referred._spellable,
         acronym_referred.cue_kinds) = saved


_ACRONYM_PIECES = ["QRM", "qrm", "QRMs", "Qrm", "the Quiet Radio Mode", "Quiet Radio Modes", "QuieT RadiO", "quick rust",
                   ", the ", ", or “", " or \"", " or ‘", "’", "”", " (", ")", " is ", "its name is ", "an acronym for ",
                   "AN ACRONYM FOR ", "also known as ", "Known as ", "known ", "short ", "short for ", "kurz für ",
                   "ſhort for ", "İ", "the ", "it ", " ", ".", ", ", "Bernd Hallo Tag", "BHT", "der Bund Hamburger Tafeln ",
                   "i18n", " abbreviation for ", "internationalization", "x" * 12]


# a short form, words, a cue and a long form that spells it by initials or by capitals, or spells another
_DEFINED = st.tuples(st.sampled_from(["QRM", "qrm", "QRMs", "BHT", "dok", "it", ""]),
                     st.sampled_from([" ", " is a tool (", ", the program. The name is ", " of ours, ", "\n"]),
                     st.sampled_from(["an acronym for ", "also known as the ", "short for ‘", "Known As ", "kurz für "]),
                     st.sampled_from(["Quiet Radio Mode", "QuiRky Mode", "DOcument Kit", "Document kit", "Bund Hamburger Tafeln",
                                      "quiet radio mode", "Quiet Radio", "Quiet Radio Modes and more"]),
                     st.sampled_from(["", ")", "’ here.", ". ", " QRM"])).map("".join)


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(["en", "de"]), st.lists(_DEFINED | st.sampled_from(_ACRONYM_PIECES), max_size=8).map("".join))
def test_referred_gates_change_nothing(language: str, text: str) -> None:
    forget_paragraphs()
    gated = acronym_referred.referred(text, set(), language)
    forget_paragraphs()
    with _referred_ungated():
        assert acronym_referred.referred(text, set(), language) == gated


def test_referred_gates_leave_out_paragraphs() -> None:
    """The gates pass paragraphs and words over (so the test above compares something), and the shapes are still
    found where they are written."""
    known = "The team, known to run short of time, stands still."  # the cues' longest words, but no whole cue
    assert "long_lead" in acronym_referred.cue_kinds(known)
    assert not acronym_referred.may_hold(known, known.lower(), acronym_referred._cue_phrases())
    assert not any(cue in "Alpha, beta or gamma" for cue in acronym_referred._APPOSED_STRINGS)
    words = list(acronym_referred._WORD.finditer("Quiet Radio Mode"))
    spellable = acronym_referred._spellable(words, "Quiet Radio Mode", "en")
    assert "qrm" in spellable and "tree" not in spellable
    found = acronym_referred.referred("QRM is what we use (its name is an acronym for Quiet Radio Mode).", set())
    assert [(d.short, d.long) for d in found] == [("QRM", "Quiet Radio Mode")]
    found = acronym_referred.referred("Ask QRM, the Quiet Radio Mode team.", set())
    assert [(d.short, d.long) for d in found] == [("QRM", "Quiet Radio Mode")]
