"""Review of session 18's number and date rules: made-up examples where a rule reached past its cause."""

from scoexport.extract.word_quantities import is_unit_second


def _second(text: str) -> bool:
    start = text.index("second")
    return is_unit_second(text, start, start + len("second"))


def test_year_before_second_is_no_count() -> None:
    assert not _second("In the 2022 second round, Macron won.")
    assert _second("It took 1 second.")


def test_every_second_noun_ranks() -> None:
    assert not _second("Every second child in the city lives in poverty.")
    assert _second("The sensor reports every second.")
    assert _second("Six messages per second arrive.")
