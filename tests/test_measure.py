"""Reading a document's font, full line and indent back from text set to a known measure."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean import measure
from scoexport.clean.measure import Font, fit_measure, fonts

WORDS = ("The council met again on Tuesday to weigh a revised budget for the harbour district, after "
         "months of hearings in which residents, shop owners and the ferry company argued over fees. "
         "Several members asked for a delay until the auditors report; others wanted a vote at once. "
         "In the end the chair proposed a compromise that would phase the new charges in over two "
         "years, with a review after the first. Observers said the outcome was far from certain.").split()


def set_paragraphs(font: Font, measure: float, indent: float, paragraphs: int,
                   heading: str | None = None) -> tuple[list[str], list[str]]:
    """Lines and gaps of paragraphs wrapped greedily at `measure` em, opening `indent` em short.

    With a heading, every other paragraph follows it on a line of its own.
    """
    lines: list[str] = []
    for n in range(paragraphs):
        if heading and n % 2:
            lines.append(heading)
        words = WORDS[n % 7:] + WORDS[: n % 7 + 20 + 9 * (n % 4)]
        current, room = "", measure - indent
        for word in words:
            candidate = f"{current} {word}".strip()
            if current and font.width(candidate) > room:
                lines.append(current)
                current, room = word, measure
            else:
                current = candidate
        lines.append(current)
    return lines, ["wrap"] * (len(lines) - 1)


def font_named(name: str) -> Font:
    return next(f for f in fonts() if f.name == name)


def test_the_font_the_text_was_set_in_explains_its_wrapping_best() -> None:
    lines, gaps = set_paragraphs(font_named("times"), 40.0, 0.0, 24)
    measure = fit_measure(lines, gaps)
    assert measure is not None and measure.font.name == "times"
    assert 38.0 < measure.width <= 40.0 and measure.first_line is None


@pytest.mark.parametrize("name", ["helvetica", "dejavu-sans", "dejavu-serif"])
def test_unindented_text_has_no_opening_width(name: str) -> None:
    lines, gaps = set_paragraphs(font_named(name), 40.0, 0.0, 24)
    measure = fit_measure(lines, gaps)
    assert measure is not None and measure.first_line is None


def test_an_indent_is_read_back_as_the_width_of_an_opening_line() -> None:
    lines, gaps = set_paragraphs(font_named("times"), 40.0, 2.0, 24)
    measure = fit_measure(lines, gaps)
    assert measure is not None and measure.first_line is not None
    assert 37.5 < measure.first_line < 38.5 < measure.width


def test_too_few_wrapped_lines_give_no_measure() -> None:
    lines, gaps = set_paragraphs(font_named("times"), 40.0, 0.0, 1)
    assert fit_measure(lines[:3], gaps[:2]) is None


def test_one_line_headings_between_indented_paragraphs_leave_the_indent_readable() -> None:
    lines, gaps = set_paragraphs(font_named("times"), 40.0, 2.0, 24, heading="Harbour Fees Under Review")
    measure = fit_measure(lines, gaps)
    assert measure is not None and measure.first_line is not None
    assert 37.5 < measure.first_line < 38.5


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 3 * 200), min_size=1, max_size=2_000), st.integers(1, 200))
def test_the_word_memo_stays_bounded_and_gives_the_glyph_by_glyph_width(draws: list[int], bound: int) -> None:
    """However many distinct words pass, the memo holds at most two generations of `MEMO_WORDS`, and every width
    it gives, remembered or carried over from the older generation, is the sum of the word's glyphs."""
    font = Font("probe", dict(fonts()[0].widths), fonts()[0].default)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(measure, "MEMO_WORDS", bound)
        for n in draws:
            word = f"w{n}é"
            assert font.width(word) == sum(font.glyph(ch) for ch in word) / 1000
            assert len(font._words) <= bound and len(font._words.older) <= bound
