"""Recognize a picture's caption or credit by the shape of its line, wherever the page sets it.

Enters a paragraph's text, and the text of the block right before it (whatever its kind: a credit's label alone,
"Photo:", makes the next short line its maker's). Leaves whether it is a caption (`is_caption`), where a caption's
credit starts (`credit_start`: 0 where the whole line is one, None where it names no maker), where a credit in a
parenthesis closing any paragraph starts (`closing_credit`), whether a line is a credit's label alone
(`is_credit_label`), and the labels themselves (`picture_labels`) for `extract.credits`. Many sites set their
captions and credits in the article's flow rather than in a `<figcaption>` ("Foto: Name / Agentur", "... — Foto:
Name/G1", "(Bild: dpa)", "© Name", "Main image credit: Getty"); read as body, their names would be the article's
people and organizations, and a photographer its author. A credit is written the same way in every language: a label
from `data/caption_markers.txt` that opens the line (after a picture's label "Photo:" names must follow, as it may
open the picture's description; after a credit's label, `data/credit_labels.txt`, "Credits:", any words do), closes
it after the caption's own sentence or after a slash, or stands alone above the line that names the maker; a
copyright sign before a short run of names; or names joined by a slash, as a photographer and an agency are credited
together. Each shape is decided here once, for the HTML route (`kinds.classify_html`) and the text and PDF routes
(`kinds.body_kind`) alike, and for the facts' reader, which reads no credit (`extract.credits`, `extract.unread`).
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_lines, word_set
from ..text import at_most_words, ends_sentence, figure_label

MAX_CAPTION_WORDS = 60
MAX_CREDIT_WORDS = 12  # a credit names a few makers and agencies, never a sentence's worth of words
_TRAILING = "\u00a0 \t"
_COLON = "[:：]"  # Chinese and Japanese write the full-width colon ("写真：共同")


@cache
def picture_labels() -> tuple[str, ...]:
    """The words that label a picture or its credit (`data/caption_markers.txt`), lower-case, as written there: the
    one list of them, for the captions' shapes here and for a credit or a picture's source in any paragraph
    (`extract.credits`)."""
    return tuple(load_lines("caption_markers.txt"))


@cache
def _markers() -> str:
    return alternation(picture_labels(), flexible_spaces=True)


@cache
def _caption_pattern() -> re.Pattern[str]:
    """A label opening the line, its colon followed by the credit or by nothing ("Photo: Jo Park", "Фото:" above
    its maker's line)."""
    return re.compile(rf"^(?:{_markers()})\s*(?::(?:\s|$)|：)", re.I)


@cache
def _credit_label_pattern() -> re.Pattern[str]:
    """A label that names the picture's makers (`data/credit_labels.txt`: "Credits:", "Bildrechte:") opening the
    line: what follows it credits someone, in whatever words ("Credits: photos by Jana Kolb; map by Peter Hansen")."""
    return re.compile(rf"^(?:{alternation(load_lines('credit_labels.txt'), flexible_spaces=True)})\s*(?::(?:\s|$)|：)", re.I)


@cache
def _parenthesis_pattern() -> re.Pattern[str]:
    """A credit in a parenthesis closing the line ("(Photo via Agency)", "(Bild: Jo Park / AP)"), maybe before the
    sentence's closing mark. Group `mark`: that mark."""
    return re.compile(rf"\((?:{_markers()})\b[^()]*\)(?P<mark>[.!?]?)$", re.I)


MAX_CAPTION_SENTENCES = 2  # what the picture shows, and maybe one sentence of its story's context
# a sentence's end before another's start: a word's last letters (no initial's or abbreviation's: "Dr. Park"), its
# mark and closing quotes, then the next sentence's capital
_SENTENCE_END = re.compile(r"(?:[a-zß-öø-ÿ]{3}|\d{2})[.!?][\"”’)]?\s+(?=[A-ZÀ-ÖØ-Þ])")


# how a text ends where a credit in a closing parenthesis may close it (`$` also stands before a final newline)
_PARENTHESIS_CLOSING = tuple(")" + mark + end for mark in ("", ".", "!", "?") for end in ("", "\n"))


def _closing_parenthesis(text: str) -> re.Match[str] | None:
    """`_parenthesis_pattern().search(text)`, not tried where no closing parenthesis ends the text: the pattern needs
    that end, so the search tried every character of every paragraph for nothing."""
    return _parenthesis_pattern().search(text) if text.endswith(_PARENTHESIS_CLOSING) else None


def closing_credit(text: str) -> int | None:
    """Where a credit in a parenthesis closing the paragraph starts ("... (Bild: Jo Park / AP)", "... (Fotos: FF
    Musterstadt)"), None where none closes it: whether the paragraph is a caption or body text, its credit names who
    made the pictures, no one the text tells of."""
    m = _closing_parenthesis(text)
    return None if m is None else m.start()


def _credited_caption(text: str) -> bool:
    """Whether a paragraph that a parenthesized credit closes is a caption: a short block under a picture, at most
    `MAX_CAPTION_WORDS` words in at most `MAX_CAPTION_SENTENCES` sentences, its credit after its words ("Der
    Bürgermeister eröffnet die Brücke. (Bild: AP)") or inside its one sentence ("Der Bürgermeister bei der Eröffnung
    (Bild: AP)."). Running text is longer, and one that credits its pictures does so inside its last sentence after
    others ("... Die Ausstellung zeigt drei Werke (Bilder von Albrecht Dürer, Lucas Cranach und Hans Holbein)."):
    a body paragraph whose last parenthesis credits the pictures beside it."""
    m = _closing_parenthesis(text)
    if m is None:
        return False
    words = text[:m.start()]
    if not at_most_words(words, MAX_CAPTION_WORDS):
        return False
    ends = len(_SENTENCE_END.findall(words))  # the sentences ended before the credit's own or before the last
    if m.group("mark"):
        return ends == 0  # the credit closes a sentence: no caption's when another sentence came before it
    return ends + bool(words.strip(_TRAILING)) <= MAX_CAPTION_SENTENCES


def _credit_words(text: str) -> bool:
    """A credit's words: one to `MAX_CREDIT_WORDS` names ("Jo Park/AFP via Getty Images", "Diêgo Holanda/G1"),
    each part capitalized or a small joining word (`data/credit_joiners.txt`), and no sentence's end."""
    parts = [w for w in re.split(r"[\s/,;|]+", text.strip(_TRAILING)) if w]
    if not parts or len(parts) > MAX_CREDIT_WORDS or ends_sentence(text):
        return False
    joiners = word_set("credit_joiners.txt")
    return all(p[0].isupper() or p[0].isdigit() or p.lower() in joiners for p in parts)


@cache
def _closing_credit() -> re.Pattern[str]:
    """A label closing a line after the caption's own words: after its sentence's end, a dash between ("Love
    thine enemy. Photo: Jo Park/AFP", "... ganhou um lar. — Foto: Mayara Subtil/G1", "(Symbolfoto) Bildrechte:
    IMAGO"). Groups `label` and `credit`."""
    return re.compile(rf"[.!?”\"’)]\s+(?:[—–-]\s+)?(?P<label>(?i:{_markers()}))\s*{_COLON}\s*(?P<credit>[^:：]+)$")


@cache
def _slash_credit() -> re.Pattern[str]:
    """A capitalized label set after a slash or a bar, closing the line, its colon optional ("... підозру
    Юрченку / Фото РБК", "... / Фото з фейсбуку Олександра Юрченка"): the caption's words, then who took the
    picture, the credit maybe written in the caption's own words. Groups `label` and `credit`."""
    return re.compile(rf"\s[/|]\s*(?P<label>(?i:{_markers()}))\s*{_COLON}?\s*(?P<credit>[^:：]+)$")


_COPYRIGHT = re.compile(r"(?:^|[.!?”\"’)]\s+)©\s*([^©]+)$")


def _copyright_credit(text: str) -> bool:
    """A copyright sign before a credit, alone on its line or closing the caption's sentence ("© Reuters",
    "Aron und Gianni sind verknallt. © Bär Kittelmann"). The publisher's own notice ("© 2021 Outlet. All rights
    reserved") states a year and a sentence, so it fails the credit's words (`kinds.is_follow_line` takes it)."""
    m = _COPYRIGHT.search(text)
    return m is not None and not any(c.isdigit() for c in m.group(1)[:4]) and _credit_words(m.group(1))


def _slash_credited(m: re.Match[str]) -> bool:
    """A label after a slash that a credit follows: capitalized as a credit writes it ("input / image processing"
    is no credit), then a few words that end no sentence."""
    return m.group("label")[0].isupper() and at_most_words(m.group("credit"), MAX_CREDIT_WORDS) \
        and not ends_sentence(m.group("credit"))


def is_credit_label(text: str) -> bool:
    """A credit's label alone, the maker's name set apart after it ("Photo:", "Фото:", "Crédits photos :")."""
    m = _caption_pattern().match(text)
    return m is not None and not text[m.end():].strip(_TRAILING)


def _unlabelled_credit(text: str) -> int | None:
    """Where a maker's credit with no label closes a caption, after its sentence ("... in Miami, Florida, Nov. 8,
    2023. Mandel Ngan/AFP via Getty Images"), or makes the whole line ("Sakib Ali/Hindustan Times/Getty Images"):
    names joined by a slash, as a photographer and an agency are written together."""
    m = _UNLABELLED.search(text)
    if m is None or not _credit_words(m.group(1)) or (text[m.start(1) - 1:m.start(1)] == "(") != text.endswith(")"):
        return None
    if _NUMBERED_HEADING.match(text, 0, m.start(1)):
        return None  # "3.2. TCP/IP Networking", "Chapter 3. Input/Output": a section's number, no caption's sentence
    return m.start(1) - (text[m.start(1) - 1:m.start(1)] == "(")


# what stands before the names of a numbered heading: its number, maybe after a label ("3.2.", "Chapter 3.", "Part
# II."), whose closing dot is no caption's sentence end
_NUMBERED_HEADING = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:\d+|[IVXLC]+)(?:\.\d+)*\.?\s*\(?$")


# the caption's last sentence's end (or the line's start), then names with a slash between two of them, maybe in
# a parenthesis ("The first geologic map of Titan. (NASA/JPL-Caltech/ASU)")
_UNLABELLED = re.compile(r"(?:^|[.!?”\"’)]\s+)\(?([^\s.!?/(][^.!?/()]*?[^\W\d_]\s?/\s?[^\W\d_][^.!?()]*)\)?$")


def _credit(text: str, before: str | None) -> tuple[int, bool] | None:
    """Where a short line's credit starts, and whether its shape alone makes the line a caption: every shape does
    but a line of names joined by a slash and nothing else ("Sakib Ali/Hindustan Times/Getty Images"), which a
    caption holds but a heading may also be ("Input/Output"). None where the line credits no maker."""
    if before is not None and is_credit_label(before) and at_most_words(text, MAX_CREDIT_WORDS) \
            and not ends_sentence(text):
        return 0, True
    if "©" in text and _copyright_credit(text):
        return text.rfind("©"), True
    closing = _closing_credit().search(text)
    if closing is not None and _credit_words(closing.group("credit")):
        return closing.start("label"), True
    closing = _slash_credit().search(text)
    if closing is not None and _slash_credited(closing):
        return closing.start("label"), True
    start = _unlabelled_credit(text)
    return None if start is None else (start, start > 0)


def credit_start(text: str, before: str | None = None) -> int | None:
    """Where the credit starts in a caption's text (0: the whole line is one), None where it names no maker.
    The caption's own words describe the picture: what it shows stays; the credit names who made it."""
    m = _caption_pattern().match(text)
    if m is not None:
        # a picture's label may open the picture's description ("Photo: The mayor opens the bridge"); a credit's
        # label opens the makers' names, however the line words them
        return 0 if is_credit_label(text) or _credit_label_pattern().match(text) or _credit_words(text[m.end():]) \
            else None
    closing = closing_credit(text)
    if closing is not None:
        return closing
    found = _credit(text, before)  # a caption already: however long its own words, its credit closes it
    return None if found is None else found[0]


def is_caption(text: str, before: str | None = None) -> bool:
    """A caption or a credit: a label opening the line or a credit in a caption's closing parenthesis, a numbered table's
    or figure's label opening a short line ("Table 1: ..."), or a short line a credit closes or makes (`_credit`:
    after the caption's own words, a copyright sign, a maker's name under its label's line in `before`)."""
    if _caption_pattern().match(text) or _credited_caption(text):
        return True
    if not at_most_words(text, MAX_CAPTION_WORDS):
        return False
    label = figure_label().match(text)
    if label and label.group().rstrip()[-1:] in ":.–—-":
        return True
    found = _credit(text, before)
    return found is not None and found[1]
