"""A contents page as pdftotext reads it column by column (session 15): the titles of a block of entries with their
leaders, then their page numbers in a run of their own ("9 9 10 11 12"), section numbers alone between; and a
copyright page whose notice stands on a short line of its own, no full stop closing it. Neither gives running text
nor facts in the text route; each test fails on the code before its fix."""
from __future__ import annotations

from scoexport import process
from scoexport.clean.kinds import body_kind
from scoexport.contents import contents_rows, contents_span, is_contents_page
from scoexport.frontmatter import front_matter_pages
from tests.deadline import within

from .test_clean import wrap
from .test_manuals_text import _chapter_pages, _clean, _contents, _running

LEADER = " ." * 36
PROSE = ("A sundial tells the hour by the shadow its gnomon casts, and it must be set to the latitude of the garden "
         "where it stands, or it reads too early in summer and too late in winter.")
MORE = ("The water clock measures time by the flow of water from one vessel into another, and the level in the lower "
        "vessel gives the hours passed since it was filled in the morning.")


def _column_contents() -> list[str]:
    # the titles of two chapters' sections closed by leaders alone; their page numbers follow in a run, the next
    # chapter's number at its end
    return ["2", "Sundials", "2.1", "Setting the gnomon" + LEADER, "2.2", "Reading the shadow" + LEADER,
            "Correcting for the season" + LEADER, "Portable dials" + LEADER, "14 14 15 17 3",
            "Water Clocks", "3.1 Filling the vessel" + LEADER, "Marking the hours" + LEADER, "Winter and ice" + LEADER,
            "21 22 24"]


def test_a_contents_page_read_column_by_column_is_one() -> None:
    texts = _column_contents()
    assert is_contents_page(texts)
    assert all(contents_rows(texts)[n] for n, text in enumerate(texts) if "." in text or text[0].isdigit())
    assert contents_span(texts) == range(0, len(texts))
    # the brief's shape in full: a run of section numbers, a run of titles closed by leaders, a run of page numbers
    runs = ["3.1 3.2 3.3", "Filling the vessel" + LEADER, "Marking the hours" + LEADER, "Winter and ice" + LEADER,
            "21 22 24"]
    assert is_contents_page(runs) and all(contents_rows(runs))


def test_titles_closed_by_leaders_are_no_contents_without_a_column_of_numbers() -> None:
    # a checklist's fill-in lines: leaders, and no number set apart anywhere on the page
    texts = ["Checklist", "Name of the dial" + LEADER, "Place" + LEADER, "Latitude" + LEADER, "Maker" + LEADER]
    assert not is_contents_page(texts)


def _manual(contents: str) -> str:
    title = "The Clockmaker's Manual\n\nAnna Weber\n\n"
    chapter = f"1\n\n1 Sundials\n{wrap(PROSE)}\n\n{wrap(MORE)}\n\n{wrap(PROSE)}\n\n"
    return "\f".join([title, contents, chapter])


def test_a_contents_page_read_column_by_column_gives_no_running_text_nor_numbers() -> None:
    contents = "Contents\n\n" + "\n\n".join(_column_contents()) + "\n\n"
    blocks, _ = _clean(_manual(contents))
    running = _running(blocks)
    assert not any(LEADER.strip() in t or (t[:1].isdigit() and not t.startswith("1 Sundials")) for t in running)
    result = process(text=_manual(contents), name="manual.txt")
    numbers = [f.text for f in result.facts if f.kind in ("number", "date")]
    assert not any(n in ("14", "15", "17", "21", "22", "24", "2.1", "3.1") for n in numbers), numbers


def test_a_copyright_notice_on_a_line_of_its_own_is_no_heading() -> None:
    before = "This guide is for the Dial Tools, version 2.4 (2021-06-30)."
    notice = "Copyright \u00a9 2003\u20132021 The Dial Project"
    assert body_kind(notice, before, wrap(PROSE).replace("\n", " ")) != "heading"
    # a short line of words in the same place still heads its section
    assert body_kind("Setting the gnomon", before, wrap(PROSE).replace("\n", " ")) == "heading"


def test_a_copyright_page_with_a_bare_notice_gives_no_facts() -> None:
    copyright_page = ("This guide is for the Dial Tools, version 2.4 (2021-06-30).\n"
                      "Copyright c 2003\u20132021 The Dial Project\n"
                      "Permission is granted to make and distribute verbatim copies of this guide provided\n"
                      "the copyright notice and this permission notice are preserved on all copies.\n\n")
    contents = (f"Table of Contents\n1\n\nSundials{LEADER} 1\n1.1\n1.2\n\nThe gnomon{LEADER} 1\n"
                f"The shadow{LEADER} 2\n\n2\n\nWater Clocks{LEADER} 3\n\n")
    text = "\f".join(["The Clockmaker's Manual\n\nAnna Weber\n\n", copyright_page, contents,
                      f"1\n\n1 Sundials\n{wrap(PROSE)}\n\n{wrap(MORE)}\n\n"])
    blocks, _ = _clean(text)
    assert [b.kind for b in blocks if b.text.startswith("Permission")] == ["front_matter"]
    result = process(text=text, name="manual.txt")
    assert not [f.text for f in result.facts if f.kind in ("number", "date")]


def test_a_tables_cells_read_one_by_one_are_no_contents() -> None:
    # pdftotext reads a table of readings cell by cell: numbers alone, rising, and no leader anywhere
    texts = ["Hour", "Shadow", "9", "14", "10", "11", "11", "8", "12", "6", "13", "8"]
    assert not is_contents_page(texts)


