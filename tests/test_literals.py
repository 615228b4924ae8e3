"""Code, commands, file names and values written inline as literals hold no facts, on the HTML and the text route."""
from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from scoexport.clean.literals import marked_literals, written_literals
from scoexport.pipeline import process
from scoexport.records import DocumentResult

SPHINX = """<html><head><title>Socket Programming HOWTO</title></head><body><div class="body">
<h1>Creating a Socket</h1>
<p>A socket bound with <code class="docutils literal notranslate"><span class="pre">s.bind(('localhost',</span>
<span class="pre">80))</span></code> is visible only within the same machine, and one bound with
<code class="docutils literal notranslate"><span class="pre">s.bind(('',</span> <span class="pre">80))</span></code>
is reachable by any address the machine has. Most servers listen on 2 ports at most.</p>
<p>The program prints <code class="docutils literal notranslate"><span class="pre">"length</span> <span class="pre">of</span>
<span class="pre">first</span> <span class="pre">string="</span></code> before the length, and the manual warns that
“nothing else is printed” in that case.</p>
<div class="highlight-python3 notranslate"><div class="highlight"><pre><span></span><span class="n">s</span>\
<span class="o">.</span><span class="n">connect</span><span class="p">((</span>\
<span class="s2">"www.python.org"</span><span class="p">,</span>\
 <span class="mi">80</span><span class="p">))</span>
</pre></div></div>
<p>The <code class="xref py py-class docutils literal notranslate"><span class="pre">Popen</span></code> class runs a
program in a new process; the module that holds it was added to Python in 2004.</p>
</div></body></html>"""

DOCBOOK = """<html><head><title>Checking the package</title></head><body><div class="section">
<h2 class="title">Building the package</h2>
<p>Run <span class="command"><strong>dpkg-buildpackage</strong></span> with the option <code class="option">-j 4</code>
to build on four processors, and read the <code class="filename">NEWS.Debian</code> file of the package before you
upload it to the archive for the first time.</p>
<p>The character <code class="literal">U+265E</code> is a black chess knight, and code points run up to
<code class="literal">0x10FFFF</code> in the current standard, which was last revised in September 2023.</p>
</div></body></html>"""

REST = """Building the package
====================

Run ``dpkg-buildpackage -j4`` to build the package on four processors, and
read ``debian/NEWS.Debian`` before you upload it for the first time in 2024.

The file :file:`/usr/share/doc/python3.11/README` lists the changes, and
the `Debian Policy <https://www.debian.org/doc/debian-policy/>`__ holds
the rules that Ian Jackson wrote for the project in 1996.

A string such as ``"length of first string="`` is printed before the
length, and a value like `0x10FFFF` marks the last code point; the new
maintainer wrote that she "welcomed every contributor" in Boston.
"""


def _facts(result: DocumentResult) -> list[tuple[str, str]]:
    body = {p.paragraph_id for p in result.paragraphs if p.kind in ("body", "heading")}
    return [(f.kind, f.text) for f in result.facts if f.paragraph_id in body]


def test_a_sphinx_string_literal_is_no_quote_and_its_digits_no_numbers() -> None:
    result = process(html=SPHINX)
    facts = _facts(result)
    assert ("quote", "length of first string=") not in facts
    assert ("ordinal", "first") not in facts
    assert ("number", "80") not in facts
    # what the prose says around them is read
    assert ("quote", "nothing else is printed") in facts
    assert ("number", "2") in facts and ("date", "2004") in facts
    # the literal's text stays the paragraph's
    assert any("s.bind(('localhost', 80))" in p.text for p in result.paragraphs)


def test_a_highlighted_listing_is_a_block_of_code() -> None:
    result = process(html=SPHINX)
    assert [p.kind for p in result.paragraphs if "www.python.org" in p.text] == ["code"]


def test_docbook_options_file_names_and_code_points_hold_no_facts() -> None:
    result = process(html=DOCBOOK)
    facts = _facts(result)
    assert ("number", "4") not in facts
    assert not any(kind == "entity" and "Debian" in text for kind, text in facts)
    assert ("number", "four") in facts and ("date", "September 2023") in facts
    paragraph = next(p for p in result.paragraphs if "NEWS.Debian" in p.text)
    assert [paragraph.text[s:e] for s, e in paragraph.literals] == ["dpkg-buildpackage", "-j 4", "NEWS.Debian"]


def test_restructuredtext_literals_and_roles_hold_no_facts_but_a_link_text_does() -> None:
    result = process(text=REST)
    facts = _facts(result)
    assert ("quote", "length of first string=") not in facts
    assert ("ordinal", "first") in facts  # "for the first time", in prose
    assert [text for kind, text in facts if kind == "ordinal"] == ["first"]
    assert ("entity", "Debian") in facts  # the link's text, "Debian Policy", is prose
    assert sum(text == "Debian" for kind, text in facts if kind == "entity") == 1  # not the file's NEWS.Debian
    assert ("quote", "welcomed every contributor") in facts
    assert ("date", "1996") in facts and ("date", "2024") in facts


