"""The decisions session 18's debt work brought to one place: each test fails if the one place is lost or decides
otherwise."""
from __future__ import annotations

from scoexport.authors import split_names
from scoexport.clean.bylines import names_line
from scoexport.data import load_lines
from scoexport.extract.not_names import title_case
from scoexport.extract.speech_marks import _is_speech
from scoexport.text import mostly_capitalized


def test_a_title_capitalizes_most_of_its_long_words_prose_few() -> None:
    assert mostly_capitalized(["Harbour", "Lights", "Over", "Quiet", "water"])  # four in five
    assert not mostly_capitalized(["Morning", "ferries", "leave", "early", "today"])  # one in five


def test_the_headline_and_the_quoted_title_read_the_same_share() -> None:
    # three long words in five capitalized: a title to both readers; two in five: to neither
    assert title_case("Notes From Sixteen quiet harbours")
    assert not _is_speech("Notes From Sixteen quiet harbours", verbs_near=True, opens_sentence=False)
    assert not title_case("Notes From sixteen quiet harbours")
    assert _is_speech("Notes From sixteen quiet harbours", verbs_near=True, opens_sentence=False)


def test_an_author_field_and_a_byline_join_names_by_the_same_words() -> None:
    # the words of data/name_joins.txt join two names for both readers; a word that is no joint ("oder": or) does not
    for joint in load_lines("name_joins.txt"):
        assert split_names(f"Anna Keller {joint} Jonas Wolf") == ["Anna Keller", "Jonas Wolf"], joint
        line = names_line(f"Anna Keller {joint} Jonas Wolf")
        assert line is not None and line.names == 2, joint
    assert split_names("Anna Keller oder Jonas Wolf") == []
    assert names_line("Anna Keller oder Jonas Wolf") is None
