"""A manual's interactive session in plain text (pdftotext's text of a manual, no markup): each prompt and command is a
line of code, what the command prints after it is code too, and prose resumes at the next sentence (texts of our own,
shaped as the R and Python manuals copy their sessions)."""
from __future__ import annotations

import hashlib
import textwrap

from scoexport.clean import clean
from scoexport.clean.sessions import session_line
from scoexport.parse.text import parse_text
from scoexport.records import Source

_PROSE = ("The planner keeps a record of every bed in the garden, what grows in it and when it was sown, so that the "
          "rotation of crops from one year to the next can be checked before the first seeds go in. ")
# a page's worth of prose wrapped at one measure, as pdftotext writes a manual's page: the lines' widths tell where a
# paragraph stops short
_OPENING = "Keeping a garden plan\n\n" + "\n".join(textwrap.wrap(_PROSE * 4, 88)) + "\n"


def _kinds(text: str) -> dict[str, str]:
    source = Source("planner.txt", text.encode(), hashlib.sha256(text.encode()).hexdigest(), text, "utf-8", "text")
    blocks, _, _ = clean(parse_text(source))
    return {b.text: b.kind for b in blocks}


def test_a_prompt_and_the_code_after_it_open_a_session_line() -> None:
    assert session_line("$ cd garden")
    assert session_line(">>> sum([4, 7, 12])")
    assert session_line("> beds <- c(4, 7, 12)")
    assert session_line("> ?rotation")
    assert not session_line("$ 5 buys a packet of seeds")  # a price: a shell's prompt stands before a command
    assert not session_line("> I planted the leeks in March, as you said.")  # a quoted mail's line, no code
    assert not session_line("$ matches only at the end of the line, and ^ at its start.")  # prose about the anchor


def test_a_sessions_commands_and_output_are_code_and_prose_resumes_after_them() -> None:
    text = (_OPENING
            + "To start the planner, change to the folder of the garden and run it with the season:\n"
            "$ cd garden\n"
            "$ planner spring\n"
            "Each command is then typed at the planner's own prompt, and its answer is printed below it.\n"
            "> beds <- c(4, 7, 12)\n"
            "> sum(beds)\n"
            "[1] 23\n"
            "The beds hold twenty-three rows between them in the first year, counted from the gate.\n")
    kinds = _kinds(text)
    assert kinds["$ cd garden"] == "code" and kinds["$ planner spring"] == "code"
    assert kinds["> beds <- c(4, 7, 12)"] == "code" and kinds["> sum(beds)"] == "code"
    assert kinds["[1] 23"] == "code"  # what the command printed
    assert kinds["The beds hold twenty-three rows between them in the first year, counted from the gate."] == "body"
    assert kinds["To start the planner, change to the folder of the garden and run it with the season:"] == "body"


def test_a_quoted_mail_line_is_no_session() -> None:
    text = (_OPENING
            + "A reader wrote back about the early sowing and the cold frames she built last spring:\n"
            "> I planted the leeks in March, as you said.\n"
            "We answered that March is early for leeks in a cold year, and April is safer.\n")
    kinds = _kinds(text)
    assert all(kind != "code" for kind in kinds.values())


def test_a_prompt_opens_a_line_of_its_own_after_a_lead_in_that_runs_on() -> None:
    # the lead-in stops without a stop, as a sentence that goes on into the session does: the prompt still opens a line
    text = (_OPENING
            + "The rows of a bed are counted from the gate, and the planner prints them for a bed as\n"
            "> rows(bed = 3)\n"
            "[1] 12\n"
            "The count leaves out the path between the beds, which is not sown in any year.\n")
    kinds = _kinds(text)
    assert kinds["> rows(bed = 3)"] == "code" and kinds["[1] 12"] == "code"
    assert kinds["The rows of a bed are counted from the gate, and the planner prints them for a bed as"] == "body"
