"""Rules for report layouts the pdftext set does not hold (issue: reports8), each on a small text written for it:
hyphenated lines pdftotext ran together, footnotes at a page's foot, tables read cell by cell, roman page
numbers and copyright footers, letterheads in any case above the title, a byline's second line, and
footnote marks closing a sentence."""
from __future__ import annotations

from scoexport.clean.bylines import is_byline
from scoexport.clean.measure import fit_measure
from scoexport.clean.tables import merge_tables
from scoexport.page_numbers import page_number_patterns
from scoexport.records import Block, Line
from scoexport.text import ends_sentence

from .test_clean import FILLER, kinds, run, wrap

SENTENCES = [
    "The harbour board met on Tuesday to weigh the new tariffs for container traffic.",
    "Members from the northern ports asked for a delay of one year before the change.",
    "The chair said that a decision would be taken after the summer recess at the latest.",
    "Shipping firms have warned that higher dues could push cargo to rival ports abroad.",
]


def ragged(paragraphs: list[str], width: int = 60) -> list[str]:
    """Paragraphs set ragged right at `width` characters, every sixth line run together with the next one as
    pdftotext does after a hyphenated line end; returns the lines."""
    lines: list[str] = []
    for text in paragraphs:
        lines += wrap(text, width).split("\n")
    joined: list[str] = []
    k = 0
    while k < len(lines):
        if k % 6 == 4 and k + 1 < len(lines) and not ends_sentence(lines[k]):
            joined.append(f"{lines[k]} {lines[k + 1]}")
            k += 2
        else:
            joined.append(lines[k])
            k += 1
    return joined


def test_lines_run_together_do_not_widen_the_measure() -> None:
    lines = ragged([" ".join(SENTENCES * 3)] * 4)
    assert sum(len(ln) > 90 for ln in lines) >= 5  # the sample does hold lines run together
    measure = fit_measure(lines, ["wrap"] * (len(lines) - 1))
    assert measure is not None
    widths = sorted(measure.text(ln) for ln in lines if len(ln) <= 60)
    # the set width is a single line's, not a pair's: no single line is much narrower than it
    assert measure.width <= widths[-1] * 1.05


def test_ragged_paragraphs_with_lines_run_together_keep_their_breaks() -> None:
    paragraphs = [" ".join(SENTENCES[k:] + SENTENCES[:k]) + " That was all." for k in range(4)] * 2
    text = "Harbour Tariffs\n\n" + "\n".join(ragged(paragraphs)) + "\n"
    blocks, _, _ = run(text)
    assert [b.text for b in blocks if b.kind == "body"] == paragraphs


PAGE_ONE = (f"{wrap(FILLER)}\nThe board met again in May.1 It agreed on the\n"
            "\n1 Minutes of the board, 3 May 2021.\n\n1\n\f")
PAGE_TWO = f"new tariffs after a long debate.\n{wrap(FILLER)}\n\n2\n\f"


def test_footnotes_at_a_page_foot_leave_the_running_text() -> None:
    blocks, _, _ = run("Harbour Tariffs\n\n" + PAGE_ONE + PAGE_TWO)
    notes = [b.text for b in blocks if b.kind == "footnote"]
    assert notes == ["1 Minutes of the board, 3 May 2021."]
    body = [b.text for b in blocks if b.kind == "body"]
    assert any("It agreed on the new tariffs after a long debate." in t for t in body)


def test_a_numbered_line_no_mark_points_to_is_no_footnote() -> None:
    page = f"{wrap(FILLER)}\nThe board met again in May. It agreed.\n\n1 Minutes of the board, 3 May 2021.\n\n1\n\f"
    blocks, _, _ = run("Harbour Tariffs\n\n" + page + PAGE_TWO)
    assert not [b for b in blocks if b.kind == "footnote"]


def test_roman_page_numbers_and_copyright_footers_are_furniture() -> None:
    bare, _ = page_number_patterns()
    assert all(bare.match(t) for t in ("ii", "iv", "xiv", "Page iii"))
    assert not any(bare.match(t) for t in ("civic", "ill", "mix", "vi."))
    pages = "".join(f"{wrap(FILLER)}\nThat was page {n}.\n\n© 2021 Harbour Board\n\n{roman}\n\f"
                    for n, roman in enumerate(["i", "ii", "iii"], 1))
    blocks, artifacts, _ = run("Harbour Tariffs\n\n" + pages)
    assert not any("©" in b.text or b.text in ("i", "ii", "iii") for b in blocks)
    assert {a.text for a in artifacts} >= {"© 2021 Harbour Board", "i", "ii", "iii"}


def _blocks(texts: list[str]) -> list[Block]:
    return [Block([Line(t, n * 10, n * 10 + len(t), 0)], text=t) for n, t in enumerate(texts)]


def test_a_run_of_number_cells_is_one_table_and_a_list_of_words_is_not() -> None:
    cells = ["Indicator", "2019", "2020", "2021", "Output", "45.1", "55.5", "86.5", "Jobs", "59.4", "84.3", "49.4"]
    merged = merge_tables(_blocks(["Some prose before the table, as a sentence.", *cells, "Prose after."]))
    assert [b.kind for b in merged] == ["body", "table", "body"]
    assert merged[1].text == " ".join(cells)
    items = ["Apples", "Pears", "Plums", "Cherries", "Quinces", "Medlars", "Sloes"]
    assert [b.kind for b in merge_tables(_blocks(items))] == ["body"] * len(items)


