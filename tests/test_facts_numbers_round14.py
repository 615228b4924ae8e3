"""Session 14's number rules for manuals and plain text, on sentences written as such documents write them."""
from __future__ import annotations

from scoexport.extract.identifiers import literal_names, manual_sections
from scoexport.records import Metadata

from .facts_util import facts_of, of_kind
from .test_facts_numbers_round11 import found, texts

NUMERIC = ("number", "ordinal", "fraction", "percent", "money", "quantity")


def _numbers(*paragraphs: str, language: str = "en") -> list[str]:
    facts, _ = facts_of(*paragraphs, metadata=Metadata(language=language))
    return [f.text for f in of_kind(facts, *NUMERIC)]


def test_manual_section_after_a_name_the_document_writes_as_a_literal() -> None:
    # "rsync(1)" written without its parentheses: the name is a literal elsewhere in the document
    assert _numbers("The ``rsync`` tool copies trees.", "For the options please read rsync 1.") == []
    assert _numbers("Install ``lintian`` first.", "Tools like lintian 1 can check the result.") == []
    # the same words with no literal anywhere: a count stays a count
    assert _numbers("Tools like lintian 1 can check the result.") == ["1"]
    # a plural noun after the digit is what it counts, literal or not
    assert _numbers("Run ``make`` twice.", "Then make 3 copies of the tarball.") == ["twice", "3"]


def test_manual_section_after_a_name_shaped_as_a_file_or_command() -> None:
    assert _numbers("The syntax is explained in crontab.d 5.") == []
    assert _numbers("See the apt-get 8 manual page for details.") == []
    # a compound of prose has the shape too: it needs the reference's own edge after the digit
    assert _numbers("A well-known 3 of them left early.") == ["3"]


def test_literal_names_and_sections() -> None:
    names = literal_names(["Use ``gpg`` and `ssh-keygen` here.", "Nothing here."])
    assert names == {"gpg", "ssh-keygen"}
    text = "See gpg 1, ssh-keygen 1 and make 4 copies."
    assert [text[s:e] for s, e in manual_sections(text, names)] == ["1", "1"]


def test_footnote_mark_after_the_last_sentence_of_a_paragraph() -> None:
    assert texts("Newer tools have replaced most of these scripts. 4") == []
    assert texts("(See tar(1), gzip(1).) 7") == []
    # a count inside the sentence stays
    assert texts("The archive holds 4 files.") == ["4"]


def test_low_end_of_a_range_written_as_codes() -> None:
    assert texts("Valid values run from 0 through 0xFFFF in this field.") == []
    assert texts("Characters from 0 to U+007F are ASCII.") == []
    assert texts("Between 0 and 10 workers run at a time.")  # a plain range is a quantity


def test_letters_and_slash_in_lower_case_name_a_system() -> None:
    assert texts("Older ports ran on amiga, os/2 and dos.") == []


def test_port_number_is_an_identifier() -> None:
    assert texts("The daemon listens on port 8080 by default.") == []
    assert texts("The city has 3 ports on its coast.") == ["3"]


def test_at_once_and_more_than_once_count_nothing() -> None:
    assert texts("Do not upload all of the packages at once.") == []
    assert texts("The same crash was reported more than once.") == []
    assert texts("The check ran exactly once.") == ["once"]


def test_grammatical_person_is_no_rank() -> None:
    assert texts("The guide is written in the second-person voice and uses third-person examples.") == []
    assert texts("A second person was hurt in the crash.") == ["second"]  # another person: a rank


def test_ordinal_before_a_gerund_after_a_preposition_is_an_adverb() -> None:
    assert texts("Never reboot the server without first asking the team.") == []
    assert texts("After first checking the logs, he restarted it.") == []
    assert texts("After the first meeting, he left.") == ["first"]


def test_chain_of_dashed_measures_is_a_plan_not_quantities() -> None:
    assert _numbers("Intervalle: 100 m - 200 m - 300 m - 200 m - 100 m locker schwimmen.", language="de") == []
    assert _numbers("Die Strecke ist 5 km lang.", language="de") == ["5"]


