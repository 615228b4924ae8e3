"""Acronym definitions in the orders writers use, each checked letter by letter as in Schwartz and
Hearst (2003) so that any parenthesis or apposition is not taken for a definition:

- long form, then the short form in brackets: "Belt and Road Initiative (BRI)", also with quotes or
  a leading word inside the brackets ("(the “SEC”)", "(hereafter BRI)") or more after it ("(NATO; ...)");
- short form, then the long form in brackets: "BRI (Belt and Road Initiative)";
- either order joined by "or" or "known as": "the SCO, or Shanghai Cooperation Organization",
  "the Shanghai Cooperation Organization, or SCO", "the Federal Bureau of Investigation, known as the FBI";
- the short form, a dash and capitalized words whose initials spell it: "PKW – Phone, Keys, Wallet";
- a lower-case short form before its long form quoted as a term: "sdist (“source distributions”)";
- in a language that writes compounds as one word, that word as the long form where the short form's capitals open
  its parts, in either order (acronym_words.py): "Strafgesetzbuches (StGB)", "GG (Grundgesetz)";
- the forms words tie together, inside brackets or in running text (acronym_phrases.py): "(better known as SLS)",
  "KDE (formerly known as K Desktop Environment)", "(NDCs: nationally determined contributions)", "Stable Release
  Managers, often abbreviated SRM", "API stands for application programming interface", "I18N (internationalization)".

Enters a paragraph's text; leaves the definitions with the spans of both forms.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..text import matches_at
from .acronym_phrases import (
    MINOR_WORDS,
    SHORT_IN_TEXT,
    SHORT_MARK,
    Definition,
    best_long_form,
    body_before,
    colon_pair,
    inner_lead,
    is_numeronym,
    is_short_form,
    long_in_brackets,
    past_its_letters,
    phrased,
    spelled_by_initials,
    spells,
)
from .acronym_referred import every_initial, initials_spell, referred
from .acronym_words import closes_compounds, compound_spells, compound_words, long_words
from .language_bodies import WORD_ACRONYM
from .name_stops import foreign_function_words, plural_short_form
from .tokens import capitals_before, written

# round brackets, or square ones where an editor defines a term inside a quotation ("the M in MCH [maternal
# and child health]"); a square bracket set against the word before it ("the XDG Base Directory
# Specification[BaseDir]", "RFC 2119[RFC-2119]") is a citation key that points to the references, not a definition
# a bracket opens after a space or a quotation mark: the look behind follows the bracket, so that the regex engine
# scans for the two brackets rather than trying the look behind at every character
_PAREN = re.compile(r"(?:\(|\[(?<![^\s\"“‘']\[))([^()\[\]]{1,120})[)\]]")
_TOKEN = re.compile(r"\S+")
# marks and what follows the short form inside the brackets (the words before it are acronym_phrases.inner_lead)
_INNER_TAIL = re.compile(rf"{SHORT_MARK}?(?:\s*[;,].*)?$")
_SHORT_WORD = SHORT_IN_TEXT
_NAME_RUN = r"[A-Z][\w'’&-]*(?:,? (?:(?:of|for|and|on|the|in|de|du|la|des|to|&) )*[A-Z][\w'’&-]*){1,9}"
_JOINED = re.compile(
    rf"\b(?P<short1>{_SHORT_WORD}), (?:or|i\.e\.) (?:the )?(?P<long1>{_NAME_RUN})"
    rf"|, (?:or|(?:also )?known as|i\.e\.) (?:the )?[“\"]?(?P<short2>{_SHORT_WORD})\b")

_JOINED_CUES = (", or ", ", i.e. ", "known as")
_JOINED_SHORT_FIRST = (", or ", ", i.e. ")  # what follows the short form where it comes first
_JOINED_SHORT_AFTER = (", or ", ", known as ", ", also known as ", ", i.e. ")  # what opens the pair where it comes last
_DASHES = (" – ", " — ")
# a short form, a dash and its long form spelled out in capitalized words ("PKW – Phone, Keys, Wallet")
_DASHED = re.compile(rf"\b(?P<short>{_SHORT_WORD}) [–—] "
                     r"(?P<long>[A-Z][\w'’-]*(?:,? (?:(?:and|of|for|the|&) )*[A-Z][\w'’-]*){1,9})")
_LOWER_SHORT = re.compile(r"^[a-z][a-z0-9]{1,9}$")
_TITLED_SHORT = re.compile(rf"^{WORD_ACRONYM}$")
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?] ")
# French and German typography set the closing guillemet apart by a (narrow) space: « Licence publique » (LP)
_LONG_END = re.compile(r"(?:['’]s)?(?:[\s\u00a0\u202f]?[»«]|[”\"’'])*$")
# an address in brackets, or in angle brackets closed by reStructuredText's backquote and underscores, that ends
# right before a bracket
# (the backquote carries the spaces after it: spaces before an optional mark and after it, both read by a repeat,
# would be split every way on a run of spaces that ends in no address, a cube of the run's length)
_LINK_TARGET = re.compile(r"\s*(?:\((?:https?://|ftp://|www\.)[^()\s]*\)|(?:`\s*)?<(?:https?|ftp|mailto):[^<>\s]*>`_{0,2})\s*\Z")
_QUOTED = re.compile(r"^[“\"‘'](?P<term>[^“”\"‘’']+)[”\"’']$")


def _before_link_target(text: str, end: int) -> int:
    """Where the text before a bracket ends once the target of a link written out in plain text is left out: a link
    rendered as text puts its address after its words ("the Filesystem Hierarchy Standard (http://...) (FHS)"),
    reStructuredText after them in angle brackets ("`Debian Free Software Guidelines <https://...>`__ (DFSG)"),
    so the long form of a short form after the link ends before the address."""
    last = len(text[:end].rstrip()) - 1
    if last < 0 or text[last] not in ")_>":  # what every link target ends with: most brackets follow a word
        return end
    m = _LINK_TARGET.search(text, max(0, end - 300), end)
    return m.start() if m else end


def _word_starts(text: str) -> list[int]:
    """Where the text's words start, found once per text: each definition then looks its window up
    instead of reading all the text before it (which made a paragraph of many brackets quadratic)."""
    return [m.start() for m in _TOKEN.finditer(text)]


def _long_before(text: str, end: int, short: str, starts: Callable[[], list[int]]) -> tuple[int, str] | None:
    """The long form of `short` that ends at `end`: at most min(|short| + 5, 2 |short|) words back."""
    n_words = min(len(short) + 5, 2 * len(short))
    word_starts = starts()
    before = bisect.bisect_left(word_starts, end)
    if before == 0:
        return None
    window_start = word_starts[max(0, before - n_words)]
    candidate = text[window_start:end].rstrip(" ,")
    offset = best_long_form(short, candidate)
    if offset is None:
        return None
    # letter matching stops at the nearest letter; where the words' initials spell the short form a few
    # words further back, those words are the long form ("American Academy of Pediatrics (AAP)", not
    # "Academy of Pediatrics", whose second "a" the matching took for the first A)
    words = list(_TOKEN.finditer(candidate, 0, offset))
    for w in reversed(words[-3:]):
        if w.group().lower() not in MINOR_WORDS and spelled_by_initials(short, candidate[w.start():]):
            offset = w.start()
            break
    # a closing quotation mark or a possessive ends the phrase, not the name ("the “general resolution” (GR)",
    # "the Debian Project Leader's (DPL) role")
    long = past_its_letters(short, _LONG_END.sub("", candidate[offset:]))
    if _SENTENCE_END.search(long) or ")" in long:
        # "in Peking. Biathlon-Weltcup in Antholz (ITA)", "templates (POT), message catalogues (PO)": a long form is
        # one phrase, ended by a sentence's end or another bracket
        return None
    # a hyphen joins the words of a compound as a space does ("release-critical (RC)", "Hewlett-Packard (HP)"); a
    # compound written as one word is _compound_before's
    if len(words := long_words(long)) < 2 or short in words:
        return None
    return window_start + offset, long


def _defined_before(text: str, end: int, short: str, short_span: tuple[int, int],
                    starts: Callable[[], list[int]], language: str = "en") -> Definition | None:
    """A definition whose long form ends at `end`, if `short` is a short form that letters of it spell. A short
    form written as a word ("Oms", "Cpj": Italian news writes acronyms so) is one only where it is the initials
    of the long form's words, as the language leaves its articles and prepositions out ("Organizzazione mondiale
    della sanità (Oms)"): a capitalized word in brackets is as often a name or a place."""
    titled = not is_short_form(short) and _TITLED_SHORT.match(short) is not None
    found = _long_before(text, end, short, starts) if is_short_form(short) or titled else None
    if found is None and plural_short_form(short):
        # a plural's "s" belongs to the long form's head noun, wherever it stands ("Alternative Methods of
        # Compliance (AMOCs)"): the letters are the singular's
        found = _long_before(text, end, short[:-1], starts)
    if found is None and is_short_form(short) and closes_compounds(language):
        found = _compound_before(text, end, short)  # "Strafgesetzbuches (StGB)"
    if found is None and is_short_form(short):
        found = body_before(text, end, short, language)  # "Europäische Arzneimittelbehörde (EMA)"
    if found is not None and titled and not spelled_by_initials(short, found[1], foreign_function_words()):
        return None
    if found is None:
        return None
    start, long = found
    return Definition(short, long, short_span, (start, start + len(long)))


