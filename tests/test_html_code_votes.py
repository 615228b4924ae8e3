"""A manual's page cut into many short sections, one of them holding a long code listing full of commas: the
listing's commas are its syntax, not clauses, and it must not outvote the prose (a page of our own, shaped as
Sphinx writes a HOWTO)."""
from __future__ import annotations

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_PROSE = ("Each request goes through a chain of handlers, and the chain decides what happens when the server answers "
          "with a redirect, asks for a password, or refuses the request outright. Knowing which handler acts first "
          "saves a lot of guessing when something fails.")


def _text(body: str) -> str:
    page = f"<html><head><title>Fetching pages</title></head><body>{body}</body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return " | ".join(" ".join(ln.text for ln in b.lines) for b in parsed.blocks)


def _section(n: int, inner: str) -> str:
    return f"<section id='part-{n}'><h2>Part {n}</h2>{inner}</section>"


def test_a_code_listing_full_of_commas_does_not_outvote_the_prose() -> None:
    table = ",\n".join(f"    {400 + i}: ('Status {i}', 'What status {i} means, in a sentence of its own')"
                       for i in range(60))
    listing = f"<div class='highlight-python3'><div class='highlight'><pre>codes = {{\n{table}\n}}</pre></div></div>"
    sections = "".join(_section(n, f"<p>{_PROSE}</p>") for n in range(6))
    body = f"<div class='body' role='main'><h1>Fetching pages</h1>{sections}{_section(6, listing)}</div>"
    text = _text(body)
    assert "Knowing which handler acts first" in text
