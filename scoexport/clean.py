"""Clean: normalize text, remove layout artifacts (keeping them), give every block a kind.

This is the first version of the stage: whitespace and invisible characters are normalized,
hard-wrapped lines are joined, and blocks get a kind from their place and shape. Rules for
letterheads, running headers and the other structure of PDF text slot in as further functions
over the same records.
"""
from __future__ import annotations

import re

from .language import guess_language
from .records import Artifact, Block, Metadata, Parsed

_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_HYPHEN_BREAK = re.compile(r"(\w)-$")
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]$")


def normalize(text: str) -> str:
    """NBSP and other spaces to one space, invisible and control characters out."""
    return _SPACES.sub(" ", _CONTROL.sub("", _INVISIBLE.sub("", text))).strip()


def join_lines(lines: list[str]) -> str:
    """Join hard-wrapped lines; a word hyphenated at a line end is rejoined when the next line goes on in lower case."""
    out = ""
    for line in lines:
        if not out:
            out = line
        elif _HYPHEN_BREAK.search(out) and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}"
    return out


def finish_block(block: Block) -> Block:
    block.text = join_lines([t for t in (normalize(ln.text) for ln in block.lines) if t])
    return block


def classify(blocks: list[Block]) -> None:
    """Give each block of plain text a kind from its position and shape; HTML blocks keep their tag's kind."""
    section: str | None = None
    for i, block in enumerate(blocks):
        if block.tag is None:
            looks_like_heading = len(block.text) < 120 and not _SENTENCE_END.search(block.text)
            if i == 0 and looks_like_heading:
                block.kind = "title"
            elif looks_like_heading and len(block.text.split()) <= 12:
                block.kind = "heading"
            else:
                block.kind = "body"
        if block.kind == "heading":
            section = block.text
        elif block.kind == "body":
            block.section = section


def infer_metadata(blocks: list[Block], hints: Metadata) -> Metadata:
    meta = hints
    if not meta.title:
        meta.title = next((b.text for b in blocks if b.kind == "title"), None)
    if not meta.language:
        meta.language = guess_language(" ".join(b.text for b in blocks if b.kind == "body"))
    return meta


def clean(parsed: Parsed) -> tuple[list[Block], list[Artifact], Metadata]:
    blocks = [b for b in (finish_block(b) for b in parsed.blocks) if b.text]
    classify(blocks)
    return blocks, list(parsed.artifacts), infer_metadata(blocks, parsed.metadata)