def test_written_literals_follow_docutils_rules() -> None:
    text = "Use ``make -j4``, the :file:`debian/rules` file, `code`, a `link <https://x.org>`_ and TeX `quotes'."
    assert [text[s:e] for s, e in written_literals(text)] == ["``make -j4``", ":file:`debian/rules`", "`code`"]
    assert written_literals("it`s a back`quote inside words") == []


def test_marked_literals_are_found_where_the_markup_put_them() -> None:
    text = "Set -j 4 here, then -j 4 again, and x"
    assert marked_literals(text, [(4, "-j 4"), (20, "-j  4"), (30, "missing")]) == [(4, 8), (20, 24)]
    # a short literal is not the same digits earlier in a longer number
    text = "so a 16 bit integer with the value 1 would be two bytes"
    assert marked_literals(text, [(34, "1")]) == [(35, 36)]


@given(st.text(alphabet="ab `:_<>\"'-", max_size=40))
def test_written_literals_are_ordered_spans_of_backquoted_text(text: str) -> None:
    spans = written_literals(text)
    for s, e in spans:
        assert 0 <= s < e <= len(text) and text[e - 1] == "`"
    assert all(e <= s for (_, e), (s, _) in pairwise(spans))


def test_an_acronym_defined_for_a_literal_is_still_defined() -> None:
    page = ("<html><body><article><h1>Packaging Python</h1><p>Older <code>sdist</code> (&ldquo;source distributions&rdquo;) "
            "package distributions could only share source code, and so needed a compiler on the host machine to build "
            "the package at all.</p></article></body></html>")
    facts = _facts(process(html=page))
    assert ("acronym", "sdist") in facts


def test_the_paragraphs_table_lists_each_paragraphs_literals() -> None:
    from scoexport.export.writer import rows_of

    rows = rows_of(process(html=DOCBOOK))["paragraphs"]
    row = next(r for r in rows if "NEWS.Debian" in r["text"])
    assert [row["text"][s["start"]:s["end"]] for s in row["literals"]] == ["dpkg-buildpackage", "-j 4", "NEWS.Debian"]
    assert [r["literals"] for r in rows if r["kind"] == "heading"] == [[]]


def test_the_walk_notes_where_each_literal_starts_in_its_block() -> None:
    from scoexport.parse import parse
    from scoexport.sources.objects import source_from

    page = DOCBOOK.replace("<p>The character", "<p><code>U+2658</code> and the character")
    marked = [(b, hint, literal) for html in (SPHINX, page) for b in parse(source_from(html=html)).blocks
              for hint, literal in b.marked]
    assert len(marked) == 10
    for block, hint, literal in marked:
        assert " ".join(ln.text for ln in block.lines)[hint:hint + len(literal)] == literal


def test_sphinx_roles_set_in_strong_and_em_are_literals() -> None:
    page = ('<html><body><article><h1>Building</h1><p>Run <strong class="command">make -j 8</strong> on a machine with '
            'eight cores, and read <em class="manpage">deb-changelog(5)</em> for the 3 fields a change log holds.</p>'
            '</article></body></html>')
    result = process(html=page)
    assert [kind_text for kind_text in _facts(result) if kind_text[0] == "number"] == [("number", "eight"), ("number", "3")]
    paragraph = next(p for p in result.paragraphs if "make" in p.text)
    assert [paragraph.text[s:e] for s, e in paragraph.literals] == ["make -j 8", "deb-changelog(5)"]


def test_a_literal_after_invisible_characters_cleaning_takes_out_is_still_found() -> None:
    words = " ".join(["Kon\u00adfi\u00adgu\u00adra\u00adtion"] * 30)  # soft hyphens: 120 characters cleaning takes out
    page = (f"<html><body><article><h1>Bauen</h1><p>{words} mit <code>make -j 4</code> auf acht Kernen, "
            "wie es die Anleitung seit Jahren empfiehlt.</p></article></body></html>")
    result = process(html=page)
    paragraph = next(p for p in result.paragraphs if "make" in p.text)
    assert [paragraph.text[s:e] for s, e in paragraph.literals] == ["make -j 4"]
    assert ("number", "4") not in _facts(result)


def test_ordinary_web_classes_mark_no_literal_where_no_code_tag_does() -> None:
    """A class DocBook writes only on a <code> ("function", "option", "email") is an ordinary class name elsewhere: a
    staff page's role, a form's choice, hCard's address. The tag marks the literal; the class alone marks nothing."""
    page = ('<html><body><article><h1>Our team</h1><p>Anna Berg <span class="function">has led the 12 engineers of '
            'the lab</span> and answers at <span class="email">anna@example.org</span>. The parser calls '
            '<code class="function">strtol(s, 0, 16)</code> and takes <span class="option">3 retries</span> at most.'
            '</p></article></body></html>')
    result = process(html=page)
    paragraph = next(p for p in result.paragraphs if "Anna" in p.text)
    assert [paragraph.text[s:e] for s, e in paragraph.literals] == ["strtol(s, 0, 16)"]
    numbers = [text for kind, text in _facts(result) if kind == "number"]
    assert "12" in numbers and "3" in numbers and "16" not in numbers
