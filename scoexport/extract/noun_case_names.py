"""People in a language that capitalizes every noun (German): names found without reading capitals as names.

Enters: a paragraph's text and its language. Leaves: (start, end) of each person's name.

Why it works: in German a capitalized run is no name by its shape ("Eine Stunde", "Neue Autos"), so the English
shape rules are off there; but a given name from the lists ("Christian", "Katrin") is no German noun, and the
capitalized word right after it is its surname ("Christian Lindner", "Katrin Göring-Eckardt", "Helmut Peter"),
unless the lexicon lists it as a noun ("Giannis Entscheidung", "bestellt Gianni Snacks"); but a pair that opens a
main clause, its given name no genitive, is one constituent before the verb, so a name ("Sebastian Vettel gewann").
A title written before a surname ("Frau Merkel", "Dr. Hoffmann": data/name_titles_languages.json) names the
person too, and so does a compound ending in one ("Senatspräsidenten Herimanana Razafimahefa", "SPD-Chef Lars
Klingbeil"): German joins the office to its title noun, and a given name no list holds still follows the title.
An office alone ("Präsident") is followed by a noun as often ("Präsident Trump Zölle verhängt", "Präsident
Frankreichs Emmanuel Macron"): after it a name opens with a listed given name or is one word, no known place.
A surname ending in an organization's head noun ("Funke Mediengruppe") names a body, not a person. A third
capitalized word after a given name and surname that is no noun, place or body is a part of the name ("Ingrid
Landmark Tandrevold"). A given name
that is a place, a month ("April") or a function word of a language ("Die") opens no name here: in German those
are as often words; one that is an English word opens one only before a surname no lexicon reads ("Urban Federer").
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_json
from ..text import opens_sentence
from .country_names import find_inflected, translated_country
from .date_language_words import months_of, weekdays_of
from .gazetteer import lookup
from .language_bodies import ends_in_head_noun, is_head_noun
from .name_shapes import without_accents
from .name_stops import common_nouns, determiners, function_words, is_common_noun, not_given_words
from .words import given_names, name_words, plain_words

# German letters, and the accented Latin letters of names from other languages ("Cécile", "Yücel", "Đoković"); an
# inner capital after a prefix of a surname ("McDonald", "DeSantis")
_CAPITALIZED = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+(?:[A-Z][a-zß-öø-ÿā-ž]+)?(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+)?"
# a surname's particles, only after a given name and before its surname ("Ursula von der Leyen", "Ingmar de Vos"):
# a German article alone after a title is the article of the next noun ("Kretschmann der Grünen", "Klingbeil den
# Vorschlag"), so der/den/dem stand only after von/van
_PARTICLE = r"(?:(?:von|van)(?: (?:der|den|dem))?|vom|zu|de|du|da|di|del|ter)"
# the surname in a lookahead: pairs overlap ("Grünen-Fraktionschefin Katrin Göring-Eckardt" holds two)
_PAIR = re.compile(rf"(?<![\w-])({_CAPITALIZED}) (?=({_CAPITALIZED})(?![\w-]))")
# a ruler's number after the given name, as German writes an ordinal ("Leopold I.", "Benedikt XVI.")
_REGNAL = re.compile(r" [IVX]{1,5}\.(?=\s|$)")
# what follows a lone word after an office: a lower-case word ("Schutz der Bürger", "Respekt zollend")
_NEXT_WORD = re.compile(r" ([a-zß-öø-ÿ]+)\b")
# the endings a German genitive of a name takes ("Evans Kolumne", "Giannis Entscheidung", "Max' Auto")
_GENITIVE_ENDINGS = ("s", "x", "z", "ß", "'", "’")


@cache
def _titled(language: str) -> re.Pattern[str] | None:
    """A title, or a compound ending in one ("Senatspräsidenten", "SPD-Chefin"), before one or two capitalized words."""
    table = load_json("name_titles_languages.json")
    titles, compounds = table.get(language), table["compounds"].get(language)
    if not titles:
        return None
    not_titles = table.get("not_titles", {}).get(language, ())
    endings = alternation(table.get("compound_endings", {}).get(language, ()))
    # a word ending in a title's part that names no office ("Lautsprecher") is left out before the compound is read
    excluded = rf"(?![\w-]*(?i:{alternation(not_titles)})(?:{endings})? )" if not_titles else ""
    # the office alone is a title as well ("Präsident Emmanuel Macron", "Chef Dieter Morszeck"): the compound's first
    # part may be empty, its first letter a capital still
    compound = rf"|{excluded}(?=[A-ZÄÖÜ])[\w-]*(?i:{alternation(compounds)})(?:{endings})?" if compounds else ""
    # an academic title may follow the office ("Landesbranddirektor Dr. Karsten Homrighausen")
    return re.compile(rf"(?<![\w-])(?P<title>{alternation(titles)}{compound}) (?:(?:Dr|Prof)\. )*"
                      rf"(?P<first>{_CAPITALIZED})(?: (?P<particle>{_PARTICLE}))?(?: (?P<last>{_CAPITALIZED}))?"
                      rf"(?![\w-])")


@cache
def _lone_word_stops(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the titles of address, the words that are no name after an office: weekdays and months, lower-cased)."""
    table = load_json("name_titles_languages.json")
    calendar = set(weekdays_of(language)) | set(months_of(language))
    return frozenset(table.get("courtesy", {}).get(language, ())), frozenset(calendar)


