"""Pages that set each paragraph as a <div> (DocBook's and Publican's `<div class="para">`): a manual's chapter cut
into sections is read whole, as one whose paragraphs are <p>. A page of our own, shaped as Publican writes one."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Source


def _body_texts(body: str) -> list[str]:
    page = f"<html><head><title>Thanks</title></head><body>{body}</body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return [" ".join(ln.text for ln in b.lines) for b in parsed.blocks if b.kind == "body"]


def _section(title: str, paragraphs: list[str]) -> str:
    paras = "".join(f'<div class="para">{t}</div>' for t in paragraphs)
    return f'<div class="section"><div class="titlepage"><h3 class="title">{title}</h3></div>{paras}</div>'


def test_div_paragraphs_of_every_section_are_read() -> None:
    first = ["The first edition of this book grew out of notes kept over three winters by a team of volunteers.",
             "Its second edition was paid for by its readers, who gave what they could through a campaign."]
    second = ["Many people read drafts and sent corrections: Ada Birch, Colm Rafferty, Ines Carvalho, Piet Maas, "
              "Lotte Brandt, Sami Kallio, Mirela Pop, Hugo Lenz and a dozen others who asked to stay unnamed.",
              "Their patience, their questions and their care made the book better than we could have made it."]
    third = ["Translators carried it into eleven languages, and some of them rewrote whole chapters as they went.",
             "We thank them all, and we thank the families who lent us to this work for so many evenings."]
    page = ('<ul class="docnav"><li><a href="a.html">Prev</a></li><li><a href="b.html">Next</a></li></ul>'
            '<div class="section"><div class="titlepage"><h2 class="title">6. Acknowledgments</h2></div>'
            + _section("6.1. History", first) + _section("6.2. Contributors", second)
            + _section("6.3. Translators", third) + "</div>")
    texts = _body_texts(page)
    for paragraph in first + second + third:
        assert paragraph in texts
