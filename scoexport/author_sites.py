"""The page's own site as a signer: what the site is called, and when a name an author field or a byline gives is the
site's own rather than a person's.

Enters: a page's address and publisher, and the names its author fields and bylines give. Leaves: the site's names
(`site_names`), whether a bare domain names the site (`own_domain`) and whether an author field names the site alone
(`only_the_site`). Why it works: a site signs an article with its own name or domain where it shows them as the byline
("di Vegolosi.it"), while a template fills an author field with the site's name for every unsigned article, and any
other domain in a byline is an address, not a signature. `authors` asks these; it decides the authors.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from .names import is_person_name

SITE_DOMAIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*\.[a-z]{2,6}")  # one name and its top-level domain


def site_names(url: str | None, publisher: str | None) -> frozenset[str]:
    """What a page's own site is called, case-folded: its host, without "www.", the host's last two labels (its
    registrable domain, near enough: "hessenschau.de" of "www.hessenschau.de") and the publisher's name."""
    names = {publisher.casefold().strip()} if publisher else set()
    host = urlsplit(url).hostname if url and "//" in url else None
    if host:
        host = host.casefold().removeprefix("www.")
        names |= {host, ".".join(host.split(".")[-2:])}
    return frozenset(names)


def own_domain(piece: str, sites: frozenset[str]) -> bool:
    """Whether a bare domain ("Vegolosi.it") names the page's own site: its host or registrable domain, or the
    publisher's name, with or without the top-level domain. Any other domain is an address, not a signature."""
    if not sites or not SITE_DOMAIN.fullmatch(piece):
        return False
    folded = piece.casefold()
    return folded in sites or folded.rpartition(".")[0] in sites


def only_the_site(names: list[str], sites: frozenset[str], bylines: list[str]) -> bool:
    """Whether an author field names the page's own site and nobody else, and no byline shows it: a template
    that fills the field with the site's name for every unsigned article (RT's, UOL's JSON-LD) states no author;
    a site that signs an article shows its name in the byline, and a person's own site is theirs (`is_person_name`:
    they sign what it publishes)."""
    if not sites or any(n.casefold() not in sites for n in names) or any(map(is_person_name, names)):
        return False
    shown = " ".join(bylines).casefold()
    return not any(n.casefold() in shown for n in names)
