"""The seeded choices of one generated report's layout (for `make_reports.py`).

`choose_layout(article, rng)` draws everything a report's look depends on from `rng` and returns a
`Layout`: page size, font family and size, leading, margins (so line lengths differ), alignment, paragraph
style (first-line indent, space between, both, or neither, where only a short last line shows a break),
hyphenation, a letterhead of 1-4 lines, byline and date shapes, running header and footer shapes (a manual's
"Chapter 6: Legal Matters 5" among them), and the body as blocks (paragraphs, section headings numbered or
not, "3. Outlook" to "6.1.2. Outlook", list items, block quotes, tables, footnoted paragraphs).
The names of institutions, people, sections and notes below are made up; the body is the article's own.
"""
from __future__ import annotations

import datetime
import random
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

FAMILIES = {  # regular, bold, italic
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "DejaVuSans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
}
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
PLACES = ["Harrowgate", "Kestrel Bay", "Altamira", "Silverton", "Brightwater", "Lowmoor", "Eldham", "Quarry Hill"]
KINDS = ["Institute for Public Policy", "Centre for Regional Studies", "Foundation for Economic Research",
         "Policy Observatory", "Council on Civic Affairs", "Society for Media and Society", "Research Unit"]
OTHER_SCRIPTS = ["北岸公共政策研究所", "Институт общественной политики", "Ινστιτούτο Δημόσιας Πολιτικής", "公共政策研究センター"]
SECOND_LINES = ["Working Paper Series", "Briefing Notes", "Department of Economics and Statistics", "Occasional Papers",
                "Office of the Director"]
ADDRESSES = ["4 Mill Lane, {place} KB3 9QT", "117 Riverside Avenue, Suite 400, {place}, OR 97204",
             "Postfach 12 04, 10117 {place}", "Level 9, 2 Quay Street, {place} 2000"]
FIRST = ["Amara", "Jonas", "Priya", "Tomasz", "Helen", "Kwame", "Lucía", "Oliver", "Mei", "Farid", "Ingrid", "Daniel"]
LAST = ["Okafor", "Lindqvist", "Raman", "Kowalczyk", "Brennan", "Mensah", "Ortega", "Whitfield", "Chen", "Haddad"]
ROLES = ["Senior Fellow", "Research Director", "Policy Analyst", "Editor", "Associate Researcher", "Head of Programme"]
HEADINGS = ["Background", "Key findings", "What happens next", "Reactions", "Context", "Outlook", "The numbers",
            "Analysis", "Implications for policy", "Summary"]
CHAPTERS = ["Legal Matters", "Background and Scope", "Methods", "Findings", "Recommendations", "Annexes"]
# how a report numbers its section headings: "3. Outlook", "3 Outlook", within a chapter "6.3 Outlook",
# "6.3. Outlook", one level down "6.3.1. Outlook" (a manual's "3.4.1. Purpose")
NUMBERINGS = ["{n}. ", "{n} ", "{c}.{n} ", "{c}.{n}. ", "{c}.1.{n}. "]
SERIES = ["Policy Brief No. 14", "Briefing Note 2/2021", "Working Paper", "Discussion Paper 37", "Internal Review"]
NOTES = ["Figures as reported at the time of writing.", "See the institute's earlier briefing on the subject.",
         "Quoted from the original article.", "Amounts are in nominal terms, not adjusted for inflation."]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


@dataclass
class Layout:
    title: str
    blocks: list[dict]
    page: str = "a4"
    family: str = "Helvetica"
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    italic: str = "Helvetica-Oblique"
    font_size: float = 10.5
    leading: float = 1.25
    alignment: str = "justify"
    paragraph_style: str = "indented"
    indent: float = 0.0
    space: float = 0.0
    hyphenate: bool = False
    margin_left: float = 72.0
    margin_right: float = 72.0
    margin_top: float = 72.0
    margin_bottom: float = 72.0
    title_size: float = 18.0
    title_align: str = "left"
    letterhead: list[str] = field(default_factory=list)
    letterhead_align: str = "left"
    institution_short: str = ""
    byline_lines: list[str] = field(default_factory=list)
    published: str | None = None
    published_line: str | None = None
    short_title: str = ""
    header_date: str = ""
    header_shapes: list[str] = field(default_factory=list)
    header_align: str = "left"
    header_on_first: bool = False
    footer_shapes: list[str] = field(default_factory=list)
    footer_align: str = "center"
    footer_on_first: bool = True
    footnotes: bool = False

    def describe(self) -> dict:
        """The choices for the gold file (the body itself is the gold's paragraphs)."""
        found = asdict(self)
        found["blocks"] = [b["kind"] for b in self.blocks]
        return found


