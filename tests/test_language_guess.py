"""The text route's language guess tells apart languages beyond the seven the fact rules know, so a Polish or
Indonesian plain text does not get the English rules; and close relatives by the words only one of them uses."""
from __future__ import annotations

import pytest

from scoexport.clean.language import guess_language

EXAMPLES = [
    ("en", "The council said on Monday that the new bridge will be open to traffic by the end of the year, "
           "and that it has no plans to raise the toll."),
    ("pl", "Premier powiedział w poniedziałek, że rząd nie zamierza podnosić podatków, a nowy budżet jest już "
           "gotowy i zostanie przedstawiony w Sejmie przez ministra finansów."),
    ("id", "Pemerintah mengatakan bahwa jembatan yang baru itu akan dibuka untuk umum pada akhir tahun ini, dan "
           "tidak ada rencana untuk menaikkan tarif tol dengan segera."),
    ("da", "Regeringen siger, at den nye bro ikke bliver åbnet før til næste år, og at der er flere af de gamle "
           "planer, som man har opgivet."),
    ("nb", "Regjeringen sier at den nye brua ikke blir åpnet før neste år, og at det er flere av de gamle "
           "planene som man har gitt opp for å spare penger."),
    ("sv", "Regeringen säger att den nya bron inte kommer att öppnas förrän nästa år, och att det finns flera "
           "av de gamla planerna som man har gett upp."),
    ("cs", "Vláda v pondělí uvedla, že nový most bude otevřen do konce roku a že se zatím nepočítá se "
           "zvýšením mýtného, jak jsem již psal."),
    ("sk", "Vláda v pondelok uviedla, že nový most bude otvorený do konca roka a že sa zatiaľ nepočíta so "
           "zvýšením mýta, ako som už písal, čo bol aj plán."),
    ("tr", "Hükümet yeni köprünün yıl sonuna kadar trafiğe açılacağını ve bu konuda daha fazla bir açıklama "
           "yapılmayacağını söyledi, ama ne zaman olacağı belli değil."),
    ("fi", "Hallitus sanoi maanantaina, että uusi silta avataan liikenteelle vuoden loppuun mennessä, mutta "
           "tietullien korottamista ei ole suunniteltu, ja se on myös hyvä."),
    ("ru", "Правительство заявило в понедельник, что новый мост будет открыт для движения до конца года, и "
           "что повышать плату за проезд не планируется."),
]


@pytest.mark.parametrize(("language", "text"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_guesses_the_language_of_a_plain_paragraph(language: str, text: str) -> None:
    assert guess_language(text) == language


def test_names_and_headings_alone_are_no_evidence() -> None:
    assert guess_language("Warszawa Kraków Gdańsk") is None
    assert guess_language("") is None


def test_a_short_english_sentence_of_shared_function_words_stays_english() -> None:
    # "to" and "in" are also Polish, Czech, Dutch and German words: they count whole as evidence
    assert guess_language("The woman was taken to Conquest Hospital in St Leonards for treatment.") == "en"


def test_a_short_quotation_takes_its_documents_language() -> None:
    # a dozen words whose function words ("a", "i", "you", "in") half a dozen languages share
    quote = "Can you fix a bike in a day? I think so, sir."
    assert guess_language(quote, default="en") == "en"
    assert guess_language("Tak, tak.", default="pl") == "pl"  # too few words to tell at all


def test_a_paragraph_of_another_language_overrides_its_document() -> None:
    italian = ("Una fonte del Ministero della Difesa ha detto che la decisione non è stata presa e che il "
               "governo non ha ancora deciso nulla per la nuova base.")
    assert guess_language(italian, default="en") == "it"


def test_english_personal_words_count_for_english() -> None:
    assert guess_language("You said you would come, and I waited for you a long time.") == "en"


def test_letters_joined_by_stops_are_no_words() -> None:
    # "X.Y" and "A.B" are placeholders ("y", "a" are Spanish and Portuguese words)
    assert guess_language("Version: >= X.Y, << A.B; X.Y.Z or A.B.C", default="en") == "en"
    assert guess_language("Version: >= X.Y, << A.B; X.Y.Z or A.B.C y.a") is None
