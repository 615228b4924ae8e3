"""Typeset real article texts into report PDFs of varied layouts, extract them with pdftotext, write gold.

    python bench/make_reports.py --out DIR [--seed N] [--count 30] [--articles ../shared/eval/html/gold.json]

Writes `DIR/ID.pdf`, `DIR/ID.txt` (`pdftotext -enc UTF-8`, default mode) and `DIR/ID.gold.json` in the
format of `../shared/eval/pdftext` (id, url, title, byline, published, published_line, paragraphs,
artifacts, layout), so `../shared/eval/score_paragraphs.py` and `bench/eval_pdftext.py --gold DIR` score it.

The article texts (main text split into paragraphs) are read at run time from the HTML set's gold, the
titles from the pdftext set's gold where it holds the same article; nothing of them is copied here.
The layout varies along the axes real reports vary and the pdftext set holds fixed, drawn from a seeded
generator (`layouts.py` beside this file): fonts, sizes, margins, alignment, paragraph style, letterhead,
byline and date shapes, running headers and footers, section headings, lists, block quotes, tables,
footnotes, hyphenation and length. Each document's choices are written into its gold `layout`.
Gold paragraphs are the body text and section headings as printed (a list item with its marker, a
footnote's mark raised, "¹", as it prints); tables, captions and footnotes are listed apart (not scored).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from layouts import Layout, choose_layout, register_fonts, roman
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table

from scoexport.text import raised_mark

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


def articles(path: Path) -> list[dict]:
    """The HTML set's articles ({id, url, title, paragraphs}); titles from pdftext's gold of the same id."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    titles = {}
    for gold_file in (EVAL / "pdftext").glob("*.gold.json"):
        g = json.loads(gold_file.read_text(encoding="utf-8"))
        titles[g["url"]] = g["title"]
    found = []
    for doc_id, item in sorted(gold.items()):
        paras = [" ".join(p.split()) for p in item["articleBody"].split("\n") if p.strip()]
        title = titles.get(item["url"])
        if title and len(paras) >= 2:
            found.append({"id": doc_id, "url": item["url"], "title": " ".join(title.split()), "paragraphs": paras})
    return found


def hyphenator(word: str):
    """Break points of a long word, longest head first: between a vowel and a consonant that a vowel follows."""
    vowels = set("aeiouyAEIOUY")
    if len(word) < 8 or not word.isalpha():
        return
    for i in range(len(word) - 4, 2, -1):
        if word[i - 1] in vowels and word[i] not in vowels and word[i + 1] in vowels:
            yield word[:i], word[i:]


class Marker(Flowable):
    """A zero-size flowable that tells the page it lands on to print a footnote at its foot."""

    def __init__(self, note: str, pending: list[str]):
        super().__init__()
        self.note, self.pending = note, pending

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.pending.append(self.note)


