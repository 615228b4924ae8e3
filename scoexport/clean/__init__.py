"""Clean: parsed blocks become the kept, repaired blocks of the article with their kinds.

Enters: `Parsed`. Leaves: kept `Block`s (text repaired, kind set: title, subtitle, byline,
dateline, caption, heading, body, reference; section heading), the `Artifact`s removed (so nothing
of the source is lost) and the document's `Metadata`. Plain text is rebuilt line by line:
`furniture` (letterheads, running headers, page numbers), `measure` and `reflow` (paragraphs from
the width the lines were set to), `kinds` and `bylines` (the article's opening lines),
`references` (a reference list's entries, on every route), `repair` (invisible characters,
hyphenation, mojibake), `literals` (where a block writes code, commands and file names inline: HTML's marks, plain
text's backquotes), `language`; `document` runs them.
"""
from __future__ import annotations

from .document import clean

__all__ = ["clean"]
