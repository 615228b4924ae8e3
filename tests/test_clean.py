"""Each cleaning rule on small texts written for it, run through parse and clean."""
from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean import clean
from scoexport.parse.text import parse_text
from scoexport.records import Block, Line, Metadata, Parsed, Source

FILLER = ("The committee met on a grey morning to weigh the proposals that had been sent in over the "
          "winter by members from every region of the country and beyond its borders as well.")


def run(text: str) -> tuple[list, list, Metadata]:
    source = Source("t.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    return clean(parse_text(source))


def wrap(text: str, width: int = 70) -> str:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return "\n".join([*lines, current])


def kinds(blocks: list) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks]


def test_running_header_and_page_numbers_over_three_pages_are_artifacts() -> None:
    pages = []
    for n, shape in enumerate(["Page 1", "- 2 -", "3 / 10"], start=1):
        pages.append(f"Quarterly Review of Harbour Affairs\n\n{wrap(FILLER)}\nThat was page {n}.\n\n{shape}\n")
    text = "Harbour trade grows again\n\n" + "\f".join(pages)
    blocks, artifacts, _ = run(text)
    removed = {(a.kind, a.text) for a in artifacts}
    assert ("page_number", "Page 1") in removed and ("page_number", "- 2 -") in removed and ("page_number", "3 / 10") in removed
    assert sum(a.text == "Quarterly Review of Harbour Affairs" for a in artifacts) == 3
    assert not any("Quarterly Review" in b.text or "Page 1" in b.text for b in blocks)
    assert all(text[a.start:a.end] == a.text for a in artifacts)


def test_letterhead_in_another_script_is_a_banner_and_names_the_publisher() -> None:
    text = ("東方研究所\nEASTERN STUDIES INSTITUTE\n\nRivers and the new canal plan\n\n"
            "By Dr. Ana Silva, Senior Fellow, Eastern Studies Institute\n\nPublished on 4 March 2023\n\n" + FILLER)
    blocks, artifacts, meta = run(text)
    assert [a.kind for a in artifacts] == ["banner", "banner"]
    assert kinds(blocks)[:3] == [
        ("title", "Rivers and the new canal plan"),
        ("byline", "By Dr. Ana Silva, Senior Fellow, Eastern Studies Institute"),
        ("dateline", "Published on 4 March 2023"),
    ]
    assert meta.authors == ["Ana Silva"] and meta.author_affiliation == "Senior Fellow, Eastern Studies Institute"
    assert meta.publisher == "Eastern Studies Institute" and str(meta.published_date) == "2023-03-04"


def test_hyphenated_line_end_is_rejoined() -> None:
    blocks, _, _ = run("A title here\n\nThe minister spoke of a remark-\nable recovery in exports this year.\n")
    assert blocks[-1].text == "The minister spoke of a remarkable recovery in exports this year."


def test_paragraph_broken_by_a_page_break_mid_sentence_is_joined() -> None:
    first = wrap(FILLER + " The delegates then turned to the budget and agreed that the")
    text = f"A title here\n\n{first}\n\nPage 1\n\fharbour fees would rise by a small amount next spring.\n\nPage 2\n"
    blocks, _, _ = run(text)
    assert blocks[-1].text.endswith("agreed that the harbour fees would rise by a small amount next spring.")
    assert blocks[-1].kind == "body" and len(blocks) == 2


def test_paragraph_that_only_lacks_its_final_period_is_not_joined() -> None:
    text = (f"A title here\n\n{FILLER} The motion was carried last autumn through a resolution\n\n"
            f"Upon their return the delegates reported to their members. {FILLER}\n")
    blocks, _, _ = run(text)
    assert [b.kind for b in blocks] == ["title", "body", "body"]
    assert blocks[1].text.endswith("through a resolution")


def test_blank_line_inside_a_sentence_before_a_name_is_joined() -> None:
    text = (f"A title here\n\nGovernor Okafor said the port would reopen. {FILLER} The plan was backed by Governor\n\n"
            "Okafor and by the council at its last meeting.\n")
    blocks, _, _ = run(text)
    assert blocks[-1].text.endswith("backed by Governor Okafor and by the council at its last meeting.")


