"""Plain-text sources written in reStructuredText or Markdown: their lines are wrapped by hand or by a converter at
no page's measure, so only blank lines and the syntax end their paragraphs (`clean.markup`); a PDF's text read by
the same route keeps its measure's rules."""
from __future__ import annotations

import hashlib

from scoexport.clean import clean
from scoexport.clean.markup import markup_only, markup_source
from scoexport.parse.text import parse_text
from scoexport.records import Block, Source
from scoexport.text import TextLine


def _clean(text: str) -> list[Block]:
    source = Source("notes.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    blocks, _, _ = clean(parse_text(source))
    return blocks


def _texts(blocks: list[Block], kind: str = "body") -> list[str]:
    return [b.text for b in blocks if b.kind == kind]


RST = """\
.. _harbour:

The Harbour Guide
*****************

Boats moored in the inner basin pay the weekly fee, and the harbour master
keeps the list of berths; see the `berth
register <https://harbour.example.org/berths/register-of-moorings.html>`__ for the
current one. Visitors ask at the office.

.. _harbour-rules:

Rules of the quay
=================

The quay is shared by the ferry, the fishing fleet and the
`Coastal Rowing
Association <https://rowing.example.org/>`__ (CRA), which keeps its boats there.

The rules are:

- keep the slipway clear at high tide,
  when the ferry turns;
- never leave nets on the steps.

Fees
  Paid at the office
  every Monday.

Opening hours
~~~~~~~~~~~~~

The office opens at nine
and closes at noon.

To check a berth, run::

    berth --show 12
    berth --list

Anyone may read the register.
"""


def test_a_reST_paragraph_goes_on_past_a_line_a_links_address_cut_short() -> None:
    body = _texts(_clean(RST))
    assert ("Boats moored in the inner basin pay the weekly fee, and the harbour master keeps the list of berths; "
            "see the `berth register <https://harbour.example.org/berths/register-of-moorings.html>`__ for the "
            "current one. Visitors ask at the office.") in body
    assert any(t.startswith("The quay is shared by the ferry") and "(CRA), which keeps" in t for t in body)


def test_reST_underlines_and_link_targets_are_markup_and_the_underlined_lines_headings() -> None:
    blocks = _clean(RST)
    assert not any(markup_only(b.text) or b.text.startswith(".. _") for b in blocks)
    assert "The Harbour Guide" in _texts(blocks, "title")
    assert "Rules of the quay" in _texts(blocks, "heading")


def test_reST_list_items_definitions_and_literal_lines_are_paragraphs_of_their_own() -> None:
    blocks = _clean(RST)
    body = _texts(blocks)
    assert "- keep the slipway clear at high tide, when the ferry turns;" in body
    assert "- never leave nets on the steps." in body
    assert "Fees" in [b.text for b in blocks] and "Paid at the office every Monday." in body
    texts = [b.text for b in blocks]
    assert "berth --show 12" in texts and "berth --list" in texts  # one line of code is one line
    assert "Anyone may read the register." in body
    assert "Opening hours" in _texts(blocks, "heading")  # a tilde underline opens no Markdown code fence
    assert "The office opens at nine and closes at noon." in body


MARKDOWN = """\
# Allotment society

## Joining

Members pay a yearly fee and may rent one plot; to join, fill in the
[form on the society's site](https://allotments.example.org/join/application-form-for-new-members)
and send it to the secretary.

1. Pick a plot from the
   list at the gate.
2. Pay the fee.

The shed keys are handed out like this:

    key --give shed
    key --log

```
plot 14
plot 15
```

Tools are shared.
"""


def test_a_Markdown_paragraph_goes_on_past_a_link_on_its_own_line() -> None:
    body = _texts(_clean(MARKDOWN))
    assert any(t.startswith("Members pay a yearly fee") and t.endswith("send it to the secretary.") for t in body)


def test_Markdown_items_and_indented_or_fenced_code_keep_their_lines() -> None:
    blocks = _clean(MARKDOWN)
    body = _texts(blocks)
    assert "1. Pick a plot from the list at the gate." in body and "2. Pay the fee." in body
    texts = [b.text for b in blocks]
    assert all(line in texts for line in ("key --give shed", "key --log", "plot 14", "plot 15"))
    assert "Tools are shared." in body


def _lines(text: str) -> list[TextLine]:
    source = Source("x.txt", text.encode(), "0" * 64, text, "utf-8", "text")
    return [TextLine(ln, n) for n, block in enumerate(parse_text(source).blocks) for ln in block.lines]


def test_a_paged_text_is_never_read_as_markup() -> None:
    text = "Title\n=====\n\n.. _x:\n\nSome words.\n\fSecond\n======\n"
    assert markup_source(_lines(text), paged=False) == "rst"
    assert markup_source(_lines(text), paged=True) is None
    assert markup_source(_lines("# One\n\ntext\n\n# Two\n\n```\ncode\n```\n"), paged=False) == "markdown"


def test_a_plain_wrapped_text_without_markup_keeps_the_measures_rules() -> None:
    # no underline, no explicit markup, no "#" heading: not a markup source, so a short line with room for the next
    # word still ends its paragraph, as in a PDF's text
    text = ("The committee met on the first day of spring and agreed to open the garden on weekends.\n"
            "Short line.\n"
            "The gardeners asked for more benches near the pond, where older visitors like to sit.\n") * 3
    assert markup_source(_lines(text), paged=False) is None


def test_a_directive_with_a_sentence_is_text_and_one_with_an_argument_is_markup() -> None:
    assert markup_only(".. code-block:: sh")
    assert markup_only(".. _label:")
    assert markup_only("..")
    assert markup_only("~~~~~~~~")
    assert not markup_only(".. note:: Read this first.")
    assert not markup_only("...")
    assert not markup_only("-- A. Writer")


def test_a_long_reST_source_read_in_windows_keeps_its_markup_in_every_window() -> None:
    from scoexport import windows
    from scoexport.windows import Window

    # the markup shows in the opening only; the later windows hold plain wrapped paragraphs whose lines stop short
    prose = ("Ferries run between the island and the mainland all year round, more often\n"
             "in summer, when visitors come for the beaches, and less often in winter,\n"
             "when storms can stop the crossing for a day or two at a time.\n\n")
    opening = "Ferry times\n===========\n\n.. _times:\n\nSummer\n------\n\n" + prose * 12
    paragraph = ("The first boat leaves the pier at six. See the `Harbour\n"
                 "Timetable <https://ferry.example.org/timetables/summer-weekdays-and-weekends.pdf>`__ for the rest.\n\n")
    text = opening + paragraph * 40
    source = Source("ferry.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    paragraphs = [p.text for piece in windows.iter_windows(source, Window(chars=2500)) for p in piece.paragraphs]
    joined = paragraph.replace("\n", " ").strip()
    assert sum(1 for t in paragraphs if t == joined) == 40


def test_a_rule_drawn_under_a_paragraph_is_no_title_underline() -> None:
    # a text browser's dump draws <hr> as a row of underscores right under a paragraph's last line; nothing about
    # that makes the text reStructuredText, so its numbered items keep their titles apart from their bodies
    text = ("   The society was founded by the fishermen of the bay, who wanted a\n"
            "   harbour of their own.\n"
            "     ______________________________________________________________\n\n"
            "    1. The harbour stays open\n"
            "       We keep the harbour open to every boat of the bay, whatever its size, and\n"
            "       we never close it for longer than a storm lasts.\n"
            "     ______________________________________________________________\n")
    assert markup_source(_lines(text), paged=False) is None
    assert "1. The harbour stays open" in [b.text for b in _clean(text)]


def test_Markdown_hash_headings_are_headings_however_long() -> None:
    text = ("# Allotment society rules for the members who rent a plot by the river\n\n"
            "Members pay a yearly fee.\n\n"
            "## What the committee decides at its spring meeting each year\n\n"
            "The committee sets the fee.\n\n```\nplot 1\n```\n")
    headings = _texts(_clean(text), "heading")
    assert "## What the committee decides at its spring meeting each year" in headings


def test_a_literal_blocks_lines_are_code_whatever_they_look_like() -> None:
    # program text set apart by the syntax (reST's "::", Markdown's indent or fence) holds no facts of the document:
    # its lines are code as HTML's <pre> is, even where they read as words ("plot 14") or a quotation
    rst = _clean(RST)
    assert {"berth --show 12", "berth --list"} <= set(_texts(rst, "code"))
    assert "Anyone may read the register." in _texts(rst)
    markdown = _clean(MARKDOWN)
    assert {"key --give shed", "key --log", "plot 14", "plot 15"} <= set(_texts(markdown, "code"))
    assert "The shed keys are handed out like this:" in _texts(markdown)
    assert "Tools are shared." in _texts(markdown)


SETEXT_MARKDOWN = """\
Ferry timetable
===============

The ferry leaves the pier every hour; the file `times.conf` holds the
departures, one stanza for each boat:

    Boat: Seagull
    Leaves: 7 9 11 "weekdays only"

Fares
-----

### Children

Children under 12 travel free.

### Bicycles

A bicycle costs 3 euros:

    fare --add bike 3
"""


def test_setext_underlines_are_both_languages_and_hash_headings_make_the_text_Markdown() -> None:
    # "=" and "-" underlines are Markdown's setext headings as much as reST's titles: the "#" headings decide, and in
    # Markdown an indented block is code even after a line that does not end "::"
    assert markup_source(_lines(SETEXT_MARKDOWN), paged=False) == "markdown"
    blocks = _clean(SETEXT_MARKDOWN)
    code = _texts(blocks, "code")
    assert {"Boat: Seagull", 'Leaves: 7 9 11 "weekdays only"', "fare --add bike 3"} <= set(code)
    assert "Children under 12 travel free." in _texts(blocks)
    # an overline or another adornment than "=" and "-" is reST's alone
    rst = "=====\nTitle\n=====\n\nIntro.\n\nPart\n~~~~\n\nText.\n\n### not a heading\n\nMore.\n\n### nor this\n"
    assert markup_source(_lines(rst), paged=False) == "rst"
