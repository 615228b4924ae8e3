"""Interactive sessions in plain text: an interpreter's or a shell's prompt, what is typed after it, and what it prints.

Enters: a line's or a paragraph's text (`session_line`), the paragraphs of a text or a PDF once each has its kind
(`mark_session_output`). Leaves: whether a line opens with a prompt and code, and the output paragraphs made code.

Why it works: a manual shows how a program is used by copying a session as the screen shows it, each command after the
prompt the program writes: Python's ">>> ", a shell's "$ ", R's "> " ("$ mkdir work", ">>> pow(38, -1, 137)",
"> x <- c(1, 2)"). Where no markup sets the session apart (pdftotext's text of a manual whose listings lost their
monospaced font), the prompt at a line's start is what says it: prose opens no line with one. A shell's prompt stands
before a command's name, never before a digit ("$ 5" is a price); R's prompt is also the mark of a quoted mail's line
("> I agree"), so there the code after it must show: a call, an assignment or a help request ("> q()", "> x <- 1:3",
"> ?solve"). What the session prints follows its command, lines of values and no sentence ('[1] "integer"'), until
prose resumes: a sentence, or a phrase of prose (`kinds.PROSE_PHRASE`, in any case: the words leading in to the next
command, "An alternative is", are prose). Its digits and names are the program's, no
facts of the document (bench/devset/README.md: code is like tables).
"""
from __future__ import annotations

import re

from ..records import Block
from ..text import ends_sentence, sentence_inside

# a prompt at the line's start and the code typed after it (see the module's docstring)
_SESSION = re.compile(r"^(?:>>>(?: |$)|(\$) [A-Za-z./~]|> (?:\?{1,2}[A-Za-z.]|[A-Za-z.][\w.]*\s*(?:\(|<-|\[)))")
# four words in lower case in a row: a sentence's words, where a command's arguments are names, options and paths
_WORDS = re.compile(r"(?<![\w/.:=_$-])[a-z]+ [a-z]+ [a-z]+ [a-z]+(?![\w/:=_-])")


def session_line(text: str) -> bool:
    """Whether a line (or a paragraph's first line) opens with an interactive prompt and the code typed after it. A
    "$" opening a line of prose about it ("$ matches only at the end of the line", a regular expression's anchor) is
    followed by a sentence's words, which a shell's command is not."""
    m = _SESSION.match(text)
    return m is not None and (m.group(1) is None or _WORDS.search(text) is None)


def mark_session_output(blocks: list[Block]) -> None:
    """Makes code the body paragraphs that follow a session's paragraph (`kinds.is_code` made it code: it opens with
    a prompt) and read as a program's output, no prose; the first paragraph of prose, or of another kind (a heading,
    a caption), ends the session."""
    from .kinds import PROSE_PHRASE  # kinds reads `session_line`: imported here, once both are loaded

    in_session = False
    for block in blocks:
        if block.kind == "code":
            in_session = in_session or session_line(block.text)
            continue
        text = block.text
        # a phrase of prose in any case: a lead-in to the next command ("An alternative is") opens with a capital
        if in_session and block.kind == "body" and not (
                ends_sentence(text) or sentence_inside(text) or PROSE_PHRASE.search(text.lower())):
            block.kind = "code"
            continue
        in_session = False