def test_hard_wrapped_paragraphs_split_where_a_line_stops_short() -> None:
    full_stop_at_edge = "The port authority said that the dredging would start in May this year."
    body = f"{wrap(FILLER)}\nShort end.\n{full_stop_at_edge}\n{wrap(FILLER)}"
    blocks, _, _ = run(f"A title here\n\n{body}\n")
    assert [b.text.split()[-2:] for b in blocks[1:]] == [["as", "well."], ["Short", "end."], ["as", "well."]]
    assert full_stop_at_edge in blocks[3].text  # a sentence ending at the line's edge does not end the paragraph


def test_wrapped_byline_and_dateline_with_publisher() -> None:
    text = ("How the river was saved\n\nBy Prof. Jan Novak, Director,\nCentre for Water and Soil Research with\n"
            "Partners (CWSR), Prague\n\nMay 03, 2022 by River Weekly\n\n" + FILLER)
    blocks, _, meta = run(text)
    assert blocks[1].kind == "byline" and blocks[1].text.endswith("(CWSR), Prague")
    assert meta.authors == ["Jan Novak"]
    assert meta.author_affiliation == "Director, Centre for Water and Soil Research with Partners (CWSR), Prague"
    assert blocks[2].kind == "dateline" and meta.publisher == "River Weekly" and str(meta.published_date) == "2022-05-03"


def test_subtitle_caption_heading_and_sections() -> None:
    text = ("A title here\n\nA standfirst that says in one sentence what the whole story is about today\n\n"
            "March 1, 2021 by Some Outlet\nThe new bridge at dusk (Photo via City Archive)\n\n"
            f"{FILLER}\n\nWhat comes next\n\n{FILLER}\n")
    blocks, _, meta = run(text)
    assert [b.kind for b in blocks] == ["title", "subtitle", "dateline", "caption", "body", "heading", "body"]
    assert blocks[-1].section == "What comes next" and blocks[4].section is None
    assert meta.subtitle and meta.subtitle.startswith("A standfirst")


def test_invisible_characters_and_nbsp_are_dropped_from_text() -> None:
    text = "A title\u200b here\u00a0\u00a0\n\nSome\u00a0text with a zero\u200bwidth\x07 joiner.\n"
    blocks, artifacts, _ = run(text)
    assert blocks[0].text == "A title here" and blocks[1].text == "Some text with a zerowidth joiner."
    invisible = [(a.text, text[a.start:a.end]) for a in artifacts if a.kind == "invisible"]
    assert invisible == [("\u200b", "\u200b"), ("\u200b", "\u200b"), ("\x07", "\x07")]


def test_mojibake_is_repaired() -> None:
    blocks, _, _ = run("A title here\n\nThe cafÃ© reopened on Monday.\n")
    assert blocks[-1].text == "The café reopened on Monday."


def test_html_body_blocks_become_byline_dateline_caption_and_meta_is_kept() -> None:
    text = "<h1>T</h1><p>By Jane Doe, Reuters</p><p>Published 3 May 2021</p><p>A dam (Photo: AP)</p><p>Body.</p>"
    source = Source("t.html", text.encode(), "0" * 64, text, "utf-8", "html")
    html_blocks = [Block([Line(t, 0, 1)], kind=k, tag=tag) for t, k, tag in [
        ("T", "title", "h1"), ("By Jane Doe, Reuters", "body", "p"), ("Published 3 May 2021", "body", "p"),
        ("A dam (Photo: AP)", "body", "p"), ("Body.", "body", "p")]]
    blocks, _, meta = clean(Parsed(source, html_blocks, metadata=Metadata(title="Meta title")))
    assert [b.kind for b in blocks] == ["title", "byline", "dateline", "caption", "body"]
    assert meta.title == "Meta title" and meta.authors == ["Jane Doe"] and str(meta.published_date) == "2021-05-03"


