"""Pronouns in attributions: which person named before "he", "she" or "they" it stands for.

Enters: a document's paragraphs and the entities found in them; leaves: for a pronoun at a place in
the text, the last person named before it who can be meant. A pronoun usually stands for one of the
last few people named, but not for one named only as a listener ("told Benioff") or an owner
("Parise’s penchant"), nor for one whose given name is nearly always carried by the other sex
("she" passes over a Vivek, "he" over a Nikki; data/name_sexes.txt), or whom the text has already called
by the other pronoun (a Charlie it called "he" is not a later "she"); one whose given name is of the pronoun's sex
goes before a later one of unknown sex in the same paragraph. A subject pronoun continues
the subject of the text before it: a person named after a preposition ("with his friend Bill
Welter", "spoke to Ana Ruiz") is its antecedent only when no person named otherwise is within reach.
`Speakers.resolve` turns any subject attribution.py finds (a pronoun, a surname, a title, an epithet, an
organization's kind) into the one named before it so; an epithet ("«...», a répondu la ministre") is a person the
text wrote with that noun before or beside the name, else the one person named just before whose sex is the article's
gender ("„...“, sagte der Hamburger"), never merely the last speaker. In a language whose "he" and
"she" also stand for things, a pronoun after a sentence whose subject is a body ("Der Verband kritisiert ...") may be
that body: `follows_body` says so, and quotes.py then gives no speaker.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import cache

from ..data import alternation, load_json, load_lines
from ..records import Fact, Paragraph
from ..spans import SpanSet
from .base import Context
from .words import listener_verbs

_SEX_OF_PRONOUN = {"she": "f", "he": "m"}
# a preposition, and up to three words of role or determiner, before a name: "with his friend", "to Governor"
# ("according to", "by" and "from" name a source, who may well speak next)
_OBLIQUE = re.compile(r"(?<!according )\b(?:with|to|for|against|about|at|like|than|of|alongside|beside|toward|towards"
                      r"|among|between|including)\s+(?:(?!(?:and|or|but|who|that|which|then|as)\s)[\w'’.-]+\s+){0,3}$")
# the word just before a name, and the stop an abbreviation ends in: a title ("Gov. ", "President ": ASCII letters, the
# stop or none) or the noun a text writes a person with, which an epithet later repeats ("il sindaco Marco Rossi",
# "la ministre Élisabeth Borne": no stop); the noun may also stand in apposition after the name ("Marco Rossi, il
# sindaco,", "Bernd Voss, Biologe")
_WORD_BEFORE = re.compile(r"\b([^\W\d_]+)(\.?)\s+$")
_NOUN_APPOSED = re.compile(r",\s+(?:[^\W\d_]{1,3}\s+|[^\W\d_]{1,2}['’])?([^\W\d_]+)\b")
_PRONOUN_REACH = 20  # people named before a pronoun that it may pass over (listeners, owners, the other sex)


class Speakers:
    """The people a pronoun can stand for, in document order: every person named outside a quote, except one
    named as a listener ("told Benioff") or as an owner ("Parise’s penchant"), who is rarely the next speaker."""

    def __init__(self, ctx: Context, names: list[Fact], quotations: Callable[[str], Sequence[tuple[int, int]]]) -> None:
        """`names` are the document's entities; `quotations` finds the quoted spans, whose names are never counted."""
        texts = {p.paragraph_id: p for p in ctx.paragraphs}
        self._ctx, self._texts = ctx, texts
        body = [p.paragraph_id for p in ctx.paragraphs if p.kind == "body"]
        self._body_before = dict(zip(body[1:], body[:-1], strict=True))  # each body paragraph's previous one
        quoted = {pid: SpanSet(len(p.text)) for pid, p in texts.items()}
        for pid, p in texts.items():
            for start, end in quotations(p.text):
                quoted[pid].add(max(0, start - 1), end + 1)
        listeners = alternation(listener_verbs())
        listener = re.compile(rf"\b(?:{listeners})\s+$")
        self.people: list[tuple[tuple[int, int], Fact]] = []
        self.oblique: set[str] = set()  # fact IDs of people named as the object of a preposition
        # people named outside quotes by their surname, and by the role of the title before their name
        self.surnamed: dict[str, list[tuple[tuple[int, int], Fact]]] = {}
        self.titled: dict[str, list[tuple[tuple[int, int], Fact]]] = {}
        self.nouns: dict[str, list[tuple[tuple[int, int], Fact]]] = {}  # people by the noun written beside the name
        # organizations named outside quotes: what "the company said" refers back to
        self.organizations: list[tuple[tuple[int, int], Fact]] = []
        for f in names:
            p = texts.get(f.paragraph_id)
            if p is not None and f.entity_type == "organization" \
                    and not quoted[f.paragraph_id].overlaps(f.start, f.start + 1):
                self.organizations.append(((p.seq, f.start), f))
            if p is None or f.entity_type != "person" or quoted[f.paragraph_id].overlaps(f.start, f.start + 1):
                continue
            if f.value:
                # by the last word of the name: "Noem" is Kristi Noem, or the Noem the text names by surname only
                self.surnamed.setdefault(f.value.rsplit(" ", 1)[-1], []).append(((p.seq, f.start), f))
            before = _WORD_BEFORE.search(p.text, max(0, f.start - 30), f.start)
            if before and before.group(1).isascii():
                self.titled.setdefault(_role(before.group(1)), []).append(((p.seq, f.start), f))
            apposed = _NOUN_APPOSED.match(p.text, f.end)
            for noun in (before if before and not before.group(2) else None, apposed):
                if noun:
                    self.nouns.setdefault(noun.group(1).lower(), []).append(((p.seq, f.start), f))
            if p.text[f.end:f.end + 2] in ("'s", "’s") or listener.search(p.text, max(0, f.start - 12), f.start):
                continue
            self.people.append(((p.seq, f.start), f))
            if _OBLIQUE.search(p.text, max(0, f.start - 40), f.start):
                self.oblique.add(f.fact_id)
        self.people.sort(key=lambda item: item[0])
        for found in (*self.surnamed.values(), *self.titled.values(), *self.nouns.values(), self.organizations):
            found.sort(key=lambda item: item[0])
        self.places = [at for at, _ in self.people]
        self._named: dict[str, list[tuple[tuple[int, int], Fact]]] = {}  # organizations by a word of their name
        self.sexes: dict[str, str] = {}  # entity ID -> the sex the text's own "he" or "she" gave the person

    def called(self, person: Fact, pronoun: str) -> None:
        """The text called this person "he" or "she": a later pronoun of the other sex is someone else."""
        sex = _SEX_OF_PRONOUN.get(pronoun)
        if sex and person.entity_id:
            self.sexes.setdefault(person.entity_id, sex)

    def last(self, p: Paragraph, offset: int, not_id: str | None = None, pronoun: str = "they") -> Fact | None:
        """The person `pronoun` at `offset` stands for: the last one named before it who can be meant. One whose
        given name is of the pronoun's sex goes before a later one of unknown sex in that one's paragraph ("Marie
        Curie ... avec Jean Dupont. Elle a ajouté": "Jean" is either sex's, "Marie" a woman's)."""
        sex = _SEX_OF_PRONOUN.get(pronoun, "")
        other_sex = {"f": "m", "m": "f"}.get(sex)
        i = bisect.bisect_left(self.places, (p.seq, offset))
        fallback = None
        unsexed: tuple[int, Fact] | None = None  # the last person of unknown sex who can be meant, and where
        passed = False  # passed over someone of the other sex named in this paragraph
        # a pronoun stands for one of the last few people named: a bounded look back keeps each one cheap
        for k in range(i - 1, max(-1, i - 1 - _PRONOUN_REACH), -1):
            (seq, _), f = self.people[k]
            if unsexed is not None and seq < unsexed[0]:
                return unsexed[1]
            if passed and seq < p.seq:
                # the paragraph speaks of someone of the other sex and "she" is no one it names ("McDowell ...
                # his mom ... she said"): the woman meant is not named here, and an earlier one is a guess
                return fallback
            known = self.sexes.get(f.entity_id or "", _sex(f.value))
            if f.entity_id != not_id and (other_sex is None or known != other_sex):
                if f.fact_id in self.oblique:
                    fallback = fallback or f
                elif other_sex is None or known == sex:
                    return f
                elif unsexed is None:
                    unsexed = (seq, f)
            elif f.entity_id != not_id and seq == p.seq:
                passed = True
        return unsexed[1] if unsexed is not None else fallback

    def near(self, person: Fact, p: Paragraph) -> bool:
        """Is the person named in this paragraph or the body paragraph before it? Another language's pronoun reaches no
        farther: where a text names people we do not find, the last one found further back is a guess."""
        return person.paragraph_id in (p.paragraph_id, self._body_before.get(p.paragraph_id))

    def follows_body(self, p: Paragraph, offset: int, pronoun: str) -> bool:
        """Does the sentence before the one at `offset` have a body as its subject, written as a singular article of
        the pronoun's gender and a body noun ("Der Verband kritisiert ...", "Le conseil municipal l'a rejeté."), and
        name no person? Another language's "Er fordert:" is then as likely that body as anyone named earlier
        (data/body_subjects_languages.json); where the language has no such nouns, False."""
        found = _body_subject(self._ctx.metadata.language or "")
        sentence = self._ctx.sentence_at(p.paragraph_id, offset)
        if found is None or sentence is None:
            return False
        q = p
        if sentence.start > 0:
            before = self._ctx.sentence_at(p.paragraph_id, sentence.start - 1)
        else:  # the pronoun's sentence opens its paragraph: the last sentence of the body paragraph before
            q = self._texts.get(self._body_before.get(p.paragraph_id, ""), p)
            sentences = self._ctx.sentences_of(q.paragraph_id) if q is not p else []
            before = sentences[-1] if sentences else None
        articles, pattern, nouns, suffix = found
        m = pattern.match(q.text, before.start) if before is not None and before.end <= len(q.text) else None
        article = (m.group("article") or m.group("elided") + "'").lower() if m else ""
        if m is None or articles[article] not in ("", pronoun):
            return False

        # "Der Verband", "Le conseil municipal", or an adjective in lower case first: "Der neue Vorstand"
        if not (_body_noun(m.group("noun"), nouns, suffix)
                or (m.group("noun").islower() and _body_noun(m.group("next"), nouns, suffix))):
            return False
        i = bisect.bisect_left(self.places, (q.seq, before.start))
        return i == len(self.places) or self.places[i] >= (q.seq, before.end)

    def by_surname(self, surname: str, p: Paragraph, offset: int) -> Fact | None:
        """The last person named before this place whose name ends in `surname` ("Noem": Kristi Noem, or a person
        the entities know only as "Noem" where the text did not name her in full)."""
        return _last_before(self.surnamed.get(surname, []), (p.seq, offset))

    def titled_as(self, role: str, p: Paragraph, offset: int) -> Fact | None:
        """The last person named before this place after the title `role` ("the governor": Gov. Kristi Noem)."""
        return _last_before(self.titled.get(_role(role), []), (p.seq, offset))

    def written_as(self, noun: str, p: Paragraph, offset: int) -> Fact | None:
        """The last person named before this place with the noun `noun` before or in apposition with the name: whom
        an epithet ("«...», a répondu la ministre") means; an organization's noun ("il ministero") is no one's."""
        return _last_before(self.nouns.get(noun.lower(), []), (p.seq, offset))

    def unwritten_epithet(self, noun: str, article: str, p: Paragraph, offset: int) -> Fact | None:
        """The person an epithet the text never wrote beside a name stands for ("„...“, sagte der Hamburger", "sagt der
        Virologe", "a répondu la ministre"): news calls a person so just after naming them, so the one person named
        before it in its paragraph and the body paragraph before, where that person's sex (a given name, or the
        text's own "he" or "she") is the article's gender. Where two or more people are named there, the epithet may
        be any of them (the one the text is about, not the last named: "trifft auf Adrian Mannarino. „...“, sagte der
        Hamburger"): the one of them the title names (a headline names whom the story is about), else no one. Not a
        body's noun ("der Verband", "le ministère": data/body_subjects_languages.json), and no one in a language that
        lists none (a ministry and a minister cannot be told apart) or where the article does not say the gender."""
        found = _body_subject(self._ctx.metadata.language or "")
        if found is None:
            return None
        articles, _, nouns, suffix = found
        pronoun = articles.get(article.lower(), "")
        if pronoun not in _SEX_OF_PRONOUN or _body_noun(noun, nouns, suffix):
            return None
        before = self._texts.get(self._body_before.get(p.paragraph_id, ""))
        since = (before.seq if before is not None else p.seq, 0)
        named = {f.entity_id: f for _, f in self.people[bisect.bisect_left(self.places, since):
                                                        bisect.bisect_left(self.places, (p.seq, offset))]}
        if len(named) > 1:
            named = {eid: f for eid, f in named.items() if self._in_title(f)}
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        known = self.sexes.get(person.entity_id or "", _sex(person.value))
        return person if known == _SEX_OF_PRONOUN[pronoun] else None

    def _in_title(self, person: Fact) -> bool:
        """Does the document's title name the person by their surname ("Zverev zieht ins Viertelfinale ein")?"""
        surname = (person.value or "").rsplit(" ", 1)[-1]
        return bool(surname) and bool(re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", self._ctx.metadata.title or ""))

    def resolve(self, found: Fact | str | None, p: Paragraph, offset: int, listener: str | None = None) -> Fact | None:
        """The person or organization a verb's subject (attribution.py) at `offset` refers to: a name is itself; a
        pronoun, surname, title, epithet or organization's kind the one named before it so; "they" no one.
        `listener`: the entity the verb names as listener ("he told Cook"), who is not its subject."""
        if not isinstance(found, str):
            return found
        word, _, rest = found.partition(" ")
        if found in ("they", "someone"):
            return None  # a group ("the family", "officials") or one unnamed ("un proche"): no one the text names
        if word == "epithet":
            noun, _, article = rest.partition(" ")
            return self.written_as(noun, p, offset) or self.unwritten_epithet(noun, article, p, offset)
        if word == "surname":
            return self.by_surname(rest, p, offset)
        if found == "organization":
            return self.last_organization(p, offset)
        if word == "kind":
            return self.last_organization(p, offset, rest)
        if word == "the":
            return self.titled_as(rest, p, offset)
        person = self.last(p, offset, listener, found)
        if person is not None:
            self.called(person, found)
        return person

    def last_organization(self, p: Paragraph, offset: int, kind: str | None = None) -> Fact | None:
        """The last organization named before this place ("WeWork ... a company spokesperson said": WeWork); with a
        kind, the last whose name holds that word ("the university": Georgetown University)."""
        if kind is None:
            return _last_before(self.organizations, (p.seq, offset))
        named = self._named.get(kind)
        if named is None:  # once per kind: a long document asks for "the company" hundreds of times
            named = self._named[kind] = [item for item in self.organizations
                                         if kind in (item[1].value or "").lower().split()]
        return _last_before(named, (p.seq, offset))


def _body_noun(word: str | None, nouns: frozenset[str], suffix: bool) -> bool:
    """Is the word a body's noun: one of `nouns`, or in a language that compounds (`suffix`) a word ending in one
    ("Landesverband")?"""
    word = (word or "").lower()
    return word in nouns or (suffix and any(word.endswith(n) for n in nouns))


def _last_before(found: list[tuple[tuple[int, int], Fact]], at: tuple[int, int]) -> Fact | None:
    i = bisect.bisect_left(found, at, key=lambda item: item[0])
    return found[i - 1][1] if i else None


@cache
def _body_subject(language: str) -> tuple[dict[str, str], re.Pattern[str], frozenset[str], bool] | None:
    """A language's articles (with the pronoun of each one's gender), the pattern of an article and a noun opening a
    sentence (an adjective between them maybe), its body nouns, and whether a compound ending in one is one."""
    table = load_json("body_subjects_languages.json").get(language)
    if not table:
        return None
    articles = table["articles"]
    spaced = alternation(a for a in articles if not a.endswith("'"))
    elided = [a[:-1] for a in articles if a.endswith("'")]
    article = rf"(?P<article>{spaced})\s+" + (rf"|(?P<elided>{alternation(elided)})['’]" if elided else "")
    pattern = re.compile(rf"\s*(?i:{article})(?P<noun>[^\W\d_]+)(?:\s+(?P<next>[^\W\d_]+))?")
    return articles, pattern, frozenset(table["nouns"]), bool(table.get("suffix"))


@cache
def _roles() -> dict[str, str]:
    return dict(line.split() for line in load_lines("title_roles.txt"))


def _role(title: str) -> str:
    """The role word of a title: "Gov." and "governor" are one role."""
    word = title.rstrip(".").lower()
    return _roles().get(word, word)


@cache
def _name_sexes() -> dict[str, str]:
    return dict(line.split() for line in load_lines("name_sexes.txt"))


def _sex(name: str | None) -> str | None:
    """'f' or 'm' where the person's given name is nearly always one sex's, else None."""
    first = (name or "").split(" ", 1)[0]
    return _name_sexes().get(first) if " " in (name or "") else None
