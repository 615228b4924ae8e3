"""A document's authors, decided here for every route, from what documents write: a byline line
("By Dr. Jane Doe and John Roe, Reuters") and a page's author fields ("Ann Lee, Bo Chan").

Enters: the places a page names its authors (`AuthorEvidence`, gathered by parse) and the
article's first byline block. Leaves: author names (without the opening "By", honorifics, roles or
links) and the affiliation a byline writes after them. A byline line is one name list and an
affiliation after the first comma; an author field is a list of names separated by commas,
semicolons, "and" in several languages, "&" or "|". The most explicit place that names anyone wins.

Author fields also carry what is not a name: comment-form labels ("Name *", "Nama (wajib)"), labels
and furniture ("By", "Published by", "Today's e-Edition"), photo credits, handles and addresses
("@CBSNews", "facebook.com/x"), datelines ("London") and affiliations ("... For Mailonline"). A piece
is a name when its words are capitalized (name particles aside) and it is no label, place, address,
number or code ("KWCHCIK"); beside a person, the site or an organization is the source, not an author, and
so is what follows a person's name after a full stop ("Finian Cunningham. Sputnik International"). "And"
separates names only where each part is one (not in "Ministerium für Wirtschaft und Klimaschutz"); a name run
into the next field ("Isabel KeaneJournal New") ends where a capital follows a lower-case letter past a
name's prefix (Mc, Mac, De, La...), and a brand in one word after a full name is the site's ("PhillyVoice").
An entity-escaped apostrophe ("O&#39;Donnell") is unescaped before splitting, so its ";" is no separator.
"""
from __future__ import annotations

import html
import re
from functools import cache
from urllib.parse import urlsplit

from .data import alternation, load_json, load_lines, word_set
from .names import is_person_name, looks_like_organization, name_letters, place_names
from .records import AuthorEvidence
from .text import has_contact, uncapped

_SPACE = re.compile(r"\s+")
_SPLIT = re.compile(r"\s*(?:,|;|&|\||\s[-–—]\s|\s(?:with|mit|avec|con)\s)\s*")
_AND = re.compile(r"\s*(?:\band\b|\bund\b|\bet\b|\by\b)\s*")
# a name run into the next field with no space ("Isabel KeaneJournal New"): a lower-case letter then a capital in
# a word after the first, past a name's prefix ("McDonald", "MacKenzie", "LaToya", "VanderWal" are names)
_RUN_ON = re.compile(r"(?<=[a-z])(?<!\bMc)(?<!\bMac)(?<!\bDe)(?<!\bDi)(?<!\bDu)(?<!\bLa)(?<!\bLe)(?<!\bVan)"
                     r"(?<!\bVon)(?<!\bFitz)(?<!\bVander)(?=[A-Z][a-z])")
_CODE = re.compile(r"[A-Z]{5,}")  # "KWCHCIK": a station's or a system's code, when it has (almost) no vowels
_DIGIT = re.compile(r"\s*\d")
_AFFILIATION = re.compile(r"\s+(?:for|für|pour|para|per)\s+.*$", re.I)  # "Amitai Winehouse For Mailonline"
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z])")  # "Finian Cunningham. Sputnik International"
_NOT_A_NAME = re.compile(r"@|©|\d|\[at\]|/|[()*:?!]|^\W", re.I)  # addresses aside (`has_contact`)
# a name's lower-case particles (data/name_words.json, the ones name_shapes reads in running text) and those a byline
# adds: read word by word, a byline's "y", "e" (Spanish and Portuguese double surnames) and "zu" join no two names
_PARTICLES = frozenset(load_json("name_words.json")["particles"]) | {"y", "e", "zu"}
_MAX_WORDS = 5
_SITE_DOMAIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*\.[a-z]{2,6}")  # one name and its top-level domain
_BYLINE_NAMES_SPLIT = re.compile(r"\s+(?:and|&)\s+|;\s*")


# the dash a signature opens with, closing a letter, a dedication or a charter ("-- The Debian Developers")
SIGNATURE_DASH = re.compile(r"^(?:--|—|–)\s*(?=[A-Z])")


