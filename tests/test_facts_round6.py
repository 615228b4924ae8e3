"""Round six: facts on web pages of other kinds than news (recipes, lists, tutorials, product lists,
essays) and the lines around them. Examples of our own, shaped as such pages write them."""
from __future__ import annotations

import pytest

from scoexport.clean.bylines import is_dateline


@pytest.mark.parametrize("text", ["Last year, 85,000 people came.", "At least 29 of his colleagues died.",
                                  "First, 20 people came to the hall.", "On 12 occasions the ferry did not sail."])
def test_running_text_that_opens_with_a_word_of_a_dateline_label_is_not_a_dateline(text: str) -> None:
    assert not is_dateline(text)


@pytest.mark.parametrize("text", ["Last updated 09/10/2018", "Posted: 3 May 2021", "First published 2020-03-04",
                                  "Updated 09.10.2018"])
def test_a_dateline_label_opening_a_date_is_a_dateline(text: str) -> None:
    assert is_dateline(text)
