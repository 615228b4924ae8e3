"""Parse HTML pages into blocks with beautifulsoup4.

Block elements become blocks; scripts, styles and page furniture are left out and kept as
boilerplate artifacts. Spans point into the decoded HTML source.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from .dates import parse_date
from .records import Artifact, Block, Line, Metadata, Parsed, Source

BLOCK_TAGS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
              "p": "body", "li": "body", "blockquote": "body", "figcaption": "caption", "pre": "body"}
FURNITURE = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg"]
_SPACE = re.compile(r"\s+")


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def _offset(tag: Tag, starts: list[int]) -> int | None:
    if tag.sourceline is None or tag.sourcepos is None:
        return None
    return starts[tag.sourceline - 1] + tag.sourcepos


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        el = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if el and el.get("content"):
            return _SPACE.sub(" ", str(el["content"])).strip()
    return None


def parse_html(source: Source) -> Parsed:
    soup = BeautifulSoup(source.text, "html.parser")
    starts = _line_starts(source.text)
    artifacts: list[Artifact] = []
    for tag in soup.find_all(FURNITURE):
        start = _offset(tag, starts)
        text = _SPACE.sub(" ", tag.get_text(" ")).strip()
        if start is not None and text and tag.name not in ("script", "style"):
            artifacts.append(Artifact("boilerplate", text, start, start + len(str(tag))))
        tag.decompose()
    found: list[tuple[int, Tag]] = []
    for tag in soup.find_all(list(BLOCK_TAGS)):
        if tag.find_parent(list(BLOCK_TAGS)):
            continue
        start = _offset(tag, starts)
        if start is not None:
            found.append((start, tag))
    found.sort(key=lambda item: item[0])
    positions = [s for s, _ in found]
    blocks: list[Block] = []
    for i, (start, tag) in enumerate(found):
        text = _SPACE.sub(" ", tag.get_text(" ")).strip()
        if not text:
            continue
        end = positions[i + 1] if i + 1 < len(positions) else len(source.text)
        blocks.append(Block([Line(text, start, end)], kind=BLOCK_TAGS[tag.name], tag=tag.name))
    title_tag = soup.find("title")
    meta = Metadata(
        title=_meta(soup, "og:title", "twitter:title") or (title_tag.get_text(strip=True) if title_tag else None),
        subtitle=_meta(soup, "og:description", "description"),
        authors=[a for a in [_meta(soup, "author", "article:author")] if a],
        publisher=_meta(soup, "og:site_name"),
        published_date=parse_date(_meta(soup, "article:published_time", "date", "pubdate")),
        modified_date=parse_date(_meta(soup, "article:modified_time")),
        language=(soup.html.get("lang") or "")[:2].lower() or None if soup.html else None,
        url=_meta(soup, "og:url"),
    )
    return Parsed(source, blocks, artifacts, meta)
