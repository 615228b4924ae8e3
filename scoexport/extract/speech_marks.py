"""Which words in quotation marks are speech: a quote, rather than a term, a title, a name or an example string.

Enters: a paragraph's text, a quotation's span (its words and where its marks close) and what its sentence holds
(a verb of speech with a subject, whether the quotation opens the sentence, an attribution right after it);
leaves: whether the words are someone's speech.

Words in quotation marks are a quote when a verb of speech stands beside them in their sentence ("..., Cook
said", "Benioff told Cook: ..."), when they are a whole sentence of their own (four words or more, or ending in
sentence punctuation), or when they open the paragraph. A short phrase with no verb of speech is a scare quote or
a term ("the so-called “reset”"), and a run of capitalized words is a title ("Takin’ It to the Streets"; not one whole
sentence of its own ending in a full stop, which German writes with its nouns capitalized), or
inside a sentence, even beside a verb of speech, a name (Detroit's "Big Three"), and words the text names (after
"commonly called", "dubbed", "the term", "question": `data/naming_words.txt`) are a term, a name or the question
it talks about, words a pointer to the reader opens ("(see “...”)": `data/reader_pointers.txt`) a title, words
before a part of a document ("the “...” thread": `data/document_parts.txt`) or after one and its number ("siehe
Abschnitt 7.3, „...“") its title, words beside a thing a program shows ("the “...” message", "le bouton « ... »":
`data/label_nouns.txt`) its label, a run of words in title case ("R for Windows FAQ") a title, words a program's
string literal holds (parse('...'), r'''...''') code, and words that hold a path,
a media type or a placeholder ("<MIME>/text/html.xml") are a manual's example string, and words given as a sample of
a kind ("Sätze wie: „...“") or as what is said if or whenever something happens ("wenn Leute sagen „...“":
imagined_speech.py) are said by no one: none is kept. Words set as what something is taken for ("known to most as
'...'", "markiert als »...«": `data/characterizing_words.txt`) are speech only where someone voices them (a verb of
speech in their sentence, a person or body named before them in it, an active verb of naming or judging or "in her
words" before them in it: `data/judging_verbs.txt`, a speaker earlier in the paragraph), and words before
"above" or "below" closing the clause (`data/reference_directions.txt`) are the title of a part of the same document;
a placeholder variable ("${HOME}", "$myhost"; "$URL" only where no one is said to speak the words, for "$TSLA" is a
stock ticker) makes words a manual's example string. Words right after an article, a demonstrative
or a possessive (`data/determiners.txt`: "a ‘handler of last resort’", "le « guide du débutant »") stand where a noun
phrase stands: a short phrase with no sentence and no clause inside (`data/clause_openers.txt`) is a term the text
names or coins, unless someone voices it as above or the sentence reports speech; after an object pronoun ("called it
the “...”": `data/object_pronouns.txt`) it is what someone called the thing, their words.
"""
from __future__ import annotations

import re
from functools import cache

from ..data import alternation, load_lines, words_before
from ..text import mostly_capitalized
from .imagined_speech import imagined
from .marks import OPENING_MARKS_ALL
from .words import english_stopwords

_OPEN = f"[{OPENING_MARKS_ALL}]"  # an opening mark, looked back over before the words
_SENTENCE_END = re.compile(r"[.!?…][’”\"]?\s*$")
_INNER_STOP = re.compile(r"[.!?…]\s")  # a stop inside the words: more than one sentence
_COLON_BEFORE = re.compile(rf":\s*(?:{_OPEN}\s*)?$")  # a colon, then the opening mark
_MIN_WORDS = 4  # a phrase shorter than this with no verb of speech is a scare quote, not speech
_TITLE_WORDS = 12  # and a title is short
# a manual's example string: a tag ("<MIME>"), a path ("/usr/share", "usr/share/mime") or a media type
# ("text/html"); one slash between two words is prose ("km/h", "yes/no", "and/or", "she/her"); a variable a program or a
# shell fills in ("${HOME}", "$myhostname", "$build_dir"): a sum of money has a digit after its sign, a placeholder a
# letter; a bare name in capitals ("$URL") is also a stock ticker ("$TSLA"): _BARE_VARIABLE
_EXAMPLE_STRING = re.compile(r"<[A-Za-z][\w-]*>|\$\{[A-Za-z_]\w*\}|\$(?:[A-Z][A-Z0-9]*)?[a-z_]\w*"
                             r"|(?<![\w/])(?:/[a-z][\w.+-]*|[a-z][\w.+-]*/[\w.+-]+/"
                             r"|(?:text|application|image|audio|video|multipart|font|model|message)/[a-z0-9][\w.+-]*)")
