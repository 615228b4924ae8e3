"""Organizations and minor places by the shape of their names, beyond the gazetteer.

- A run of capitalized words ending in a head noun or a legal form is an organization ("Pakistan
  Research Center", "Microsoft Corp", "ABC News", "SPIEGEL ONLINE"), with an "of/for/on ..." tail
  ("Bank of England", "National Institute on Drug Abuse") and a country written before it ("U.S.
  Securities and Exchange Commission"); "The" belongs to the name where it is capitalized inside a
  sentence ("... said The New York Times"). Two such names joined by "and" stay two where a head closes the
  first ("Strategas Securities and Bitwise Investments"); a unit's head after plain words only describes it ("the
  Security Team", name_words.json described_heads); in German text a noun of the firm's kind opens no name ("der
  ETF-Anbieter Roundhill Investments", name_stops.leading_nouns).
- A singular name with a plural verb is a team or a band ("Chelsea have paid"): collectives.py.
- "the", a capitalized name and a lower-case noun of organizations: "the Alternative for Germany party".
- "the" and a capitalized plural is a team or band ("the Steelers", "the Doobie Brothers"), unless it
  is a place or people of a place ("the Netherlands", "the Americans").
- A name in apposition with a noun of organizations: "publication DigiTimes", "Stratfor, the Texas-based
  intelligence organization" (this rule and the one before: organization_nouns.py).
- Towns as news writes them ("in Greenbelt, Maryland", datelines): towns.py, whose spans come out here too.
- A run ending in a place word is a place smaller than a city ("Heinz Field", "Forest Hill"): a region;
  so is a "... Center" that something happens in or at ("at the Moscone Center").

Word lists: organization_heads.txt, company_suffixes.txt, organization_nouns.txt, place_heads.txt;
plain_words.txt tells a plain English word ("Securities", "Trade") from a name before "and", so
"Wistron and Global Lighting Technologies" stays two names while "Securities and Exchange
Commission" is one.
"""
from __future__ import annotations

import calendar
import re
from functools import cache

from ..data import alternation, load_lines, prefix_tree, word_set
from ..names import looks_like_organization, organization_heads
from .base import holds_word, matches_at, opens_capitalized
from .collectives import collective
from .gazetteer import lookup
from .name_stops import determiners, leading_nouns
from .openings import capital_runs, capitals_before, run_places
from .organization_nouns import WORD, apposition, described, units
from .tokens import tokens
from .towns import calendar_words, towns
from .words import dictionary_words, given_names, is_listed_name, name_words, plain_words

__all__ = ["find_organizations", "looks_like_organization"]

# a saint's or a mount's name abbreviated, with the possessive a place is named by ("St. Mark's Square")
_SAINT = r"(?:St|Mt|Ft)\. [A-Z][a-z]+(?:['’]s)?"
_WORDS = re.compile(r"\S+")
_WORD_CHARS = re.compile(r"[\w&]+")
_INSIDE_SENTENCE = re.compile(r"[a-z,] $")
_COUNTRY_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z]\.){2,3}|[A-Z][a-z]+) $")
_CLOSING_QUOTE = re.compile(r"[.,!?]?[”\"]")
_NUMBER_AFTER = re.compile(r" \d")
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)")
_LOCATED = re.compile(r"-(?:based|headquartered)$")
_AT = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ii]nside|[Oo]utside)\s+(?:the\s+)?$")


