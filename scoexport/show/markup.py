"""HTML pieces shared by the pages of `scoexport show`: escaping, safe names, facts marked in a text.

Everything that comes from a dataset (text, values, kinds, IDs, paths) is document content, so it
reaches the page only through `esc` (element text and quoted attribute values) or `slug` (class
names, element IDs, file names). A hostile document therefore shows as text and never adds markup.
"""
from __future__ import annotations

import hashlib
import html
import re
from functools import cache
from importlib import resources

from ..data import load_json
from ..records import Fact

_SAFE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def esc(value: object) -> str:
    """Text for element content or a double-quoted attribute value."""
    return html.escape("" if value is None else str(value), quote=True)


def slug(value: object) -> str:
    """A name safe in a class, an ID, a URL fragment and a file name: the value itself when it is
    letters, digits, '-' and '_' (dataset IDs and kinds are), else a hash of it."""
    text = "" if value is None else str(value)
    if _SAFE_NAME.fullmatch(text):
        return text
    return "x" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def page_name(doc_id: str) -> str:
    return f"{slug(doc_id)}.html"


def entity_anchor(entity_id: str) -> str:
    return f"entity-{slug(entity_id)}"


@cache
def style() -> str:
    return resources.files("scoexport").joinpath("data", "show.css").read_text(encoding="utf-8")


def artifact_reason(kind: str) -> str:
    """Why cleaning removes an artifact of this kind (`data/artifact_reasons.json`), or '' if unknown."""
    reasons = load_json("artifact_reasons.json")
    return str(reasons.get(kind, "")) if not kind.startswith("_") else ""


def shell(title: str, body: str) -> str:
    """A whole page: inline style, no script, nothing fetched from anywhere."""
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">\n"
            f"<title>{esc(title)}</title>\n<style>\n{style()}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def fact_label(fact: Fact, speakers: dict[str, str]) -> str:
    """What hovering over a fact shows: its kind and normalized value, and what qualifies it."""
    parts = [f"{fact.kind}: {fact.value}" if fact.value not in (None, "") else f"{fact.kind} (no value)"]
    if fact.kind == "quote":
        parts[0] = f"quote by {speakers.get(fact.entity_id or '', 'unknown speaker')}"
    elif fact.kind == "entity" and fact.entity_type:
        parts[0] = f"{fact.entity_type}: {fact.value}"
    if fact.unit:
        parts.append(f"unit: {fact.unit}")
    if fact.qualifier:
        parts.append(f"qualifier: {fact.qualifier}")
    if fact.precision:
        parts.append(f"precision: {fact.precision}")
    return "; ".join(parts)


def mark_facts(text: str, facts: list[Fact], speakers: dict[str, str], link: dict[str, str]) -> str:
    """The text with each fact in an element titled with its value; entities are links (`link`:
    entity_id -> href). Facts nest (a quote holds names); one that crosses the end of an enclosing
    fact is cut at that end, so the elements always nest."""
    out: list[str] = []
    stack: list[tuple[int, str]] = []  # (end, closing tag) of the open elements
    pos = 0

    def emit_to(end: int) -> None:
        nonlocal pos
        if end > pos:
            out.append(esc(text[pos:end]))
            pos = end

    for fact in sorted(facts, key=lambda f: (f.start, -f.end)):
        start, end = max(fact.start, 0), min(fact.end, len(text))
        while stack and stack[-1][0] <= start:
            emit_to(stack[-1][0])
            out.append(stack.pop()[1])
        if stack:
            end = min(end, stack[-1][0])
        if start >= end or start < pos:
            continue
        emit_to(start)
        kind = slug(fact.kind)
        title = esc(fact_label(fact, speakers))
        in_link = any(tag == "</a>" for _, tag in stack)  # a link inside a link would break the page's tree
        href = link.get(fact.entity_id or "") if fact.kind == "entity" and not in_link else None
        if href:
            out.append(f'<a class="fact f-{kind}" href="{esc(href)}" title="{title}">')
            stack.append((end, "</a>"))
        else:
            out.append(f'<span class="fact f-{kind}" title="{title}">')
            stack.append((end, "</span>"))
    while stack:
        emit_to(stack[-1][0])
        out.append(stack.pop()[1])
    emit_to(len(text))
    return "".join(out)
