"""Another language's pronoun subject (session 11 review): a pronoun after the verb yields to a name written there
and to an impersonal phrase ("il y a": "ago"); a pronoun goes to a person whose given name is of its sex before one of
unknown sex; and after a sentence whose subject is a body ("Der Verband kritisiert ..."), "Er fordert:" names no one.

Every case is a sentence written for the test, not copied from an evaluation file.
"""
from __future__ import annotations

from scoexport.extract.speech_verbs import Speech, pronoun_after

from .test_quotes_s11 import quotes


def test_il_y_a_after_the_verb_is_ago_and_the_name_after_it_speaks() -> None:
    got = quotes("Le maire Jean Dupont a visité l'usine lundi.",
                 "« Nous avons besoin de plus d'ingénieurs », a déclaré il y a deux semaines la ministre Marie Curie.",
                 language="fr")
    assert got == [("Nous avons besoin de plus d'ingénieurs", "Marie Curie")]


def test_a_capitalized_pronoun_word_after_the_verb_opens_a_name_not_a_pronoun() -> None:
    got = quotes("Statsminister Jonas Gahr Støre besøkte Seoul mandag.",
                 "«Jeg skriver om det som gjør vondt», sier Han Kang til avisen.", language="no")
    assert [speaker for _, speaker in got] != ["Jonas Gahr Støre"]


def test_the_pronoun_after_the_verb_is_in_lower_case_and_before_no_name() -> None:
    text = "«Vi ønsker fred», sier Hun Sen. «Vi ønsker fred», sier hun."
    verb_one, verb_two = text.index("sier"), text.rindex("sier")
    assert pronoun_after(text, Speech(verb_one, verb_one + 4, "sier"), "no") is None
    assert pronoun_after(text, Speech(verb_two, verb_two + 4, "sier"), "no") == "she"
    spanish = "«Necesitamos más ingenieros», dijo Ella Baker en la reunión."
    verb = spanish.index("dijo")
    assert pronoun_after(spanish, Speech(verb, verb + 4, "dijo"), "es") is None


def test_a_pronoun_goes_to_the_person_of_its_sex_before_one_of_unknown_sex() -> None:
    got = quotes("Marie Curie a visité l'usine lundi avec Jean Dupont.",
                 "Elle a ajouté : « Nous avons besoin de plus d'ingénieurs. »", language="fr")
    assert got == [("Nous avons besoin de plus d'ingénieurs", "Marie Curie")]


def test_a_german_pronoun_after_a_sentence_with_a_body_as_subject_names_no_one() -> None:
    got = quotes("Verbandschef Thomas Müller stellte am Montag den Jahresbericht vor.",
                 "Der Verband kritisiert die Landesregierung scharf. Er fordert: „Mehr Geld für die Schulen im ganzen "
                 "Land.“", language="de")
    assert got == [("Mehr Geld für die Schulen im ganzen Land", None)]


def test_a_french_pronoun_after_a_sentence_with_a_council_as_subject_names_no_one() -> None:
    got = quotes("Le maire Jean Dupont a présenté le projet lundi. Le conseil municipal l'a rejeté.",
                 "Il a estimé : « Ce projet coûte beaucoup trop cher pour la commune. »", language="fr")
    assert got == [("Ce projet coûte beaucoup trop cher pour la commune", None)]


def test_a_body_of_the_other_gender_leaves_the_pronoun_its_person() -> None:
    got = quotes("Le maire Jean Dupont a visité l'usine lundi.",
                 "La direction a réagi. Il a déclaré : « Nous avons besoin de plus d'ingénieurs. »", language="fr")
    assert got == [("Nous avons besoin de plus d'ingénieurs", "Jean Dupont")]


def test_a_sentence_that_names_a_person_leaves_the_pronoun_its_person() -> None:
    got = quotes("Le maire Jean Dupont a présenté le projet lundi.",
                 "Le conseil municipal a écouté Jean Dupont. Il a estimé : « Ce projet coûte trop cher pour la "
                 "commune. »", language="fr")
    assert got == [("Ce projet coûte trop cher pour la commune", "Jean Dupont")]


def test_a_spanish_verb_before_a_name_we_did_not_find_is_not_the_last_speakers() -> None:
    got = quotes("El alcalde Juan Pérez visitó la fábrica el lunes. «Hay que invertir más en la formación», dijo "
                 "Juan Pérez.", "«Necesitamos más ingenieros en la región», dijo Ella Baker en la reunión.",
                 language="es")
    assert ("Necesitamos más ingenieros en la región", "Juan Pérez") not in got


def test_a_page_tagged_in_another_norwegian_code_reads_bokmals_pronouns() -> None:
    # pages tag Norwegian "no" or "nn"; the pronouns are filed once, under Bokmål's "nb" (clean.language.language_alias)
    from scoexport.extract.speech_verbs import _subject_pronouns

    assert _subject_pronouns("no") is not None and _subject_pronouns("nn") is not None
    assert _subject_pronouns("no")[0] == _subject_pronouns("nb")[0]
