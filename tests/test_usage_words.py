"""How a document writes a word beside its names (not_names.Usage): each word looked up at its places answers as
the set of every word the document's scan finds did."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.extract.not_names import _LOWER_WORD, _VERSIONED, Usage
from scoexport.records import Paragraph
from scoexport.text import has_digit


def _paragraphs(texts: list[str]) -> list[Paragraph]:
    return [Paragraph("d", f"p{i}", i, "body", None, t, []) for i, t in enumerate(texts)]


def test_a_term_written_in_lower_case_and_a_numbered_release_are_read_from_the_document() -> None:
    usage = Usage(_paragraphs(["You may not breach the Terms.", "These terms apply to debian/rules too.",
                               "Upgrade to Debian 11 from Bullseye-based systems; Paris 2024 was a year."]))
    assert usage.writes_lower("terms") and not usage.writes_lower("rules") and not usage.writes_lower("breach ")
    assert usage.numbers("Debian") and not usage.numbers("Paris") and not usage.numbers("Bullseye")


_PIECES = ["terms", "Terms", "debian", "Debian", " ", "/", ".", "11", " 2024", "7.0", "-", "x", "’", "@", "é", ","]


@settings(max_examples=300)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), min_size=1, max_size=3),
       st.sampled_from(["terms", "debian", "Terms", "Debian", "x", "xterms"]))
def test_a_word_looked_up_at_its_places_is_one_the_scan_finds(texts: list[str], word: str) -> None:
    usage = Usage(_paragraphs(texts))
    lower = {w for t in texts for w in _LOWER_WORD.findall(t)}
    versioned = {m for t in texts if has_digit(t) for m in _VERSIONED.findall(t)}
    assert usage.writes_lower(word) == (word in lower)
    assert usage.numbers(word) == (word in versioned)
