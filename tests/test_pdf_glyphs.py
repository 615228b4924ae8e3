"""Glyphs PDFium cannot draw: a page of a non-embedded CJK font is read again through pdfminer.six."""
from __future__ import annotations

import io
import itertools
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport.parse.pdf import reader
from scoexport.parse.pdf.glyphs import WORD_GAP, PageReader, _spaced
from scoexport.parse.pdf.runs import runs_of

pytest.importorskip("reportlab")

WORDS = ["그건", "이", "사안을", "두고", "벌어진", "일", "중", "하나다."]
SENTENCE = " ".join(WORDS)


def korean_pdf(words: list[str] = WORDS, title: str | None = "Eastbridge Review") -> bytes:
    """A page in HYSMyeongJo-Medium, which reportlab never embeds: each word its own text object, as a
    word-spacing writer draws them, so a one-syllable word is a text object of one glyph."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(500, 400))
    if title:
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(60, 340, title)
    for row in range(3):
        x = 60.0
        for word in words:
            canvas.setFont("HYSMyeongJo-Medium", 11)
            canvas.drawString(x, 300 - 16 * row, word)
            x += pdfmetrics.stringWidth(word, "HYSMyeongJo-Medium", 11) + 5.5
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def latin_pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=(500, 400))
    canvas.setFont("Times-Roman", 11)
    for row, line in enumerate(["A plain page in a standard font, which PDFium", "always draws: it is never read twice."]):
        canvas.drawString(60, 300 - 14 * row, line)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


# PDFium restarted with an empty font folder: the machine of a user without any CJK font, where the glyphs of a
# non-embedded Korean font have no outline. The second run also hides pdfminer.six.
NO_SYSTEM_FONTS = textwrap.dedent("""
    import ctypes, json, sys, tempfile
    import pypdfium2.raw as raw
    from pypdfium2.internal import bases
    from pypdfium2 import _library_scope
    _library_scope.destroy_lib()
    folder = ctypes.create_string_buffer(tempfile.mkdtemp().encode())
    paths = (ctypes.POINTER(ctypes.c_char) * 2)(folder, None)
    raw.FPDF_InitLibraryWithConfig(raw.FPDF_LIBRARY_CONFIG(version=2, m_pUserFontPaths=paths, m_pIsolate=None,
                                                           m_v8EmbedderSlot=0))
    if hasattr(bases.LIBRARY_AVAILABLE, "value"):  # pypdfium2 before 5.11 keeps the flag in a mutable box
        bases.LIBRARY_AVAILABLE.value = True
    else:
        bases.LIBRARY_AVAILABLE = True
    if sys.argv[2] == "hide":
        sys.modules["scoexport.parse.pdf.glyphs"] = None
    from scoexport.parse.pdf.reader import iter_pages, open_pdf
    page = next(iter_pages(open_pdf(open(sys.argv[1], "rb").read())))
    print(json.dumps({"runs": [r.text for r in page.runs], "reread": page.reread, "missing": page.missing}))