@cache
def byline_opening() -> re.Pattern[str]:
    """The words that open a byline ("By", "Written by", "Autor:"), followed by a name."""
    # the name after the opening word must start with a capital: "by the way" is not a byline
    words = alternation(load_lines("byline_words.txt"), flexible_spaces=True)
    # the spaces before a colon belong to the colon: two repeats of spaces in a row would try every split of a long
    # run (a text laid out in columns) before failing
    return re.compile(rf"^(?:{words})(?:\s*:)?\s+(?=[^\W\d_])", re.I)


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(load_lines("honorifics.txt"))


@cache
def _role_words() -> frozenset[str]:
    """Words of a role, not a name ("Staff Writer", "News Desk"); organizations' words ("CBS News") are names."""
    return frozenset(load_json("html_meta.json")["role_words"])


def _strip_honorifics(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].rstrip(".").lower() in _honorifics():
        words.pop(0)
    return " ".join(words)


ET_AL = re.compile(r",?\s+et\s+al\.?$")  # "Richard Stallman, et al.": the others go unnamed; no affiliation


def parse_byline(text: str) -> tuple[list[str], str | None]:
    """Authors (without honorifics) and the affiliation written after the name."""
    m = byline_opening().match(text) or SIGNATURE_DASH.match(text)
    rest = ET_AL.sub("", text[m.end():] if m else text)
    # the role or the institution follows a comma or a bar ("Jane Doe | Analyst")
    names, _, affiliation = rest.replace("|", ",", 1).partition(",")
    names = _before_full_stop(names)
    authors = []
    for name in _BYLINE_NAMES_SPLIT.split(names):
        # a date after the name ("Sami al-Ajrami 26 Ottobre 2023") is the byline's, not the name's
        name = _strip_honorifics(_DIGIT.split(name, maxsplit=1)[0].strip(" .")).strip()
        if name and is_name(name):
            authors.append(uncapped(name))
    return authors, affiliation.strip(" .") or None


@cache
def author_words() -> str:
    """The alternation of the words a name is credited by as an author ("By", "Von", "Text", "Written by":
    data/byline_words.txt and data/author_prefixes.txt): the author field is read after them, and the entity rules
    (extract/credits.py) know the document's own author by them."""
    return alternation([*load_lines("byline_words.txt"), *load_lines("author_prefixes.txt")], flexible_spaces=True)


@cache
def _byline_prefix() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{author_words()})(?:\s*:)?\s+", re.I)


@cache
def _labels() -> frozenset[str]:
    return word_set("author_labels.txt", lower=True)


def _is_place(piece: str) -> bool:
    return piece.removeprefix("The ") in place_names()


def is_name(piece: str, roles: bool = True) -> bool:
    """A person's or an organization's name: no label, address, number or place; capitalized words. A word and a
    top-level domain ("j.smith", "index.html", "Contact.us") is no name: a site signs with its domain only in a
    byline it shows, and only its own (`_own_domain`)."""
    if not piece or _SITE_DOMAIN.fullmatch(piece) or _NOT_A_NAME.search(piece) or has_contact(piece):
        return False
    if piece.lower().strip(" .") in _labels():
        return False
    words = piece.split()
    if len(words) > _MAX_WORDS or _is_place(piece) or (roles and _role_words() & {w.lower() for w in words}):
        return False
    if len(words) == 1 and _CODE.fullmatch(piece) and sum(c in "AEIOUY" for c in piece) <= 1:
        return False  # a name is said aloud; a run of capitals without vowels is a code ("KWCHCIK")
    # every word capitalized but particles ("Ed de Leon", "Christoph von Ritter", "Sami al-Ajrami"); scripts
    # without case pass
    return all(not w[0].islower() or w.split("-")[0] in _PARTICLES for w in words) and not words[0][0].islower()


def split_names(text: str, sites: frozenset[str] = frozenset()) -> list[str]:
    """Author names from one byline or author field: 'By A and B' gives [A, B]; a bare domain only where it is
    one of `sites` (`_own_domain`)."""
    text = _SPACE.sub(" ", html.unescape(text)).strip()
    text = _byline_prefix().sub("", text)
    text = _before_full_stop(text)
    names = []
    for field in _SPLIT.split(text):
        # "and" joins names ("Ann Lee and Bo Chan") or stands inside one ("Ministerium für Wirtschaft und Klimaschutz"):
        # it separates only where every part is a name
        parts = [p.strip(" .") for p in _AND.split(field)]
        for piece in parts if all(map(is_name, parts)) else [field.strip(" .")]:
            piece = _run_on_cut(piece)
            cut = _AFFILIATION.sub("", piece)
            piece = cut if _person_like(cut) else piece  # "Amitai Winehouse For Mailonline"; "Centre for Policy" stays
            if is_name(piece) or _own_domain(piece, sites):
                names.append(piece)
    return names


