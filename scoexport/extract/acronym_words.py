"""How a long form is cut into the words and parts whose letters an acronym takes: the one place the acronym rules
(acronyms.py, acronym_referred.py) split a long form.

- Words: spaces part them, and so do a dash and a hyphen between letters, which joins the parts of a compound as a
  space does ("release-critical" = RC, "Bourne-Again SHell" = Bash, "Seeschifffahrtsstraßen-Ordnung" = SeeSchStrO);
  a slash does not: it sets alternatives side by side ("Effizienzhauses/Effizienzgebäudes 55 (EH 55)"), not the
  successive words of one name.
- Parts of a closed compound: a language that writes its compounds as one word (German "Strafgesetzbuch", "Grund-
  gesetz", "Bruttoinlandprodukt") abbreviates the compound by its parts, as another language abbreviates a phrase by
  its words: "StGB" = Straf|gesetz|buch, "GG" = Grund|gesetz, "BIP" = Brutto|inland|produkt. The short form's
  capitals mark where a part starts; the lower-case letters after a capital are more of that part ("St" of "Straf",
  "See" of "Seeschifffahrt"), as law titles abbreviate in German (StVO, BtMG, EStG).

Why a single word is trusted only so: a short form whose letters merely occur in a word ("Dänemark (DK)", "Bosch
(BSH)") is a code, not an abbreviation of it. An abbreviation's letters open the compound's parts, and a part is a
word stem of three letters at least ("See", "Amt", "Rat"), so each capital must fall three letters or more after the
one before and leave three or more letters to the last part; and the compound must open with the short form's first
capital. Letters scattered by chance seldom fall so.

Enters a long form (and a short form); leaves its words, or whether a compound's parts spell the short form.
"""
from __future__ import annotations

import re

from .name_stops import compound_links

# the marks a long or short form may wear around it: quotation marks, straight and curly, and the backquote of a
# literal in plain-text markup ("the ‘Bourne-Again SHell’", "``duck``"): one set for every acronym rule
QUOTES = "“”\"‘’'`"
_WORD_CUTS = re.compile(r"[\s–—]+|(?<=[^\W\d_])-(?=[^\W\d_])")
_PART = 3  # letters of a compound's part at least: the shortest stems ("See", "Amt") have three


def compound_words(text: str) -> list[str]:
    """A text's words where a hyphen between letters or a dash parts them as a space does ("Bourne-Again" is two
    words): the one cut of words every acronym rule reads initials from. The text is cut as it stands."""
    return [w for w in _WORD_CUTS.split(text) if w]


def long_words(long: str) -> list[str]:
    """The long form's words (`compound_words`), its quotes and trailing marks aside."""
    return compound_words(long.strip(QUOTES + " ,;:"))


def closes_compounds(language: str | None) -> bool:
    """Does the language write its compounds as one word (it has joints between their parts, data/
    common_nouns_languages.json's `compound_links`)? Only there is one word the long form of a short one."""
    return bool(compound_links(language))


def _chunks(short: str) -> list[str]:
    """The short form cut before each capital: "StGB" -> St, G, B; "SeeSchStrO" -> See, Sch, Str, O."""
    if not short.isalpha() or not short[0].isupper():
        return []
    chunks: list[str] = []
    for c in short:
        if c.isupper():
            chunks.append(c)
        else:
            chunks[-1] += c
    return chunks


def _spells_from(word: str, chunks: list[str], at: int) -> bool:
    """Can chunks[0] open a part at `at` (its other letters in that part, in order) and the rest open later parts?"""
    chunk, rest = chunks[0], chunks[1:]
    if word[at] != chunk[0]:
        return False
    if not rest:
        return len(word) - at >= _PART and _in_order(chunk[1:], word[at + 1:])
    for nxt in range(at + max(_PART, len(chunk)), len(word) - _PART + 1):
        if word[nxt] == rest[0][0] and _in_order(chunk[1:], word[at + 1:nxt]) and _spells_from(word, rest, nxt):
            return True
    return False


def _in_order(letters: str, text: str) -> bool:
    """Are `letters` found in `text` one after another, others between them maybe?"""
    it = iter(text)
    return all(c in it for c in letters)


def compound_spells(short: str, word: str) -> bool:
    """Is `word` (one capitalized word, a compound) what `short` abbreviates part by part: "StGB" of
    "Strafgesetzbuches", "BIP" of "Bruttoinlandprodukt"? Two capitals at least, each opening a part of three letters
    or more, the first opening the word."""
    chunks = _chunks(short)
    if len(chunks) < 2 or not word.isalpha() or not word[0].isupper() or len(word) < _PART * len(chunks):
        return False
    return _spells_from(word.lower(), [c.lower() for c in chunks], 0)
