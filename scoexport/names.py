"""What a name names, from package data alone: shared by the HTML author reader (parse) and the
entity rules (extract), so that both decide "organization or person" and "place" the same way."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from .data import alternation, load_json, load_lines, word_set


@cache
def organization_heads() -> tuple[str, ...]:
    """Words that end an organization's name: head nouns ("Council", "News") and legal forms ("Corp", "AG"),
    also as written in capitals ("SPIEGEL ONLINE")."""
    words = (*load_lines("organization_heads.txt"), *load_lines("company_suffixes.txt"))
    return tuple(dict.fromkeys([*words, *(w.upper() for w in words)]))


@cache
def _head_set() -> frozenset[str]:
    # a family firm's ending is its last word ("& Söhne", "& Sons"): alone it is a head, "Mumford & Sons" a body
    return frozenset(h.lower().rstrip(".").rsplit(" ", 1)[-1] for h in organization_heads())


@cache
def company_suffix() -> re.Pattern[str]:
    """A legal form or a family firm's ending right after a name ("Hammond Distilling Co.", "Heidi Schröck &
    Söhne"): it ends a company's name."""
    return re.compile(rf",? (?:{alternation(load_lines('company_suffixes.txt'))})(?![\w-])")


@lru_cache(maxsize=4096)  # a document names the same people and bodies again and again
def looks_like_organization(name: str) -> bool:
    """A name with an organization head word or a legal form in it ("News Nation", "Microsoft Corp"), or a
    name of several words set in capitals, is an organization, not a person. English puts a body's head noun
    before "of" ("Bank of England", "Office of Fair Trading") or last in a compound ("Forest Service"); a head word
    that is only the one-word complement of "of" ("Denial of Service", "Terms of Service", "Quality of Service")
    names what the phrase is about, and the phrase is a term, unless a word that heads a body only before "of"
    stands there ("Fraternal Order of Police", data/of_heads.txt)."""
    words = name.split()
    if len(words) > 1 and name.isupper():
        return True
    heads = [w.lower().strip(",.") in _head_set() for w in words]
    if len(words) >= 3 and words[-2] == "of" and heads[-1] and not any(heads[:-1]) \
            and words[-3].lower() not in word_set("of_heads.txt"):
        return False  # "Denial of Service"; not "Fraternal Order of Police", headed before "of"
    return any(heads)


@cache
def place_names() -> frozenset[str]:
    """Every way the gazetteer writes a country, city or region, and the countries' demonyms ("Russian")."""
    gaz = load_json("gazetteer.json")
    places = {form for kind in ("countries", "cities", "regions") for row in gaz.get(kind, []) for form in row["aliases"]}
    return frozenset(places | {d for row in gaz["countries"] for d in row["demonyms"]})


# a syllable as Revised Romanization and McCune-Reischauer write it, with the spellings names keep ("oo", "ee"):
# an initial consonant, a vowel, a final consonant
_SYLLABLE = re.compile(r"(?:kk|tt|pp|ss|jj|ch|sh|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?"
                       r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
                       r"(?:ng|k|n|l|m|p|t|b|g|r)?")
# family name, then the given name's two syllables: joined by a hyphen, the second in lower case ("Moon Jae-in"),
# or as two words ("Kim Jong Un")
_KOREAN = re.compile(r"(?P<family>[A-Z][a-z]{0,5}) (?P<first>[A-Z][a-z]{0,5})"
                     r"(?:-(?P<second>[a-z]{1,6})| (?P<third>[A-Z][a-z]{0,5}))")


@lru_cache(maxsize=4096)
def korean_name(name: str) -> tuple[str, str] | None:
    """(family name, given name) of a Korean name written in Latin letters family name first ("Moon Jae-in",
    "Kim Jong Un"), else None. The family name is one of the few the country has (data/korean_surnames.txt);
    the given name is two syllables as romanization writes them, which English words joined by a hyphen rarely
    are ("Jae-in" is, "Ave-nue" and "Co-op" are not). Korean opens no word with an r or l sound, so neither
    opens a given name ("Do Re-mi" is no name)."""
    m = _KOREAN.fullmatch(name)
    if m is None or m.group("family") not in word_set("korean_surnames.txt"):
        return None
    first, second = m.group("first"), m.group("second") or m.group("third")
    if first.startswith(("R", "L")) or not (_SYLLABLE.fullmatch(first.lower()) and _SYLLABLE.fullmatch(second.lower())):
        return None
    return m.group("family"), f"{first}{second.lower()}"


# a generational or regnal numeral ("III", "XIV"); not with L or C, which would take the surname "Li" for one
_ROMAN = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")


@cache
def _letters_forms() -> dict[str, str]:
    """Each degree, honour or suffix by its letters in capitals, to its form as written ("PHD" -> "PhD")."""
    return {w.upper(): w for w in load_lines("name_letters.txt")}


@lru_cache(maxsize=4096)  # an author's name comes again on every page of a site
def name_letters(word: str) -> str | None:
    """A capitals word of a name that is no word, as it is written: a roman numeral, letters without a vowel, a
    degree or honour in its listed form ("JR." -> "Jr."); None for a word of the name. Asked of a word after the
    name's first (a name opens with "XI" or "NG" only as a surname)."""
    letters = word.strip(",.()")
    listed = _letters_forms().get(letters.upper())
    if listed is not None:
        return word.replace(letters, listed)
    return word if _ROMAN.fullmatch(letters) or not any(c in "AEIOUY" for c in letters.upper()) else None


@cache
def _given_names() -> frozenset[str]:
    from .extract.words import given_names  # the one list of given names; extract's package imports this module

    names, word_names = given_names()
    return names | word_names


def is_given_name(word: str) -> bool:
    """A given name the lists know, those that are also words ("Will", "Jean") included: where the words are
    already taken for a name (a byline, an author field), a word that is a name too is one."""
    return word in _given_names()


def is_person_name(name: str) -> bool:
    """A person's name: two or three words, a given name the lists know first (`is_given_name`) and a surname
    they know last ("Pamela Anderson"), no organization's head word ("Grace Hopper Academy"). Towns and papers are
    named for people too ("Victoria Advocate"): a given name alone opening a name says nothing."""
    from .extract.words import known_surnames

    words = name.split()
    return 2 <= len(words) <= 3 and is_given_name(words[0]) and words[-1] in known_surnames() \
        and not looks_like_organization(name)