""")


def without_system_fonts(path: Path, hide_pdfminer: bool = False) -> dict:
    from pypdfium2 import _library_scope

    if not hasattr(_library_scope, "destroy_lib"):
        pytest.skip("this pypdfium2 cannot restart PDFium with other font folders")
    done = subprocess.run([sys.executable, "-c", NO_SYSTEM_FONTS, str(path), "hide" if hide_pdfminer else "-"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_glyphs_without_outline_are_read_again(tmp_path: Path) -> None:
    path = tmp_path / "korean.pdf"
    path.write_bytes(korean_pdf())
    page = without_system_fonts(path)
    assert page["reread"] and "PDFium cannot draw" in page["reread"]
    assert page["missing"] is None
    assert page["runs"].count(SENTENCE) == 3
    assert page["runs"][0] == "Eastbridge Review"


def test_a_page_pdfium_reads_nothing_from_is_read_again(tmp_path: Path) -> None:
    """Every word one glyph and nothing else on the page: no glyph without ink is left to notice, but the page
    draws text objects all the same. (With other text beside them, such a page is not noticed: see the README.)"""
    path = tmp_path / "syllables.pdf"
    path.write_bytes(korean_pdf(["이", "두", "그", "일"], title=None))
    page = without_system_fonts(path)
    assert page["reread"] == "text objects PDFium reads no text from"
    assert page["runs"] == ["이 두 그 일"] * 3


def test_without_pdfminer_the_loss_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "korean.pdf"
    path.write_bytes(korean_pdf())
    page = without_system_fonts(path, hide_pdfminer=True)
    assert page["reread"] is None
    assert "pdfminer.six" in page["missing"] and "may be missing" in page["missing"]
    # what PDFium alone reads: the one-glyph words are gone, which is what the second reading is for
    assert SENTENCE not in page["runs"]


def test_whatever_the_system_fonts_the_text_is_whole() -> None:
    doc = reader.open_pdf(korean_pdf())
    page = next(reader.iter_pages(doc))
    assert [r.text for r in page.runs].count(SENTENCE) == 3
    assert page.missing is None


def test_an_ordinary_page_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("an ordinary page was read a second time")

    monkeypatch.setattr(reader, "_read_again", refuse)
    page = next(reader.iter_pages(reader.open_pdf(latin_pdf())))
    assert page.reread is None and page.missing is None
    assert [r.text for r in page.runs] == ["A plain page in a standard font, which PDFium",
                                          "always draws: it is never read twice."]


@pytest.mark.parametrize("make", [latin_pdf, korean_pdf])
def test_the_second_reading_gives_the_same_glyphs_in_the_same_points(make) -> None:
    """pdfminer.six's glyphs stand where PDFium's do and form the same runs, so the layout reads either alike."""
    data = make()
    doc = reader.open_pdf(data)
    page = doc[0]
    textpage = page.get_textpage()
    ours, _, _ = reader._glyphs(textpage.raw)
    textpage.close()
    again = PageReader(data).glyphs(0)
    assert again is not None
    drawn = [g for g in again if g[0] != " "]
    for g in [g for g in ours if g[0] != " "]:
        near = [h for h in drawn if h[0] == g[0] and abs(h[1] - g[1]) < 0.5 and abs(h[2] - g[2]) < 0.5]
        assert near and abs(near[0][7] - g[7]) < 0.1 and near[0][9] == g[9]
    assert [r.text for r in runs_of(again)] == [r.text for r in reader.page_runs(page, 0).runs]


@given(st.lists(st.tuples(st.sampled_from("ab "), st.floats(0, 30), st.integers(0, 1)), max_size=30))
def test_a_space_goes_exactly_where_the_pen_skips_a_word_gap(steps: list[tuple[str, float, int]]) -> None:
    glyphs, x = [], 0.0
    for char, gap, line in steps:
        if char == " ":
            glyphs.append((" ", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0, False))
            continue
        x += gap
        glyphs.append((char, x, 100.0 - 20 * line, x, x + 5, 98.0, 108.0, 10.0, 0, False))
        x += 5
    out = _spaced(glyphs)
    ours = [any(g is h for h in glyphs) for g in out]  # the inserted spaces are tuples of their own
    assert [g for g, own in zip(out, ours, strict=True) if own] == glyphs
    inserted = [k for k, own in enumerate(ours) if not own]
    for k in inserted:  # between two glyphs of one line a word gap apart
        before, after = out[k - 1], out[k + 1]
        assert before[0] != " " and after[0] != " " and before[2] == after[2]
        assert after[3] - before[4] > WORD_GAP * 10
    for before, after in itertools.pairwise(out):  # and wherever the pen skipped one, a space stands
        if before[0] != " " and after[0] != " " and before[2] == after[2]:
            assert after[3] - before[4] <= WORD_GAP * 10


def test_a_page_past_the_end_or_unreadable_gives_none() -> None:
    assert PageReader(latin_pdf()).glyphs(3) is None
    assert PageReader(b"%PDF-1.4\nnot a pdf at all").glyphs(0) is None
