"""Lightweight markup sources: where a reStructuredText or Markdown text's lines end its paragraphs.

Enters: the kept lines of an unpaged plain text, with the source they are slices of. Leaves: whether the text is
written in such markup (`markup_source`) and, for each pair of lines of one blank-line block, whether the second
opens a paragraph of its own (`MarkupLines.wrap_breaks`), which lines are markup only (`markup_only`), and which
paragraphs are a literal block's lines (`MarkupLines.is_literal`: the one place that makes a markup source's lines
code; `kinds.is_code` reads the other plain texts' paragraphs by their tokens).

Both languages define a paragraph as the lines between blank lines: whoever writes the source wraps its lines by
hand or with an editor's fill, at any column, and a converter (pandoc, Sphinx's text builder) keeps a link's text
and address together and moves them whole to the next line. So a line's length says nothing of where a paragraph
ends (a line may stop at column 24 because "conduct <https://...>`__" did not fit); inside a block only the syntax
does: a list item's bullet or enumerator, an explicit markup line (".. note::"), a field (":Author: ..."), a line
set to another left edge (a definition under its term, a list item's body back at the list's edge), and the lines
of a literal block (after "::" or inside a Markdown fence), where every line is one line of code.

A text is taken for such a source by the marks only these languages make: a section title underlined (or over- and
underlined) with a row of one punctuation character at least as long as the title, an explicit markup line opening
with "..", a Markdown heading opening with "#" marks or a code fence. Two of them are needed; which language it is
is told by the marks only one of them writes (an underline of "=" or "-" with no overline is Markdown's setext
heading as well as reST's title, so it tells neither, and a Markdown text's indented blocks are code after any
paragraph, a reST text's only after "::"); a text extracted from
a PDF (form feeds end its pages) is never one: its lines were set by the page's measure (`reflow`).
"""
from __future__ import annotations

import re

from ..text import TextLine, ends_sentence

MIN_MARKS = 2
MIN_ADORNMENT = 3
MARKDOWN_CODE_INDENT = 4  # CommonMark: four spaces past the text's edge open an indented code block
# reStructuredText's adornment characters (its specification's list of the recommended ones)
_ADORNMENT = re.compile(rf"^([=\-`:'\"~^_*+#<>])\1{{{MIN_ADORNMENT - 1},}}$")
_EXPLICIT = re.compile(r"^\.\.(?:\s|$)")
_TARGET_OR_COMMENT = re.compile(r"^\.\.(?:\s+(?:_[^:]+:|\|[^|]+\|\s+\w+::|\[[^\]]+\]|[\w-]+::)|\s*$)")
# the directives whose content is code (docutils' and Sphinx's), which open a literal block as "::" does
_CODE_DIRECTIVE = re.compile(r"^\.\.\s+(?:code|code-block|sourcecode|parsed-literal)::")
_ATX_HEADING = re.compile(r"^#{1,6}\s+\S")
_FENCE = re.compile(r"^(?:```|~~~)")
# a bullet, an enumerator ("1.", "1)", "(1)", "a.", "#.") and the space after it
_ITEM = re.compile(r"^(?:[-*+•‣◦]|\(?(?:\d{1,3}|[a-zA-Z]|#)[.)])\s+(?=\S)")
_FIELD = re.compile(r"^:[^:`\s][^:`]*:(?:\s|$)")


def is_adornment(text: str) -> bool:
    """A row of one punctuation character: a section title's underline or overline, or a transition."""
    return bool(_ADORNMENT.match(text))


def _underlines_title(lines: list[TextLine], i: int) -> bool:
    """Whether line i underlines a section title: the line above it opens its block (or follows an overline), has
    words, and is no longer than the underline. A rule drawn under a paragraph's last line (a text browser's
    horizontal rule) underlines no title."""
    if not i or not is_adornment(lines[i].text):
        return False
    title = lines[i - 1]
    if title.block != lines[i].block or len(lines[i].text) < len(title.text) or not any(ch.isalnum() for ch in title.text):
        return False
    return i == 1 or lines[i - 2].block != title.block or lines[i - 2].text == lines[i].text


def _setext(lines: list[TextLine], i: int) -> bool:
    """An underline both languages write: a row of "=" or "-" under a title with no overline (Markdown's setext
    heading is reST's section title too)."""
    return lines[i].text[0] in "=-" and (i == 1 or lines[i - 2].text != lines[i].text)


def _marks(lines: list[TextLine]) -> tuple[int, int, int]:
    """How many lines of the text only reStructuredText would write (explicit markup, a title's overline or an
    underline of another character than "=" and "-"), how many only Markdown would (a heading's "#" marks, a code
    fence), and how many both would (`_setext`)."""
    rst = markdown = shared = 0
    for i, tl in enumerate(lines):
        text = tl.text
        if _EXPLICIT.match(text):
            rst += 1
        elif _underlines_title(lines, i):
            if _setext(lines, i):
                shared += 1
            else:
                rst += 1
        elif _FENCE.match(text) or (_ATX_HEADING.match(text) and (i + 1 == len(lines) or lines[i + 1].block != tl.block)):
            markdown += 1
    return rst, markdown, shared


def markup_source(lines: list[TextLine], paged: bool) -> str | None:
    """The markup the text is written in, "rst" or "markdown", if any (see the module's docstring): the language
    more of the marks only one of them writes belong to (a text of setext headings and "#" headings is Markdown,
    whose indented blocks are code; one of setext headings alone reads as reST, as it did)."""
    if paged:
        return None
    rst, markdown, shared = _marks(lines)
    if rst + markdown + shared < MIN_MARKS:
        return None
    return "markdown" if markdown > rst else "rst"


