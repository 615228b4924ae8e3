"""Whether an element is page furniture (navigation, share bars, hidden pop-ups) by its own markup.

Enters: an lxml element and its lower-case tag. Leaves: 'hard' (its tag, role or visibility makes it
furniture), 'soft' (only its class and id words do: `soft_furniture.resolve_soft_furniture` then asks whether it
holds a minor share of the page's text), 'comments' (its class and id words name reader comments or
their form: furniture whatever its share, see `soft_furniture`) or None; `comment_heading`, whether a heading
counts the comments below it ("27 commentaires"); `attribute_words`, an element's class and id words, for
the other decisions that read them (captions, bylines, leads).

Why it works: templates name their furniture in class and id words ("sidebar", "share-tools") and tags
(`<nav>`, `<aside>`), and hide what a script shows later; a page repeats a few class strings on thousands
of elements, so each string (and each class and id pair) is judged once and cached.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from lxml.html import HtmlElement

from ...data import alternation, load_json

PROTECTED_TAGS = frozenset({"html", "body", "article", "main"})
_SPLIT_WORDS = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
_NOT_WORD = re.compile(r"[^A-Za-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


@cache
def vocabulary() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("html_furniture.json").items() if isinstance(v, list)}


@lru_cache(maxsize=4096)
def _shown_classes(class_: str) -> frozenset[str]:
    """An element's classes but those that hide it; a page repeats a few class strings: each is split once."""
    return frozenset(class_.split()) - vocabulary()["hiding_classes"]


def attribute_words(el: HtmlElement) -> frozenset[str]:
    return _class_and_id_words(el.get("class", ""), el.get("id", ""))


def class_words(el: HtmlElement) -> frozenset[str]:
    """The words of the element's class alone (an id may be a section's anchor, named for its subject)."""
    return _class_and_id_words(el.get("class", ""), "")


@lru_cache(maxsize=16384)
def _class_and_id_words(class_: str, id_: str) -> frozenset[str]:
    # a page repeats a few class strings on thousands of elements: each is split once
    both = f"{class_} {id_}"
    if both == both.lower():  # no capital, so no camelCase to cut: the simpler pattern cuts the same words
        return frozenset(filter(None, _NOT_WORD.split(both)))
    return frozenset(w.lower() for w in _SPLIT_WORDS.split(both) if w)


# the attributes that can make an element furniture (or keep it from being): an element with none of them
# (a link's href, a picture's src) is judged by its tag alone
_MARKING_NAMES = frozenset({"class", "id", "role", "style", "hidden", "aria-hidden", "itemprop", "itemtype"})
_HIDES, _FURNITURE, _COMMENTS, _CONTENT = 1, 2, 4, 8  # what an element's class and id say (`_class_and_id_marks`)


def furniture_mark(el: HtmlElement, tag: str) -> str | None:
    """'hard' when the tag, role or visibility makes the element furniture, 'soft' when only its class
    and id words do (a page's wrapper may be called "has-sidebar"), 'comments' when they name reader
    comments, else None."""
    # what the tag alone says, in one look-up (the walk asks of every element it visits)
    by_tag = _tag_marks().get(tag)
    nested = False
    if by_tag is not None:
        if by_tag is not _NESTED:
            return by_tag or None  # "hard", "soft", or "" for a protected tag
        # the HTML standard's nesting: an article inside another is a comment on it or a related item (a card
        # pointing to another story), furniture where it holds a minor share of the text, and a comment,
        # whatever its share, where its microdata or class words say so (read below); one whose class names
        # a body (body_words) is the body of the article around it (a forum's post is an <article> whose text
        # sits in an <article class="message-body">), one named by another content word ("story-card") a card
        nested = next(el.iterancestors("article"), None) is not None
        if not nested:
            return None
    # the names first, in one call: most elements carry one or two attributes, and reading one costs as
    # much as listing them all; an element without any that marks (a good share of a page's) is not furniture
    names = el.keys()
    if _MARKING_NAMES.isdisjoint(names):
        return "soft" if nested else None
    get = el.get
    if "itemprop" in names and get("itemprop") == "articleBody":
        return None
    if ("itemprop" in names or "itemtype" in names) and _comment_microdata(el):
        return "comments"
    class_, marks = "", 0
    if "class" in names or "id" in names:
        class_ = get("class", "")
        marks = _class_and_id_marks(class_, get("id", ""))
    if _hidden(el, names, marks):
        return None if _one_page_of_many(el, class_, shown=False) else "hard"
    if "role" in names and get("role").lower() in vocabulary()["furniture_roles"]:
        return "soft"
    if marks & _COMMENTS:
        return "comments"
    if marks & _FURNITURE:
        if _one_page_of_many(el, class_, shown=True) or _box_in_text(el, class_, get("id", "")):
            return None
        return "soft"
    if nested and marks & _CONTENT and _class_and_id_words(class_, get("id", "")) & vocabulary()["body_words"]:
        return None
    return "soft" if nested else None


