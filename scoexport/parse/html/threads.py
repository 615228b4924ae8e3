"""Threads and questions: pages whose text is a run of posts made by one template (a forum's thread, a Q&A
page's question and answers), not one article.

Enters: the elements the walk marked as comments (`thread_replies`), or the container the vote chose and the
containers that were voted for (`sibling_posts`). Leaves: the marked elements that are posts of the thread, and
the bodies of the other posts, which are the page's text as much as the one that won the vote.

Why it works: forum and Q&A software writes every post with one template, in a loop: each post's text sits in an
element of the same tag and class (phpBB's `div.content`, Discourse's `div.post`, Stack Exchange's
`div.s-prose`), under a wrapper whose class or id names a post, an answer or a question ("post", "message",
"answer"). The longest post wins the vote and the others, being no part of it, were left out; they are found
again as its twins. A blog's reader comments are written with a template of their own, never the post's, so
they are not twins of it. Schema.org's microdata calls a thread's replies `Comment`s (Discourse, XenForo): a
reply set in the same element and class as an unmarked sibling, the thread's opening post, is a post of the
thread and not a reader's comment on an article.
"""
from __future__ import annotations

from collections.abc import Mapping, Set

from lxml.html import HtmlElement

from .furniture import attribute_words, vocabulary

_THREAD_TWINS = 3  # posts beside the best one that make a thread whatever their length


def _template(el: HtmlElement) -> tuple[str, str, str] | None:
    """What one template writes alike for every post: the tag, the class and the id without its digits
    ("post_message_1234"); None for an element with neither class nor id, which nothing tells apart."""
    class_ = " ".join(sorted((el.get("class") or "").split()))
    id_ = "".join(c for c in el.get("id") or "" if not c.isdigit())
    if not class_ and not id_:
        return None
    return str(el.tag), class_, id_


def thread_replies(comment_marks: Set[HtmlElement]) -> set[HtmlElement]:
    """The elements marked as comments that are replies of a thread: one of their siblings, not marked,
    is written by the same template (tag and class) and the mark came from the microdata alone."""
    replies: set[HtmlElement] = set()
    unmarked: dict[HtmlElement, set[tuple[str, str, str]]] = {}
    for el in comment_marks:
        parent = el.getparent()
        key = _template(el)
        if parent is None or key is None or not key[1]:
            continue
        if parent not in unmarked:
            unmarked[parent] = {k for sib in parent if isinstance(sib.tag, str) and sib not in comment_marks
                                and (k := _template(sib)) is not None}
        if key in unmarked[parent]:
            replies.add(el)
    return replies


def _post_wrapper(el: HtmlElement, stop: HtmlElement) -> HtmlElement | None:
    """The nearest element above `el` and below `stop` whose class or id words name a post: the wrapper of one
    post, not the body's own class, which the twins share whatever they are ("text_post_section")."""
    words = vocabulary()["post_words"]
    node: HtmlElement | None = el.getparent()
    while node is not None and node is not stop:
        if not attribute_words(node).isdisjoint(words):
            return node
        node = node.getparent()
    return None


def _common_ancestor(a: HtmlElement, b: HtmlElement) -> HtmlElement | None:
    # the set holds the proxies, so lxml hands out the same ones again (an id() of a dropped proxy may be reused)
    mine = set(a.iterancestors())
    return next((x for x in b.iterancestors() if x in mine), None)


def _titled(wrapper: HtmlElement, el: HtmlElement) -> bool:
    """Whether the wrapper of the post `el` (`_post_wrapper`) holds a title of its own outside `el`: an <h1>, an
    <h2> or a title class ("entry-title"). A blog writes every article with one template too: a next or related
    article set under the post (WordPress's `article.post-99 post` in `div.infinite-wrap`) is titled, a thread's
    reply is not."""
    titles = vocabulary()["title_classes"]
    for h in wrapper.iter():
        if not isinstance(h.tag, str) or h is el or any(a is el for a in h.iterancestors()):
            continue
        if h.tag in ("h1", "h2") or not titles.isdisjoint((h.get("class") or "").split()):
            return True
    return False


def sibling_posts(best: HtmlElement, voted: Mapping[HtmlElement, float], share: float) -> list[HtmlElement]:
    """The bodies of the other posts of the thread the best container is a post of: voted containers (a
    positive score: prose, few links) of its template, each under an untitled wrapper naming a post, as the best
    one is, below the ancestor they share; none inside or around it. Of one or two such twins only those scoring
    `share` of the best's are posts (a next article's teaser is short); three or more are a thread whatever their
    length."""
    key = _template(best)
    if key is None:
        return []
    found = []
    for el, score in voted.items():
        if el is best or score <= 0 or el.tag != best.tag or _template(el) != key:
            continue
        if any(a is best for a in el.iterancestors()) or any(a is el for a in best.iterancestors()):
            continue  # a post quoting another, or the other way round
        shared = _common_ancestor(best, el)
        if shared is None:
            continue
        wrapper = _post_wrapper(el, shared)
        if wrapper is not None and _post_wrapper(best, shared) is not None and not _titled(wrapper, el):
            found.append(el)
    if len(found) >= _THREAD_TWINS:
        return found
    return [el for el in found if voted[el] >= voted[best] * share]
