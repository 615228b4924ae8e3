"""Speakers of quotes on the patterns of issue 15's fourth round: precision first (an unattributed quote is not
wrong, a wrong speaker is)."""
from __future__ import annotations

from scoexport.extract.marks import quotations

from .facts_util import facts_of, of_kind


def quotes(*texts: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts)
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_wire_copy_closes_with_two_apostrophes() -> None:
    text = "\"We hope to work with the neighboring countries,'' said Gianni Serandrei, the owner of the hotel."
    assert [text[s:e] for s, e in quotations(text)] == ["We hope to work with the neighboring countries,"]
    assert quotes(text) == [("We hope to work with the neighboring countries", "Gianni Serandrei")]


def test_a_mark_then_a_space_opens_no_quote() -> None:
    # an em dash the page's encoding turned into a straight mark after a wire dateline
    assert quotations("VENICE, Italy (AP) \" The Italian government announced Saturday that it will open") == ()
    assert quotations("Ana Ruiz said: \"We will open the borders next month") != ()


def test_titles_beside_a_verb_of_speech_are_not_quotes() -> None:
    text = ("Her son, filmmaker Charlie McDowell (“The Discovery,” “The One I Love”), also remembers it as a "
            "trying time. “It was definitely a change,” he said.")
    assert quotes(text) == [("It was definitely a change", "Charlie McDowell")]
    # most words capitalized, a particle aside
    assert quotes("Marco Rossi said he watched the DeLorean from “Ritorno al Futuro” again.") == []


def test_compound_subject_names_no_one() -> None:
    got = quotes("Maria Lopez and Tom Brown met the press. “We will appeal the ruling,” Lopez and Brown said.")
    assert got == [("We will appeal the ruling", None)]
    got = quotes("Mary Steenburgen joined the film in 2018. “Ain’t no place like home,” she and Jessie Buckley sing.")
    assert got == [("Ain’t no place like home", None)]


def test_an_employer_is_not_the_speaker() -> None:
    # the analyst is not found as a person: the think tank she works at must not take her words
    got = quotes("“This is mainly due to the change in wind direction,” a research analyst at the Delhi-based "
                 "Council on Energy, Environment and Water think tank told CBS News.")
    assert got == [("This is mainly due to the change in wind direction", None)]


def test_a_person_called_he_is_not_a_later_she() -> None:
    got = quotes("Mary Steenburgen had surgery in 2007.",
                 "Her son, Charlie McDowell, remembers it. “It was a trying time,” he said.",
                 "“I had been somebody who really liked music,” she said.")
    assert got == [("It was a trying time", "Charlie McDowell"),
                   ("I had been somebody who really liked music", "Mary Steenburgen")]


def test_she_for_a_woman_the_paragraph_does_not_name() -> None:
    # the paragraph speaks of McDowell and of "his mom"; "she" is neither him nor a woman named paragraphs ago
    got = quotes("Mary Steenburgen had surgery in 2007.",
                 "Charlie McDowell said it was a trying time for everyone, he said.",
                 "Charlie McDowell still laughs at the memory of his mom. “She put in the time,” she said.")
    assert got == [("She put in the time", None)]


def test_the_subject_of_a_sentence_with_no_verb_of_speech() -> None:
    got = quotes("“It grabbed me by the heart,” Tom Harper said. Jessie Buckley, who phoned in from the set, "
                 "had a similar experience: “It was just that immediate feeling.”")
    assert got == [("It grabbed me by the heart", "Tom Harper"), ("It was just that immediate feeling", "Jessie Buckley")]
    # an organization inside the sentence is what it speaks of, not who speaks
    got = quotes("The council provided no WhatsApp messages in response, but “made clear that all decisions "
                 "were recorded” on its record.")
    assert got == [("made clear that all decisions were recorded", None)]


def test_an_inch_mark_opens_no_quotation() -> None:
    text = 'Intel Core i5-9300H 15" 1080p GTX 1660 Ti Laptop with 512GB SSD, and a 34" monitor for "gamers who wait".'
    assert [text[s:e] for s, e in quotations(text)] == ["gamers who wait"]


def test_a_curly_mark_closed_by_a_straight_one() -> None:
    text = "“While we are working to learn more, we will cooperate fully,\" the university said."
    assert [text[s:e] for s, e in quotations(text)] == ["While we are working to learn more, we will cooperate fully,"]


def test_the_kind_of_an_organization_named_before() -> None:
    got = quotes("Georgetown University suspended Williams, the NCAA said on Monday.",
                 "“We will cooperate fully with any investigation,” the university said.")
    assert got == [("We will cooperate fully with any investigation", "Georgetown University")]
    # a noun no organization's name holds names no one, nor the name after the verb
    got = quotes("“The bridge was unsafe,” the report said Maria Lopez knew.")
    assert got == [("The bridge was unsafe", None)]


def test_a_surname_for_a_person_named_only_by_it() -> None:
    # the page lost the full name; "Noem" alone is a person, and "Noem later tweeted" is her
    facts, _ = facts_of("“Meth is a serious problem,” Noem tweeted Monday night.",
                        "Noem later tweeted that the epidemic “needs to be a dinner table conversation.”")
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    assert [names.get(f.entity_id) for f in of_kind(facts, "quote")] == ["Noem", "Noem"]