def test_list_items_after_a_colon_and_links_alone_on_their_line_are_paragraphs() -> None:
    lead = "Among the offers of the week the editors picked the following ones for you:"
    body = (f"{wrap(FILLER)}\n{lead}\n1) A folding bicycle with a steel frame\nhttps://shop.example/a1\n"
            f"2) A kettle\nhttps://shop.example/b2\n{wrap(FILLER)}")
    blocks, _, _ = run(f"A title here\n\n{body}\n")
    texts = [b.text for b in blocks[1:]]
    assert texts[1].endswith(lead)
    assert texts[2:6] == ["1) A folding bicycle with a steel frame", "https://shop.example/a1",
                          "2) A kettle", "https://shop.example/b2"]


def test_words_set_one_per_line_stay_in_their_sentence() -> None:
    full_line = "The chair of the meeting then turned to the delegates and asked them to"
    body = f"{wrap(FILLER)}\n{full_line}\nconsider\nthe\nmatter again,\nand they agreed.\n{wrap(FILLER)}"
    blocks, _, _ = run(f"A title here\n\n{body}\n")
    assert any(f"{full_line} consider the matter again, and they agreed." in b.text for b in blocks)


def test_a_refrain_repeated_after_each_section_and_a_rule_line_are_paragraphs_of_their_own() -> None:
    refrain = "Send us your own recipe today."
    full_line = "The port authority said that the dredging would start in May this year."
    section = f"{wrap(FILLER)}\n{full_line}\n{refrain}"
    blocks, _, _ = run(f"A title here\n\n{section}\n{section}\n{full_line}\n______________\n{wrap(FILLER)}\n")
    texts = [b.text for b in blocks[1:]]
    assert texts.count(refrain) == 2 and "______________" in texts
    assert all(t.endswith(("as well.", "this year.")) for t in texts if t not in (refrain, "______________"))


def test_starred_notes_following_each_other_are_separate_paragraphs() -> None:
    notes = "* See the full calendar of the three series online\n*Only the first twelve drivers race for the title"
    blocks, _, _ = run(f"A title here\n\n{wrap(FILLER)}\n{notes}\n")
    assert [b.text for b in blocks[-2:]] == notes.split("\n")


def test_a_line_stopping_short_in_mid_sentence_after_a_full_stop_opens_a_paragraph() -> None:
    full_line = "The port authority said that the dredging would start in May this year."
    indented = "Shipping lines welcomed the plan for the port, though several of"
    body = f"{wrap(FILLER)}\n{full_line}\n{indented}\n{wrap('their captains warned about delays. ' + FILLER)}"
    blocks, _, _ = run(f"A title here\n\n{body}\n")
    assert blocks[-2].text.endswith(full_line) and blocks[-1].text.startswith(indented)


def test_a_dash_and_a_capital_open_a_paragraph_but_a_dash_before_a_clause_does_not() -> None:
    full_line = "The port authority said that all of the dredging would start in early May."
    body = (f"{wrap(FILLER)}\n{full_line}\n— Это правда, — ответил капитан без тени сомнения в голосе.\n"
            f"{wrap(FILLER)}\nThe harbour master, who had served for many years in the old port\n"
            "— which the council closed — was not asked.\n")
    blocks, _, _ = run(f"A title here\n\n{body}")
    texts = [b.text for b in blocks[1:]]
    assert full_line in texts and texts[texts.index(full_line) + 1].startswith("— Это правда")
    assert texts[-1].startswith("The harbour master") and texts[-1].endswith("was not asked.")


def test_a_link_alone_at_the_top_of_a_page_is_not_joined_to_the_item_before_the_break() -> None:
    text = (f"A title here\n\n{wrap(FILLER)}\n{wrap(FILLER)}\n1) A folding bicycle with a steel frame\n\nPage 1\n"
            f"\fhttps://shop.example/a1\n2) A kettle\n\nPage 2\n")
    blocks, _, _ = run(text)
    assert [b.text for b in blocks[-3:]] == ["1) A folding bicycle with a steel frame", "https://shop.example/a1", "2) A kettle"]


def test_labelled_turns_of_an_interview_are_paragraphs_of_their_own() -> None:
    turns = ["Q: Where did you grow up?", "A: By the sea, in a small town on the coast.", "Prof. Ana Ruiz: And later?",
             "A: Abroad, for many years."]
    blocks, _, _ = run("An interview\n\n" + "\n".join(turns) + "\n")
    assert [b.text for b in blocks if b.kind == "body"] == turns