@cache
def _office_alone(title: str, language: str) -> bool:
    """An office written without a compound's first part ("Präsident", "Direktorin"), not "SPD-Chef" or
    "Senatspräsidenten", whose first part says whose office it is."""
    table = load_json("name_titles_languages.json")
    compounds, endings = table["compounds"].get(language, ()), table.get("compound_endings", {}).get(language, ())
    word = title.lower()
    return any(word == c or (word.startswith(c) and word[len(c):] in endings) for c in compounds)


def is_office(word: str, language: str) -> bool:
    """A title or an office of the language, alone or joined to whose or what it is ("Bürgermeister",
    "Vizebürgermeister", "SPD-Chefin"): a role, no body's or person's name."""
    table = load_json("name_titles_languages.json")
    if word in table.get(language, ()):
        return True
    low, endings = word.lower(), ("", *table.get("compound_endings", {}).get(language, ()))
    return any(low.endswith(c + e) for c in table["compounds"].get(language, ()) for e in endings)


def _listed_as_word(word: str) -> bool:
    """A given name the lists mark as also an English word ("Dieter", "Mark"): a name after an office in German,
    where the English word is not written; a month or a function word ("April", "Die") is none."""
    return word in given_names()[1] and word not in not_given_words()


def _known_place(word: str, language: str) -> bool:
    """A word the gazetteer or the language's names of countries know, inflected or not ("Frankreichs")."""
    return lookup(word) is not None or translated_country(word, language) is not None \
        or bool(find_inflected(word, language))


def _unknown_word(word: str, language: str) -> bool:
    """A capitalized word the language's lexicon, its function words and the gazetteer all leave unread: after an
    office and a first such word it is the surname of a given name no list holds ("Präsident Andry Rajoelina"),
    where a noun ("Präsident Trump Zölle") or a place ("Präsident Frankreichs Emmanuel Macron") is no name's."""
    return not (is_common_noun(word, language) or word.lower() in function_words(language) or lookup(word) is not None
                or _known_place(word, language) or ends_in_head_noun(word, language))