def test_a_numbered_table_label_opens_a_caption() -> None:
    text = (f"Harbour Tariffs\n\n{wrap(FILLER)}\n\nTable 1: Selected indicators\n\nIndicator\n\n2019\n\n2020\n\n"
            f"Output\n\n45.1\n\n55.5\n\nJobs\n\n59.4\n\n84.3\n\n{wrap(FILLER)}\n")
    blocks, _, _ = run(text)
    assert ("caption", "Table 1: Selected indicators") in kinds(blocks)
    assert ("table", "Indicator 2019 2020 Output 45.1 55.5 Jobs 59.4 84.3") in kinds(blocks)


def test_a_letterhead_in_title_case_and_a_first_page_header_above_the_title() -> None:
    text = ("Confidential\n\nKestrel Bay Society for Harbour Studies\n4 Mill Lane, Kestrel Bay\n\n"
            "Harbour Tariffs Rise for the First Time\nin a Decade\nBy Jane Morrow\nPublished on 3 May 2021\n\n"
            f"{wrap(FILLER)}\n")
    _, artifacts, meta = run(text)
    assert meta.title == "Harbour Tariffs Rise for the First Time in a Decade"
    assert {"Kestrel Bay Society for Harbour Studies", "Confidential"} <= {a.text for a in artifacts}


def test_a_standfirst_between_title_and_byline_is_no_letterhead() -> None:
    text = ("Harbour Tariffs Rise\n\nThe board agreed on new dues for every ship calling at the port from June "
            "onwards, after a long debate.\n\nBy Jane Morrow\n\n" + wrap(FILLER) + "\n")
    _, _, meta = run(text)
    assert meta.title == "Harbour Tariffs Rise"


def test_a_bylines_second_line_gives_role_and_institution() -> None:
    text = ("Harbour Tariffs Rise\nBy Jane Morrow\nHead of Programme, Kestrel Bay Society\nFebruary 24, 2021\n\n"
            f"{wrap(FILLER)}\n")
    blocks, _, meta = run(text)
    assert [k for k, _ in kinds(blocks)][:4] == ["title", "byline", "byline", "dateline"]
    assert str(meta.published_date)[:10] == "2021-02-24"
    assert meta.authors == ["Jane Morrow"]


def test_a_footnote_mark_after_the_full_stop_still_ends_the_sentence() -> None:
    assert ends_sentence("the gas chamber.”2") and ends_sentence("in the first match.1")
    assert not ends_sentence("version 2.1") and not ends_sentence("Amazon:1") and not ends_sentence("top 10")


def test_a_month_heading_later_pages_and_a_footer_run_into_the_paragraph_are_furniture() -> None:
    one = f"{wrap(FILLER)}\nThe board met again in May and it agreed on the\nwww.harbour.org\n\nPage 1\n\f"
    two = f"March 2021\n\nnew tariffs after a long debate.\n{wrap(FILLER)}\n\nwww.harbour.org\n\nPage 2\n\f"
    blocks, artifacts, _ = run("Harbour Tariffs\n\n" + one + two)
    assert {"March 2021", "www.harbour.org"} <= {a.text for a in artifacts}
    assert any("it agreed on the new tariffs after a long debate." in b.text for b in blocks)


def test_labelled_bylines() -> None:
    for text, names in (("Author: Jane Morrow", ["Jane Morrow"]), ("Prepared by Jane Morrow, Senior Fellow", ["Jane Morrow"])):
        _, _, meta = run(f"Harbour Tariffs Rise\n{text}\n\n{wrap(FILLER)}\n")
        assert meta.authors == names
    assert not is_byline("Author Jane Morrow wrote the first draft in a week.")


def test_a_heading_set_right_above_its_section_after_a_table_is_no_cell_of_the_table() -> None:
    cells = ["Indicator", "2014", "2015", "2020", "Output", "72.9", "99.0", "18.1", "Jobs", "50.0", "19.0", "16.0",
             "Visitors", "56.3", "35.3", "93.2"]
    table = "\n\n".join(cells)
    text = f"Harbour trade figures\n\n{wrap(FILLER)}\n\n{table}\n\n5. SUMMARY\n{wrap(FILLER)}\n"
    blocks, _, _ = run(text)
    found = kinds(blocks)
    assert ("table", " ".join(cells)) in found
    assert found[found.index(("table", " ".join(cells))) + 1] == ("heading", "5. SUMMARY")


def test_a_table_of_contents_is_no_body_and_its_chapter_numbers_no_headings() -> None:
    # pdftotext sets a manual's contents so: a chapter's number on a line of its own, then its title, leader, page
    contents = ["1", "About This Document . . . . . . . . . . . . . . . . . . . 1", "2",
                "Getting Help . . . . . . . . . . . . . . . . . . . . . . . . . . . 1",
                "6.1 Copyright Papers . . . . . . . . . . . . . . . . . . . . . . 3",
                "3.4.1. Purpose ................................................. 6"]
    text = "Information for Maintainers\n\nTable of Contents\n\n" + "\n\n".join(contents) + f"\n\n{wrap(FILLER)}\n"
    blocks, _, _ = run(text)
    found = dict((b.text, b.kind) for b in blocks)
    assert all(found[entry] == "table" for entry in contents if "." in entry)
    assert found["1"] != "heading" and found["2"] != "heading"