def _named(head_words: str) -> re.Pattern[str]:
    calendar_words = alternation(w for w in (*calendar.day_name, *calendar.month_name) if w)
    # "of ..." may go on with "&" or one more "of" ("Center for Plants & Culture", "School of the Art Institute of
    # Chicago", "Council of Heads of State"), and ends where no capitalized "of"/"for" name follows
    # ("the Bank of England for years")
    words = rf"{WORD}(?: (?:& )?{WORD}){{0,3}}"
    tail = (rf"(?: (?:of|for|on) (?:the )?(?!(?:{calendar_words})\b){words}(?: of (?:the )?{words})?\b"
            rf"(?! (?:of|for) (?:the )?[A-Z]))")
    head = rf"(?:{head_words})(?:-{WORD})?(?![\w-])"  # "Pittsburgh Post-Gazette"
    initials = r"(?<![\w.])(?:[A-Z]\. ){1,3}"  # a founder's initials open the name: "W. M. Keck Observatory"
    word = rf"(?:{WORD}|\d+(?:st|nd|rd|th))"  # a business named after its street: "18th Street Brewery"
    # a church or college named after its saint ("St. Pachomius Orthodox Church", "St. John's College"): the saint
    # opens the name, so after "and" it opens the next one ("St. John's College and St. Mary's Hospital")
    saint = rf"{_SAINT} (?:{word} (?:(?:and|&) )?){{0,4}}"
    return re.compile(rf"\b(?:{initials})?(?:(?:{saint}|(?:{word} (?:(?:and|&) )?){{1,5}}){head}{tail}?|{head}{tail})")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # the head words as prefix trees: the patterns try them after every capitalized word of the text
    places = prefix_tree(load_lines("place_heads.txt"))
    # not a plural that a longer name goes on from ("the Friends of the Earth", "the Refugees in Towns Project")
    teams = re.compile(rf"(?<=\b[Tt]he )(?:{WORD} ){{0,2}}[A-Z][a-z]+s\b(?! of\b| (?:in|for|on) [A-Z])")
    # a street may be numbered: "6th Avenue", "42nd Street"; a saint's or a mount's name abbreviated: "St. Louis Park"
    place_words = rf"(?:{_SAINT}|{WORD}|\d+(?:st|nd|rd|th)|(?:St|Mt|Ft)\.)"
    return _named(prefix_tree(organization_heads())), re.compile(rf"\b(?:{place_words} ){{1,3}}(?:{places})\b"), teams


def _start(text: str, start: int, end: int, keep_the: bool) -> int:
    """Drop leading function words ("From", "By", "Certain"); keep a capitalized "The" inside a sentence; cut at
    an "and" that follows a name rather than a plain word. A verb's -ing form before a plural ("Using Images",
    "Uploading Images": a manual's or a terms page's heading) is a verb and its object, not a name's first word."""
    tokens = list(_WORDS.finditer(text[start:end]))
    plural = tokens[-1].group().endswith("s")
    i = 0
    while i < len(tokens) - 1 and (tokens[i].group().lower() in name_words("leading_words")
                                   or _LOCATED.search(tokens[i].group()) or (plural and _verb_ing(tokens[i].group()))):
        i += 1  # "From", "By"; "Delhi-based Council on Energy": where a body sits is not its name
    for j in range(len(tokens) - 2, i, -1):
        if tokens[j].group() in ("and", "&") and _ends_name([t.group() for t in tokens[i:j]]):
            i = j + 1
            break
    first = start + tokens[i].start()
    if keep_the and i > 0 and tokens[i - 1].group() == "The" and _INSIDE_SENTENCE.search(text[max(0, first - 6):first - 4]):
        return first - 4  # "... told The New York Times": inside a sentence the capital makes it part of the name
    return first


def _article_length(text: str, start: int, nouns_of: str | None) -> int:
    """The length of an article opening the run in a language that capitalizes nouns ("Das Team"): a sentence's
    capitalized article before a noun, no name's word ("Die Deutsche Bank" is "Deutsche Bank")."""
    if not nouns_of:
        return 0
    first = _WORDS.match(text, start)
    return len(first.group()) + 1 if first and first.group().lower() in determiners(nouns_of) else 0


def _ends_name(words: list[str]) -> bool:
    """The words before an "and" end a name: a word no plain English one ("Wistron and ..."), or a head word of one
    or two words after one ("Strategas Securities and ...", "Tamsin Wealth Management and ...": a firm's head closes
    its name); a plain word, head or not, is a field a body's one name lists ("Securities and Exchange")."""
    if words[-1] not in plain_words():
        return True
    return any(len(words) > n and " ".join(words[-n:]) in organization_heads() and words[-n - 1] not in plain_words()
               for n in (1, 2))


def _described(words: list[str]) -> bool:
    """A unit's head after plain English words only ("Security Team", "Release Team"): the words describe what the
    unit does, and name no body; a name holds a word of its own ("Zentyal Testing Security Team")."""
    return words[-1] in name_words("described_heads") and all(w in plain_words() for w in words[:-1])


_JOINED = re.compile(r"(?P<name>\S.*\S) (?:and|&) $")


