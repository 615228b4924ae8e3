"""Authors of both routes come from scoexport.authors: byline lines and author fields."""
from __future__ import annotations

from scoexport.authors import document_authors, field_names, page_authors, parse_byline, split_names
from scoexport.records import AuthorEvidence


def test_a_byline_gives_names_without_honorifics_and_the_affiliation_after_them() -> None:
    assert parse_byline("By Dr. Ana Silva and JOHN ROE, Senior Fellow, Eastern Studies Institute") == (
        ["Ana Silva", "John Roe"], "Senior Fellow, Eastern Studies Institute")
    assert parse_byline("Written by Prof. Lee Min") == (["Lee Min"], None)


def test_an_author_field_is_a_list_of_names_without_links_or_roles() -> None:
    assert split_names("Ann Lee, Bo Chan & Cy Diaz") == ["Ann Lee", "Bo Chan", "Cy Diaz"]
    assert split_names("https://example.org/staff") == []


def test_the_most_explicit_place_that_names_anyone_wins() -> None:
    both = AuthorEvidence(structured=["Ann Lee"], meta="Bo Chan", itemprop="Cy Diaz", bylines=["By Di Eng"])
    assert page_authors(both) == ["Ann Lee"]
    assert page_authors(AuthorEvidence(meta="https://example.org", itemprop="Cy Diaz")) == ["Cy Diaz"]
    assert page_authors(AuthorEvidence(bylines=["https://example.org/share", "By Di Eng and Di Eng"])) == ["Di Eng"]


def test_a_page_without_named_authors_takes_the_byline_blocks_with_its_affiliation() -> None:
    assert document_authors([], AuthorEvidence(), "By Ana Silva, Reuters") == (["Ana Silva"], "Reuters")
    assert document_authors([], AuthorEvidence(meta="Bo Chan"), "By Ana Silva, Reuters") == (["Bo Chan"], "Reuters")


def test_the_site_beside_a_person_is_the_source_not_an_author() -> None:
    page = AuthorEvidence(meta="Victor Tangermann, Daily Futures")
    assert page_authors(page, publisher="Daily Futures") == ["Victor Tangermann"]
    assert page_authors(page) == ["Victor Tangermann", "Daily Futures"]  # unknown site: both read as names
    # alone, the site that signs its own article, in a byline it shows, stays its author
    shown = AuthorEvidence(meta="Daily Futures", bylines=["By Daily Futures"])
    assert page_authors(shown, publisher="Daily Futures") == ["Daily Futures"]


def test_the_site_alone_in_an_author_field_no_byline_shows_is_no_author() -> None:
    # RT's and UOL's templates fill JSON-LD's author with the site's name on every unsigned article
    assert page_authors(AuthorEvidence(structured=["RT"]), publisher="RT",
                        url="https://www.rt.com/news/473849-morales-supporters/") == []
    assert page_authors(AuthorEvidence(meta="Ostbelgien Direkt"), publisher="Ostbelgien Direkt") == []
    assert page_authors(AuthorEvidence(structured=["Agência Brasil"]), publisher="NotíciaExata") == ["Agência Brasil"]
    # a person's own site, named for them, is theirs
    assert page_authors(AuthorEvidence(meta="Pamela Anderson"), publisher="Pamela Anderson") == ["Pamela Anderson"]


def test_names_set_in_capitals_are_title_cased_one_way_everywhere() -> None:
    assert page_authors(AuthorEvidence(meta="TOM KRISHER and JOHN OF GAUNT")) == ["Tom Krisher", "John of Gaunt"]
    assert parse_byline("By TOM KRISHER")[0] == ["Tom Krisher"]
    # a surname set in capitals, as French bylines write it; an agency the gazetteer knows stays as written
    assert page_authors(AuthorEvidence(meta="Recueilli par Patrick ANGEVIN.")) == ["Patrick Angevin"]
    assert page_authors(AuthorEvidence(meta="Jane Doe AFP")) == ["Jane Doe AFP"]


def test_addresses_are_no_names() -> None:
    assert split_names("Ann Lee, press.office.com, www.example.de") == ["Ann Lee"]


def test_what_runs_after_a_name_is_not_a_name() -> None:
    # a name run into the next field, a brand after a full name, the site after a full stop
    assert split_names("Robert Brum and Isabel KeaneJournal New") == ["Robert Brum", "Isabel Keane"]
    assert split_names("Adam Aaronson PhillyVoice") == ["Adam Aaronson"]
    assert split_names("By Adam Aaronson PhillyVoice Staff") == ["Adam Aaronson"]  # the brand and its label
    assert split_names("Finian Cunningham. Sputnik International") == ["Finian Cunningham"]
    # names with an inner capital stay whole
    assert split_names("Mary MacKenzie, Bryan DeArdo and Josh DuBose") == ["Mary MacKenzie", "Bryan DeArdo", "Josh DuBose"]
    assert split_names("BuzzFeed News") == ["BuzzFeed News"]


def test_and_inside_a_name_and_codes() -> None:
    assert split_names("Bundesministerium für Wirtschaft und Klimaschutz") == []  # not "Klimaschutz"
    assert split_names("Peter Amende und Fuchsy designed") == []  # a theme's credit
    assert split_names("KWCHCIK") == []  # a station's code
    assert split_names("REUTERS") == ["REUTERS"]


def test_a_date_after_the_byline_name() -> None:
    assert parse_byline("By Sami al-Ajrami 26 Ottobre 2023") == (["Sami al-Ajrami"], None)
    assert parse_byline("By Finian Cunningham. Sputnik International, Editor")[0] == ["Finian Cunningham"]


def test_a_site_named_by_its_domain_signs_its_article() -> None:
    """A page whose byline names the site by its domain names an organization, as it would by its name; an
    address (a subdomain, a path, www, a mail address) is still none."""
    page = AuthorEvidence(bylines=["di Vegolosi.it"])
    assert page_authors(page, url="https://www.vegolosi.it/ricette/torta/") == ["Vegolosi.it"]
    assert page_authors(page, publisher="Vegolosi") == ["Vegolosi.it"]
    # another site's domain, or a domain on a page whose site is unknown, is an address, not a signature
    assert page_authors(page, url="https://www.example.org/a") == []
    assert page_authors(page) == []
    # an author field the template fills with the site for every page is no signature
    assert page_authors(AuthorEvidence(structured=["Repubblica.it"], bylines=["di Alessia Candito"])) == []
    assert split_names("press.office.com, www.example.de, facebook.com/vegolosi, desk@example.it") == []
    assert page_authors(AuthorEvidence(meta="Ann Lee, Vegolosi.it")) == ["Ann Lee"]  # beside a person, the source


def test_a_word_and_a_domain_ending_is_no_name() -> None:
    """A handle, a file or a link's text written as a word and a top-level domain names nobody."""
    assert field_names("j.smith") == []
    assert parse_byline("By staff.writer") == ([], None)
    assert split_names("index.html, Contact.us, follow.us") == []
    assert page_authors(AuthorEvidence(bylines=["Contact.us"]), url="https://www.example.org/a") == []


def test_program_after_given_name_is_no_surname_in_capitals():
    """One rule with entities (capital_names.capitals_surname): a program's name in capitals after a word that is
    a given name too stays as written, a surname in capitals is title-cased."""
    from scoexport.authors import author_names

    assert author_names(["Julia REPL"]) != ["Julia Repl"]
    assert "Carmen Json" not in author_names(["Carmen JSON"])
    assert author_names(["Patrick ANGEVIN"]) == ["Patrick Angevin"]
    assert author_names(["Jean DUPONT"]) == ["Jean Dupont"]
