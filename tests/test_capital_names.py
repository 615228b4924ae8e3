"""People written in capitals (lists, counsel, speakers' labels), and the places an address names: rules for
government tables, transcripts and agendas (issue 15). Sentences written for the rules."""
from __future__ import annotations

from scoexport.extract.capital_names import capital_names

from .facts_util import facts_of


def names(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], name) for a, b, name in capital_names(text)]


def entities(*texts: str) -> set[tuple[str, str | None]]:
    return {(f.text, f.entity_type) for f in facts_of(*texts)[0] if f.kind == "entity"}


def test_a_list_of_inverted_names_reads_in_natural_order() -> None:
    text = "BAIN, J MATTHEW SMITH, ALVARO R VELEZ-GREEN, ALEXANDER J GRUENDER, BENJAMIN L CITIBANK - TRAVEL CARD"
    assert names(text) == [("BAIN, J MATTHEW", "J Matthew Bain"), ("SMITH, ALVARO R", "Alvaro R Smith"),
                           ("VELEZ-GREEN, ALEXANDER J", "Alexander J Velez-Green"),
                           ("GRUENDER, BENJAMIN L", "Benjamin L Gruender")]


def test_one_inverted_pair_or_a_list_of_words_is_no_list_of_people() -> None:
    assert names("PART 39, GENERAL PROVISIONS") == []
    assert names("RED, GREEN BLUE, YELLOW WHITE, BLACK") == []  # plain words: colours, not people
    assert names("DEPARTMENT OF TRANSPORTATION, FEDERAL AVIATION ADMINISTRATION") == []


def test_counsel_speakers_and_middle_initials() -> None:
    text = "APPEARANCES: STEVEN E. MERCER, ESQ., Deputy Attorney General. MR. ROBERTS: Thank you."
    assert names(text) == [("STEVEN E. MERCER", "Steven E. Mercer"), ("ROBERTS", "Roberts")]
    assert names("MICHAEL A. KNOWLES, Warden, Petitioner") == [("MICHAEL A. KNOWLES", "Michael A. Knowles")]
    assert names("THE BOARD WILL MEET AT NOON. PUBLIC COMMENT IS WELCOME.") == []


def test_capital_names_become_person_entities() -> None:
    found = entities("The payees were listed as follows.", "BAIN, J MATTHEW SMITH, ALVARO R ARMER, DEREK A")
    assert {("BAIN, J MATTHEW", "person"), ("SMITH, ALVARO R", "person"), ("ARMER, DEREK A", "person")} <= found
    values = {f.value for f in facts_of("BAIN, J MATTHEW SMITH, ALVARO R")[0] if f.kind == "entity"}
    assert values == {"J Matthew Bain", "Alvaro R Smith"}


def test_a_contact_blocks_address_names_no_place_but_its_city() -> None:
    found = entities("Mail: U.S. Department of Transportation, 1200 New Jersey Avenue SE, Washington, DC 20590.",
                     "Write to 2600 Westminster Blvd., Seal Beach, CA 90740, or call (219) 937-6103.")
    texts = {t for t, _ in found}
    assert not texts & {"New Jersey Avenue SE", "New Jersey", "DC", "Westminster Blvd", "CA"}
    assert ("Washington", "city") in found


def test_a_street_the_text_tells_of_is_one_place() -> None:
    found = entities("Police closed the house at 320 New Jersey Avenue after the fire on Sunday.")
    assert ("New Jersey Avenue", "region") in found and "New Jersey" not in {t for t, _ in found}
    assert ("New Jersey", "region") in entities("The governor of New Jersey spoke in Trenton on Monday.")


def test_a_defined_term_is_not_the_body_the_gazetteer_knows_by_its_letters() -> None:
    text = ("The rule requires new flight control computer (FCC) software. The FCC compares the two sensors "
            "before each flight.")
    assert not any(f.entity_type == "organization" and f.text == "FCC" for f in facts_of(text)[0])
    assert ("FCC", "organization") in entities("The FCC fined the broadcaster on Monday.")


def test_capitals_of_another_language_are_no_list_of_names() -> None:
    # a French plan's headings in capitals: function words and no given name after the comma
    assert names("TRANSPORT ACTIF, ET CE, POUR LES UTILISATEURS DU RÉSEAU") == []
    assert names("MOBILITÉ, SÉCURITÉ ACCESSIBILITÉ, CONFORT") == []


def test_a_given_name_before_a_surname_in_capitals() -> None:
    """"Tomohiro KUBOTA", "Pierre MOREAU": a known given name and a surname set in capitals, where the page writes
    surnames so or the line stands alone; not a word that is also a given name before an acronym ("Will NOT"), nor a
    given name before a body's short name ("Angela NATO")."""
    text = "According to the guides from Tomohiro KUBOTA and Pierre MOREAU, I18N means modification of software."
    assert [name for _, _, name in capital_names(text)] == ["Tomohiro Kubota", "Pierre Moreau"]
    assert [name for _, _, name in capital_names("Texte : Pierre MOREAU", line=True)] == ["Pierre Moreau"]
    assert capital_names("It Will NOT work, said Angela NATO and Michael WARNING.") == []


def test_a_programs_name_in_capitals_after_a_given_name_is_no_surname() -> None:
    """A manual's prose writes programs, formats and protocols in capitals after a word that is a given name too:
    one such pair in a sentence is no surname's (the page sets no other surname so), a word of the data's technical
    list never is, nor one the page writes alone."""
    for text in ("Start the Julia REPL and load the package.", "The Julia CUDA package is fast.",
                 "Use Ada SPARK for proofs.", "A Carmen JSON parser and a Lisa HTTP server.", "Je suis Charlie HEBDO."):
        assert capital_names(text) == [], text
    assert capital_names("Start the Julia REPL", line=True) == []  # a heading, but REPL is a program's
    found = entities("Start the Julia KERAS shell as Tomohiro KUBOTA and Pierre MOREAU wrote.", "KERAS runs on GPUs.")
    assert not any(kind == "person" and "KERAS" in text for text, kind in found)
    assert ("Tomohiro KUBOTA", "person") in found