def test_a_label_inside_a_running_sentence_opens_no_paragraph() -> None:
    blocks, _, _ = run("An interview\n\nThe report has a section headed\nSummary: the findings in brief.\n")
    assert [b.text for b in blocks if b.kind == "body"] == ["The report has a section headed Summary: the findings in brief."]


def test_a_hyphen_at_a_line_end_stays_only_where_the_document_writes_the_compound() -> None:
    from scoexport.clean.repair import hyphenated_pairs, join_lines

    compounds = hyphenated_pairs("Their long-term-care plan was well-known.")
    assert join_lines(["a long-", "term view"], compounds) == "a long-term view"
    assert join_lines(["the term-", "care costs"], compounds) == "the term-care costs"
    assert join_lines(["an inter-", "national body"], compounds) == "an international body"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_text_is_never_taken_for_mojibake(text: str) -> None:
    from ftfy.badness import is_bad

    from scoexport.clean.repair import fix_mojibake

    assert not is_bad(text)  # why fix_mojibake may skip ASCII text without asking ftfy
    assert fix_mojibake(text) == text


def _admits_ascii(item: tuple) -> bool:
    """Can this one element of a parsed pattern match an ASCII character?"""
    import re
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_compile as _compiler  # type: ignore[no-redef]
        import sre_parse as _parser  # type: ignore[no-redef]

    one = _parser.SubPattern(_parser.State(), [item])
    pattern = _compiler.compile(one, re.UNICODE)
    return any(pattern.fullmatch(chr(c)) for c in range(128))


def _ops(items: list) -> list:
    """The names of every operation of a parsed pattern, nested ones included (for an anchor, which one)."""
    try:
        from re import _constants  # type: ignore[attr-defined]
    except ImportError:  # Python 3.10
        import sre_constants as _constants  # type: ignore[no-redef]

    found = []

    def walk(node: object) -> None:
        if hasattr(node, "data"):  # a SubPattern
            for op, arg in node.data:
                found.append(str(arg if op is _constants.AT else op))
                walk(arg)
        elif isinstance(node, (tuple, list)):
            for part in node:
                walk(part)

    walk(type("Sub", (), {"data": items})())
    return found


def test_ftfy_badness_is_short_anchorless_and_never_all_ascii() -> None:
    """What `looks_garbled` relies on to search only around non-ASCII characters."""
    import re
    from re import _constants, _parser  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    from scoexport.clean.repair import BADNESS_WIDTH

    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert parsed.getwidth()[1] <= BADNESS_WIDTH
    [(op, (_, branches))] = parsed.data
    assert op is _constants.BRANCH
    # search(text, pos, endpos) reads the window as the text there, but for the start of the text, which
    # only the real start matches: the one anchor allowed
    assert not BADNESS_RE.flags & re.MULTILINE
    ops = set(_ops(parsed.data))
    assert not ops & {"ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS"}
    assert {op for op in ops if op.startswith("AT_")} <= {"AT_BEGINNING"}
    for branch in branches:  # each holds one character no ASCII character can stand for
        assert any(item[0] in (_constants.IN, _constants.LITERAL) and not _admits_ascii(item)
                   for item in branch.data), branch


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeZ \\n.é”’–â€™Ã©ÂœŒ°²×√вЂ│ØÙ", max_size=60), st.text(max_size=40))
def test_garbled_text_is_found_as_ftfy_finds_it(mixed: str, anything: str) -> None:
    from ftfy.badness import is_bad

    from scoexport.clean.repair import looks_garbled

    for text in (mixed, anything, "plain words " * 20 + mixed + " more words" * 20):
        assert looks_garbled(text) == is_bad(text)


def test_a_quotation_cut_at_a_comma_goes_on_with_its_attribution() -> None:
    # the quoted words stop short of the measure, but a paragraph never ends on a comma inside the quotation
    quoted = '"There is a huge road ahead of us now that they are done,"'
    body = f"{wrap(FILLER)}\n{quoted}\nTorrey said. {wrap(FILLER)}\n"
    blocks, _, _ = run(f"A title here\n\n{body}")
    assert blocks[-1].text.startswith(quoted + " Torrey said.")