# a variable in capitals ("$URL") or a stock ticker ("$TSLA"): a manual's placeholder only where no one is said to speak
# the words (no verb of speech with a subject in their sentence, no attribution after them)
_BARE_VARIABLE = re.compile(r"\$[A-Z][A-Z0-9]*(?!\w)")


@cache
def _named_before() -> re.Pattern[str]:
    """A word that names what the quotation marks hold ("commonly called", "dubbed", "the question"), right
    before them: a term, a name or a question the text talks about, not words anyone said."""
    # a part of a document named before its title ("siehe Abschnitt 7.3, „...“", "voir la section 5.2, « ... »"):
    # document_parts.txt holds the parts' names in the languages read here
    words = set(load_lines('naming_words.txt')) | set(load_lines('document_parts.txt'))
    return re.compile(rf"(?i)\b(?:{alternation(words, flexible_spaces=True)})"
                      rf"(?:\s+\d+(?:\.\d+)*)?(?:\s+(?:on|about|über|sur))?[\s,:;(—–-]*(?:namely,?\s*)?(?:{_OPEN}\s*)?$")


@cache
def _pointer_before() -> re.Pattern[str]:
    """A word that sends the reader to a title ("(see “...”)", "See “...”", "(lire « ... »)": data/reader_pointers.txt)
    right before the marks: an instruction to the reader opens a sentence or a bracket; inside a sentence the word is a
    verb, whose object may be anyone's words ('voters would see "real change"')."""
    # the pointer may say which way to look ("See also below, “...”")
    return re.compile(rf"(?:^|[(\[]\s*|[.!?…][”\"’»)]*\s+)(?i:{alternation(load_lines('reader_pointers.txt'))})"
                      rf"(?:\s+(?i:{alternation(load_lines('reference_directions.txt'))}))?[\s,:;]*(?:{_OPEN}\s*)?$")


@cache
def _document_part_after() -> re.Pattern[str]:
    """A part of a document named right after the quotation marks ("” section", "”) thread"), or a thing a program
    shows ("” message", "” button": data/label_nouns.txt): the marks hold the part's title or the thing's label. Where
    the part is named before them ("section 9.3 (“...”)") `_named_before` reads it, a label `_label_before`."""
    # or which way the reader finds the part in this document, closing the clause ('described under "..." above.':
    # reference_directions.txt; not '"a fair deal" above all')
    nouns = set(load_lines('document_parts.txt')) | set(load_lines('label_nouns.txt'))
    return re.compile(rf"(?i)[”\"’'»“«]?\)?\s+(?:(?:{alternation(nouns, flexible_spaces=True)})\b"
                      rf"|(?:{alternation(load_lines('reference_directions.txt'))})(?=\s*(?:[.,;:)]|$)))")


@cache
def _characterized() -> re.Pattern[str]:
    """A word that sets the quoted words as what something is taken for ("views it as “...”", "markiert als »...«":
    data/characterizing_words.txt), right before the marks."""
    return re.compile(rf"(?i)\b(?:{alternation(load_lines('characterizing_words.txt'))})\s*(?:{_OPEN}\s*)?$")


@cache
def _label_before() -> re.Pattern[str]:
    """A thing a program shows, named with a definite article or a demonstrative right before the marks ("the message:
    ‘...’", "die Nachricht »...«", "l'erreur « ... »"): the marks hold what the screen shows. An indefinite one ("a
    message: “...”") may introduce someone's words, and is left to the other rules."""
    return re.compile(rf"(?i)\b{words_before(load_lines('label_articles.txt'))}"
                      rf"(?:{alternation(load_lines('label_nouns.txt'), flexible_spaces=True)})[\s,:]*(?:{_OPEN}\s*)?$")


