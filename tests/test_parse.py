from __future__ import annotations

from scoexport.parse.text import blocks_from_lines, split_lines


def test_lines_keep_exact_offsets() -> None:
    text = "  Title\u00a0 \r\n\nFirst line\nsecond line\f\nNext page\n"
    lines = split_lines(text)
    for line in lines:
        if line.text:
            assert text[line.start:line.end] == line.text
    assert [ln.page for ln in lines if ln.text] == [0, 0, 0, 1]


def test_blocks_break_at_blank_lines_and_pages() -> None:
    text = "A\nB\n\n\nC\fD\nE"
    blocks = blocks_from_lines(split_lines(text))
    assert [[ln.text for ln in b.lines] for b in blocks] == [["A", "B"], ["C"], ["D", "E"]]
