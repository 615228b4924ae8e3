"""A PDF manual fed as pdftotext output (plain, without its layout): form feeds end the pages, running headers and page
numbers stand as lines, contents entries lose their alignment (a section's number, its title and its page number on
lines of their own, a leader shortened to two dots where the title is long, entries run together). The text route
reads its title page, copyright page and contents by the rules the PDF route reads them by: none of it is running
text, none of it gives facts, and its edition date and author are the manual's metadata."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean import clean
from scoexport.contents import contents_rows, contents_span, is_contents_page
from scoexport.parse.text import parse_text
from scoexport.records import Block, Metadata, Source

from .test_clean import wrap

SENTENCE = ("A pager shows a long file one screen at a time and waits for a key before it shows the next screen, "
            "so that nothing scrolls past before the reader has seen it.")
OTHERS = ["The terminal keeps a history of the commands typed at its prompt, and the arrow keys walk back through "
          "it one command at a time until the one wanted comes up again.",
          "Each program started from the prompt inherits the variables of the shell that started it, but a change "
          "it makes to them is lost when it exits and never reaches the shell.",
          "A search typed after a slash finds the next line holding the words, and a question mark in its place "
          "searches backwards from the line at the top of the screen.",
          "Marks remember a place in the file under a letter, so that the reader can leave it to look something up "
          "and come back to the same line with two keys."]
LEADER = " ." * 40


def _clean(text: str) -> tuple[list[Block], Metadata]:
    source = Source("manual.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    blocks, _, meta = clean(parse_text(source))
    return blocks, meta


def _running(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.kind in ("body", "heading")]


def _prose(page: int) -> str:
    """Three paragraphs, their order turned with the page: a page's last lines repeating on every page would be a
    running footer."""
    texts = [SENTENCE, *OTHERS]
    return "\n\n".join(wrap(texts[(page + k) % len(texts)]) for k in range(3))


TITLE = ("Terminal Handbook\nA Guide for New Users\nEdition 3.1, for Terminal Tools 3.1.\nMarch 2021\n\n"
         "Maria Keller, Free Software Foundation\n\n")
COPYRIGHT = ("This is Edition 3.1, last updated 14 March 2021, of the Terminal Handbook.\n"
             "Copyright c 1995\u20132021 Free Software Foundation, Inc.\n"
             "Permission is granted to copy, distribute and/or modify this document under the\n"
             "terms of the GNU Free Documentation License, Version 1.3 or any later version.\n\n")


def _contents() -> list[str]:
    # as pdftotext sets a Texinfo contents: chapter numbers apart, sections run together, a short leader before 174
    first = (f"i\n\nTable of Contents\n1\n\nIntroduction{LEADER} 1\n1.1\n1.2\n\nWhat is a pager?{LEADER} 1\n"
             f"What is a terminal?{LEADER} 2\n\n2\n\nDefinitions{LEADER} 3\n\n3\n\nBasic Features{LEADER} 5\n"
             f"3.1 Moving Around{LEADER} 5\n3.2 Searching{LEADER} 9\n3.3 Marks{LEADER} 12\n\n")
    second = (f"ii\n4\n\nConfiguration{LEADER} 21\n4.1 The Startup File{LEADER} 21\n4.2 Colours{LEADER} 25\n"
              f"\nAppendix A\n\nReporting Bugs{LEADER} 167\n\nAppendix B\n\n"
              f"GNU Free Documentation License . . 174\nAppendix C Indexes{LEADER} 182\n\n")
    return [first, second]


def _chapter_pages() -> list[str]:
    # a chapter opens under its page number; the pages after it carry a running header, its number on the next line
    return [f"1\n\n1 Introduction\n1.1 What is a pager?\n{_prose(0)}\n\n",
            f"Chapter 1: Introduction\n\n2\n\n{_prose(1)}\n\n",
            f"3\n\n2 Definitions\n{_prose(2)}\n\n",
            f"Chapter 2: Definitions\n\n4\n\n{_prose(3)}\n\n"]


def test_a_manuals_contents_in_plain_text_gives_no_running_text() -> None:
    blocks, _ = _clean("\f".join([TITLE, COPYRIGHT, *_contents(), *_chapter_pages()]))
    running = _running(blocks)
    assert not any("License" in t or "Reporting Bugs" in t or t.strip().replace(".", "").isdigit() for t in running)
    assert any(t.startswith("1 Introduction") for t in running)  # the chapter's own heading stays
    assert any(SENTENCE[:40] in t for t in running)


def test_a_running_header_whose_page_number_pdftotext_set_below_it_is_furniture() -> None:
    blocks, _ = _clean("\f".join([TITLE, COPYRIGHT, *_contents(), *_chapter_pages()]))
    assert not any(t.startswith("Chapter 1: Introduction") or t.startswith("Chapter 2: Definitions")
                   for t in _running(blocks))
    assert any(t.startswith("2 Definitions") for t in _running(blocks))


def test_a_manuals_edition_date_and_title_page_author_are_its_metadata() -> None:
    _, meta = _clean("\f".join([TITLE, COPYRIGHT, *_contents(), *_chapter_pages()]))
    assert meta.published_date == dt.date(2021, 3, 14)
    assert meta.authors == ["Maria Keller"]


def test_a_contents_entry_closed_by_its_page_number_runs_into_no_chapter() -> None:
    # the last contents page holds one entry, its leader run together across the page; after the page break the first
    # chapter opens
    last = f"Terminal Handbook\n\n7.6. Contributors{'.' * 100} 43\n\nv\n\n"
    chapter = f"Chapter 1. Introduction\n1.1. Purpose\n{_prose(0)}\n\n"
    blocks, _ = _clean("\f".join([TITLE, COPYRIGHT, *_contents(), last, chapter]))
    assert not any("Contributors" in t for t in _running(blocks))
    assert any(t.startswith("Chapter 1. Introduction") for t in _running(blocks))


def test_a_copyright_page_whose_notice_stands_at_its_edge_is_front_matter() -> None:
    # DocBook through dblatex: the notice on a line of its own at the page's top, taken off as furniture
    copyright_page = ("Terminal Handbook\n\nCopyright \u00a9 2013-2021 Maria Keller\n\n"
                      "This Terminal Handbook (version 2.100) (2023-02-04 11:59:01 UTC) is intended to give a broad overview\n"
                      "of the terminal as a user's guide. It covers many aspects of daily work through examples.\n\nii\n\n")
    blocks, _ = _clean("\f".join(["i\n\nTerminal Handbook\n\nMaria Keller\n\n", copyright_page, *_contents(),
                                  *_chapter_pages()]))
    assert not any("broad overview" in t for t in _running(blocks))
    assert [b.kind for b in blocks if "broad overview" in b.text] == ["front_matter"]


def test_a_copyright_footer_on_every_page_makes_no_page_front_matter() -> None:
    # a report's running footer repeats its notice: the pages before its contents are still text
    footer = "Copyright \u00a9 2021 Acme Foundation"
    summary = f"Executive summary\n\n{_prose(0)}\n\n{footer}\n\n"
    blocks, _ = _clean("\f".join([summary, *_contents(), f"{_prose(1)}\n\n{footer}\n\n"]))
    assert any(SENTENCE[:40] in b.text and b.lines[0].page == 0 for b in blocks if b.kind == "body")


@pytest.mark.parametrize(("texts", "contents"), [
    # pdftotext set a chapter's page number before its sections' (113 before 106): one step back in many
    ([f"Job Control{LEADER} 113", f"Bash POSIX Mode{LEADER} 106", f"Compatibility Mode{LEADER} 110",
      f"Job Control Basics{LEADER} 113", f"Job Control Builtins{LEADER} 114", f"Job Control Variables{LEADER} 116"], True),
    (["Prices", f"Tea{LEADER} 12", f"Coffee{LEADER} 4", f"Cake{LEADER} 7", f"Scones{LEADER} 3"], False),
])
def test_a_contents_pages_numbers_rise_but_for_a_step_read_out_of_order(texts: list[str], contents: bool) -> None:
    assert is_contents_page(texts) is contents


def test_a_contents_pages_rows_open_with_a_chapters_number_and_end_at_its_last_entry() -> None:
    texts = ["Contents", "1 GNU/Linux tutorials", "1.1", f"Console basics{LEADER}", "1", f"Unix files{LEADER} 6",
             "1 Introduction"]
    assert contents_span(texts) == range(1, 6)


_ROW_TEXTS = st.sampled_from(["Contents", "1", "1.1", "B.1", "iv", f"Introduction{LEADER} 3", f"Shell Syntax{LEADER}",
                              f"3.2 Pipelines{LEADER} 10", "2 Definitions", "The shell waits for the command.",
                              "Appendix A", "GNU Free Documentation License . . 174", f"Tea{LEADER} 12"])


@given(st.lists(_ROW_TEXTS, max_size=12))
@settings(max_examples=200, deadline=None)
def test_a_contents_pages_rows_are_a_run_of_its_texts_holding_its_last_entry(texts: list[str]) -> None:
    span = contents_span(texts)
    assert (len(span) > 0) == is_contents_page(texts)
    if span:
        assert 0 <= span.start < span.stop <= len(texts)
        assert all(not row for row in contents_rows(texts)[span.stop:])  # nothing after the last row is one


def test_a_specification_opening_with_its_version_and_last_update_is_dated_so() -> None:
    # DocBook's article: no title page, its version's sentence opens the text
    text = ("Desktop Entry Registry\nX Desktop Group (http://www.freedesktop.org)\nJane Roe\n\n1. Introduction\n"
            "1.1. Version\nThis is version 1.4 of the Desktop Entry Registry specification, last updated 12 May 2019.\n\n"
            f"1.2. What is this spec?\n{_prose(0)}\n\n1\n\f{_prose(1)}\n\n2\n")
    assert _clean(text)[1].published_date == dt.date(2019, 5, 12)
