"""Nothing is lost: every non-whitespace character of the source is in a paragraph or an artifact."""
from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean import clean
from scoexport.parse.text import parse_text
from scoexport.records import Source

# pieces that make the layouts of PDF text likely: page furniture, letterheads, datelines, wraps
PIECES = st.sampled_from([
    "\n", "\n\n", "\f", "Page 2", "- 3 -", "4 / 9", "REPORT OF THE INSTITUTE", "東方研究所", "By Dr. Ann Lee, Fellow,",
    "Published on 3 May 2021", "May 3, 2021 by Some Outlet", "(Photo via Archive)", "remark-", "able", "Heading",
    "The council met again.", "and the harbour", "\u00a0", "\u200b", "\x07", "Ã©", "  ", "Governor",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=40).map(" ".join)


def covered(text: str) -> tuple[set[int], list[tuple[int, int]]]:
    data = text.encode("utf-8", "surrogatepass")
    source = Source("t.txt", data, hashlib.sha256(data).hexdigest(), text, "utf-8", "text")
    blocks, artifacts, _ = clean(parse_text(source))
    para_spans = [span for b in blocks for span in b.spans]
    spans = para_spans + [(a.start, a.end) for a in artifacts]
    return {i for s, e in spans for i in range(s, e)}, para_spans


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_visible_character_is_kept_in_order(text: str) -> None:
    inside, para_spans = covered(text)
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and i not in inside]
    assert not lost, [text[i] for i in lost]
    starts = [s for s, _ in para_spans]
    assert starts == sorted(starts)
