"""The language guess scores a text from its words that are function words: the same guess, and the same floats to
the last bit, as scoring every language's every function word (the reading it replaced, kept here as the reference).

The texts are drawn from function words several languages share ("a", "i", "de", "to", "in"), words only one
language lists, words no list holds and punctuation, with the document's language as a default or not, so that
ties, near ties, the evidence floor and the override by a paragraph's own language are all reached."""
from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from scoexport.clean import language
from scoexport.clean.language import _MIN_SCORE, _weighted, guess_language


def _reference(text: str, default: str | None = None) -> str | None:
    """The guess as it was read before: every language's every function word looked up in the text's counts."""
    lowered = text.lower()
    words = Counter(language.words_of(lowered) if len(lowered) == len(text)
                    else (w.lower() for w in language._WORD.findall(text)))
    if not words:
        return default
    scores = {lang: sum(words[w] * weight for w, weight in stop) for lang, stop in _weighted().items()}
    best = max(scores, key=lambda lang: scores[lang])
    evidence = sum(words[w] for w, _ in _weighted()[best])
    if evidence < _MIN_SCORE:  # thin: another language's only where it has two words, one unshared, none of the
        # document's, outside the particles of names
        if default is None or scores.get(default, 0.0):
            return default
        words = language.counted_words(language.without_name_particles(text))
        scores = {lang: sum(words[w] * weight for w, weight in stop) for lang, stop in _weighted().items()}
        best = max(scores, key=lambda lang: scores[lang])
        evidence = sum(words[w] for w, _ in _weighted()[best])
        unshared = any(words[w] for w, weight in _weighted()[best] if weight == 1.0)
        other = unshared and evidence >= language._THIN and scores[best] >= language._FLOOR
        return best if other else default
    if default is None or best == default:
        return best
    known = scores.get(default, 0.0)
    return best if scores[best] >= max(language._OVERRIDE * known, language._FLOOR) else default


def _function_words() -> list[str]:
    shared = Counter(w for stop in _weighted().values() for w, _ in stop)
    many = sorted(w for w, n in shared.items() if n > 1)  # "a", "de", "i", "in", "to", ...
    alone = sorted(w for w, n in shared.items() if n == 1)
    return many + alone[::7]


_PIECES = [*_function_words(), "Bridge", "council", "Ursula", "Leyen", "Warszawa", "2019", "U.S.", "don't", "İstanbul", "ÉTÉ"]
_SEPARATORS = [" ", " ", ", ", ". ", "\n"]
_TEXTS = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(w + s for w, s in pairs))
_DEFAULTS = st.sampled_from([None, "ja", *list(_weighted())])


@settings(max_examples=1500, deadline=None)
@given(_TEXTS, _DEFAULTS)
def test_the_guess_from_the_texts_function_words_is_the_guess_from_every_list(text: str, default: str | None) -> None:
    assert guess_language(text, default=default) == _reference(text, default), text


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_the_scores_are_the_same_floats_as_every_lists_sum(text: str) -> None:
    words = Counter(language.words_of(text.lower()))
    scores, evidence = language._scores(words)
    every = {lang: sum(words[w] * weight for w, weight in stop) for lang, stop in _weighted().items()}
    assert scores == {lang: s for lang, s in every.items() if s}  # == on floats: bit for bit
    assert list(scores) == [lang for lang in _weighted() if every[lang]]  # the table's order, for ties
    assert evidence == {lang: sum(words[w] for w, _ in _weighted()[lang]) for lang in scores}