def _titled_name(m: re.Match[str], text: str, language: str, names: frozenset[str]) -> tuple[int, int] | None:
    """The name after a title, or None when the words after an office are no name.

    A listed given name opens a name with its particles and surname ("Ursula von der Leyen"); two capitalized words
    are a given name no list holds and its surname ("Herimanana Razafimahefa"). A lone word after an office is a
    German noun as often ("Lautsprecher Klang", "Bundespräsidenten Respekt zollend"): it is taken only when no
    function word or present participle follows it (a participle takes its object before it), and a weekday or a
    month is never one ("Regierungssprecher Montag und Dienstag")."""
    courtesy, calendar = _lone_word_stops(language)
    first, last = m.group("first"), m.group("last")
    if first.lower() in calendar or (last and last.lower() in calendar):
        return None
    if is_common_noun(first, language):
        return None  # "dem Direktor Bericht erstatten": a noun after an office is the verb's object, no name
    if _office_alone(m.group("title"), language) and first not in names and not _listed_as_word(first):
        # an office alone is followed by a noun as often as by a name ("Präsident Frankreichs Emmanuel Macron",
        # "Präsident Trump Zölle verhängt", "Präsident Bidens Regierung"): a name no list holds is one word, or two
        # that no lexicon reads (_unknown_word), and no place the gazetteer or the language's country names know
        if m.group("particle") or _known_place(first, language) or (last and not _unknown_word(last, language)):
            return None
    if last and is_common_noun(last, language):
        last = None  # "SPD-Chef Klingbeil Bericht erstatten": the name ends before the noun
    if last and (first in names or not m.group("particle")):
        return m.start("first"), m.end("last")
    if m.group("title") in courtesy:
        return m.span("first")
    after = _NEXT_WORD.match(text, m.end("first"))
    if after and (after.group(1) in function_words(language) or after.group(1).endswith("end")):
        return None
    return m.span("first")


def _named_pairs(text: str, language: str) -> list[tuple[re.Match[str], bool]]:
    """Each given name from the lists and the capitalized word after it, and whether that word is a compound ending
    in a body's head noun: "Funke Mediengruppe", "Robert Koch-Institut" name a body after a family or a person, not
    the person. A word that is the head noun whole opens no pair: "Salome Kammer" is a person, "Stanford
    Universität" a body, and the words cannot tell which. A weekday or a month is no surname ("Ab Montag": a
    preposition that the lists hold as a given name, before a weekday), as it is no name after an office."""
    names, word_names = given_names()  # the names that are no English word or place, and those that are
    not_given = not_given_words()
    noun_given = common_nouns(language)[1]  # "Jede Menge Zeichen", "Giannis Entscheidung": nouns, no names
    _, calendar = _lone_word_stops(language)
    found = []
    for m in _PAIR.finditer(text):
        given, surname = m.group(1), m.group(2)
        given = given if given.isascii() else without_accents(given)  # "Cécile" is the list's "Cecile"
        if surname.lower() in calendar:
            continue  # "Ab Montag gilt die neue Regel": the Dutch given name "Ab" is a preposition before a weekday
        if given in names and given not in not_given and surname not in not_given and given not in noun_given \
                and not is_head_noun(surname, language):
            # a compound ending in the head names the body; the head noun whole is a surname ("Salome Kammer", "Thomas
            # Bund") as often as a body's head written apart ("Stanford Universität"): no name of either
            body = ends_in_head_noun(surname, language)
            if body or not is_common_noun(surname, language) or _one_constituent(text, m.start(), given):
                found.append((m, body))  # "Giannis Energielevel", "bestellt Gianni Snacks": no surname
        elif given in word_names and _english_word_name(given, surname, language) \
                and not _after_determiner(text, m.start(), language):
            found.append((m, False))
    return found


def _after_determiner(text: str, start: int, language: str) -> bool:
    """Is the word before `start` an article or a determiner ("die Art Anopheles")? German writes one before a noun,
    not before a name (`name_stops.determiners`)."""
    before = text[max(0, start - 8):start].split()
    return bool(before) and text[start - 1:start] == " " and before[-1].lower() in determiners(language)


def _english_word_name(given: str, surname: str, language: str) -> bool:
    """A given name that is also an English word ("Urban", "Lion") and a surname no lexicon reads ("Abt Urban
    Federer", "vgl. Lion Wagner"): in German text an English word is not written capitalized before an unread word,
    so the pair is a name; not where the given name is a noun or a place of the language, nor where the second word
    is a plain English word ("Hope Valley": a phrase of English); an English word that is also a common surname
    ("Young", "Street": words.dictionary_words, not plain_words) may be the surname ("Mark Young")."""
    return not (given in not_given_words() or is_common_noun(given, language) or _known_place(given, language)) \
        and _unknown_word(surname, language) and surname not in plain_words()