def _paragraph(el: HtmlElement) -> bool:
    """A <p>, or a <div> holding text of its own (DocBook's Publican output writes <div class="para">)."""
    if el.tag == "p":
        return True
    return el.tag == "div" and (bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el))


def _box_in_text(el: HtmlElement, class_: str, id_: str) -> bool:
    """A box the writer set into the text, however its class names it ("sidebar" is DocBook's word for such a note
    as for a page's column): it comes right after a paragraph of the text (empty anchors aside), or after such a
    box, and holds prose of its own. A page's column stands beside the text's container, after a heading of its own or
    first in its row."""
    if _class_and_id_words(class_, id_).isdisjoint(vocabulary()["box_words"]):
        return False
    before = el.getprevious()
    # an empty element is known by its first piece of text that is not white space, not by its whole text (the
    # sibling before a box is often the article's whole body)
    while before is not None and (not isinstance(before.tag, str) or not any(t.strip() for t in before.itertext())):
        before = before.getprevious()
    # a run of boxes after a paragraph: each is set into the text as the first is (asked before the box's own
    # descendants are walked for a paragraph: a page's menus and columns, which follow no paragraph, hold many)
    if before is None or not (_set_in_text(before) or _box_in_text(before, before.get("class", ""), before.get("id", ""))):
        return False
    return any(_paragraph(d) for d in el.iterdescendants() if isinstance(d.tag, str))


_LIST_TAGS = ("ul", "ol", "dl")
_CAPTION_CHARS = 300  # a figure's title, not a paragraph


def _set_in_text(el: HtmlElement) -> bool:
    """Whether an element is a piece of the text a box can follow: a paragraph, a list (DocBook wraps it:
    `div.orderedlist > ol`) or a figure (a picture with no more text than its title: DocBook's `div.figure`). The
    container of a page's text holds paragraphs and more than a title, and a page's column follows that."""
    if _paragraph(el) or el.tag == "figure":
        return True
    if el.tag in _LIST_TAGS:
        return not _links_only(el)
    if el.tag != "div":
        return False
    first = next((c for c in el if isinstance(c.tag, str) and (c.tag != "a" or c.text_content().strip())), None)
    if first is not None and first.tag in _LIST_TAGS:
        return not _links_only(first)
    return next(el.iter("img", "picture"), None) is not None and len(el.text_content().strip()) <= _CAPTION_CHARS


def _links_only(el: HtmlElement) -> bool:
    """Whether a list's words are all its links' (a menu, a list of other pages), not items of the text: its
    characters other than white space, counted with and without those of its links."""
    words = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return linked >= words


_NESTED = "article"  # the tag whose mark depends on where it stands


@cache
def _tag_marks() -> dict[str, str]:
    """What a tag says by itself, in `furniture_mark`'s order: 'hard' (furniture_tags) before 'soft'
    (soft_furniture_tags) before `_NESTED` (an article: furniture only inside another) before "" (a protected tag:
    never furniture); other tags are not listed, their attributes decide."""
    vocab = vocabulary()
    marks = dict.fromkeys(PROTECTED_TAGS, "")
    marks[_NESTED] = _NESTED
    marks.update(dict.fromkeys(vocab["soft_furniture_tags"], "soft"))
    marks.update(dict.fromkeys(vocab["furniture_tags"], "hard"))
    return marks


@lru_cache(maxsize=16384)
def _class_and_id_marks(class_: str, id_: str) -> int:
    """_HIDES when a whole class hides the element, _FURNITURE when the class and id words name furniture and
    no content, _COMMENTS when they name reader comments and no content, _CONTENT when they name content; a
    page repeats a few class strings on thousands of elements: each pair is read once."""
    vocab = vocabulary()
    words = _class_and_id_words(class_, id_)
    marks = _HIDES if not vocab["hiding_classes"].isdisjoint(class_.split()) else 0
    if not words.isdisjoint(vocab["content_words"]):
        marks |= _CONTENT
    else:
        if not words.isdisjoint(vocab["comment_words"]):
            marks |= _COMMENTS
        if not words.isdisjoint(vocab["furniture_words"]):
            marks |= _FURNITURE
    return marks


