"""How wide a document's lines were set: the font family, a full line's width and an indented opening's.

Extracted text keeps no geometry, but a justified paragraph leaves a trace of it: a line wrapped
because its next word did not fit. No line is set wider than the measure, so in the right font the
widest line bounds it, and the wrapped lines, with their next word, all reach past that bound; in a
wrong font the widest line is one whose letters the font overrates, and fewer lines reach it. Of the
families shipped (glyph_widths.json) the one that explains most wrapped lines is taken. Paragraphs
that open with an indented line leave the same trace one indent short: the lines opening a paragraph
after a short, finished one all stop below a width that the next word would have overrun.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from unicodedata import east_asian_width

from ..data import load_json
from ..text import ends_sentence

MIN_WRAPPED_LINES = 5
MAX_SAMPLE_LINES = 400  # enough to tell the font and its width; keeps long documents cheap
STRAY_SHARE = 0.02  # lines set wider than the measure (two lines run together, a long link)
WIDTH_PERCENTILE = 0.9  # the width of a typical full line
FIT_SLACK = 1.02  # glyph widths are estimates: a line had room only when the next word clearly fitted
MIN_INDENTED_OPENINGS = 6
MAX_OPENING_SHARE = 1.0  # indented openings stay below a typical full line
MIN_HELD_SHARE = 0.8
MAX_INDENT_SHARE = 0.15  # indents are narrower: an opening that stops shorter than this ended its paragraph
# pdftotext joins a line ending in a hyphenated word's first half to the next one (dropping the hyphen), so a
# "line" may be two set lines: a full one and a tail. Lines are never set this much wider than the typical line
RUN_TOGETHER = 1.5
MIN_FULL_SHARE = 0.8  # a line this near a full one's width is taken for a full line (ragged text stops short)
TWO_LINES = 2.1  # and no wider than two lines: a line wider still is set to a wider measure than the sample's


# distinct words remembered per font, in each of two generations: a few thousand make up most of any text. The memo
# lives as long as the process, so its bound is memory every worker reaches on a large corpus: at 100,000 words
# (cleared when full) the 4 fonts held about 50 MB after 1 GB of text, far less after 100 MB; at 20,000 in two
# generations they hold about 16 MB, reached within the first few MB of any corpus, and measure about 1% of
# words glyph by glyph (a memo of 20,000 cleared when full: 5%)
MEMO_WORDS = 20_000


class _Glyphs(dict):
    """One family's glyph widths; a character the family lacks gets the default, or a whole em when East Asian wide."""

    def __init__(self, widths: dict[str, int], default: int) -> None:
        super().__init__(widths)
        self.default = default

    def __missing__(self, ch: str) -> int:
        return 1000 if east_asian_width(ch) in "WF" else self.default


class _WordWidths(dict):
    """Width of each word met lately in one font (a memo: words repeat, so each is summed glyph by glyph once).

    Bounded in two generations: when the memo holds MEMO_WORDS words it becomes the older generation and a new
    one starts; a word found in the older one is carried into the new one. The words a text keeps using stay (a
    memo cleared whenever full loses them all at once), and words met once leave with their generation, so the
    memo holds at most twice MEMO_WORDS words however long the run."""

    def __init__(self, glyphs: _Glyphs) -> None:
        super().__init__()
        self.glyph = glyphs.__getitem__
        self.older: dict[str, int] = {}

    def __missing__(self, word: str) -> int:
        if len(self) >= MEMO_WORDS:
            self.older = dict(self)
            self.clear()
        width = self.older.get(word)
        if width is None:
            width = sum(map(self.glyph, word))
        self[word] = width
        return width


@dataclass
class Font:
    """Advance widths of one family, in 1/1000 em."""

    name: str
    widths: dict[str, int]
    default: int
    _glyphs: _Glyphs = field(init=False, repr=False, compare=False)
    _words: _WordWidths = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._glyphs = _Glyphs(self.widths, self.default)
        self._words = _WordWidths(self._glyphs)
        self._space = self._glyphs[" "]

    def glyph(self, ch: str) -> int:
        return self._glyphs[ch]

    def width(self, text: str) -> float:
        """How wide the text is set, in em: word widths (remembered) plus the spaces between them.

        Integer sums in 1/1000 em, so the result is exactly the glyph-by-glyph sum.
        """
        words = text.split(" ")
        return (sum(map(self._words.__getitem__, words)) + (len(words) - 1) * self._space) / 1000


@cache
def fonts() -> tuple[Font, ...]:
    table = load_json("glyph_widths.json")["fonts"]
    return tuple(Font(name, dict(f["widths"]), f["default"]) for name, f in table.items())


def first_word(text: str) -> str:
    return text.split(maxsplit=1)[0] if text.strip() else ""


def span(font: Font, line: str, following: str) -> tuple[float, float]:
    """The widths a line takes without and with the next line's first word, in em."""
    natural = font.width(line)
    return natural, natural + font.width(f" {first_word(following)}")


