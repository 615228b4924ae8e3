"""Rules for report layouts, ninth round (issue 15: paragraphs of held-out reports), each on a small text written
for it: a footnote's mark raised on the text route as on the PDF route, one note printed on two pages, bylines
without a label, a byline's institution set apart, and a sentence running on in lower case past a line that
stops short (a block quote set to a narrower measure)."""
from __future__ import annotations

from scoexport.clean.bylines import names_line
from scoexport.page_numbers import one_numbering, page_number_patterns
from scoexport.segment import split_sentences
from scoexport.text import ends_sentence, raised_mark

from .test_clean import FILLER, kinds, run, wrap


def _page(body: str, note: str, number: int) -> str:
    return f"{wrap(FILLER)}\n{body}\n\n{note}\n\n{number}\n\f"


def test_a_footnote_mark_is_written_raised_where_its_note_is_found() -> None:
    one = _page("Tickets go on sale on Friday, Dec. 6.1 The band will\nplay in 12 cities.", "1 Figures as reported.", 1)
    blocks, _, _ = run("Harbour Tariffs\n\n" + one + _page("It was sold out.", "", 2))
    body = " ".join(b.text for b in blocks if b.kind == "body")
    assert "Friday, Dec. 6.¹ The band will play in 12 cities." in body  # a mark, not the decimal 6.1
    assert [b.text for b in blocks if b.kind == "footnote"] == ["1 Figures as reported."]


def test_a_number_no_note_points_to_stays_as_written() -> None:
    page = _page("The rate rose to 6.1 in May and to 12.1-inch screens.", "", 1)
    blocks, _, _ = run("Harbour Tariffs\n\n" + page + page)
    assert all("¹" not in b.text for b in blocks)


def test_a_note_printed_on_two_pages_is_a_footnote_not_a_running_footer() -> None:
    note = "See the institute's earlier briefing on the subject."
    one = _page("The board met again in May.1 It agreed.", f"1 {note}", 1)
    two = _page("The dues were raised in June.2 It was late.", f"2 {note}", 2)
    blocks, artifacts, _ = run("Harbour Tariffs\n\n" + one + two)
    assert [b.text for b in blocks if b.kind == "footnote"] == [f"1 {note}", f"2 {note}"]
    assert not any(note in a.text for a in artifacts)
    assert any(b.text.endswith("It was late.") and "June.² It" in b.text for b in blocks)


def test_a_running_footer_with_the_page_number_still_repeats() -> None:
    pages = "".join(f"{wrap(FILLER)}\nThat was page {n}.\n\n{n} Annual Review of the Harbour\n\f" for n in (1, 2, 3))
    _, artifacts, _ = run("Harbour Tariffs\n\n" + pages)
    assert {a.text for a in artifacts} >= {"1 Annual Review of the Harbour", "3 Annual Review of the Harbour"}


def test_a_raised_mark_ends_a_sentence() -> None:
    assert raised_mark("12") == "¹²"
    assert ends_sentence("the service.¹") and ends_sentence("a “gas chamber.”²")
    assert split_sentences("He led the rollout.¹ He is seen as a successor. It rose 6.1 percent.") == [
        "He led the rollout.¹", "He is seen as a successor.", "It rose 6.1 percent."]


def test_names_lines() -> None:
    for text in ("Jonas Okafor | Policy Analyst", "Farid Chen and Oliver Kowalczyk", "Helen Brennan, Senior Fellow",
                 "Daniel Whitfield & Mei Ortega"):
        assert names_line(text), text
    for text in ("Key Findings", "Harbour Tariffs Rise Again", "Daniel said it was late.", "Head of Programme",
                 "Oliver Twist Returns to the Stage in London"):
        assert names_line(text) is None, text


def test_bylines_without_a_label_under_the_title() -> None:
    for byline, date in (("Jonas Okafor | Policy Analyst", "2017-10-22"), ("Farid Chen and Oliver Kowalczyk", "")):
        text = f"Harbour Tariffs Rise\n{byline}\n{date}\n\n{wrap(FILLER)}\n".replace("\n\n\n", "\n\n")
        blocks, _, meta = run(text)
        assert kinds(blocks)[1] == ("byline", byline)
        assert meta.authors and meta.authors[0] == byline.split(" |")[0].split(" and")[0]
    # one name alone under the title, then the body: no evidence it is a byline rather than a subtitle
    blocks, _, _ = run(f"Harbour Tariffs Rise\n\nOliver Chen\n\n{wrap(FILLER)}\n")
    assert ("byline", "Oliver Chen") not in kinds(blocks)