def site_names(url: str | None, publisher: str | None) -> frozenset[str]:
    """What a page's own site is called, case-folded: its host, without "www.", the host's last two labels (its
    registrable domain, near enough: "hessenschau.de" of "www.hessenschau.de") and the publisher's name."""
    names = {publisher.casefold().strip()} if publisher else set()
    host = urlsplit(url).hostname if url and "//" in url else None
    if host:
        host = host.casefold().removeprefix("www.")
        names |= {host, ".".join(host.split(".")[-2:])}
    return frozenset(names)


def _own_domain(piece: str, sites: frozenset[str]) -> bool:
    """Whether a bare domain ("Vegolosi.it") names the page's own site: its host or registrable domain, or the
    publisher's name, with or without the top-level domain. Any other domain is an address, not a signature."""
    if not sites or not _SITE_DOMAIN.fullmatch(piece):
        return False
    folded = piece.casefold()
    return folded in sites or folded.rpartition(".")[0] in sites


def field_names(text: str) -> list[str]:
    """Author names from a file's own author field (a PDF's info dictionary): 'A, B; C' gives [A, B, C], and
    what no name is (a template's left-over 'Your Name ("Language")') is dropped. A field whose commas cut a
    one-word piece writes one name surname first ('Doe, Jane'): it is split only at ';', '&' and 'and'."""
    if "," in text and all(len(piece.split()) > 1 for piece in text.split(",")):
        return split_names(text)
    return [a.strip() for a in _FIELD_SPLIT.split(text) if is_name(a.strip())]


_FIELD_SPLIT = re.compile(r";|\s+and\s+|&")


def _before_full_stop(text: str) -> str:
    """"Finian Cunningham. Sputnik International" -> "Finian Cunningham": what follows a person's name after a
    full stop is where they write."""
    first, *after = _SENTENCE_BREAK.split(text)
    return first if after and _person_like(first.strip(" .")) else text


def _run_on_cut(piece: str) -> str:
    """The name before the field it runs into: "Isabel KeaneJournal New" -> "Isabel Keane"; a brand written as
    one word after a full name is the site's, and so is what follows it ("Adam Aaronson PhillyVoice Staff" -> "Adam
    Aaronson"). Only past the first word: "BuzzFeed News" is a name."""
    run_on = _RUN_ON.search(piece, max(0, piece.find(" "))) if " " in piece else None
    if run_on is None:
        return piece
    word_start = piece.rfind(" ", 0, run_on.start()) + 1
    if len(piece[:word_start].split()) >= 2:
        return piece[:word_start].strip()  # the brand and what follows it ("Adam Aaronson PhillyVoice Staff")
    return piece[:run_on.start()]


def _person_like(name: str) -> bool:
    return len(name.split()) >= 2 and not looks_like_organization(name)


def page_authors(evidence: AuthorEvidence, publisher: str | None = None, url: str | None = None) -> list[str]:
    """The authors a page names: JSON-LD, then the author meta tag, itemprop="author", marked bylines, the author
    hCard;
    the publisher (the site) is no author beside a person. A site's domain signs an article where the page shows
    it as the byline ("di Vegolosi.it") and it is the page's own (`url`'s host, `publisher`); in an author field
    it is what a template fills in for every page."""
    names = evidence.structured or split_names(evidence.meta or "")
    if not names and evidence.itemprop is not None:
        names = split_names(evidence.itemprop)
    sites = site_names(url, publisher)
    if names and _only_the_site(names, sites, evidence.bylines):
        names = []
    if names:
        sites = frozenset()
    else:  # the bylines the page shows, else the entry's author card (hAtom), which no byline unit may hold
        names = next((found for b in evidence.bylines if (found := split_names(b, sites))), []) \
            or split_names(evidence.hcard or "", sites)
    return author_names(names, publisher, sites)


