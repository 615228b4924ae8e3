"""Literals: where a block's text writes code, a command, a file name or a value typed as it is.

Enters: a block's final text, and for an HTML block the texts its markup marks as literals (`<code>`, `<kbd>`,
DocBook's `<span class="command">`: `parse.html.tree.literal_mark`), for a PDF block its lines' spans set in a
monospaced font (`Line.literals`, `parse.pdf.fonts`). Leaves: the spans of the text they cover.
Manuals, HOWTOs and developer documents write commands, options, file names, code points and string literals inline
in their sentences, marked as such: the text stays the paragraph's, but what is inside is no quotation ("length of
first string=" in a string literal), no number or version ("-j 4", "U+265E", "python3.11") and no name ("Popen",
"NEWS.Debian"): extract reads no fact that starts there.

An HTML block's literals are found in its text again, in order, each after the last: the walk hands over the
element's text, which the block's text holds as written (cleaning folds its white space), and where it started.
A PDF line's literals are handed over the same way (`font_marks`); one that runs to the line's end and goes on at
the next line's start is one literal, joined as the lines are joined (a hyphen taken out where the word goes on).

Plain text marks a literal by its syntax, as reStructuredText and Markdown write one: ``double backquotes``, a role
(:file:`debian/rules`, :ref:`label`), or `single backquotes` (Markdown's code, reST's interpreted text), but not a
hyperlink reference (`text <url>`_, `name`_), whose text is prose. Inline markup opens after a space, an opening
bracket or quotation mark and before a character that is not a space, and closes after one and before a space or
punctuation, as docutils reads it: a backquote inside a word (a TeX quotation `like this') opens nothing.
"""
from __future__ import annotations

import re

from ..records import Line, Span
from .repair import join_lines, normalize

# what may stand before inline markup's start and after its end (docutils' rules, in short)
_BEFORE = r"(?<![^\s'\"(\[{<\-/:‘“«])"
_AFTER = r"(?![^\s'\")\]}>\-/:.,;!?’”»\\])"
_ROLE = r":[A-Za-z][\w.+-]*(?::[A-Za-z][\w.+-]*)?:"
_WRITTEN = re.compile(
    rf"{_BEFORE}``(?=\S)(?:(?!``).)+?(?<=\S)``{_AFTER}"  # an inline literal
    rf"|{_BEFORE}(?:{_ROLE})?`(?=[^\s`])[^`]*?(?<=[^\s`])`(?:{_ROLE})?{_AFTER}"  # a role's text, interpreted text, code
)


def font_marks(lines: list[Line], compounds: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """A PDF block's literals as the HTML walk hands them over (`Block.marked`): where each starts in the lines joined
    by spaces, and its text; a literal at a line's end that the next line's first literal goes on is joined to it as
    `repair.join_lines` joins the two lines (`compounds`: the hyphenated compounds the document writes)."""
    marks: list[tuple[int, str]] = []
    at = 0
    open_end = False  # whether the last literal handed over ran to its line's end
    for line in lines:
        text = line.text
        goes_on, open_end = open_end, False
        for start, end in line.literals:
            piece = normalize(text[start:end])
            if not piece:
                continue
            if goes_on and not text[:start].strip():
                marks[-1] = (marks[-1][0], join_lines([marks[-1][1], piece], compounds))
            else:
                marks.append((at + len(normalize(text[:start])) + (1 if text[:start].endswith(" ") else 0), piece))
            goes_on, open_end = False, not text[end:].strip()
        at += len(normalize(text)) + 1
    return marks


def marked_literals(text: str, literals: list[tuple[int, str]]) -> list[Span]:
    """Where each literal HTML marked is in the block's text: given where it started in the lines the block joins and
    its text, the place of that text nearest there, after the literal before (cleaning takes out invisible characters
    and joins a hyphenated word, so a literal may stand a little before its first place; the text of a short one,
    "1", is often written earlier in a longer word, "16"). The literal's text is cleaned as the lines were
    (`repair.normalize`: spaces folded, invisible characters out). One the text does not hold there is left out."""
    spans: list[Span] = []
    at = 0
    for hint, literal in literals:
        literal = normalize(literal)  # as the block's lines were: invisible characters out ("max\u00adconnections")
        found = _nearest(text, literal, at, hint) if literal else -1
        if found >= 0:
            at = found + len(literal)
            spans.append((found, at))
    return spans


# cleaning takes characters out before a literal (invisible ones: soft hyphens, zero-width spaces; a hyphen that
# joins a word again), so a literal stands at most this far before where the walk met it; and a little after it where
# a mojibake repair lengthens the text. The search stays in between: each literal costs a bounded scan.
_BACK_CHARS, _AHEAD_CHARS = 1024, 64


def _nearest(text: str, literal: str, at: int, hint: int) -> int:
    """The place of `literal` in text at or after `at` nearest `hint`, or -1."""
    end = hint + _AHEAD_CHARS + len(literal)
    best = -1
    found = text.find(literal, max(at, hint - _BACK_CHARS), end)
    while found >= 0:
        if best < 0 or abs(found - hint) < abs(best - hint):
            best = found
        if found >= hint:
            break
        found = text.find(literal, found + 1, end)
    return best


def written_literals(text: str) -> list[Span]:
    """Spans of the inline literals plain text writes by reStructuredText's or Markdown's syntax, backquotes and role
    included."""
    if "`" not in text:
        return []
    return [m.span() for m in _WRITTEN.finditer(text)]
