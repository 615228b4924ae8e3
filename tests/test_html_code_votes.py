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


def test_a_pre_the_markup_does_not_mark_as_code_votes_as_prose() -> None:
    # a mail archive sets the mail as it was sent, in a bare <pre>: its commas are clauses, and it must outvote a
    # column of notes beside it; a <pre> counts as a listing only where the markup says so (listings.is_code)
    mail = ("Hello all, the meeting moves to Thursday, since the hall is booked on Tuesday, and the caretaker, who "
            "keeps the keys, is away. Bring the minutes, the budget, the list of members, and, if you can, a pen. "
            "Thanks, see you there, and sorry for the short notice, Anna")
    note = ("The archive keeps every message sent to the list since it began; a message can be answered "
            "from the page of its thread by anyone who has joined the list before.")
    body = (f"<h1>Meeting moved</h1><div id='message'><pre>{mail}</pre></div>"
            f"<div id='about'><div><p>{note}</p><p>{note}</p></div></div>")
    assert "the caretaker, who keeps the keys" in _text(body)


def test_a_pre_holding_code_is_a_listing_for_the_vote_and_the_kind_alike() -> None:
    page = ("<html><head><title>Setup</title></head><body><h1>Setup</h1>"
            f"<div class='text'><p>{_PROSE}</p><pre><code>install(a, b, c)\nrun(a, b)</code></pre></div></body></html>")
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    kinds = {" ".join(ln.text for ln in b.lines): b.kind for b in parsed.blocks}
    assert kinds["install(a, b, c) run(a, b)"] == "code"