def _first_of_two(text: str, start: int, cut: int) -> list[tuple[int, int, str]]:
    """The first of two names joined by "and" where a head word closes it ("Strategas Securities and Bitwise
    Investments"): the pattern took both as one run, and the cut at "and" kept only the second."""
    m = _JOINED.fullmatch(text, start, cut)
    if m is None or m.group("name").rsplit(" ", 1)[-1] not in _org_heads():
        return []
    first = _start(text, start, m.end("name"), True)
    return [(first, m.end("name"), "organization")] if len(text[first:m.end("name")].split()) >= 2 else []


def _verb_ing(word: str) -> bool:
    """A verb's -ing form: "Using", "Uploading" (a dictionary verb with its -ing, its final "e" dropped or not);
    not a name the lists or the gazetteer hold ("Harding Holdings", "Reading Industries")."""
    stem = word.removesuffix("ing")
    return stem != word and len(stem) >= 2 and (stem in dictionary_words() or stem + "e" in dictionary_words()) \
        and not is_listed_name(word) and lookup(word) is None


def _with_country(text: str, start: int) -> int:
    """A country written right before an organization's name is part of it ("U.S. Securities and Exchange Commission")."""
    m = _COUNTRY_BEFORE.search(text[max(0, start - 20):start])
    if m:
        entry = lookup(m.group(1))
        if entry and entry.type == "country" and not entry.demonym:
            return start - len(m.group(1)) - 1
    return start


# "University of California, Berkeley", "Rutgers University–New Brunswick", "School of Medicine at Mount Sinai"
_CAMPUS = re.compile(r"(?:, |[–-]| at )(?P<campus>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})(?![\w’'-]| [A-Z]| of\b)")


_LISTED_TAIL = re.compile(rf"(?P<list>(?:, {WORD}){{1,3}},? (?:and|&) {WORD})(?![\w-]| [A-Z]| of\b)")
_OF = re.compile(r" (?:of|for|on) ")


def _listed_tail(text: str, m: re.Match[str]) -> int | None:
    """Where a name whose "of/for/on" tail is a list ends: "Council on Energy, Environment and Water",
    "Department of Health, Education and Welfare" (the fields a body covers, set out as a list); not where the
    list names places or people ("the Bank of England, France and Spain")."""
    if not _OF.search(m.group()):
        return None
    t = _LISTED_TAIL.match(text, m.end())
    if t is None:
        return None
    names, word_names = given_names()
    words = _WORD_CHARS.findall(t.group("list"))
    if any(lookup(w) is not None or w in names or w in word_names for w in words if w not in ("and", "&")):
        return None
    return t.end()


def _campus(text: str, m: re.Match[str]) -> int:
    """Where a university's name ends: a campus or a school's seat goes with it after a comma, a dash or "at"
    (universities name their campuses so); after "at" only another institution, named by a head word, and
    only where the first has a name of its own ("Icahn School of Medicine at Mount Sinai Hospital")."""
    if not set(m.group().split()) & set(name_words("campus_heads")):
        return m.end()
    c = _CAMPUS.match(text, m.end())
    if c is None:
        return m.end()
    if c.group().startswith(" at ") and (m.group().split()[0] in organization_heads()
                                         or c.group("campus").rsplit(" ", 1)[-1] not in _org_heads()):
        return m.end()  # "School of Engineering at Rutgers": a unit named by its kind is a part of the one after "at"
    return c.end()


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(part for h in organization_heads() for part in _WORD_CHARS.findall(h))


def _goes_on(text: str, start: int, end: int) -> bool:
    """A run of plain words and a place's head word that goes on with a capitalized word (no day or month: "at
    Union Station Monday") is the opening of a longer name or a title ("Additional District Collector"): a place
    named only by plain words ("Station Street") stands alone; one with a name of its own ("Patna District
    Collector", "Westchester County Executive") still names the place."""
    after = _NAME_AFTER.match(text, end)
    if after is None or after.group(1) in calendar_words():
        return False
    return all(w in plain_words() for w in text[start:end].split()[:-1])


