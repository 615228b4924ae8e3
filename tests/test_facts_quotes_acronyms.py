from __future__ import annotations

import pytest

from scoexport.extract import Context, extract
from scoexport.extract.acronyms import find_definitions
from scoexport.records import Metadata, Paragraph
from scoexport.segment import sentences

from .facts_util import facts_of, of_kind


@pytest.mark.parametrize(("text", "short", "long"), [
    ("the International Energy Agency (IEA) said", "IEA", "International Energy Agency"),
    ("the IEA (International Energy Agency) said", "IEA", "International Energy Agency"),
    ("rules of the Common Agricultural Policy (CAP) apply", "CAP", "Common Agricultural Policy"),
    ("a rise in gross domestic product (GDP)", "GDP", "gross domestic product"),
    ("the Bank for International Settlements (BIS)", "BIS", "Bank for International Settlements"),
    # quotes and leading words inside the brackets, more after the short form
    ("the Financial Conduct Authority (“FCA”) fined", "FCA", "Financial Conduct Authority"),
    ("the Monetary Authority of Singapore (the \"MAS\") said", "MAS", "Monetary Authority of Singapore"),
    ("the African Development Bank (AfDB; based in Abidjan) lent", "AfDB", "African Development Bank"),
    ("the Group of 20 (G20, the major economies) met", "G20", "Group of 20"),
    # joined by "or" / "known as", in either order
    ("the ILO, or International Labour Organization, warned", "ILO", "International Labour Organization"),
    ("the International Labour Organization, or ILO, warned", "ILO", "International Labour Organization"),
    ("the Central Intelligence Agency, known as the CIA, denied", "CIA", "Central Intelligence Agency"),
])
def test_definitions(text: str, short: str, long: str) -> None:
    assert [(d.short, d.long) for d in find_definitions(text)] == [(short, long)]


@pytest.mark.parametrize("text", ["the talks (in Geneva) ended", "prices (USD) rose", "a result (see Table 2)",
                                  "Apple, or AAPL, rose", "the firm, or IBM, said", "talks with Spain, or Italy, ended",
                                  "CEO Jane Roe (pictured) spoke"])
def test_no_definition(text: str) -> None:
    assert find_definitions(text) == []


def quotes(*texts: str) -> list[tuple[str, str | None]]:
    facts, _ = facts_of(*texts)
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    return [(f.text, names.get(f.entity_id)) for f in of_kind(facts, "quote")]


def test_speaker_before_and_after() -> None:
    got = quotes("Finance Minister Ana Ruiz said: “We will cut taxes next year.”")
    assert got == [("We will cut taxes next year", "Ana Ruiz")]
    assert quotes("\"The market is calm,\" said Paul Meyer.") == [("The market is calm", "Paul Meyer")]


def test_partial_quote_after_a_verb_of_speech() -> None:
    text = "Ambassador Chen Wei praised the deal and noted that it aims to “open new markets for farmers” soon."
    assert quotes(text) == [("open new markets for farmers", "Chen Wei")]


def test_speaker_of_the_sentence_before() -> None:
    # "Brazil hopes for ..." names no person: the quote continues what the President said just before
    got = quotes("President Lula da Silva said the summit went well. Brazil hopes for “lasting peace and trade.”")
    assert got == [("lasting peace and trade", "Lula da Silva")]


def test_scare_quotes_are_not_quotes_and_no_speaker_is_invented() -> None:
    assert quotes("The so-called “reset” failed.") == []
    # a short phrase that nobody is said to speak is a title or a theme, not speech
    assert quotes("The summit, themed “Peace through dialogue”, opened.") == []
    assert quotes("Critics call it “oxygen bar” science.") == []
    assert quotes("The band played “Takin’ It to the Streets.”") == []


def test_pronoun_speaker_is_the_person_named_before() -> None:
    got = quotes("Governor Amy Chen visited the plant.", "“We will rebuild it,” she said.")
    assert got == [("We will rebuild it", "Amy Chen")]



def test_pronoun_after_the_verb_names_the_person_before() -> None:
    assert quotes("Mayor Ines Duarte toured the site.", "“The bridge opens in May,” replied she.") == [
        ("The bridge opens in May", "Ines Duarte")]


def test_paragraph_order_is_numeric_not_the_order_of_id_strings() -> None:
    # past 9,999 paragraphs the IDs outgrow their padding: "p10000" sorts before "p9999" as text
    texts = ["Governor Amy Chen visited the plant.", "“We will rebuild it by 2027,” she said."]
    paras = [Paragraph("doc", pid, seq, "body", None, t, [(0, len(t))])
             for seq, (pid, t) in enumerate(zip(["doc-p9999", "doc-p10000"], texts, strict=True))]
    facts, _ = extract(Context("doc", Metadata(), paras, [s for p in paras for s in sentences(p)]))
    assert [f.paragraph_id for f in facts] == sorted((f.paragraph_id for f in facts), key=lambda i: i != "doc-p9999")
    names = {f.entity_id: f.value for f in of_kind(facts, "entity")}
    assert [names.get(f.entity_id) for f in of_kind(facts, "quote")] == ["Amy Chen"]


def test_the_listener_is_never_the_speaker() -> None:
    got = quotes("Apple chief Tim Cook met Marc Benioff on stage.",
                 "“You have built something rare,” Cook told Benioff.", "“I run my business on my phone,” he told Cook.")
    assert got == [("You have built something rare", "Tim Cook"), ("I run my business on my phone", "Marc Benioff")]