def _styles(lay: Layout) -> dict[str, ParagraphStyle]:
    size, lead = lay.font_size, lay.font_size * lay.leading
    body = ParagraphStyle(
        "body", fontName=lay.font, fontSize=size, leading=lead, alignment=ALIGN[lay.alignment],
        firstLineIndent=lay.indent, spaceBefore=lay.space, hyphenationLang=hyphenator if lay.hyphenate else "",
        embeddedHyphenation=0, splitLongWords=0)
    return {
        "body": body,
        "title": ParagraphStyle("title", fontName=lay.bold, fontSize=lay.title_size, leading=lay.title_size * 1.2,
                                alignment=ALIGN[lay.title_align], spaceAfter=lay.title_size * 0.5),
        "front": ParagraphStyle("front", fontName=lay.italic, fontSize=size - 0.5, leading=lead,
                                alignment=ALIGN[lay.title_align]),
        "letterhead": ParagraphStyle("lh", fontName=lay.bold, fontSize=size + 2, leading=(size + 2) * 1.25,
                                     alignment=ALIGN[lay.letterhead_align]),
        "lh2": ParagraphStyle("lh2", fontName=lay.font, fontSize=size - 1, leading=(size - 1) * 1.25,
                              alignment=ALIGN[lay.letterhead_align]),
        "heading": ParagraphStyle("heading", fontName=lay.bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                                  spaceBefore=lead * 0.8, spaceAfter=lead * 0.3),
        "item": ParagraphStyle("item", parent=body, firstLineIndent=-12, leftIndent=lay.indent + 14, spaceBefore=2),
        "quote": ParagraphStyle("quote", parent=body, fontName=lay.italic, leftIndent=30, rightIndent=30, firstLineIndent=0,
                                spaceBefore=lead * 0.6, spaceAfter=lead * 0.6),
        "cell": ParagraphStyle("cell", fontName=lay.font, fontSize=size - 1, leading=(size - 1) * 1.2),
        "note": ParagraphStyle("note", fontName=lay.font, fontSize=size - 2.5, leading=(size - 2.5) * 1.2),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of `text`; a line in a script the body font lacks is set in a font that has it."""
    if any(ord(c) >= 0x2E80 for c in text):
        return Paragraph(f'<font name="CJK">{escape(text)}</font>', style)
    if any(0x370 <= ord(c) < 0x530 for c in text) and not style.fontName.startswith("DejaVu"):
        return Paragraph(f'<font name="DejaVuSans">{escape(text)}</font>', style)
    return Paragraph(escape(text), style)


def story(lay: Layout, styles: dict, pending: list[str]) -> list:
    """The flowables of page 1's front matter and the body, as the layout chose them."""
    flow: list = [_p(lay.letterhead[0], styles["letterhead"])] if lay.letterhead else []
    flow += [_p(line, styles["lh2"]) for line in lay.letterhead[1:]]
    flow += [Spacer(1, 18), _p(lay.title, styles["title"])]
    flow += [_p(line, styles["front"]) for line in lay.byline_lines]
    flow += [_p(lay.published_line, styles["front"])] if lay.published_line else []
    flow.append(Spacer(1, 12))
    for block in lay.blocks:
        kind, text = block["kind"], block.get("text", "")
        if kind == "heading":
            flow.append(_p(text, styles["heading"]))
        elif kind == "item":
            flow.append(_p(text, styles["item"]))
        elif kind == "quote":
            flow.append(_p(text, styles["quote"]))
        elif kind == "table":
            rows = [[_p(cell, styles["cell"]) for cell in row] for row in block["rows"]]
            flow += [Spacer(1, 6), _p(block["caption"], styles["note"]), Table(rows, hAlign="LEFT"), Spacer(1, 6)]
        elif kind == "footnoted":
            flow.append(Paragraph(escape(text) + f"<super>{block['mark']}</super>", styles["body"]))
            flow.append(Marker(f"{block['mark']} {block['note']}", pending))
        else:
            flow.append(_p(text, styles["body"]))
    return flow


def furniture(lay: Layout, page: int, total: int) -> tuple[list[str], list[str]]:
    """The running header and footer strings printed on one page."""
    def fill(shape: str) -> str:
        return shape.replace("{n}", str(page)).replace("{N}", str(total)).replace("{r}", roman(page))

    header = [fill(shape) for shape in lay.header_shapes] if page > 1 or lay.header_on_first else []
    footer = [fill(shape) for shape in lay.footer_shapes] if page > 1 or lay.footer_on_first else []
    return header, footer


def build(lay: Layout, pdf: Path, total: int) -> tuple[int, list[str], list[str]]:
    """Set the document; returns its page count, every furniture string printed, the footnotes printed."""
    pagesize = LETTER if lay.page == "letter" else A4
    width, height = pagesize
    printed: list[str] = []
    notes: list[str] = []
    pending: list[str] = []
    count = [0]
    foot_room = 40 if lay.footnotes else 0

    def on_end(canvas, _doc):
        count[0] += 1
        header, footer = furniture(lay, count[0], total)
        canvas.setFont(lay.font, lay.font_size - 2)
        xs = {"left": lay.margin_left, "right": width - lay.margin_right, "center": width / 2}
        for strings, y, align in ((header, height - lay.margin_top + 22, lay.header_align),
                                  (footer, lay.margin_bottom - 26, lay.footer_align)):
            sides = ["left", "right"] if len(strings) == 2 else [align]
            for text, side in zip(strings, sides, strict=False):
                draw = {"left": canvas.drawString, "right": canvas.drawRightString, "center": canvas.drawCentredString}
                draw[side](xs[side], y, text)
                printed.append(text)
        y = lay.margin_bottom + foot_room - 12
        while pending:
            note = pending.pop(0)
            canvas.setFont(lay.font, lay.font_size - 2.5)
            canvas.drawString(lay.margin_left, y, note)
            notes.append(note)
            y -= lay.font_size

    frame = Frame(lay.margin_left, lay.margin_bottom + foot_room, width - lay.margin_left - lay.margin_right,
                  height - lay.margin_top - lay.margin_bottom - foot_room, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(str(pdf), pagesize=pagesize, invariant=1, title="")
    doc.addPageTemplates([PageTemplate(frames=[frame], onPageEnd=on_end)])
    doc.build(story(lay, _styles(lay), pending))
    return count[0], printed, notes


def make_document(article: dict, rng: random.Random, out: Path, doc_id: str) -> dict:
    """One report: PDF, pdftotext text and gold; returns the gold."""
    lay = choose_layout(article, rng)
    pdf = out / f"{doc_id}.pdf"
    pages, _, _ = build(lay, pdf, 99)
    pages, printed, notes = build(lay, pdf, pages)  # again, now that "of N" knows N
    subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(out / f"{doc_id}.txt")], check=True)
    # a footnote's mark as the page prints it, raised: a mark, not a number of the sentence ("Dec. 6.¹")
    paragraphs = [b["text"] + (raised_mark(b["mark"]) if b["kind"] == "footnoted" else "") for b in lay.blocks
                  if b["kind"] != "table"]
    tables = [b for b in lay.blocks if b["kind"] == "table"]
    gold = {
        "id": doc_id, "url": article["url"], "title": lay.title,
        "byline": " ".join(lay.byline_lines) or None, "published": lay.published, "published_line": lay.published_line,
        "paragraphs": paragraphs, "artifacts": lay.letterhead + printed,
        "footnotes": notes, "tables": [{"caption": t["caption"], "rows": t["rows"]} for t in tables],
        "layout": {**lay.describe(), "pages": pages},
    }
    (out / f"{doc_id}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def make_set(out: Path, seed: int, count: int, source: Path) -> list[dict]:
    """`count` reports from a seeded draw of the articles into a fresh folder `out`."""
    if shutil.which("pdftotext") is None:
        sys.exit("make_reports: pdftotext (poppler-utils) is not installed; nothing made")
    register_fonts()
    rng = random.Random(seed)
    pool = articles(source)
    chosen = rng.sample(pool, min(count, len(pool)))
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    return [make_document(a, rng, out, f"s{seed}-{k:02d}-{a['id'][:10]}") for k, a in enumerate(chosen)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--articles", type=Path, default=EVAL / "html" / "gold.json")
    a = ap.parse_args()
    if not a.articles.is_file():
        sys.exit(f"make_reports: {a.articles}: no article texts there")
    made = make_set(a.out, a.seed, a.count, a.articles)
    pages = sum(g["layout"]["pages"] for g in made)
    print(f"{len(made)} reports, {pages} pages, into {a.out}")


if __name__ == "__main__":
    main()