def _venue(text: str, start: int, name: str) -> str | None:
    """A "... Center" one is in or at is a place ("in KeyBank Center", "at the Moscone Center")."""
    # a research center is an organization, a convention center one is in or at a place
    if name.rsplit(" ", 1)[-1] in name_words("venue_heads") and _AT.search(text, max(0, start - 12), start):
        return "region"
    return None


def _name_starts(text: str, kind: str) -> list[int]:
    """Where the organization or place pattern may match: both open at a word boundary with a capitalized
    word, a digit, an initial or (organizations) a head word, of which only "plc" and the like are lower-case;
    and the words before the head word hold no comma. So they are tried at the lower-case heads and at the
    capitalized words between a head word and the last comma before it, not at every capitalized word: a head
    word opens with the capitalized run of letters that opens its own text ("Corp" of "Corp.")."""
    lower_heads = _lower_case_heads() if kind == "organization" else ()
    extra = [m.start() for h in lower_heads if h in text for m in re.finditer(re.escape(h), text)]
    heads = run_places(text, _head_runs(kind))
    places = capitals_before(text, [at + 1 for at in sorted({*heads, *extra})], ",")
    return sorted({*places, *extra}) if extra else places


@cache
def _head_runs(kind: str) -> frozenset[str]:
    return capital_runs(organization_heads() if kind == "organization" else word_set("place_heads.txt"))


@cache
def _lower_case_heads() -> tuple[str, ...]:
    return tuple(sorted(h for h in organization_heads() if not opens_capitalized(h)))


def find_organizations(text: str, english: bool = True, in_english: bool = True,
                       nouns_of: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, type) of organizations and minor places named by their shape in a paragraph; the teams
    and described-organization rules read English capitalization and articles (english=False: not at all);
    in_english says the document is English, where a name alone after "in" is a town (towns.py); nouns_of names
    a language that capitalizes its nouns, whose nouns open no name (name_stops.leading_nouns)."""
    orgs, places, teams = _patterns()
    found = []
    for pattern, kind, head_words in ((orgs, "organization", _org_heads()), (places, "region", word_set("place_heads.txt"))):
        if not holds_word(text, head_words):
            continue  # no head word in the paragraph: no name ends in one (a cheap test before the pattern)
        for m in matches_at(pattern, text, _name_starts(text, kind)):
            start = _start(text, m.start(), m.end(), kind == "organization")
            if kind == "organization":
                start = _with_country(text, start)
                words = _WORDS.findall(text, start, m.end())
                start += sum(len(w) + 1 for w in words[:leading_nouns(words, nouns_of)]) if nouns_of else 0
                start += _article_length(text, start, nouns_of)
            if kind == "region" and _goes_on(text, start, m.end()):
                continue  # "Additional District Collector Om Prakash": a title, not a place
            if kind == "organization" and _described(words := text[start:m.end()].split()):
                continue  # "the Security Team": plain words describe a unit, they name none
            if len(text[start:m.end()].split()) >= 2:
                end = _listed_tail(text, m) or _campus(text, m) if kind == "organization" else m.end()
                found.append((start, end, _venue(text, start, m.group()) or kind))
            if kind == "organization":
                found.extend(_first_of_two(text, m.start(), start))
    if not english:
        return found
    found.extend(apposition(text))
    found.extend(collective(text))
    found.extend(towns(text, in_english))
    after_the = tokens(text).after_the  # both rules' names follow "the " with a capital (read once per paragraph)
    found.extend(described(text, after_the))
    found.extend(units(text, after_the))
    for m in matches_at(teams, text, after_the):
        if _CLOSING_QUOTE.match(text, m.end()) or _NUMBER_AFTER.match(text, m.end()):
            continue  # "Takin’ It to the Streets.”": a quoted title's last words; "the Series 3": a model's name
        after = _NAME_AFTER.match(text, m.end())
        if after and after.group(1) not in calendar_words():
            continue  # "the Davis Cup", "the Kansas City Chiefs": the word in -s is inside a longer name
        parts = m.group().split()
        last = parts[-1]
        if any(w in plain_words() or w.isupper() for w in parts[:-1]) or last in organization_heads():
            continue  # "the SCO Member States" is a description; "the Pittsburgh Steelers" a name
        if not any(lookup(form) for form in (m.group(), last, last[:-1], last.removesuffix("es"))):
            found.append((m.start(), m.end(), "organization"))
    return found