@dataclass(frozen=True)
class Measure:
    """A document's font, set width (em) and, when paragraphs open indented, the first line's width."""

    font: Font
    width: float
    first_line: float | None = None

    def text(self, text: str) -> float:
        return self.font.width(text)

    def span(self, line: str, following: str) -> tuple[float, float]:
        """As `span`; a line two set lines wide is taken for what it is, a full line and a tail that ends it."""
        natural, with_next = span(self.font, line, following)
        if self.width * RUN_TOGETHER < natural <= self.width * TWO_LINES:
            return natural - self.width, with_next - self.width
        return natural, with_next

    def had_room(self, line: str, following: str, share: float = FIT_SLACK) -> bool:
        """Whether the next word would have fitted on the line, within `share` of a typical full line."""
        return self.span(line, following)[1] < self.width * share

    def fills_first_line(self, line: str, following: str) -> bool:
        """Whether the line is as full as an indented opening can be: the next word would have overrun it."""
        if self.first_line is None:
            return False
        natural, with_next = self.span(line, following)
        return natural <= self.first_line <= with_next


def _wrapped(lines: Sequence[str], gaps: Sequence[str]) -> list[int]:
    return [i for i, gap in enumerate(gaps) if gap == "wrap" and i + 1 < len(lines)]


def _run_together(lines: Sequence[str], wrapped: list[int]) -> set[int]:
    """Wrapped lines that are two set lines the extractor ran together: about twice as long as a full line (most
    lines are full ones, so the upper quartile is one) and going on from a full line of the same paragraph.
    Counted in characters, so that every font is tried on the same lines."""
    lengths = {i: len(lines[i]) for i in wrapped}
    full = sorted(lengths.values())[len(lengths) * 3 // 4]
    return {i for i, n in lengths.items() if full * RUN_TOGETHER < n <= full * TWO_LINES
            and full * MIN_FULL_SHARE <= lengths.get(i - 1, 0) <= full * RUN_TOGETHER}


def _fit(font: Font, lines: Sequence[str], wrapped: list[int], together: set[int]) -> tuple[int, float]:
    """How many wrapped lines reach past the widest line with their next word, and a typical full line's width
    (of the lines not run together: where hyphenated words were joined, they are many)."""
    spans = [span(font, lines[i], lines[i + 1]) for i in wrapped]
    naturals = sorted(a for a, _ in spans)
    bound = naturals[-1 - max(1, int(len(naturals) * STRAY_SHARE))]
    singles = sorted(a for i, (a, _) in zip(wrapped, spans, strict=True) if i not in together)
    typical = singles[min(len(singles) - 1, int(len(singles) * WIDTH_PERCENTILE))]
    return sum(b >= bound for _, b in spans), typical


def _first_line_width(measure: Measure, lines: Sequence[str], gaps: Sequence[str]) -> float | None:
    """How full an opening line gets, when paragraphs open indented (None when they do not)."""
    spans = []
    for i in range(1, min(len(lines) - 1, MAX_SAMPLE_LINES)):
        if gaps[i - 1] == "wrap" and gaps[i] == "wrap" and ends_sentence(lines[i - 1]) and not ends_sentence(lines[i]) \
                and measure.had_room(lines[i - 1], lines[i]):
            spans.append(measure.span(lines[i], lines[i + 1]))
    # a one-line paragraph (a heading, an item) had room even indented: it tells nothing of the indent
    spans = [(a, b) for a, b in spans if b >= measure.width * (1 - MAX_INDENT_SHARE)]
    if len(spans) < MIN_INDENTED_OPENINGS:
        return None
    held, low, high = _most_stabbed(spans)
    width = (low + high) / 2
    if width > measure.width * MAX_OPENING_SHARE or held < len(spans) * MIN_HELD_SHARE:
        return None
    return width


def _most_stabbed(spans: Sequence[tuple[float, float]]) -> tuple[int, float, float]:
    """The widths lying in most spans [natural, with next word): how many spans hold them, and their range."""
    # at equal widths a span's end comes before another's start: the spans are half-open
    events = sorted([(a, 1) for a, _ in spans] + [(b, -1) for _, b in spans])
    best, low, high, count = 0, 0.0, 0.0, 0
    for n, (x, step) in enumerate(events):
        count += step
        if count > best:
            best, low, high = count, x, events[n + 1][0]
    return best, low, high


def fit_measure(lines: Sequence[str], gaps: Sequence[str]) -> Measure | None:
    """The font that explains most wrapped lines, with its full and opening line widths; None on too few lines."""
    wrapped = _wrapped(lines, gaps)[:MAX_SAMPLE_LINES]
    if len(wrapped) < MIN_WRAPPED_LINES:
        return None
    together = _run_together(lines, wrapped)
    scored = [(_fit(font, lines, wrapped, together), n, font) for n, font in enumerate(fonts())]
    (_, width), _, font = max(scored, key=lambda s: (s[0][0], -s[1]))
    return Measure(font, width, _first_line_width(Measure(font, width), lines, gaps))