def register_fonts() -> None:
    """The DejaVu families and a CJK font for letterhead lines in other scripts (reportlab's own fonts are built in)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    # letterheads in other scripts are drawn whatever the seed, so a missing font is an error said up front
    for font in (CJK_FONT, FONT_DIR / "DejaVuSerif.ttf"):
        if not font.exists():
            raise SystemExit(f"{font} is missing: sh scripts/install-test-deps.sh installs it")
    for names in list(FAMILIES.values())[2:]:
        for name in names:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    pdfmetrics.registerFont(TTFont("CJK", str(CJK_FONT), subfontIndex=0))


def roman(n: int) -> str:
    found = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            found, n = found + numeral, n - value
    return found


def printable(text: str) -> str:
    """The text without what a PDF cannot show (emoji, invisible and control characters)."""
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cc", "Co", "So", "Cs") and ord(c) < 0x2E80)


def _dates(rng: random.Random) -> tuple[datetime.date, str | None]:
    day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3000))
    d, m, y, month = day.day, day.month, day.year, MONTHS[day.month - 1]
    shapes = [f"Published on {d} {month} {y}", f"Date: {d} {month} {y}", f"{month} {d}, {y}", f"{y}-{m:02d}-{d:02d}",
              f"Released {d} {month} {y}"]
    if d > 12:  # numeric day-first dates only where no reader could take the day for the month
        shapes.append(f"{d:02d}/{m:02d}/{y}")
    return day, rng.choice([*shapes, None])


def _byline(rng: random.Random, institution: str) -> list[str]:
    a, b = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(2))
    role = rng.choice(ROLES)
    shapes = [[f"By {a}"], [f"By {a} and {b}"], [f"By {a}, {role}"], [f"{a} | {role}"], [f"Author: {a}"],
              [f"By {a}", f"{role}, {institution}"], [f"{a} and {b}", f"{institution}"], []]
    return rng.choice(shapes)


def _letterhead(rng: random.Random, name: str, place: str) -> list[str]:
    site = re.sub(r"\W", "", name.split()[0]).lower()
    extras = [rng.choice(SECOND_LINES), rng.choice(ADDRESSES).format(place=place),
              f"Tel. +44 (0)20 7946 0{rng.randrange(100, 999)}", f"www.{site}.org  |  info@{site}.org",
              rng.choice(OTHER_SCRIPTS)]
    rng.shuffle(extras)
    first = name.upper() if rng.random() < 0.6 else name
    return [first, *extras[: rng.randint(0, 3)]]


def _body(paragraphs: list[str], rng: random.Random, chapter: int = 1) -> list[dict]:
    """The article's paragraphs as blocks, with headings, a list, a quote, a table and footnotes drawn in."""
    paras = paragraphs[: rng.randint(2, 4)] if rng.random() < 0.2 else list(paragraphs)
    blocks: list[dict] = [{"kind": "body", "text": p} for p in paras]
    quotes = [b for b in blocks[1:] if b["text"][:1] in "“\"" and len(b["text"]) < 500]
    if quotes and rng.random() < 0.5:
        rng.choice(quotes)["kind"] = "quote"
    marks = rng.sample(range(len(blocks)), min(len(blocks), rng.choice([0, 0, 1, 2])))
    for k, at in enumerate(sorted(marks), 1):
        if blocks[at]["kind"] == "body":
            blocks[at].update(kind="footnoted", mark=str(k), note=rng.choice(NOTES))
    listed = [i for i, b in enumerate(blocks) if b["kind"] == "body" and len(_SENTENCE_END.split(b["text"])) >= 3]
    if listed and rng.random() < 0.4:
        at = rng.choice(listed)
        style = rng.choice(["• {}", "– {}", "{k}. {}", "({a}) {}"])
        items = [style.format(s, k=k, a="abcdefgh"[k - 1]) for k, s in enumerate(_SENTENCE_END.split(blocks[at]["text"])[:8], 1)]
        blocks[at: at + 1] = [{"kind": "item", "text": t} for t in items]
    if rng.random() < 0.3 and len(blocks) > 3:
        years = sorted(rng.sample(range(2012, 2023), 3))
        names = rng.sample(["Output", "Prices", "Jobs", "Exports", "Visitors"], 3)
        rows = [["Indicator", *map(str, years)]] + [[name, *(f"{rng.uniform(1, 99):.1f}" for _ in years)] for name in names]
        blocks.insert(rng.randrange(2, len(blocks)), {"kind": "table", "caption": "Table 1: Selected indicators", "rows": rows})
    if rng.random() < 0.5 and len(blocks) > 4:
        every, numbered, caps = rng.randint(3, 6), rng.random() < 0.4, rng.random() < 0.2
        numbering = rng.choice(NUMBERINGS)
        names = rng.sample(HEADINGS, len(HEADINGS))
        spots = list(range(every if rng.random() < 0.5 else 0, len(blocks), every))
        for k, at in enumerate(reversed(spots)):
            n = len(spots) - k
            text = names[(n - 1) % len(names)]
            text = text.upper() if caps else text
            number = numbering.format(n=n, c=chapter)
            blocks.insert(at, {"kind": "heading", "text": number + text if numbered else text})
    return blocks


