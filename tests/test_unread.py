"""A paragraph's unread spans (`extract/unread.py`): literals and a caption's credit, decided in one place, and the
one filter every family's facts pass. Paragraphs written as manuals and news captions write them."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from scoexport.extract.unread import CREDIT, LITERAL, UnreadSpan, read_facts, unread_spans
from scoexport.records import Fact, Paragraph

from .facts_util import facts_of, of_kind

# a caption's own words, then its credit, as news sites set them (None: the picture is shared "via" someone, a
# person of the story, and nothing of the line is a credit)
_CAPTIONS = [
    ("Der Bürgermeister bei der Eröffnung der neuen Brücke.", "Foto: Karla Brenner/Nordkurier"),
    ("Governors attend the debate in Miami, Florida, Nov. 8, 2023.", "Jo Park/AFP via Getty Images"),
    ("Die beiden Freunde am Ufer der Elbe.", "© Jana Kolb"),
    ("The foreign minister greets the delegation (Photo via Hua Chunying/X)", None),
]
_WORDS = ["Run", "dpkg-buildpackage", "-j", "4", "on", "the", "build", "host", "and", "read", "NEWS.Debian", "before",
          "you", "upload", "it", "in", "2024,", "as", "Ian", "Jackson", "wrote"]
_KINDS = ["entity", "date", "number", "ordinal", "quote", "acronym"]


@st.composite
def _paragraphs(draw: st.DrawFn) -> tuple[list[Paragraph], list[list[tuple[int, int, str]]]]:
    """Paragraphs of a manual's prose with some words marked as literals, and captions; for each, the spans a test
    knows are unread, built apart from `unread_spans`."""
    paragraphs, known = [], []
    for seq in range(draw(st.integers(1, 5))):
        pid = f"doc-p{seq:04d}"
        if draw(st.booleans()):
            description, credit = draw(st.sampled_from(_CAPTIONS))
            text = description if credit is None else f"{description} {credit}"
            paragraphs.append(Paragraph("doc", pid, seq, "caption", None, text, [(0, len(text))]))
            known.append([] if credit is None else [(len(description) + 1, len(text), CREDIT)])
            continue
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
        marked = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
        text, literals = "", []
        for word, literal in zip(words, marked, strict=True):
            start = len(text) + (1 if text else 0)
            text = f"{text} {word}" if text else word
            if literal:
                literals.append((start, start + len(word)))
        paragraphs.append(Paragraph("doc", pid, seq, "body", None, text, [(0, len(text))], literals=literals))
        known.append([(s, e, LITERAL) for s, e in literals])
    return paragraphs, known


@given(_paragraphs(), st.data())
def test_a_fact_starting_inside_an_unread_span_is_dropped_and_any_other_kept(drawn, data: st.DataObject) -> None:
    paragraphs, known = drawn
    facts = []
    for i, p in enumerate(paragraphs):
        for n, start in enumerate(data.draw(st.lists(st.integers(0, len(p.text) - 1), max_size=8))):
            kind = data.draw(st.sampled_from(_KINDS))
            end = data.draw(st.integers(start + 1, len(p.text)))
            facts.append(Fact(f"f{i}-{n}", "doc", p.paragraph_id, None, kind, p.text[start:end], None, start, end))
    unread = unread_spans(paragraphs)
    assert {pid: u.spans for pid, u in unread.items()} == {
        p.paragraph_id: [UnreadSpan(*span) for span in spans] for p, spans in zip(paragraphs, known, strict=True) if spans}
    spans_of = {p.paragraph_id: spans for p, spans in zip(paragraphs, known, strict=True)}

    def barred(f: Fact) -> bool:
        return any(s <= f.start < e and not (why == LITERAL and f.kind == "acronym")
                   for s, e, why in spans_of[f.paragraph_id])
    assert read_facts(facts, unread) == [f for f in facts if not barred(f)]


def test_the_line_under_a_credits_label_alone_is_unread_whole() -> None:
    label = Paragraph("doc", "doc-p0000", 0, "caption", None, "Фото:", [(0, 5)])
    maker = Paragraph("doc", "doc-p0001", 1, "caption", None, "личный архив Андрея Петрова", [(0, 27)])
    unread = unread_spans([maker, label])  # read in document order, whatever order they come in
    assert unread["doc-p0001"].spans == [UnreadSpan(0, 27, CREDIT)]


def test_a_literal_holds_no_number_but_an_acronyms_definition_is_read() -> None:
    text = "Run make -j 4 to build the sdist, and the source distribution (sdist) is uploaded 2 times."
    literals = [(4, 13), (27, 32)]
    p = Paragraph("doc", "doc-p0000", 0, "body", None, text, [(0, len(text))], literals=literals)
    number = Fact("n", "doc", p.paragraph_id, None, "number", "4", "4", 12, 13)
    acronym = Fact("a", "doc", p.paragraph_id, None, "acronym", "sdist", "source distribution", 27, 32)
    after = Fact("m", "doc", p.paragraph_id, None, "number", "2", "2", 82, 83)
    assert read_facts([number, acronym, after], unread_spans([p])) == [acronym, after]


def test_a_captions_credit_gives_no_date_but_its_description_does() -> None:
    caption = "Die Feuerwehr am Hafen in Rostock am 3. Mai 2023. Foto: Karla Brenner/Nordkurier, 2023"
    facts, _ = facts_of("The harbour wall was rebuilt after the storm, the mayor said on Tuesday.", caption,
                        kinds=("body", "caption"))
    dates = [f.text for f in of_kind(facts, "date") if f.paragraph_id == "doc-p0001"]
    assert dates == ["3. Mai 2023"]


def test_a_credit_is_judged_by_the_paragraph_right_before_it_even_an_unread_one() -> None:
    """`clean.kinds` judges a caption by the block right before it, whatever its kind; the credit is judged by the
    same paragraph: a name under a code block is no maker's line, though a credit's label stands above the code."""
    facts, _ = facts_of("Foto:", "kran --last 40\nstart()", "Tomas Brenner", kinds=("caption", "code", "caption"))
    assert [f.text for f in of_kind(facts, "entity")] == ["Tomas Brenner"]
    facts, _ = facts_of("Foto:", "Tomas Brenner", kinds=("caption", "caption"))
    assert of_kind(facts, "entity") == []
