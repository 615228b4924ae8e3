"""The quotation marks are defined once (extract/marks.py): the rule that finds quotations and the rule that reads a
list of quoted samples before one (imagined_speech) read the same marks. Examples of our own."""
from __future__ import annotations

import pytest

from scoexport.extract.imagined_speech import imagined
from scoexport.extract.marks import CLOSING_MARKS, OPENING_MARKS, quotations


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("«", "»"), ("»", "«"), ("‹", "›"), ("‚", "‘"), ("“", "”")])
def test_a_list_of_samples_in_any_pair_of_marks_is_read_before_the_last(opening: str, closing: str) -> None:
    before = f"Man hört Sprüche wie {opening}Erst die Arbeit{closing}, {opening}Nur nicht hetzen{closing} und "
    text = before + "„Morgen ist auch ein Tag“."
    assert imagined(text, len(before) + 1)


def test_every_opening_mark_but_the_apostrophe_is_one_the_quotations_scan_stops_at() -> None:
    assert "'" not in OPENING_MARKS and "'" not in CLOSING_MARKS
    for mark, close in (("„", "“"), ("«", "»"), ("“", "”"), ("‘", "’")):
        assert quotations(f"Sie sagte {mark}kommt bald wieder{close} und ging.") != ()