def choose_layout(article: dict, rng: random.Random) -> Layout:
    """Every choice of one report's look, drawn from `rng`."""
    paragraphs = [printable(p) for p in article["paragraphs"]]
    paragraphs = [" ".join(p.split()) for p in paragraphs if p.strip()]
    title = " ".join(printable(article["title"]).split())
    latin = all(ord(c) < 0x100 or c in "‘’“”–—…•€" for c in "".join(paragraphs) + title)
    family = rng.choice(list(FAMILIES) if latin else list(FAMILIES)[2:])
    font, bold, italic = FAMILIES[family]
    style = rng.choice(["indented", "spaced", "both", "neither"])
    size = rng.choice([9, 9.5, 10, 10.5, 11, 11.5, 12])
    place = rng.choice(PLACES)
    institution = f"{place} {rng.choice(KINDS)}"
    short = "".join(w[0] for w in institution.split() if w[0].isupper()) if rng.random() < 0.4 else institution
    day, published_line = _dates(rng)
    short_title = title if len(title) < 60 else title[:55].rsplit(" ", 1)[0] + "…"
    header_date = f"{MONTHS[day.month - 1]} {day.year}"
    chapter = rng.randint(1, 12)  # the report's chapter in a larger whole: its headings' and running header's number
    headers = [["{title}".replace("{title}", short_title), "{n}"], ["Confidential"], [header_date], [short],
               [f"{short} — {short_title}"], [rng.choice(SERIES)], [short, header_date], []]
    # a manual's running header: the chapter's number and name, the page number after them ("Chapter 6: Legal
    # Matters 5")
    headers.append([f"Chapter {chapter}: {rng.choice(CHAPTERS)} {{n}}"])
    site = f"www.{re.sub(r'[^a-z]', '', place.lower())}.org"
    footers = [["p. {n}"], ["{n}/{N}"], ["{r}"], ["Page {n} of {N}"], ["- {n} -"], ["{n}"], [f"© {day.year} {short}", "{n}"],
               [f"{short} · {{n}}"], [site, "Page {n}"], ["Confidential", "{n}"]]
    blocks = _body(paragraphs, rng, chapter)
    return Layout(
        title=title, blocks=blocks, page=rng.choice(["a4", "letter"]), family=family, font=font,
        bold=bold, italic=italic, font_size=size, leading=rng.choice([1.15, 1.2, 1.3, 1.4]),
        alignment=rng.choice(["justify", "justify", "left"]), paragraph_style=style,
        indent=rng.choice([10, 15, 20, 24]) if style in ("indented", "both") else 0.0,
        space=rng.choice([4, 6, 9]) if style in ("spaced", "both") else 0.0, hyphenate=rng.random() < 0.5,
        margin_left=rng.randrange(40, 110), margin_right=rng.randrange(40, 110), margin_top=rng.randrange(55, 90),
        margin_bottom=rng.randrange(55, 80), title_size=rng.choice([14, 16, 18, 20, 22]),
        title_align=rng.choice(["left", "center"]), letterhead=_letterhead(rng, institution, place),
        letterhead_align=rng.choice(["left", "center", "right"]), institution_short=short,
        byline_lines=_byline(rng, institution), published=day.isoformat() if published_line else None,
        published_line=published_line, short_title=short_title, header_date=header_date,
        header_shapes=rng.choice(headers), header_align=rng.choice(["left", "center", "right"]),
        header_on_first=rng.random() < 0.2, footer_shapes=rng.choice(footers),
        footer_align=rng.choice(["left", "center", "right"]), footer_on_first=rng.random() < 0.6,
        footnotes=any(b["kind"] == "footnoted" for b in blocks))