def test_a_copyright_notice_taken_off_as_a_notice_line_leaves_its_page_front_matter() -> None:
    # a title page's verso: the manual's title, its publication line and its notice in one block, then the licence;
    # the notice line is taken off as the publisher's notice (kinds.is_follow_line), and the page it stood on is the
    # copyright page all the same: its licence paragraphs are no running text
    licence = [("Permission is granted to make and distribute verbatim copies of this manual provided the copyright "
                "notice and this permission notice are preserved on all copies."),
               ("Permission is granted to copy and distribute translations of this manual into another language, "
                "under the above conditions for modified versions.")]
    verso = ("The Clockmaker's Manual\nPublished May 2020\nCopyright \u00a9 2011-2020 The Dial Society\n\n"
             + "\n".join(wrap(t) for t in licence) + "\n\n")
    text = "\f".join(["The Clockmaker's Manual\n\nMarch 3, 2020\n\n", verso, *_contents(), *_chapter_pages()])
    blocks, _ = _clean(text)
    assert [b.kind for b in blocks if b.text.startswith("Permission")] == ["front_matter", "front_matter"]
    assert any(b.kind == "body" and b.text.startswith("A pager") for b in blocks)


def test_a_page_continuing_the_contents_is_rows_from_its_top() -> None:
    # the second contents page opens with an appendix's label and a chapter's title, their numbers set apart
    first = "Contents\n\n" + "\n\n".join(_column_contents()) + "\n\n"
    second = ("Appendix B\n\n" + f"Tables of the equation of time{LEADER} 41\nB.1 Solar noon{LEADER} 41\n"
              f"B.2 Sidereal time{LEADER} 43\n\nIndex{LEADER} 47\n\n")
    blocks, _ = _clean("\f".join(["The Clockmaker's Manual\n\nAnna Weber\n\n", first, second,
                                  f"1\n\n1 Sundials\n{wrap(PROSE)}\n\n{wrap(MORE)}\n\n"]))
    assert [b.kind for b in blocks if b.text == "Appendix B"] == ["table"]
    assert [b.kind for b in blocks if b.text == "Contents"] != ["table"]  # the first page's heading stays
    assert contents_span(["Appendix B", f"Index{LEADER} 47", f"Glossary{LEADER} 49"]) == range(1, 3)
    assert contents_span(["Appendix B", f"Index{LEADER} 47", f"Glossary{LEADER} 49"], continued=True) == range(0, 3)


def test_a_collaborators_table_with_a_wrapped_cell_is_front_matter() -> None:
    # DocBook's collaborators table before the contents: its cells are short lines, one name wrapped in its narrow
    # column, which the text route joins into a paragraph of two lines that closes no sentence
    table = ("COLLABORATORS\nTITLE :\nThe Clockmaker's Manual\nACTION\n\nNAME\n\nDATE\n\nWRITTEN BY\n\n"
             "Anna Weber,\nPeter Lindqvist,\nand Marta\nKowalska\n\nMarch 3, 2020\n\nREVISION HISTORY\nNUMBER\n\n")
    foreword = f"Foreword\n\n{wrap(PROSE)}\n\n{wrap(MORE)}\n\n"
    text = "\f".join(["The Clockmaker's Manual\n\nAnna Weber\n\n", table, foreword, *_contents(), *_chapter_pages()])
    blocks, _ = _clean(text)
    assert {b.kind for b in blocks if b.lines[0].page == 1 and b.kind != "dateline"} <= {"front_matter"}
    assert [b.kind for b in blocks if b.text.startswith("A sundial")] == ["body"]  # a foreword's sentences stay text


def test_a_page_before_the_contents_is_text_when_a_paragraphs_line_closes_a_sentence() -> None:
    # a dedication of two lines, the next page's heading run into its end: running text all the same
    dedication = [("heading", 1, "Dedication"),
                  ("body", 3, "This edition remembers Ines Varga, who drew the first of its dials, and\n"
                              "taught a generation of makers. Without her none of it would stand.\nContents")]
    # a collaborators table: a name wrapped in its column closes no sentence
    table = [("heading", 1, "COLLABORATORS"), ("body", 1, "WRITTEN BY"), ("body", 2, "Ines Varga,\nand Tom Hale")]
    assert front_matter_pages({0: table, 1: dedication, 2: [("table", 1, f"Index{LEADER} 9")]}, [2]) == {0: None}


def test_a_paragraph_of_numbers_closed_by_a_word_is_decided_at_once() -> None:
    # a run of figures the extractor set in one paragraph, closed by a word, is no column of entries' numbers; each
    # number is read one way only, so the decision takes one pass (two ways per number took 2 ** 40 tries here)
    with within(20, "the number-run pattern backtracks over every way to read each number"):
        figures = " ".join(str(n) for n in range(1, 41)) + " Total"
        assert contents_rows([figures, "Chapter one opens here and runs on as prose."]) == [False, False]
        assert contents_rows(["1 2 3 4 5 6 7 8 9 10"]) == [False]  # numbers alone with no leader on the page


def test_a_column_of_page_numbers_run_into_the_last_entries_is_the_contents() -> None:
    # the last contents page: its section entries close on leaders, their page numbers come in a column of their
    # own, and the last chapters' entries, set without leaders, run on in the same text after the numbers
    entries = " ".join(f"9.{n} Release {n}.0 . . . . . . . . . . . . . . . ." for n in range(1, 9))
    numbers = "41 41 42 43 43 44 45 45 10 Licence 47 Index"
    assert contents_rows([entries, numbers]) == [True, True]
    assert is_contents_page([entries, numbers])
    # the same run of figures closed by words on a page with no leader is no contents
    assert contents_rows(["41 41 42 43 43 44 45 45 10 Licence 47 Index"]) == [False]