def test_a_participle_takes_the_sentence_subject_and_a_quote_runs_on() -> None:
    got = quotes("Coach Bruce Boudreau gave a talk Tuesday, telling them to “believe in yourselves and the team.”",
                 "“We have beaten good teams this year,” he said.",
                 "“And I said the same thing in Washington when I took over.”")
    assert [speaker for _, speaker in got] == ["Bruce Boudreau"] * 3


def test_the_speaker_of_another_sentence_in_the_paragraph() -> None:
    got = quotes("Privacy is “a fundamental human right” for the company. Another value is stewardship, Tim Cook said.")
    assert got == [("a fundamental human right", "Tim Cook")]


def test_a_name_inside_the_quote_is_not_its_speaker() -> None:
    got = quotes("“I told Maria Lopez we would win the vote tomorrow,” she said.")
    assert got == [("I told Maria Lopez we would win the vote tomorrow", None)]


def test_one_word_is_a_quote_only_as_a_sentence_of_its_own() -> None:
    assert quotes("He returned the cash he got from the use of “We.”") == []
    got = quotes("Senator Ann Ruiz spoke. “Give me a big win,” she said. “Please.”")
    assert got == [("Give me a big win", "Ann Ruiz"), ("Please", "Ann Ruiz")]


def test_a_pronoun_subject_with_an_adverb_before_its_verb_and_a_listener_after() -> None:
    got = quotes("Prince Andrew gave an interview to the BBC.",
                 "He instead told the BBC interviewer: “I had to go and see him and talk to him.”")
    assert got == [("I had to go and see him and talk to him", "Prince Andrew")]


def test_a_surname_opening_the_sentence_is_the_person_named_in_full() -> None:
    got = quotes("Gov. Kristi Noem launched the campaign on Monday.",
                 "Noem later tweeted that the epidemic “needs to be a dinner table conversation,” adding more.")
    assert got == [("needs to be a dinner table conversation", "Kristi Noem")]
    # an opening capital that is no one's surname names no one: the sentence's organization is not taken
    got = quotes("Officials later said the agency Fema “had done everything it could”.")
    assert [speaker for _, speaker in got] != ["Officials"]


def test_the_employer_of_an_unfound_speaker_is_not_the_speaker() -> None:
    got = quotes("“Organics are very important for life on Titan,” said geologist Rosaly Lopes of NASA.")
    assert [speaker for _, speaker in got] != ["NASA"]
    # with no name before it, the organization after the preposition is the one that speaks
    got = quotes("“We are cooperating in the matter,” said a spokesperson for Microsoft.")
    assert [speaker for _, speaker in got] == ["Microsoft"]


def test_the_company_said_is_the_organization_named_before() -> None:
    got = quotes("WeWork is based in New York.",
                 "A company spokesperson said in an email that “we have received an inquiry and are cooperating.”")
    assert got == [("we have received an inquiry and are cooperating", "WeWork")]


def test_an_anonymous_source_is_no_spokesperson() -> None:
    # "a Pentagon spokesman" speaks for the Pentagon; "a Pentagon source" is someone unnamed
    got = quotes("The Pentagon issued new rules on Monday. “We will not comment on them,” a Pentagon source said.")
    assert got == [("We will not comment on them", None)]
    got = quotes("The Pentagon issued new rules on Monday. “We will not comment on them,” a Pentagon spokesman said.")
    assert got == [("We will not comment on them", "Pentagon")]


def test_a_short_capitalized_name_in_quotes_is_not_speech_beside_a_verb() -> None:
    # "the union said" names a speaker (the United Auto Workers), yet "Big Three" is a name, not words said
    got = quotes("The United Auto Workers reached a deal.",
                 "The deal followed strikes at Detroit's \"Big Three\" automakers, the union said.")
    assert got == []


@pytest.mark.parametrize("text", [
    "We merged section 4.2 (“Keeping logs on a remote host”) into the chapter on auditing.",
    "See Section 7.1, “Choosing a strong passphrase for the disk”, before you start.",
    "I rewrote the “what to do after a break-in” section, as a reader asked.",
    "The idea came up in the “Why does the installer ask this?”) thread last year.",
    "Her essay, titled “How the river changed the town forever”, won the prize.",
])
def test_the_title_of_a_part_of_a_document_is_no_quote(text: str) -> None:
    assert quotes(text) == []


def test_speech_beside_a_section_word_stays_speech() -> None:
    # the verb of speech tags the words: "section" after them is the speaker's noun, not a title's
    assert quotes("“We will close the old section of the hospital,” the director said.")[0][0].startswith("We will")


@pytest.mark.parametrize(("text", "short", "long"), [
    ("Only release-critical (RC) bugs block the release.", "RC", "release-critical"),
    ("The printer came from Hewlett-Packard (HP) in 1984.", "HP", "Hewlett-Packard"),
])
def test_a_hyphen_joins_the_words_of_a_long_form(text: str, short: str, long: str) -> None:
    assert [(d.short, d.long) for d in find_definitions(text)] == [(short, long)]


def test_one_word_is_still_no_long_form() -> None:
    assert find_definitions("The Commission (COM) met.") == []


def test_an_english_possessive_is_no_elided_article() -> None:
    # "women's" keeps its initial: only the elided articles the languages list ("l'", "d'") drop off a word
    assert [(d.short, d.long) for d in find_definitions("MWH (minority women's health) grew.")] == [
        ("MWH", "minority women's health")]