def markup_only(text: str) -> bool:
    """A line that is markup and no text: an adornment, a hyperlink target or comment (".. _label:", "..") or a
    directive with no more than one word after it (".. toctree::", ".. code-block:: sh", ".. image:: logo.png": a
    directive's argument is a language, a file or an address); a directive that carries a sentence (".. note:: Read
    this first") is text."""
    if is_adornment(text) or text == "::":  # "::" alone announces a literal block and prints as nothing
        return True
    m = _TARGET_OR_COMMENT.match(text)
    return bool(m) and len(text[m.end():].split()) <= (1 if text[:m.end()].endswith("::") else 0)


def section_titles(lines: list[TextLine], syntax: list[int], dialect: str) -> set[int]:
    """The lines the syntax makes a section's title (`syntax`: the indices of the markup-only lines): those an
    underline follows, and in Markdown a line opening with "#" marks alone in its block; headings however long or
    however they end."""
    taken = set(syntax)
    titles = {i - 1 for i in syntax if i - 1 not in taken and _underlines_title(lines, i)}
    if dialect == "markdown":
        titles.update(i for i, tl in enumerate(lines) if i not in taken and _ATX_HEADING.match(tl.text)
                      and (i == 0 or lines[i - 1].block != tl.block)
                      and (i + 1 == len(lines) or lines[i + 1].block != tl.block))
    return titles


def _column(text: str, start: int) -> int:
    return start - (text.rfind("\n", 0, start) + 1)


class MarkupLines:
    """The lines of a markup source (all of them, the markup-only ones too: a code directive opens a literal block)
    with the column each starts at, and whether it is a line of a literal block; each line is asked for by itself."""

    def __init__(self, lines: list[TextLine], text: str, dialect: str) -> None:
        self.columns = {id(tl): _column(text, tl.line.start) for tl in lines}
        self.markdown = dialect == "markdown"
        self.literal = {id(tl) for tl, inside in zip(lines, self._literal_lines(lines), strict=True) if inside}

    def syntax(self, lines: list[TextLine], out: set[int]) -> list[int]:
        """The indices of the lines (but those in `out`) that are markup only (`markup_only`); a literal block's
        lines are all text, whatever they look like."""
        return [i for i, tl in enumerate(lines) if i not in out and id(tl) not in self.literal and markup_only(tl.text)]

    def is_literal(self, paragraph: list[TextLine]) -> bool:
        """Whether the paragraph is lines of a literal block: program text, set apart as `<pre>` sets it apart in
        HTML, whose digits, quotation marks and names are no facts of the document (its kind is "code")."""
        return all(id(tl) in self.literal for tl in paragraph)

    def text_column(self, tl: TextLine) -> int:
        """The column the line's text goes on at: after a list item's marker the item's text (and its next lines)
        start further right."""
        m = _ITEM.match(tl.text)
        return self.columns[id(tl)] + (m.end() if m else 0)

    def _literal_lines(self, lines: list[TextLine]) -> list[bool]:
        """Lines of a literal block. In reST, the blocks after a line ending "::" or a code directive (".. code-block::
        sh") set right of that paragraph's left edge; in Markdown, the blocks set four columns or more right of where
        the paragraph before them goes on (a list item's text: its own next paragraphs are set to that column), and
        the lines between two code fences."""
        literal = [False] * len(lines)
        inside: int | None = None  # the column a block must reach to go on with the literal block in force
        fenced = False
        paragraph = 0  # the column the last paragraph of text goes on at
        for i, tl in enumerate(lines):
            if self.markdown and _FENCE.match(tl.text):
                fenced = not fenced
                literal[i] = True
                continue
            if fenced:
                literal[i] = True
                continue
            column = self.columns[id(tl)]
            if i == 0 or lines[i - 1].block != tl.block:  # a block opens
                if inside is not None and column < inside:
                    inside = None
                if inside is None and self.markdown and column >= paragraph + MARKDOWN_CODE_INDENT:
                    inside = paragraph + MARKDOWN_CODE_INDENT
                if inside is None:
                    paragraph = self.text_column(tl)
            if inside is not None:
                literal[i] = True
            elif not self.markdown and (tl.text.endswith("::") or _CODE_DIRECTIVE.match(tl.text)):
                block_start = i
                while block_start and lines[block_start - 1].block == tl.block:
                    block_start -= 1
                inside = self.columns[id(lines[block_start])] + 1
        return literal

    def wrap_breaks(self, opening: TextLine, line: TextLine, following: TextLine) -> bool:
        """Whether `following` opens a paragraph although only a line break parts it from `line`, the last line of
        the paragraph `opening` opened."""
        if id(line) in self.literal or id(following) in self.literal:
            return True  # one line of code is one line
        text = following.text
        if _EXPLICIT.match(text) or _FIELD.match(text) or markup_only(text) or markup_only(line.text):
            return True
        if _ITEM.match(text) and (_ITEM.match(opening.text) or line.text.endswith(":") or ends_sentence(line.text)):
            return True  # an item after another item, or after the sentence that leads the list in
        if self.markdown:
            return False  # Markdown's paragraph goes on at any indent ("lazy" continuation lines)
        # reST's paragraph keeps one left edge: a line set elsewhere is a definition under its term, or the text
        # after a list
        column = self.columns[id(following)]
        return column != self.text_column(line) and column != self.columns[id(line)]