def _comment_microdata(el: HtmlElement) -> bool:
    """Whether microdata marks the element as a comment (itemprop="comment", itemtype ".../Comment")."""
    vocab = vocabulary()
    itemtype = el.get("itemtype")
    return (el.get("itemprop") in vocab["comment_itemprops"]
            or (itemtype is not None and itemtype.rstrip("/").rpartition("/")[2] in vocab["comment_itemtypes"]))


def in_comments(el: HtmlElement) -> bool:
    """Whether the element sits in a comment list or a comment form (a form, or an element whose class and id
    words or microdata name comments): an "author" there is a reader or a form field, not the page's."""
    for a in el.iterancestors():
        if (a.tag == "form" or _class_and_id_marks(a.get("class", ""), a.get("id", "")) & _COMMENTS
                or _comment_microdata(a)):
            return True
    return False


@cache
def _comment_heading() -> re.Pattern[str]:
    """A count and a noun for comments, either way round, alone or before the post's title in quotes:
    "27 commentaires", "Comments (3)", "Kommentare: 12", "One thought on “Title”", "12 Responses to "Title"";
    the count makes it a heading over comments, not a section of a text about comments."""
    vocab = vocabulary()
    nouns = alternation(vocab["comment_nouns"])
    count = rf"(?:\d+|{alternation(vocab['count_words'])})"
    title = r"(?:\s+\w+\s+[\"'“”„«‘’‚].*)?"
    return re.compile(rf"^\s*(?:\(?{count}\)?\s+(?:{nouns}){title}|(?:{nouns})\s*(?:[(:]\s*)?\d+(?:\s*\))?)[\s:.]*$",
                      re.I | re.S)


_REFERENCE_CHARS = 300  # a title and where it appeared, not a paragraph


@cache
def _cross_reference() -> re.Pattern[str]:
    labels = alternation(vocabulary()["cross_reference_labels"])
    # the label, then a separator or the capital or quote that opens the other article's title or author:
    # "Read more about it" and "Related to this," are sentences
    return re.compile(rf"^\W*(?i:{labels})(?:\s*[:|»›>–—-]|\s+[\"“«„‘'(]?[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def cross_reference(text: str, link_chars: int) -> bool:
    """Whether a unit is a box pointing to another article ("Lire aussi Jane Doe, « Title », June 2018"),
    set inside the text: it opens with such a label, holds a link and is no longer than a reference."""
    return bool(link_chars) and len(text) <= _REFERENCE_CHARS and _cross_reference().match(text) is not None


def comment_heading(text: str) -> bool:
    """Whether a heading's text counts the comments below it (see `_comment_heading`)."""
    return len(text) < 200 and _comment_heading().match(text) is not None


def _hidden(el: HtmlElement, names: list[str], marks: int | None = None) -> bool:
    """Whether the element is hidden (`marks`, its `_class_and_id_marks`, when the caller has them)."""
    if marks is None:
        marks = _class_and_id_marks(el.get("class", ""), el.get("id", ""))
    return ("hidden" in names or bool(marks & _HIDES) or ("aria-hidden" in names and el.get("aria-hidden") == "true")
            or ("style" in names and bool(_HIDDEN_STYLE.search(el.get("style")))))


_PAGE_WINDOW = 50  # siblings looked at each way: a paged article's shown page is among its first pages


def _one_page_of_many(el: HtmlElement, class_: str, shown: bool) -> bool:
    """Whether the element is one page of a text a script shows a page at a time (a list article of thirty
    items, a slideshow): a run of siblings of one tag and one class but for the classes that hide them, one
    of them shown and the others hidden. Its pages are the article's, whatever hides them or the class calls
    them ("gallery"); a hidden menu or pop-up has no shown twin beside it, and a run of shown twins (a menu's
    items) is no paged text: the look stops at the second shown one. `class_` is the element's class
    attribute and `shown` whether it is shown, both read by the caller already.

    Siblings are stepped to one by one (`getprevious`, `getnext`): the look mostly stops at the first of them
    (another tag, another class, a shown twin), and an iterator each way cost more than those steps."""
    classes = _shown_classes(class_)
    if not classes:
        return False
    shown_count = 1 if shown else 0
    hidden = 1 - shown_count
    tag = el.tag
    for before in (True, False):
        sibling = el
        for _ in range(_PAGE_WINDOW):  # comments and processing instructions count towards the window
            sibling = sibling.getprevious() if before else sibling.getnext()
            if sibling is None:
                break
            sibling_tag = sibling.tag
            if not isinstance(sibling_tag, str):
                continue
            if sibling_tag != tag or _shown_classes(sibling.get("class", "")) != classes:
                break
            if _hidden(sibling, sibling.keys()):
                hidden += 1
            else:
                shown_count += 1
                if shown_count > 1:
                    return False
    return shown_count == 1 and hidden >= 1