def _one_constituent(text: str, start: int, given: str) -> bool:
    """Does the pair at `start` open its sentence, its given name no genitive? A German main clause sets one
    constituent before its verb, so a given name and a noun opening it are one name ("Sebastian Vettel gewann"),
    where elsewhere a bare noun after a given name is a second object ("bestellt Gianni Snacks", "dass Anna Geld
    braucht"). A name in the genitive owns the noun after it ("Evans Kolumne macht", "Giannis Entscheidung war").
    Enters: the paragraph's text, where the pair starts and its given name; leaves whether the pair is a name."""
    return not given.endswith(_GENITIVE_ENDINGS) and opens_sentence(text, start)


# one more capitalized word after a given name and surname, then no capital: a lower-case word, a mark or the end
_THIRD = re.compile(rf" ({_CAPITALIZED})(?=[^\w-]|$)(?! [A-ZÀ-ÖØ-ÞĀ-Ž])")


def _third_part(text: str, end: int, language: str) -> int:
    """Where a given name and surname end with a third part of the name ("Ingrid Landmark Tandrevold", "Klaus Klein
    Fisch"): names carry a second given name or a second surname, and the capitalized word right after one is its
    part where it is no noun of the language (German capitalizes those: "Christian Lindner Bericht erstatten"), no
    function word, month or weekday, and no place or body the gazetteer knows ("Olaf Scholz Berlin"); and no capital
    follows it, where the words would go on to a title or another name we cannot split."""
    m = _THIRD.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    _, calendar = _lone_word_stops(language)
    if is_common_noun(word, language) or word.lower() in function_words(language) or word.lower() in calendar \
            or word in not_given_words() or _known_place(word, language) or lookup(word) is not None \
            or ends_in_head_noun(word, language) or is_office(word, language):
        return end
    return m.end()


def noun_case_bodies(text: str, language: str) -> list[tuple[int, int]]:
    """Bodies named after a person or a family, the head noun joined to the name ("Robert Koch-Institut", "Funke
    Mediengruppe"): German joins a body's head to its namesake's surname, so a given name and a capitalized word
    ending in a head (data/organization_heads_languages.json, suffixes) are the body's whole name."""
    return [(m.start(), m.end(2)) for m, body in _named_pairs(text, language) if body]


@cache
def _patronymic() -> re.Pattern[str]:
    """A patronymic after a name: "son of" and the father's name ("Jakob ben Ascher", "Umar bin Chalid"), Hebrew and
    Arabic names' own part, the particle (data/name_words.json, patronymics) written small or capitalized."""
    particles = {form for w in name_words("patronymics") for form in (w, w.capitalize())}
    return re.compile(rf" (?:{alternation(particles)}) {_CAPITALIZED}(?![\w-])")


_GIVEN = re.compile(rf"(?<![\w-]){_CAPITALIZED}(?= )")


def _with_patronymic(text: str, end: int) -> int:
    """Where a name ends with its patronymics ("Ben Jaakov ben Ascher"): the particle says the next word is the
    father's name, a part of the person's, where a German noun never follows it."""
    while m := _patronymic().match(text, end):
        end = m.end()
    return end


def noun_case_people(text: str, language: str) -> list[tuple[int, int]]:
    names, _ = given_names()  # only the names that are no English word or place
    found = [(m.start(), _with_patronymic(text, _third_part(text, m.end(2), language)))
             for m, body in _named_pairs(text, language) if not body]
    # a listed given name and its patronymic alone ("Mohammed bin Salman")
    found += [(m.start(), _with_patronymic(text, m.end())) for m in _GIVEN.finditer(text)
              if m.group() in names and _patronymic().match(text, m.end())]
    pattern = _titled(language)
    for m in pattern.finditer(text) if pattern else ():
        span = _titled_name(m, text, language, names)
        if span:
            regnal = _REGNAL.match(text, span[1]) if span[1] == m.end("first") else None
            found.append((span[0], regnal.end()) if regnal else span)  # "Kaiser Leopold I.": a ruler's number
    return found