def _compound_before(text: str, end: int, short: str) -> tuple[int, str] | None:
    """The one word before `end` where it is a closed compound whose parts the short form's capitals open
    ("Strafgesetzbuches (StGB)", "Bruttoinlandprodukt (BIP)"): acronym_words.compound_spells."""
    word = _word_before(text, end)
    return (word.start(), word.group()) if word and compound_spells(short, word.group()) else None


def _definition_before(text: str, paren: re.Match[str], starts: Callable[[], list[int]], language: str) -> Definition | None:
    inner = paren.group(1)
    lead = inner_lead().match(inner)
    body = inner[lead.end() if lead else 0:]
    tail = _INNER_TAIL.search(body)
    short = body[:tail.start() if tail else len(body)].strip()
    short_start = paren.start(1) + (lead.end() if lead else 0)
    end = _before_link_target(text, paren.start())
    # "release-critical bugs (RC bugs)": the short form with the noun it qualifies, which the long form ends with too
    first, _, noun = short.partition(" ")
    if noun and " " not in noun and text[:end].rstrip().endswith(" " + noun):
        short, end = first, len(text[:end].rstrip()) - len(noun)
    return _defined_before(text, end, short, (short_start, short_start + len(short)), starts, language)


def _word_before(text: str, end: int) -> re.Match[str] | None:
    """The word (run of non-space characters) that starts last before `end`, cut at `end`: read back from `end`
    over the spaces and the word's own characters, not looked up among all the text's words."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0:
        return None
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return _TOKEN.match(text, i, end)


def _definition_after(text: str, paren: re.Match[str], language: str) -> Definition | None:
    before = _word_before(text, paren.start())  # the word just before the bracket
    # "GNOME (originally an acronym for GNU ...)": the long form starts after the words that announce it
    # the long form ends at the first comma: what follows is an apposition to it ("RMS (Richard Stallman, the chief
    # GNUisance)", whose name alone does not spell the short form, is no definition)
    offset, inner = long_in_brackets(paren.group(1).split(";")[0].split(", ")[0].strip())
    offset += len(paren.group(1)) - len(paren.group(1).lstrip())
    if before and is_numeronym(before.group(), inner):  # "I18N (internationalization)"
        return Definition(before.group(), inner, before.span(), (paren.start(1) + offset, paren.start(1) + offset + len(inner)))
    quoted = _QUOTED.match(inner)
    if before and quoted and _LOWER_SHORT.match(before.group()) and len(compound_words(quoted["term"])) >= 2:
        # a lower-case short form whose long form is quoted as a term defined: "sdist (“source distributions”)"
        term = quoted["term"]
        if best_long_form(before.group(), term) != 0:
            return None
        start = paren.start(1) + quoted.start("term")
        return Definition(before.group(), term, before.span(), (start, start + len(term)))
    if before and not is_short_form(before.group()) and before.group().islower() and len(compound_words(inner)) >= 2:
        # "the MOTU team (Masters Of The Universe)": the short form qualifies a noun, as "release-critical bugs (RC
        # bugs)" the other way round; with a word between, only a long form every word of which gives its initial
        prior = _word_before(text, before.start())
        short = prior.group() if prior else ""
        if prior and is_short_form(short) and (every_initial(short, inner) or initials_spell(short, inner)):
            start = paren.start(1) + offset
            return Definition(short, inner, prior.span(), (start, start + len(inner)))
    if before and is_short_form(before.group()) and closes_compounds(language) and compound_spells(before.group(), inner):
        # "StGB (Strafgesetzbuch)": one compound word, its parts opened by the short form's capitals
        start = paren.start(1) + offset
        return Definition(before.group(), inner, before.span(), (start, start + len(inner)))
    if not before or not is_short_form(before.group()) or len(compound_words(inner)) < 2:
        return None
    short = before.group()
    if not spells(short, inner):  # "IT (which we all use)": no long form
        return None
    start = paren.start(1) + offset
    return Definition(short, inner, before.span(), (start, start + len(inner)))


def _joined(text: str, m: re.Match[str], starts: Callable[[], list[int]]) -> Definition | None:
    if m.group("short1"):
        short, long = m.group("short1"), m.group("long1")
        if not is_short_form(short):
            return None
        # the long form may run on past its last letter match ("..., or Shanghai Cooperation Organization members")
        words = long.split()
        for n in range(len(words), 1, -1):
            candidate = " ".join(words[:n])
            if best_long_form(short, candidate) == 0:
                start = m.start("long1")
                return Definition(short, candidate, m.span("short1"), (start, start + len(candidate)))
        return None
    definition = _defined_before(text, m.start(), m.group("short2"), m.span("short2"), starts)
    # ", or" closing a list ("written in the C, C++, or FORTRAN languages") joins its last item, not a name and its
    # short form: letters picked from inside the items' words spell nothing the text defines. A name that holds a
    # comma lists its parts, whose initials spell the short form ("Ministry of Health, Labour and Welfare, or MHLW")
    if definition is not None and "," in definition.long and not spelled_by_initials(
            definition.short, definition.long.replace(",", "")):
        return None
    return definition


def _joined_places(text: str) -> list[int]:
    """Where _JOINED may match: at a capital before ", or" or ", i.e." back to the space before (the short form,
    which holds none, comes first), and where a comma and the joining words open the pair (the short form last)."""
    first = capitals_before(text, written(text, _JOINED_SHORT_FIRST), " ")
    return sorted({*first, *written(text, _JOINED_SHORT_AFTER)})


def find_definitions(text: str, language: str = "en") -> list[Definition]:
    found = []
    parens = list(_PAREN.finditer(text))
    # every joined pair is written with ", or ", ", i.e. " or "known as" (a cheap test before the scan)
    joined = list(matches_at(_JOINED, text, _joined_places(text))) if any(cue in text for cue in _JOINED_CUES) else []
    read: list[list[int]] = []

    def starts() -> list[int]:
        """The text's word starts, read only where a short form's long form is looked for before it."""
        if not read:
            read.append(_word_starts(text))
        return read[0]
    for paren in parens:
        definition = (_definition_before(text, paren, starts, language) or _definition_after(text, paren, language)
                      or colon_pair(paren))
        if definition:
            found.append(definition)
    if ", " in text:
        taken = {d.short_span for d in found}
        for m in joined:
            definition = _joined(text, m, starts)
            if definition and definition.short_span not in taken:
                found.append(definition)
                taken.add(definition.short_span)
    if " – " in text or " — " in text:
        taken = {d.short_span for d in found}
        # the short form holds no space and ends at the dash: tried only at the capitals before one
        for m in matches_at(_DASHED, text, capitals_before(text, written(text, _DASHES), " ")):
            short, long = m["short"], m["long"]
            # a dash sets off many things; only initials that spell the short form make it a definition
            if is_short_form(short) and m.span("short") not in taken and spelled_by_initials(short, long.replace(",", "")):
                found.append(Definition(short, long, m.span("short"), m.span("long")))
    found += phrased(text, {d.short_span for d in found},
                     lambda text, end, short, span: _defined_before(text, end, short, span, starts))
    found += referred(text, {d.short_span for d in found}, language)
    return sorted(found, key=lambda d: d.short_span)