@cache
def _determiner_before() -> re.Pattern[str]:
    """An article, demonstrative or possessive right before the opening mark ("a ‘...’", "le « ... »", "das »...«":
    data/determiners.txt): the marks stand where a noun phrase stands."""
    # after an object pronoun the article opens a verb's second object ("called it the “...”"): what the verb's
    # subject called the thing, their words; the pronoun is caught in a group that a match must leave empty
    return re.compile(rf"(?i)(?<!\w)({alternation(load_lines('object_pronouns.txt'))}\s+)?"
                      rf"(?<!\w){words_before(load_lines('determiners.txt'))}{_OPEN}\s*$")


@cache
def _clause_opener() -> re.Pattern[str]:
    """A relative pronoun or subordinating word inside the words (data/clause_openers.txt): a clause, with its
    finite verb."""
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(load_lines('clause_openers.txt'))})(?!\w)")


def _noun_phrase(text: str, start: int, inner: str) -> bool:
    """Do the words in marks starting at `start` stand as a noun phrase: right after a determiner, a phrase of a
    title's length with no sentence inside or at its end ("the so-called ‘handler of last resort’", "le « secret de
    famille »")? Put where a noun stands, words no one in the sentence voices are a term the text names or coins; a
    sentence someone said opens with its own words or follows a verb, a colon or "that"."""
    words = inner.split()
    return len(words) <= _TITLE_WORDS and not _INNER_STOP.search(inner) and not _SENTENCE_END.search(inner) \
        and not _clause_opener().search(inner) and _after_determiner(text, start)


def _after_determiner(text: str, start: int) -> bool:
    """Does a determiner, not after an object pronoun, stand right before the marks opening at `start`?"""
    m = _determiner_before().search(text, max(0, start - 18), start)
    return m is not None and m.group(1) is None


@cache
def _judging_verb() -> re.Pattern[str]:
    """A verb of naming or judging (data/judging_verbs.txt): "called the merger a “...”", "dismissed the plan as “...”"."""
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(load_lines('judging_verbs.txt'), flexible_spaces=True)})(?!\w)")


@cache
def _passive_naming() -> re.Pattern[str]:
    """A passive of naming ending where a match ends ("is called", "was dubbed": data/naming_words.txt)."""
    return re.compile(rf"(?i)(?<!\w)(?:{alternation(load_lines('naming_words.txt'), flexible_spaces=True)})$")


def voiced_before(text: str, s_start: int, start: int) -> bool:
    """Does someone voice the words in marks opening at `start`, in their sentence from `s_start`: an active verb of
    naming or judging ("She labelled the reform a “...”", "The senator dismissed the plan as “...”") or words that give
    what follows to someone ("in her words": data/judging_verbs.txt)? A characterization or a noun phrase in marks is
    then what that someone called the thing: their words. The passive ("is called a “...”": naming_words.txt) names a
    term. A subject pronoun alone, or a person named earlier in the paragraph, does not voice them: "Il prépare un
    « train de la paix »" is the writer's phrase for what he prepares."""
    return any(not _passive_naming().search(text, s_start, m.end())
               for m in _judging_verb().finditer(text, s_start, start))


def _is_speech(text: str, verbs_near: bool, opens_sentence: bool, tagged: bool = False) -> bool:
    """Are these words in quotation marks speech? `tagged`: an attribution follows them ("“Wow,” he said")."""
    words = text.split()
    if len(words) < 2 and not (_SENTENCE_END.search(text) and opens_sentence) and not tagged:
        return False  # one word in quotes is a term being marked ("the use of “We.”"), unless a sentence of its own
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    titled = len(words) <= _TITLE_WORDS and (
        all(w[0].isupper() for w in words if w[0].isalpha())
        or (len(long_words) >= 2 and mostly_capitalized(long_words))
        or _title_case(words))
    if titled and not (tagged or opens_sentence or _SENTENCE_END.search(text)):
        # a short run of capitalized words inside a sentence is a name or a title, beside a verb of speech too:
        # Detroit's "Big Three", the filmmaker (“The One I Love”) remembers, “Ritorno al Futuro”; speech
        # capitalizes its first word only
        return False
    if verbs_near:
        return True
    if len(words) < _MIN_WORDS and not _SENTENCE_END.search(text):
        return False  # a term or scare quote: "oxygen bar", so-called "reforms"
    # a title: most words capitalized ("Takin’ It to the Streets"); not one whole sentence that opens its own and ends
    # in a full stop, which German writes with its nouns capitalized („Ich war dort im Auftrag der Öffentlichkeit.“),
    # unlike a slogan of short ones ("Meth. We’re on it.")
    return not (titled and len(long_words) >= 2) or (opens_sentence and text.rstrip().endswith(".") and _sentences(text))


