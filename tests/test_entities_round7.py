"""Issue 15, seventh round: speakers named once beside a verb of speech, and Korean names in Latin letters."""
from __future__ import annotations

from scoexport.extract.korean_names import korean_people
from scoexport.extract.people import find_people
from scoexport.resolve import person_key

from .facts_util import facts_of, of_kind


def _people(text: str) -> set[str]:
    return {text[s:e] for s, e, _ in find_people(text, "body")}


def _quotes(*texts: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts)
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_a_speaker_named_once_keeps_a_plain_word_surname() -> None:
    # "Ed" is a given name that is also a word, "Day" a plain word: the verb of speech says a person speaks
    assert "Ed Day" in _people("“We are ready,” said Ed Day.")
    assert "Ed Day" in _people("Rockland County Executive Ed Day said he will declare a state of emergency.")
    # a title is a cue too; without any cue the shape alone is no evidence ("Ed" and "Day" are both words)
    assert "Ed Day" in _people("Rockland County Executive Ed Day will declare a state of emergency.")
    assert "Ed Day" in _people("It was a good year for coach Ed Day, who won twice.")
    assert "Ed Day" not in _people("Ed Day will declare a state of emergency.")


def test_titles_and_bodies_before_a_speaker_are_not_their_name() -> None:
    assert _people("Rockland County Executive Ed Day said it.") == {"Ed Day"}
    assert _people("Human Rights Watch said the report was late.") == set()
    assert _people("The White House said nothing.") == set()
    assert _people("a tapestry reading Goonies Never say die hung there") == set()  # no given name opens it


def test_the_speaker_named_once_speaks_the_quotes_after() -> None:
    got = _quotes("Rockland County Executive Ed Day said he will declare a state of emergency.",
                  "“This is a rapidly changing situation,” Day said in a statement.")
    assert got == [("This is a rapidly changing situation", "Ed Day")]


def test_korean_names_family_name_first_with_a_hyphenated_given_name() -> None:
    text = "Moon Jae-in met Kim Jong-un; Park Geun-hye and Ban Ki-moon did not."
    assert [text[s:e] for s, e, _ in korean_people(text)] == ["Moon Jae-in", "Kim Jong-un", "Park Geun-hye", "Ban Ki-moon"]
    assert {"Moon Jae-in", "Park Geun-hye", "Ban Ki-moon"} <= _people(text)


def test_hyphenated_words_after_a_family_names_word_are_no_korean_names() -> None:
    for text in ("They met at the Song Co-op on Park Ave-nue.", "the Do Re-mi club", "Moon Landing-site",
                 "Park Jae-In", "Kim Jong-unified"):
        assert korean_people(text) == [], text


def test_korean_names_are_people_with_their_own_entity() -> None:
    facts, _ = facts_of("President Moon Jae-in spoke to reporters in Seoul.", "Moon said talks would resume.")
    people = {f.text: f.value for f in of_kind(facts, "entity") if f.entity_type == "person"}
    assert people == {"Moon Jae-in": "Moon Jae-in", "Moon": "Moon Jae-in"}


def test_korean_given_names_of_one_family_keep_people_apart() -> None:
    assert person_key("Kim Jong-un") != person_key("Kim Jong-il")
    assert person_key("Park Geun-hye") != person_key("Park Chung-hee")


def test_a_korean_name_is_one_person_in_either_spelling() -> None:
    assert person_key("Kim Jong-un") == person_key("Kim Jong Un")
    assert person_key("Moon Jae-in") == person_key("Moon Jae In")
    # a Western name that opens with a Korean family name keeps its surname key
    assert person_key("Lee Ann Womack") == person_key("Lee Womack")


def test_a_body_capitalized_by_its_head_word_speaks_for_the_body_named_before() -> None:
    got = _quotes("Edinburgh City Council closed the road on Monday.",
                  "The Council said “the road is not safe for anyone to use”.")
    assert got == [("the road is not safe for anyone to use", "Edinburgh City Council")]
    # no body of that word named before: no speaker, and never a person whose name holds it
    got = _quotes("Ana Ruiz closed the road on Monday.", "The Council said “the road is not safe for anyone to use”.")
    assert got == [("the road is not safe for anyone to use", None)]
    assert _quotes("Scottish Rock Festival opened.", "“We rock,” The Rock said.") == [("We rock", None)]


def test_a_role_names_a_speaker_only_where_the_document_names_that_person() -> None:
    got = _quotes("Acme spokeswoman Ana Ruiz declined to comment on the merger.", "“We will not comment,” the spokeswoman said.")
    assert got == [("We will not comment", "Ana Ruiz")]
    assert _quotes("Acme Corp. shares fell.", "“We will not comment,” the spokeswoman said.") == [("We will not comment", None)]


def _entities(*texts: str) -> list[tuple[str, str]]:
    facts, _ = facts_of(*texts)
    return [(f.text, f.entity_type) for f in of_kind(facts, "entity")]


def test_a_lists_running_numbers_set_off_its_items_as_commas_do() -> None:
    got = _entities("01. Robert Plant 02. Rob Halford 03. Bon Scott 04. Freddie Mercury 05. Sammy Hagar")
    assert ("Bon Scott", "person") in got and ("Sammy Hagar", "person") in got  # listed with people, not sentences
    # a name that goes on past a nickname is no member of its own
    got = _entities("95. Dani Filth 96. Wes Scantlin 97. Tim “Ripper” Owens 98. Joshua Todd 99. Kevin Dubrow")
    assert ("Tim", "person") not in got and ("Owens", "person") not in got
    # numbered sentences are no list of names
    assert _entities("Chapter 3. The Board met. 4. Apple sued.") == [("Apple", "organization")]


def test_a_middle_initial_that_is_also_a_word_goes_on_with_the_name() -> None:
    assert "Walter A. Clyburn Reed" in _people("One of the organizers was Walter A. Clyburn Reed, the grandson.")
    assert "Walter A. Reed" in _people("He met Walter A. Reed yesterday.")
    # the article opens no name, and an initial alone before a plain word is none
    assert _people("It was A. Good day") == set()
    got = _quotes("One of the organizers was Walter A. Clyburn Reed, the grandson of a congressman.",
                  "“That is very untrue,” Walter said.")
    assert got == [("That is very untrue", "Walter A. Clyburn Reed")]
