"""Forum threads and Q&A pages: their posts are the page's text. Pages of our own, shaped as Stack Exchange,
Discourse's crawler view, phpBB's prosilver and XenForo 2 write them (one template per post, in a loop)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.parse.html.page import parse_html
from scoexport.records import Source

_QUESTION = ("I have a folder of scanned pages whose names contain spaces, and I want to replace every space with an "
             "underscore. My loop breaks each name into pieces and mv complains that the files do not exist.")
_ANSWERS = ("Let the shell expand the pattern itself and quote the variable every time you use it, because a glob "
            "never splits a name at its spaces and hands each matching name to the loop as one word.",
            "If the rename from Perl is installed, it does the whole folder in one command and prints what it would "
            "do when you add the -n option first.")
_REPLIES = ("Two tablespoons of citric acid in a full kettle of water does it for mine. Bring it to the boil, switch it "
            "off and leave it for twenty minutes, then pour it away and boil clean water twice.",
            "The heating plate is sealed under the steel floor on most kettles made in the last twenty years, so the "
            "acid never touches it.",
            "Thank you both, it worked.")
_OPENING = ("Our water is very hard and the kettle builds up a thick white crust every few weeks. I have been using "
            "vinegar, but the smell stays in the kettle for days and the tea tastes of it. A neighbour suggested "
            "citric acid powder instead: how much should I use for a 1.7 litre kettle, and is it safe for the heating "
            "plate underneath? I would rather not ruin the kettle on the first try.")


def _text(body: str, head: str = "") -> str:
    page = f"<html><head><title>Thread</title>{head}</head><body>{body}</body></html>"
    parsed = parse_html(Source("page.html", page.encode(), "sha", page, "utf-8", "html"))
    return " | ".join(" ".join(ln.text for ln in b.lines) for b in parsed.blocks)


def _se_post(kind: str, n: int, text: str, signature: str) -> str:
    return (f"<div class='post-layout'><div class='votecell'><div class='js-vote-count' itemprop='upvoteCount'>{n}</div></div>"
            f"<div class='{kind}cell post-layout--right'><div class='s-prose js-post-body' itemprop='text'><p>{text}</p></div>"
            f"<div class='post-signature'><div class='user-info'><div class='user-action-time'>{signature} "
            "<span class='relativetime'>Jan 9 at 14:11</span></div><div class='user-details' itemprop='author'>"
            f"<a href='/users/{n}'>user{n}</a></div></div></div></div></div>")


def test_a_question_and_all_its_answers_are_the_text_and_the_comments_under_them_are_not() -> None:
    comments = ("<div class='comments js-comments-container'><ul class='comments-list'><li class='comment js-comment'>"
                "<span class='comment-copy'>Never parse the output of ls; see the FAQ on word splitting and globbing.</span>"
                "</li></ul></div>")
    answers = "".join(f"<div id='answer-{i}' class='answer js-answer' itemprop='suggestedAnswer' itemscope "
                      f"itemtype='https://schema.org/Answer'>{_se_post('answer', 7 + i, text, 'answered')}</div>"
                      for i, text in enumerate(_ANSWERS))
    body = ("<div itemprop='mainEntity' itemscope itemtype='https://schema.org/Question'><h1 itemprop='name'>How do I "
            "rename files that contain spaces in a loop?</h1><div id='mainbar' role='main'>"
            f"<div class='question js-question' id='question'>{_se_post('post', 3, _QUESTION, 'asked')}{comments}</div>"
            f"<div id='answers'><h2>2 Answers</h2>{answers}</div></div></div>")
    text = _text(body)
    assert _QUESTION in text and _ANSWERS[0] in text and _ANSWERS[1] in text
    assert "Never parse the output" not in text and "answered" not in text


def _discourse_post(n: int, text: str, reply: bool) -> str:
    micro = " itemprop='comment' itemscope itemtype='http://schema.org/Comment'" if reply else ""
    return (f"<div id='post_{n}' class='topic-body crawler-post'{micro}><div class='crawler-post-meta'><span class='creator' "
            f"itemprop='author'><a href='/u/user{n}'><span itemprop='name'>user{n}</span></a></span><span "
            f"class='crawler-post-infos'><time itemprop='datePublished' datetime='2023-02-1{n}T10:02:40Z' class='post-time'>"
            f"February 1{n}, 2023, 10:02am</time><span itemprop='position'>{n}</span></span></div>"
            f"<div class='post' itemprop='text'><p>{text}</p></div></div>")


def test_the_replies_of_a_thread_that_microdata_calls_comments_are_its_posts() -> None:
    """Discourse writes the replies as the opening post is, and marks them as schema.org Comments."""
    posts = _discourse_post(1, _OPENING, False) + "".join(_discourse_post(i + 2, t, True) for i, t in enumerate(_REPLIES))
    body = (f"<div id='main-outlet' class='wrap' role='main'><div id='topic-title'><h1>Kettle descaling with citric acid"
            f"</h1></div><div itemscope itemtype='http://schema.org/DiscussionForumPosting'>{posts}</div></div>")
    text = _text(body)
    assert _OPENING in text and all(reply in text for reply in _REPLIES)
    assert "10:02am" not in text  # each post's name and date are no part of its text


def test_reader_comments_marked_by_microdata_but_written_by_their_own_template_stay_out() -> None:
    comments = "".join(f"<div class='comment' itemprop='comment' itemscope itemtype='http://schema.org/Comment'><p>{t}</p>"
                       "</div>" for t in _REPLIES * 3)
    text = _text(f"<article class='post'><h1>Kettles</h1><div class='entry'><p>{_OPENING}</p></div>"
                 f"<section class='discussion'>{comments}</section></article>")
    assert _OPENING in text and _REPLIES[0] not in text


def _phpbb_post(n: int, text: str) -> str:
    return (f"<div id='p{8810 + n}' class='post has-profile bg{1 + n % 2}'><div class='inner'><dl class='postprofile'><dt>"
            f"<a href='./memberlist.php?u={n}' class='username'>user{n}</a></dt><dd class='profile-posts'><strong>Posts:"
            f"</strong> {40 + n}</dd></dl><div class='postbody'><div id='post_content{8810 + n}'><h3><a href='#p{n}'>"
            f"Re: Kettle</a></h3><p class='author'>by <strong>user{n}</strong> » Mon Nov 14, 2022 7:42 pm</p>"
            f"<div class='content'>{text.replace('. ', '.<br><br>', 1)}</div></div></div></div></div><hr class='divider'>")


def test_every_post_of_a_phpbb_thread_is_the_text() -> None:
    """phpBB writes a post as loose text and line breaks in a div: the longest post won the vote alone."""
    posts = "".join(_phpbb_post(i, t) for i, t in enumerate((_OPENING, *_REPLIES)))
    body = (f"<div id='page-body' class='page-body' role='main'><h2 class='topic-title'><a href='./viewtopic.php?t=1'>"
            f"Kettle</a></h2>{posts}<div class='stat-block online-list'><h3>Who is online</h3><p>Users browsing this "
            "forum: no registered users and 3 guests</p></div></div>")
    text = _text(body)
    assert "Our water is very hard" in text and "Thank you both, it worked." in text and "sealed under the steel" in text
    assert "Mon Nov 14" not in text and "Who is online" not in text


@settings(max_examples=10, deadline=None)
@given(st.lists(st.sampled_from((_OPENING, *_REPLIES, *_ANSWERS)), min_size=2, max_size=8))
def test_every_post_stays_whatever_their_number_and_lengths(texts: list[str]) -> None:
    posts = "".join(_phpbb_post(i, t) for i, t in enumerate(texts))
    text = _text(f"<div id='page-body' class='page-body' role='main'>{posts}</div>")
    for t in texts:
        assert t.split(". ")[-1].rstrip(".") in text


def test_a_xenforo_post_is_an_article_whose_body_is_an_article_too() -> None:
    """XenForo sets each post's text in an <article class="message-body"> inside the post's <article>: the body
    of the post, not a card pointing elsewhere; its replies are marked as schema.org Comments."""
    def post(n: int, text: str) -> str:
        micro = "" if n == 0 else " itemscope itemtype='https://schema.org/Comment'"
        return (f"<article class='message message--post js-post' data-content='post-{n}' id='js-post-{n}'{micro}>"
                f"<div class='message-inner'><section class='message-user' itemprop='author'><h4 class='message-name'>"
                f"<a class='username'>user{n}</a></h4></section><div class='message-main'><header "
                f"class='message-attribution'><time class='u-dt' datetime='2024-03-02T18:11:40+0100'>Mar 2, 2024</time>"
                f"</header><div class='message-content'><article class='message-body js-selectToQuote'><div itemprop='text'>"
                f"<div class='bbWrapper'>{text}</div></div></article></div></div></div></article>")
    posts = "".join(post(i, t) for i, t in enumerate((_OPENING, *_REPLIES)))
    body = ("<div class='p-body-header'><h1 class='p-title-value'>Kettle descaling</h1></div><div class='block-body "
            f"js-replyNewMessageContainer'>{posts}</div><div class='p-body-sidebar'><h3>Similar threads</h3><ul><li><a "
            "href='/t/1'>Washing machine smells of damp</a> Started by maren, Replies: 7</li></ul></div>")
    text = _text(body)
    assert _OPENING in text and all(reply in text for reply in _REPLIES)
    assert "Similar threads" not in text and "Mar 2, 2024" not in text


def test_boxes_sharing_the_article_body_class_outside_any_post_stay_out() -> None:
    """A theme's class for text ("text_post_section") on the article and on a box of teasers beside it: no post's
    wrapper holds either, so the page is no thread."""
    teaser = ("<div class='col-3'><div class='text_post_section'><p>Mazda builds its new model in a more flexible "
              "plant, and Kia starts making the European Sportage this week.</p></div></div>")
    body = (f"<div class='section'><h1>Mini SUVs</h1><div class='row'><div class='col-9'><div class='text_post_section'>"
            f"<p>{_OPENING}</p><p>{_QUESTION}</p></div></div>{teaser}</div></div>")
    text = _text(body)
    assert _OPENING in text and "Mazda builds" not in text


_STORY = ("The county council agreed on Tuesday to buy a second ferry for the northern crossing, after a winter in "
          "which the only boat broke down four times and the islands were cut off for eleven days in all.",
          "The new boat will carry forty cars and run every two hours in summer; the council expects it to enter "
          "service in the spring of next year, once the harbour at the far shore has been dredged.",
          "Fishermen, who have carried the post across since January, said the decision came a year too late.")
_NEXT = ("Bus timetables for the islands change from Monday: the early service leaves the harbour ten minutes later "
         "to meet the ferry, and the last bus of the day now waits for the evening crossing.")


def _wp_article(n: int, tag: str, title: str, paragraphs: tuple[str, ...]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<article id='post-{n}' class='post-{n} post type-post status-publish'><header class='entry-header'>"
            f"<{tag} class='entry-title'>{title}</{tag}></header><div class='entry-content'>{text}</div></article>")


def test_a_next_article_set_under_a_blog_post_is_no_post_of_a_thread() -> None:
    """WordPress writes every article with one template: a next or related article loaded under the post
    (`div.infinite-wrap`) is a twin by its markup, but titled and short: a separate article, not a reply."""
    body = (f"<div id='primary'><main id='main'>{_wp_article(101, 'h1', 'A second ferry', _STORY)}"
            f"<div class='infinite-wrap'>{_wp_article(99, 'h2', 'New bus times', (_NEXT,))}</div></main></div>")
    text = _text(body)
    assert _STORY[0] in text and _STORY[2] in text
    assert "Bus timetables" not in text
    # untitled, a short twin is still no post unless it is one of three or more
    untitled = "<article class='post-{n} post'><div class='entry-content'>{text}</div></article>"
    story = "".join(f"<p>{p}</p>" for p in (*_STORY, *_STORY))
    body = (f"<main>{untitled.format(n=101, text=story)}<div class='infinite-wrap'>"
            f"{untitled.format(n=99, text=f'<p>{_NEXT}</p>')}</div></main>")
    assert "Bus timetables" not in _text(body)