def _only_the_site(names: list[str], sites: frozenset[str], bylines: list[str]) -> bool:
    """Whether an author field names the page's own site and nobody else, and no byline shows it: a template
    that fills the field with the site's name for every unsigned article (RT's, UOL's JSON-LD) states no author;
    a site that signs an article shows its name in the byline, and a person's own site is theirs (`is_person_name`:
    they sign what it publishes)."""
    if not sites or any(n.casefold() not in sites for n in names) or any(map(is_person_name, names)):
        return False
    shown = " ".join(bylines).casefold()
    return not any(n.casefold() in shown for n in names)


def document_authors(stated: list[str], evidence: AuthorEvidence, byline: str | None,
                     publisher: str | None = None, url: str | None = None,
                     credited: list[str] | None = None) -> tuple[list[str], str | None]:
    """Authors and affiliation: those already stated, else the page's, else the first byline block's (or the names
    of a title page's credit over several lines, `credited`: `clean.bylines.credited_authors`), last the holder of
    a page's licensed copyright notice (`parse.html.doc_authors.licensed_holder`: a manual's maker, named where
    nothing else names anyone)."""
    authors, affiliation = parse_byline(byline) if byline else ([], None)
    if credited:
        authors, affiliation = credited, None
    holder = field_names(evidence.holder) if evidence.holder else []
    return list(stated or page_authors(evidence, publisher, url) or authors or holder), affiliation


def author_names(names: list[str], publisher: str | None = None, sites: frozenset[str] = frozenset()) -> list[str]:
    """The authors to keep: beside a person, the site or an organization is the source, not an author
    ("Victor Tangermann, Futurism"); names written in capitals are title-cased ("TOM KRISHER"); a bare domain only
    where it is one of `sites`, the page's own."""
    names = list(dict.fromkeys(n for n in names if is_name(n) or _own_domain(n, sites)))
    site = (publisher or "").casefold()
    if any(_person_like(n) and n.casefold() != site for n in names):
        names = [n for n in names if _person_like(n) and n.casefold() != site]
    return [_capitals_cased(n) for n in names]


def _capitals_cased(name: str) -> str:
    """A person's name as it is written for users: set in capitals, title-cased ("TOM KRISHER" -> "Tom Krisher");
    a surname alone in capitals, as French and Italian bylines set it ("Patrick ANGEVIN"), too. What follows a
    name in capitals and is no word stays as written: a roman numeral ("John Smith III", "Louis XIV"), letters
    without a vowel ("NYT", "MPH") and the degrees and honours of data/name_letters.txt ("MBA"). In a name not
    all in capitals, only capitals right after a listed given name are its surname ("Jane Doe NYT" is signed)."""
    words = name.split()
    if len(words) < 2:
        return name
    if (titled := uncapped(name)) != name:  # all in capitals; title_case keeps the words apart as they are
        cased = " ".join((n and name_letters(w)) or t for n, (w, t) in enumerate(zip(words, titled.split(), strict=False)))
    elif all(w.isupper() for w in words):
        cased = name
    else:
        cased = " ".join(_surname_cased(words))
    return cased if _person_like(cased) else name


def _surname_cased(words: list[str]) -> list[str]:
    """The words of a name, the run of capitals opening with a surname after a given name title-cased ("Patrick
    ANGEVIN", "Maria GARCIA LOPEZ"): the run opens where `capitals_surname` (the entities' rule) takes the word, so
    a program's name after a given name stays ("Julia REPL"); in it, a word of three letters or more ("LE" stays),
    not an initial, an organization the gazetteer knows ("AFP") nor one `name_letters` keeps."""
    from .extract.capital_names import capitals_surname  # here: extract's package imports clean, which imports this
    from .extract.gazetteer import lookup

    out: list[str] = []
    run = False  # in the run of capitals after a given name
    for n, w in enumerate(words):
        run = w.isupper() and (run or (n > 0 and capitals_surname(words[n - 1], w, in_name=True)))
        cases = run and n > 0 and sum(c.isalpha() for c in w) >= 3 and not any(c.isdigit() or c == "." for c in w)
        out.append(w.title() if cases and name_letters(w) is None and lookup(w) is None else w)
    return out
