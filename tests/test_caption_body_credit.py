"""A body paragraph that a parenthesized credit closes stays body text, its credit read for no facts; a short block
that the same credit closes is a caption (`clean.captions.is_caption`, `extract.credits.body_credit`). Paragraphs
written for the test as German and English news and club pages write them."""
from __future__ import annotations

import pytest

from scoexport.clean.captions import is_caption
from scoexport.extract.unread import CREDIT, unread_spans
from scoexport.pipeline import process
from scoexport.records import Paragraph

from .facts_util import facts_of, of_kind

_MUSEUM = ("Im Stadtmuseum Augsburg sind ab Samstag drei Meister der Renaissance zu sehen. Die Ausstellung zeigt "
           "Holzschnitte, Kupferstiche und Gemälde aus den Jahren um 1520 (Bilder von Albrecht Dürer, Lucas Cranach "
           "und Hans Holbein).")
_CLUB = ("Am Samstag übte die Freiwillige Feuerwehr Musterstadt gemeinsam mit der Jugendfeuerwehr aus Neudorf den "
         "Ernstfall. Rund dreißig Kameraden nahmen an der Übung teil, die Wehrführer Klaus Becker als gelungen "
         "bezeichnete. Im Anschluss gab es Würstchen vom Grill. (Fotos: FF Musterstadt)")


@pytest.mark.parametrize("text", [_MUSEUM, _CLUB])
def test_running_text_that_credits_its_pictures_is_no_caption(text: str) -> None:
    assert not is_caption(text)


@pytest.mark.parametrize("text", [
    "Der Bürgermeister bei der Eröffnung der Brücke (Bild: Jo Park / AP).",  # the credit inside its one sentence
    "Der Bürgermeister eröffnet die Brücke. Sie hat zwei Millionen Euro gekostet. (Bild: Jo Park / AP)",
    "Während der Sitzung demonstrierten draussen Hunderte. (Bild: Jo Park / AP)",
])
def test_a_short_block_a_credit_closes_is_a_caption(text: str) -> None:
    assert is_caption(text)


def test_a_body_paragraphs_closing_credit_is_read_for_nothing_else_is() -> None:
    para = Paragraph("doc", "doc-p0000", 0, "body", None, _CLUB, [(0, len(_CLUB))])
    spans = unread_spans([para])["doc-p0000"].spans
    assert [(_CLUB[s.start:s.end], s.why) for s in spans] == [("(Fotos: FF Musterstadt)", CREDIT)]
    facts, _ = facts_of(_CLUB)
    assert "Klaus Becker" in {f.value for f in of_kind(facts, "entity")}


def test_a_picture_shared_via_someone_in_body_text_is_read() -> None:
    text = "Die Außenministerin begrüßte die Delegation am Flughafen. (Foto via Hua Chunying/X)"
    assert unread_spans([Paragraph("doc", "doc-p0000", 0, "body", None, text, [(0, len(text))])]) == {}


def test_a_museum_page_keeps_its_paragraph_body_and_its_number() -> None:
    story = "".join(f"<p>Die Stadt zeigt in diesem Jahr {i + 2} Ausstellungen zur Kunst der Reformation.</p>"
                    for i in range(3))
    result = process(html=f"<html><head><title>Renaissance</title></head><body><article><h1>Renaissance in "
                          f"Augsburg</h1>{story}<p>{_MUSEUM}</p></article></body></html>")
    kinds = {p.text: p.kind for p in result.paragraphs}
    assert kinds[_MUSEUM] == "body"
    museum = next(p.paragraph_id for p in result.paragraphs if p.text == _MUSEUM)
    facts = [f for f in result.facts if f.paragraph_id == museum]
    assert "drei" in {f.text for f in facts if f.kind == "number"}
    assert not [f for f in facts if f.kind == "entity" and "Cranach" in f.text]
