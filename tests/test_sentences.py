"""The sentence splitter, one table of cases per kind of trap (examples written for these tests)."""
from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scoexport import split_sentences
from scoexport.segment.splitter import sentence_spans

CASES: dict[str, list[tuple[str, list[str]]]] = {
    "titles": [
        ("Mr. Okafor met Dr. Lind at noon. They talked.", ["Mr. Okafor met Dr. Lind at noon.", "They talked."]),
        ("Gen. Will Barrow and Sen. Ruiz left. Prof. Haas stayed.",
         ["Gen. Will Barrow and Sen. Ruiz left.", "Prof. Haas stayed."]),
        ("The letter was signed by Rev. Amos Tutu.", ["The letter was signed by Rev. Amos Tutu."]),
    ],
    "months": [
        ("The fund closed on Sept. 30 and reopened on Jan. 4. Investors cheered.",
         ["The fund closed on Sept. 30 and reopened on Jan. 4.", "Investors cheered."]),
        ("Harvests peak in Oct. The rains come later.", ["Harvests peak in Oct.", "The rains come later."]),
        ("The bill passed in Dec. after a long fight.", ["The bill passed in Dec. after a long fight."]),
    ],
    "latin": [
        ("Bring tools, e.g. a hammer. Then start.", ["Bring tools, e.g. a hammer.", "Then start."]),
        ("Citrus fruit, i.e. Lemons and Limes, grew well.", ["Citrus fruit, i.e. Lemons and Limes, grew well."]),
        ("Brown v. Board changed schools. So did Roe.", ["Brown v. Board changed schools.", "So did Roe."]),
        ("Kim et al. found a link. Others did not.", ["Kim et al. found a link.", "Others did not."]),
        ("We sold pens, paper, etc. The shop closed.", ["We sold pens, paper, etc.", "The shop closed."]),
    ],
    "units": [
        ("The board is 6 ft. long and weighs 12 lbs. It floats.",
         ["The board is 6 ft. long and weighs 12 lbs.", "It floats."]),
        ("The climb gains 900 m in 3 km. Few finish.", ["The climb gains 900 m in 3 km.", "Few finish."]),
    ],
    "company suffixes": [
        ("Shares of Norvik Ltd. rose. Brandt & Co. Holdings fell.",
         ["Shares of Norvik Ltd. rose.", "Brandt & Co. Holdings fell."]),
        ("The deal went to Pell Corp. It closed on Friday.", ["The deal went to Pell Corp.", "It closed on Friday."]),
        ("Orvo Inc. said profits doubled.", ["Orvo Inc. said profits doubled."]),
    ],
    "U.S. and other dotted forms": [
        ("The U.S. Navy sailed. The U.K. Treasury paid.", ["The U.S. Navy sailed.", "The U.K. Treasury paid."]),
        ("She studied in the U.S. Then she moved to Lagos.", ["She studied in the U.S.", "Then she moved to Lagos."]),
        ("Aid reached the U.N. in June. Talks went on.", ["Aid reached the U.N. in June.", "Talks went on."]),
        ("Is he still in the U.S.? Nobody knows.", ["Is he still in the U.S.?", "Nobody knows."]),
    ],
    "initials": [
        ("The novel by J. R. Tallis sold well.", ["The novel by J. R. Tallis sold well."]),
        ("Minister K. Obi arrived. He spoke.", ["Minister K. Obi arrived.", "He spoke."]),
        ("Take vitamin D. It helps in winter.", ["Take vitamin D.", "It helps in winter."]),
    ],
    "decimals and versions": [
        ("Growth was 3.5 percent in version 2.1. Prices fell.", ["Growth was 3.5 percent in version 2.1.", "Prices fell."]),
        ("Install release 10.4.2 first. It fixes a bug.", ["Install release 10.4.2 first.", "It fixes a bug."]),
        ("It costs $14.99. Shipping is free.", ["It costs $14.99.", "Shipping is free."]),
        ("See item No. 5 below. It is short.", ["See item No. 5 below.", "It is short."]),
        ("Prices rose approx. 5 percent.", ["Prices rose approx. 5 percent."]),
    ],
    "times": [
        ("The polls open at 7 a.m. Voters queued early.", ["The polls open at 7 a.m.", "Voters queued early."]),
        ("At 9 p.m. Tuesday the ferry left.", ["At 9 p.m. Tuesday the ferry left."]),
        ("Doors close at 8 p.m. EST sharp.", ["Doors close at 8 p.m. EST sharp."]),
        ("At 6 a.m. Mrs. Ode opened the shop.", ["At 6 a.m. Mrs. Ode opened the shop."]),
        ("The call came at 4:15 p.m. on Friday. Nobody answered.",
         ["The call came at 4:15 p.m. on Friday.", "Nobody answered."]),
    ],
    "ellipses": [
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("Tudo certo… Veja bem.", ["Tudo certo…", "Veja bem."]),
        ("The report said . . . nothing new.", ["The report said . . . nothing new."]),
        ("It was over . . . . The crowd left.", ["It was over . . . .", "The crowd left."]),
        ("She knew it.... Nobody else did.", ["She knew it....", "Nobody else did."]),
        ("“The ruling [...] Stands,” he said.", ["“The ruling [...] Stands,” he said."]),
    ],
    "closing quotes and brackets": [
        ("“We agree.” The talks ended.", ["“We agree.”", "The talks ended."]),
        ("It ended (as planned.) Next came lunch.", ["It ended (as planned.)", "Next came lunch."]),
        ("He shouted, “Stop!” and ran.", ["He shouted, “Stop!” and ran."]),
        ("“Why now?” she asked. “Because.”", ["“Why now?” she asked.", "“Because.”"]),
        ("The rule (see Art. 4) applies. Few know it.", ["The rule (see Art. 4) applies.", "Few know it."]),
    ],
    "lists": [
        ("Goals: • more trade • less debt", ["Goals:", "• more trade", "• less debt"]),
        ("1. Boil the water. 2. Add the rice.", ["1. Boil the water.", "2. Add the rice."]),
        ("1) Pack light 2) Leave early", ["1) Pack light", "2) Leave early"]),
        ("Options: a) Stay home b) Travel", ["Options:", "a) Stay home", "b) Travel"]),
        ("The vote was 52. A recount followed.", ["The vote was 52.", "A recount followed."]),
    ],
    "URLs and e-mail addresses": [
        ("Read more at www.norvik.example/report. Comments are closed.",
         ["Read more at www.norvik.example/report.", "Comments are closed."]),
        ("Write to press.office@norvik.example. We reply fast.",
         ["Write to press.office@norvik.example.", "We reply fast."]),
        ("The page https://example.org/a.b.html loads slowly.", ["The page https://example.org/a.b.html loads slowly."]),
    ],
    "ends with an abbreviation": [
        ("He left for the U.S. The rest stayed.", ["He left for the U.S.", "The rest stayed."]),
        ("The firm is now Halden Bros. Its shares trade today.", ["The firm is now Halden Bros.", "Its shares trade today."]),
        ("Bring snacks, drinks, etc. Nothing else is needed.", ["Bring snacks, drinks, etc.", "Nothing else is needed."]),
    ],
    "plain": [
        ("Why now? Because it matters!", ["Why now?", "Because it matters!"]),
        ("A heading without a stop", ["A heading without a stop"]),
        ("Wait!! Who is there?", ["Wait!!", "Who is there?"]),
    ],
    "german marks": [
        ("Die Filiale in Wien ist eröffnet. „Wir freuen uns!“ Danach ging er.",
         ["Die Filiale in Wien ist eröffnet.", "„Wir freuen uns!“", "Danach ging er."]),
        ("„Ich bin froh.“ Sie ging. »Na gut.« Er kam.", ["„Ich bin froh.“", "Sie ging.", "»Na gut.«", "Er kam."]),
        ("Er sagte: „Das ist gut.“ und ging.", ["Er sagte: „Das ist gut.“ und ging."]),
    ],
}


@pytest.mark.parametrize(("category", "text", "expected"),
                         [(c, t, e) for c, cases in CASES.items() for t, e in cases],
                         ids=[f"{c}-{i}" for c, cases in CASES.items() for i in range(len(cases))])
def test_split(category: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@given(st.lists(st.sampled_from(["The talks ended.", "Mr. Li spoke at 3.5 p.m. today.", "Why?", "“Yes,” she said.",
                                 "Trade grew by 4.2%.", "It was the U.S. view.", "Acme Inc. The end."]),
                min_size=1, max_size=8))
def test_spans_cover_the_text_in_order(parts: list[str]) -> None:
    text = " ".join(parts)
    spans = sentence_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert len(spans) == len(parts) + sum(p == "Acme Inc. The end." for p in parts)


@given(st.text(alphabet=st.sampled_from("aB .!?…\"”)(•1:\n"), max_size=60))
def test_any_text_gives_ordered_spans_within_it(text: str) -> None:
    spans = sentence_spans(text)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