def test_year_after_a_day_and_month_is_no_count() -> None:
    # the date side reads years from the 1600s on; an older year after its day and month is still no count
    assert _numbers("Die Urkunde ist vom 21. Juni 1412 datiert.", language="de") == []
    assert _numbers("Am 21. Juni kamen 1412 Besucher.", language="de") == ["1412"]


def test_number_after_a_version_noun_and_copula_is_a_version() -> None:
    assert texts("The first stable release was 2.0, and not 1.0 as planned.") == ["first"]
    assert found("The growth rate was 1.5 percent.")[0][0] == "percent"


def test_value_given_to_a_name_written_as_code() -> None:
    assert texts("The build assumes that USE_THREADS is defined as either 0 or 1.") == []
    assert texts("Leave ``verbose`` set to 2 while testing.") == []
    assert texts("The limit was set to 40 people.") == ["40"]  # a value given to prose's noun is a count


def test_digits_joined_to_a_host_or_an_assignment() -> None:
    assert texts("Point the browser at localhost:8080 to see it.") == []
    assert texts("Write 3=yes in the file.") == []


def test_capitals_and_slash_name_a_directory() -> None:
    assert texts("Upload it to INCOMING/5-day for review.") == []


def test_unit_head_after_an_inline_literal_and_a_dotted_name() -> None:
    # the literal and the file's name modify the noun the number counts; the head comes after them
    assert found("The tool can merge two ``.po`` files at once.")[0][3] == "files"
    assert found("Unpack three data.tar archives first.")[0][3] == "data.tar archives"
    assert found("We met 3 U.S. officials.")[0][3] is None  # a point before capitals ends an abbreviation


def test_ordinal_unit_stops_at_the_clause_after_the_noun() -> None:
    assert found("The first step you'll need is a key.")[0][3] == "step"
    assert found("The second table lists the options.")[0][3] == "table"
    assert found("The second tables were smaller.")[0][3] == "tables"


def test_lone_one_counts_in_an_existential_and_a_distribution() -> None:
    assert texts("There is one restriction: the name must be unique.") == ["one"]
    assert texts("The installer writes one log file for each device.") == ["one"]
    assert texts("The server starts one worker per core.") == ["one"]
    assert texts("One reader wrote that the guide helped.") == []  # the indefinite "one" stays out


def test_ordinal_set_tight_to_its_word_in_german() -> None:
    assert _numbers("Die Opfer des Krieges (2.Weltkrieg) wurden erst spät anerkannt.", language="de") == []
    assert _numbers("Die Opfer des Krieges (2 Weltkriege) wurden erst spät anerkannt.", language="de") == ["2"]


def test_numbers_opening_headings_numbered_as_a_series() -> None:
    headings = ("heading", "body", "heading", "body", "heading", "body")
    facts, _ = facts_of("1 Installing the Tools", "Read on.", "2 Building Packages", "Then build.",
                        "3 Release Notes and Errata", "Last.", kinds=headings)
    assert of_kind(facts, *NUMERIC) == []
    # one heading that opens with a number counts what follows it
    facts, _ = facts_of("5 Reasons to Switch Editors", "Here they are.", kinds=("heading", "body"))
    assert [f.text for f in of_kind(facts, *NUMERIC)] == ["5"]


def test_singular_count_takes_its_compound_noun_closed_by_a_function_word() -> None:
    assert found("Only one config file is read at start.")[0][3] == "config file"
    assert found("There is one small catch: it is slow.")[0][3] == "small catch"
    assert found("Do it in one pass instead of two.")[0][3] == "pass"  # "instead" closes the phrase


def test_a_preposition_closes_the_noun_phrase_a_number_counts() -> None:
    assert found("The first ferry across the lake left late.")[0][3] == "ferry"
    assert found("There is one path through the woods.")[0][3] == "path"
    assert found("Only one member abstained today.")[0][3] == "member"  # a verb after the noun is no part of it