def _title_case(words: list[str]) -> bool:
    """Are the words set in title case: the first and every word but English function words capitalized, and only
    those (articles, prepositions, conjunctions: "for", "of", "the", "and") in lower case ("R for Windows FAQ", "Guide
    to the Galaxy", "Tcl on macOS")? English titles are set so; a sentence has a longer lower-case word (a verb, a
    noun) or capitalizes its first word alone. German capitalizes its nouns, but its verbs and most of its words stay
    lower case."""
    letters = [w.strip("\"'“”‘’«»„()[],.:;!?") for w in words]
    letters = [w for w in letters if w and w[0].isalpha()]
    if len(letters) < 2 or not letters[0][0].isupper():
        return False
    # a name written with a capital inside ("macOS", "iPhone") is capitalized as a title's word is
    capitalized = [w[0].isupper() or any(c.isupper() for c in w[1:]) for w in letters]
    small = english_stopwords()  # a title's lower-case words are articles, prepositions, conjunctions: not "saw"
    return sum(capitalized) >= 2 and all(c or w in small for c, w in zip(capitalized, letters, strict=True))


def _sentences(text: str) -> bool:
    """Do the words open with a whole sentence of _MIN_WORDS words or more ("Nicht Herbert Diess entscheidet darüber.
    Die Kunden entscheiden."), not with a fragment of a slogan ("Meth. We’re on it.")?"""
    return len(_INNER_STOP.split(text, 1)[0].split()) >= _MIN_WORDS


def is_speech(text: str, span: tuple[int, int], near: bool, opens: bool, tagged: bool, voiced: bool = True) -> bool:
    """Are the words from `span[0]` to where their marks close (`span[1]`) speech? `near`: a verb of speech with a
    subject in their sentence; `opens`: they open it; `tagged`: an attribution follows them ("“Wow,” he said");
    `voiced`: their sentence has a verb of speech or names a person or body, or someone spoke before in the paragraph."""
    start, closed = span
    inner = text[start:closed].strip()
    # a colon that ends a clause introduces a sentence as a stop ends one: "Er stellte klar: „Nicht ... Die Kunden ...“"
    opens = opens or bool(_COLON_BEFORE.search(text, max(0, start - 4), start))
    if not _is_speech(inner, near, opens, tagged) or _named_before().search(text, max(0, start - 40), start) \
            or _pointer_before().search(text, max(0, start - 40), start) \
            or _label_before().search(text, max(0, start - 40), start):
        return False
    if not (near or voiced or tagged) and _noun_phrase(text, start, inner):
        # "output using a ‘handler of last resort’": a term after its article, with no one in the sentence who says or
        # calls it so ("Ortiz called the bridge a “...”" reports her words) and not in the mood of reported speech
        # ("Es sei ein „...“")
        return False
    if not (voiced or tagged) and _characterized().search(text, max(0, start - 12), start):
        return False  # "known to most as 'the glibc guy'": what something is called, with no one who calls it so
    if _code_literal(text, start):
        return False  # parse('simpsons homer marge'), compile("""a=0 ..."""): a program's string, not anyone's words
    if imagined(text, start):
        return False  # "Sätze wie: „...“", "wenn Leute sagen „...“": a sample of what is said, or what is said if ever
    if not tagged and _document_part_after().match(text, closed):
        return False  # the "running bind as a non-root user" section: a title, not anyone's words
    # “Load all the <MIME>/text/html.xml files”: a manual's example string, not anyone's words
    return tagged or not (_EXAMPLE_STRING.search(inner) or (not near and _BARE_VARIABLE.search(inner)))


def _code_literal(text: str, start: int) -> bool:
    """Do the words starting at `start` open a program's string literal: a straight mark doubled or tripled (Python's
    \"\"\"), glued to a letter before it (a string prefix: r"...", b'...'), to an equals sign (key="..."), or to the
    bracket of a call (parse('...'))? Prose sets a space or a dash before an opening mark and never doubles it; the
    typographic marks are never code's."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 1 or text[i] not in "\"'":
        return False
    before = text[i - 1]
    return before == text[i] or before == "=" or before.isalnum() or (
        before in "([" and i >= 2 and (text[i - 2].isalnum() or text[i - 2] == "_"))
