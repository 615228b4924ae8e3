"""Towns placed by a preposition of the text's own language, and towns whose names are spelled with the marks of
their country's language (scripts/build_gazetteers.py `_own_town_name`): both are taken where a text places them."""
from __future__ import annotations

from scoexport.extract.gazetteer import find


def _places(text: str, language: str) -> list[str]:
    return [text[h.start:h.end] for h in find(text, language == "de", language)]


def test_a_german_preposition_of_place_places_a_town_in_a_german_text() -> None:
    text = "Der Chor reiste im Mai aus Göppingen an, die Probe fand dann bei Lörrach statt."
    assert _places(text, "de") == ["Göppingen", "Lörrach"]


def test_a_german_preposition_places_no_town_in_an_english_text() -> None:
    # "bei" is no English word: in English prose the town is still taken only after an English preposition
    text = "The choir sang 'Lieder bei Lörrach' and moved to Göppingen."
    assert _places(text, "en") == ["Göppingen"]


def test_a_town_named_with_its_languages_marks_is_known_where_placed() -> None:
    # umlauts and accents spell no English word, so such a town is no word the English lists would have to vouch for
    assert _places("Das Werk zog 2019 nach Nürtingen.", "de") == ["Nürtingen"]
    assert _places("The plant moved to Nürtingen in 2019.", "en") == ["Nürtingen"]
    # and not where nothing places it: out of context a name is as often a surname or a word
    assert _places("Nürtingen und die anderen Werke", "de") == []


def test_a_preposition_that_also_opens_a_noble_name_places_nothing() -> None:
    # 'von' opens noble names ("Otto von Bismarck"), so it is no preposition of place here
    assert _places("ein Brief von Lörrach", "de") == []


def test_a_word_naming_an_event_after_a_german_preposition_is_no_town() -> None:
    # "nach" is 'after' as well as 'to': an event after it ("nach Ende der Frist", an Indonesian town's name too)
    # or a common noun ("aus Angst") is what the preposition governs, not a destination
    assert _places("Zwei Tage nach Ende der Frist kam die Antwort.", "de") == []
    assert _places("Zwei Tage nach Ende kam die Antwort.", "de") == []
    assert _places("Zwei Tage später zog sie nach Göppingen.", "de") == ["Göppingen"]
