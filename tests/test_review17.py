"""The session's final read (seventeenth): rules that had reached past their cause, each held to it."""
from __future__ import annotations

from scoexport.clean.document import infer_metadata
from scoexport.clean.sessions import session_line
from scoexport.extract import speech_marks
from scoexport.extract.gazetteer import Entry, Hit
from scoexport.extract.identifiers.named_versions import document_versions
from scoexport.extract.not_names import product_after
from scoexport.records import Block, Metadata


def _after(text: str, name: str, kind: str) -> int | None:
    i = text.index(name)
    return product_after(text, Hit(i, i + len(name), Entry(kind, name, None), "test"))


def test_a_number_a_name_counts_or_scales_is_no_release() -> None:
    assert _after("She joined Contoso 12 years ago.", "Contoso", "organization") is None
    assert _after("Fabrikam 3.5 billion in sales", "Fabrikam", "organization") is None
    assert _after("Endstand: Hertha 3, Bochum 1", "Hertha", "organization") is None
    assert _after("Ana Lopez 10.42 in the final", "Ana Lopez", "person") is None  # a time, not a release
    assert _after("Acme OS 4.2 was released in May", "Acme OS", "organization") is not None
    assert _after("after the upgrade to Acme OS 9.", "Acme OS", "organization") is not None


def test_a_short_sentence_in_quotes_is_no_title() -> None:
    assert not speech_marks._title_case("I met Lena and Omar".split())
    assert speech_marks._title_case("Notes for Windows Users".split())


def test_quoted_mail_is_no_r_session() -> None:
    assert not session_line("> Thanks for the fix (and the tests)")
    assert not session_line("> See note [2] below")
    assert session_line("> totals <- c(3, 4)")
    assert session_line("> summary(totals)")


def test_a_figure_number_is_no_version() -> None:
    assert "3.1" not in document_versions(["As Figure 3.1 shows, the rate rose to 3.1 in May."], "en")
    assert "3.1" in document_versions(["Acme 3.1 adds a new parser."], "en")


def test_a_web_page_team_byline_is_no_title_page_credit() -> None:
    blocks = [Block([], kind="title", text="Flooding closes the coast road"), Block([], kind="byline", text="News Desk")]
    assert infer_metadata(blocks, Metadata(), paged=False).authors == []
    blocks = [Block([], kind="title", text="A Manual"), Block([], kind="byline", text="Acme Documentation Team")]
    assert infer_metadata(blocks, Metadata()).authors == ["Acme Documentation Team"]
