"""Document metadata from what pages carry: JSON-LD, meta tags, itemprop, <time>, bylines."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from lxml.html import HtmlElement

from ...authors import split_names
from ...data import load_json
from ...date_text import iso_date
from ...records import AuthorEvidence, Metadata
from ..stated import language_code
from .date_attrs import any_datetime, attribute_date, aware_datetime
from .doc_authors import docbook_authors, field_list_authors, licensed_holder
from .furniture import in_comments
from .landmarks import Landmarks
from .page_dates import address_date

_SPACE = re.compile(r"\s+")
_SAME_INSTANT_SECONDS = 60
_MAX_OFFSET_SECONDS = 14 * 3600
_QUARTER_HOUR = 900


@cache
def _names() -> dict[str, Any]:
    return load_json("html_meta.json")


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = _SPACE.sub(" ", value).strip()
    return text or None


def _tag_key(el: HtmlElement) -> str:
    """A meta tag's name, lower-cased: its property, name, itemprop or http-equiv, the first it has; "" if none."""
    return (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").strip().lower()


def meta_tags(page: Landmarks) -> dict[str, str]:
    """Meta tag contents by lower-cased name, property or itemprop; the first of each name wins."""
    found: dict[str, str] = {}
    for el in page.meta:
        content = _clean(el.get("content"))
        if content and (key := _tag_key(el)):
            found.setdefault(key, content)
    return found


def _json_ld_objects(page: Landmarks) -> Iterator[dict[str, Any]]:
    for el in page.scripts:
        if "ld+json" not in (el.get("type") or "").lower() or not el.text:
            continue
        text = el.text.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().rstrip(";")
        try:
            data = json.loads(text, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    return {str(t).rsplit("/", 1)[-1] for t in (kind if isinstance(kind, list) else [kind]) if t}


def json_ld_article(page: Landmarks) -> dict[str, Any]:
    """The JSON-LD object that describes the article: the first of the most specific type."""
    wanted = _names()["article_types"]
    best: tuple[int, dict[str, Any]] | None = None
    for obj in _json_ld_objects(page):
        ranks = [wanted.index(t) for t in _types(obj) if t in wanted]
        if ranks and (best is None or min(ranks) < best[0]):
            best = (min(ranks), obj)
    return best[1] if best else {}


def _person_names(value: Any, page: Landmarks | None = None) -> list[str]:
    """The names of the JSON-LD authors; an author given by reference ({"@id": ...}, as Yoast's graph writes
    it) is the node of that @id on the page, when it names someone in full (a first name alone is a CMS login)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict) and "name" not in item and item.get("@id") and page is not None:
            # a CMS account's node: its name is a byline's only when written in full ("Tony Carter", not "Josh")
            item = next((o for o in _json_ld_objects(page) if o.get("@id") == item["@id"]
                         and " " in str(o.get("name", "")).strip()), item)
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            names.extend(n for n in name if isinstance(n, str))
        elif isinstance(name, str):
            names.extend(split_names(name))
    return names


def _first(tags: dict[str, str], field: str) -> str | None:
    # a handle ("@CBSNews", from twitter:site) names an account, not the publisher
    return next((tags[n] for n in _names()[field] if n in tags and not tags[n].startswith("@")), None)


def _author_tags(page: Landmarks) -> str | None:
    """The author meta tags of the first author name the page uses, every one of them: Dublin Core and the
    scholarly tags write one element per author (`dc.creator`, `citation_author`), "; " between them."""
    for name in _names()["authors"]:
        values = [content for el in page.meta
                  if _tag_key(el) == name and (content := _clean(el.get("content"))) and not content.startswith("@")]
        if values:
            return "; ".join(dict.fromkeys(values))
    return None


def _author_links(page: Landmarks) -> list[str]:
    """The texts of the first link the page marks rel="author" and of those beside it (co-authors): the most
    explicit byline markup. Links elsewhere with that mark credit other articles (related stories) or readers."""
    links = [a for a in page.author_links if a.text_content().strip() and not in_comments(a)]
    if not links:
        return []
    holder = links[0].getparent().getparent()
    return [" and ".join(a.text_content().strip() for a in links if a.getparent().getparent() is holder)]


def _hcard_author(page: Landmarks) -> str | None:
    """The formatted name ("fn") of the first hCard marked as the author (class "author vcard"), as hAtom, the
    microformat of blog themes, marks an entry's author (`<span class="author vcard"><a class="url fn n">Jo
    Roe</a></span>`); not a card in the comments ("comment-author vcard" is another class word, and `in_comments`).
    Themes print it in a line "Posted by ... on ..." that a page's units may not keep as a byline of their own."""
    for card in page.hcards:
        classes = (card.get("class") or "").split()
        if "author" not in classes or in_comments(card):
            continue
        fn = card if "fn" in classes else next(iter(card.xpath(".//*[contains(concat(' ', @class, ' '), ' fn ')]")), None)
        if fn is not None and (name := " ".join(fn.text_content().split())):
            return name
    return None


def _itemprop(root: HtmlElement, prop: str) -> HtmlElement | None:
    return next(iter(root.xpath(f".//*[@itemprop='{prop}']")), None)


def _item_value(el: HtmlElement) -> str:
    """A microdata property's value: a <meta> holds it in its content attribute, as templates write a
    name no one sees (`<span itemprop="author"><meta itemprop="name" content="Jane Doe"></span>`); any other
    element in its text."""
    if el.tag == "meta":
        return el.get("content") or ""
    return el.text_content()


def _itemprop_date(page: Landmarks, prop: str) -> dt.date | None:
    el = page.itemprop(prop)
    if el is None:
        return None
    return attribute_date(el.get("datetime") or el.get("content") or el.text_content())


def _time_date(page: Landmarks) -> dt.date | None:
    """A <time datetime> marked as the publication date, else the first one in the page's body."""
    times = [t for t in page.times if t.get("datetime")]
    marked = [t for t in times if t.get("pubdate") is not None or "publish" in (t.get("class") or "").lower()]
    for t in marked + times[:1]:
        found = attribute_date(t.get("datetime"))
        if found:
            return found
    return None


def _language(root: HtmlElement, tags: dict[str, str], article: dict[str, Any]) -> str | None:
    raw = root.get("lang") or root.get("xml:lang") or article.get("inLanguage") or _first(tags, "locale")
    return language_code(raw)


def _name_of(value: Any) -> str | None:
    if isinstance(value, dict):
        return _clean(value.get("name"))
    if isinstance(value, list) and value:
        return _name_of(value[0])
    return _clean(value)


def local_day(times: list[HtmlElement], utc_value: str) -> dt.date | None:
    """The day of a UTC timestamp where the page was written, when a <time> element gives the same
    instant with the writer's offset (a story posted late evening in California is dated the next
    day in UTC)."""
    instant = aware_datetime(utc_value)
    if instant is None or instant.utcoffset() != dt.timedelta(0):
        return None
    for el in times:
        local = any_datetime(el.get("datetime") or "")
        if local is None:
            continue
        if local.tzinfo is not None:
            if local.utcoffset() and abs((local - instant).total_seconds()) < _SAME_INSTANT_SECONDS:
                return local.date()
        elif local.date() != instant.date():
            # no offset written: the same instant in local time differs from UTC by whole quarter hours
            shift = (local - instant.replace(tzinfo=None)).total_seconds()
            if abs(shift) <= _MAX_OFFSET_SECONDS and shift % _QUARTER_HOUR == 0:
                return local.date()
    return None


@dataclass
class Published:
    date: dt.date | None
    utc_instant: dt.datetime | None = None  # when the date is the day of a UTC timestamp, not a local one


def _published(page: Landmarks, tags: dict[str, str], article: dict[str, Any], url: str | None) -> Published:
    for value in (_clean(article.get("datePublished")), _clean(article.get("dateCreated")), _first(tags, "published")):
        found = attribute_date(value)
        if found and value:
            local = local_day(page.times, value)
            instant = aware_datetime(value)
            in_utc = local is None and instant is not None and instant.utcoffset() == dt.timedelta(0)
            return Published(local or found, instant if in_utc else None)
    return Published(_itemprop_date(page, "datePublished") or _time_date(page) or address_date(page, url) or _script_date(page))


@cache
def _script_key_pattern() -> re.Pattern[str]:
    keys = "|".join(re.escape(k) for k in _names()["script_keys"])
    return re.compile(r'\\?"(?:' + keys + r')\\?"\s*:\s*\\?"(' + iso_date() + ")")


def _script_date(page: Landmarks) -> dt.date | None:
    """A publication date in the state that a script hands to the page (frameworks render articles from it)."""
    pattern = _script_key_pattern()
    for el in page.scripts:
        m = pattern.search(el.text or "")
        if m:
            return attribute_date(m.group(1))
    return None


def _stated_url(page: Landmarks, tags: dict[str, str], article: dict[str, Any]) -> str | None:
    canonical = next((href for el in page.links if el.get("rel") == "canonical" and (href := el.get("href")) is not None), None)
    return _clean(article.get("url")) or _first(tags, "url") or canonical


def page_url(root: HtmlElement) -> str | None:
    """The URL the page states for itself: its JSON-LD article's, a url meta tag (og:url), the canonical link."""
    page = Landmarks.of(root)
    return _stated_url(page, meta_tags(page), json_ld_article(page))


def page_metadata(root: HtmlElement, byline_texts: list[str],
                  page: Landmarks | None = None) -> tuple[Metadata, Published, AuthorEvidence]:
    """Metadata the page states, the most explicit source first; where it names its authors. `page` is the
    tree's `Landmarks`, when the caller has them already."""
    page = Landmarks.of(root) if page is None else page
    tags = meta_tags(page)
    article = json_ld_article(page)
    title_el = page.title
    url = _stated_url(page, tags, article)
    # itemprop holds a list of properties ("author creator"), as class does
    el = next((e for e in page.itemprops if "author" in (e.get("itemprop") or "").split() and not in_comments(e)), None)
    inner = _itemprop(el, "name") if el is not None else None
    stated = _person_names(article.get("author"), page) or field_list_authors(root) or docbook_authors(root)
    authors = AuthorEvidence(stated, _author_tags(page),
                             _item_value(inner if inner is not None else el) if el is not None else None,
                             _author_links(page) + byline_texts, _hcard_author(page))
    if not (stated or authors.meta or authors.itemprop or authors.hcard or any(map(split_names, authors.bylines))):
        # a page that names nobody (a heading its id marks as a time is no byline's name): a manual's licensed
        # copyright notice names its maker (read only then)
        authors.holder = "; ".join(licensed_holder(root)) or None
    published = _published(page, tags, article, url)
    modified = (attribute_date(_clean(article.get("dateModified"))) or attribute_date(_first(tags, "modified"))
                or _itemprop_date(page, "dateModified"))
    page_title = _clean(title_el.text_content()) if title_el is not None else None
    return Metadata(
        title=_clean(article.get("headline")) or _first(tags, "title") or page_title,
        subtitle=_clean(article.get("description")) or _first(tags, "subtitle"),
        publisher=_name_of(article.get("publisher")) or _first(tags, "publisher"),
        published_date=published.date,
        modified_date=modified,
        language=_language(root, tags, article),
        url=url,
    ), published, authors