def test_names_joined_by_another_languages_and_make_a_byline() -> None:
    assert names_line("Jean Dupont et Marie Curie") == (2, False)
    assert names_line("Jonas Okafor | Policy Analyst") == (1, True)
    for byline in ("Jean Dupont et Marie Curie", "Hans Müller und Anna Schmidt"):
        blocks, _, _ = run(f"Harbour Tariffs Rise\n\n{byline}\n\n{wrap(FILLER)}\n")
        assert kinds(blocks)[1] == ("byline", byline), kinds(blocks)[:3]


def test_a_paragraph_opening_with_a_name_and_a_comma_is_no_byline() -> None:
    # the first line of a paragraph whose sentence runs on into its next line: prose, whatever its shape
    text = ("In Memory of a Founder\n\nOliver Chen, the founder of the harbour trust, passed away on 3rd March\n"
            "2019 at his home by the sea. He was 61.\n\nHe led the trust for twenty years.\n")
    blocks, _, meta = run(text)
    assert all(kind != "byline" for kind, _ in kinds(blocks))
    assert any(kind == "body" and "passed away on 3rd March 2019" in body for kind, body in kinds(blocks))
    assert not meta.authors


def test_a_bylines_institution_set_apart_and_a_heading_in_capitals() -> None:
    text = ("Harbour Tariffs Rise\nBy Jane Morrow\n\nQuarry Hill Centre for Regional Studies\n\n"
            f"{wrap(FILLER)}\n")
    blocks, _, _ = run(text)
    assert ("byline", "Quarry Hill Centre for Regional Studies") in kinds(blocks)
    blocks, _, _ = run(f"Harbour Tariffs Rise\nBy Jane Morrow\n\nIMPLICATIONS FOR THE COUNCIL\n\n{wrap(FILLER)}\n")
    assert ("byline", "IMPLICATIONS FOR THE COUNCIL") not in kinds(blocks)


QUOTE = ("The most important thing is that we lost the game, the captain said after the match in the northern "
         "city, and we did not play well as a defense, as we all know.")


def test_a_block_quote_set_narrower_is_one_paragraph() -> None:
    paragraphs = [FILLER + " " + FILLER, QUOTE, FILLER + " That was all of it."]
    text = "Harbour Tariffs\n\n" + "\n".join([wrap(paragraphs[0]), wrap(QUOTE, 52), wrap(paragraphs[2])]) + "\n"
    blocks, _, _ = run(text)
    assert [b.text for b in blocks if b.kind == "body"] == paragraphs


def test_short_items_in_lower_case_stay_apart() -> None:
    items = ["two ripe pears, peeled", "one cup of brown sugar", "a pinch of ground cloves"]
    text = "Harbour Tariffs\n\n" + wrap(FILLER + " " + FILLER) + "\nYou will need:\n" + "\n".join(items) + "\n"
    blocks, _, _ = run(text)
    assert [b.text for b in blocks if b.kind == "body"][-3:] == items


def test_roman_page_numbers_are_written_in_one_case() -> None:
    bare, _ = page_number_patterns()
    assert all(bare.match(t) for t in ("iv", "IV", "Page iii", "PAGE XII", "- ii -"))
    assert not any(bare.match(t) for t in ("Iv", "iV", "Ix"))
    assert one_numbering(["ii", "iii", "3"], 3) == [True, True, True]
    assert one_numbering(["1", "I", "3"], 3) == [True, False, True]  # one capital I among digits: content
    assert one_numbering(["I", "II", "iii"], 3) == [True, True, False]
    assert one_numbering(["i"], 1) == [True]  # a one-page document's only number


def test_a_lone_capital_i_at_a_page_edge_of_a_text_numbered_in_digits_stays() -> None:
    one = f"{wrap(FILLER)}\nThat was the first part.\n\n1\n\f"
    two = f"I\n\n{wrap(QUOTE)}\nThat was the second part.\n\n2\n\f"
    _, artifacts, _ = run("Harbour Tariffs\n\n" + one + two)
    assert "I" not in {a.text for a in artifacts}
    assert {"1", "2"} <= {a.text for a in artifacts}
