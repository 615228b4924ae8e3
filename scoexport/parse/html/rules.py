"""Per-site rules: CSS selectors of what to keep and what to drop on one site's pages.

Enters: a TOML file (`convert --rules rules.toml`), one table per site, named by its host:

    ["example.com"]             # example.com and its subdomains (www.example.com, news.example.com)
    keep = ["h1", "div.story"]  # only these elements' text becomes paragraphs
    drop = [".related", "aside.newsletter"]

Leaves: `SiteRules`, plain strings, so a run hands them to its worker processes as they are; for a
page, the rule of its site (`rule_for`). The file is checked whole before any page is read: a TOML
error, an unknown key, a value that is not a list of strings or a selector soupsieve cannot compile
is `RulesError`, one line naming the file, the line where it can be found, and the reason.

Which site a page is from: the first of its URLs that names a site of the file, in this order: the
URL it was fetched from (a web archive's target URL, a record's url field), the URL the page states
(JSON-LD, og:url, canonical link), then its path, for pages saved under a folder or file named by
their host (`pages/www.example.com/story.html`, `www.example.com_story.html`). The longest matching
host wins, so a rule for `news.example.com` overrides one for `example.com` on its pages.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

KEYS = ("keep", "drop")
_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
_DOMAIN_CHARS = "A-Za-z0-9-"


class RulesError(ValueError):
    """A rules file that cannot be used; the message is one line: file, line where known, reason."""


@dataclass(frozen=True)
class SiteRule:
    """What to keep and what to drop on the pages of one host and its subdomains."""

    domain: str
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()


@dataclass(frozen=True)
class SiteRules:
    """The rules of one file, by domain."""

    sites: tuple[SiteRule, ...]
    path: str = ""

    @property
    def digest(self) -> str:
        """A hash of what the rules say (not of the file's comments or layout): a dataset made with other
        rules is converted again."""
        said = [[s.domain, list(s.keep), list(s.drop)] for s in sorted(self.sites, key=lambda s: s.domain)]
        return hashlib.sha256(json.dumps(said).encode()).hexdigest()[:16]


def _line_of(text: str, pattern: str, after: int = 0) -> int | None:
    """The line (from 1) where the regex first matches at or after line `after`, or None."""
    lines = text.splitlines()
    found = next((n for n in range(after, len(lines)) if re.search(pattern, lines[n])), None)
    return None if found is None else found + 1


def _error(path: str, line: int | None, reason: str) -> RulesError:
    return RulesError(f"{path}{f':{line}' if line else ''}: {reason}")


def _selectors(value: object) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return None


def parse_rules(text: str, path: str = "<rules>") -> SiteRules:
    """The rules a TOML text states; RulesError when any part of it cannot be used."""
    import soupsieve  # only a run with rules loads it

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(path, None, f"not valid TOML: {exc}") from None
    if not data:
        raise _error(path, None, 'no site in the file (a table per host, e.g. ["example.com"] with keep or drop)')
    sites = []
    for domain, table in data.items():
        header = _line_of(text, rf"^\s*\[\s*[\"']?{re.escape(domain)}[\"']?\s*\]")
        if not isinstance(table, dict):
            raise _error(path, _line_of(text, rf"^\s*[\"']?{re.escape(domain)}[\"']?\s*="), f"{domain!r} is not a "
                         'table of keep and drop selectors (write ["example.com"] on a line of its own above them)')
        host = domain.strip().lower()
        if not _HOST.fullmatch(host):
            raise _error(path, header, f"{domain!r} is not a host name (write the site as example.com, "
                         "without scheme, path or port)")
        found: dict[str, tuple[str, ...]] = {}
        for key, value in table.items():
            line = _line_of(text, rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=", (header or 1) - 1)
            if isinstance(value, dict):  # [example.com] unquoted is the table example, holding com
                raise _error(path, header, f'a host with dots is quoted in its table header: ["{domain}.{key}..."]')
            if key not in KEYS:
                raise _error(path, line, f"unknown key {key!r} for {domain} (known: {', '.join(KEYS)})")
            selectors = _selectors(value)
            if selectors is None:
                raise _error(path, line, f"{domain} {key} must be a list of CSS selectors (strings)")
            for selector in selectors:
                try:
                    soupsieve.compile(selector)
                except (soupsieve.SelectorSyntaxError, ValueError, TypeError) as exc:
                    where = _line_of(text, re.escape(json.dumps(selector)[1:-1]), (line or 1) - 1) or line
                    reason = " ".join(str(exc).splitlines()[:1])
                    raise _error(path, where, f"bad selector {selector!r} for {domain}: {reason}") from None
            found[key] = tuple(selectors)
        if not any(found.values()):
            raise _error(path, header, f"{domain} has no keep or drop selectors")
        sites.append(SiteRule(host, **found))
    return SiteRules(tuple(sites), path)


def load_rules(path: str | os.PathLike[str]) -> SiteRules:
    """The rules of a TOML file; RulesError (one line) when it cannot be read or used."""
    name = os.fspath(path)
    try:
        with open(name, "rb") as f:
            text = f.read().decode("utf-8")
    except OSError as exc:
        raise _error(name, None, f"cannot read the rules file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise _error(name, None, "the rules file is not UTF-8 text") from None
    return parse_rules(text, name)


def _host_pattern(domain: str) -> re.Pattern[str]:
    """The domain, or a subdomain of it, standing in a path as a whole host name: not glued to letters on
    either side, and not the start of a longer host ("example.com.au"), an .html extension aside."""
    return re.compile(rf"(?<![{_DOMAIN_CHARS}.])(?:[{_DOMAIN_CHARS}]+\.)*{re.escape(domain)}"
                      rf"(?:(?![{_DOMAIN_CHARS}]|\.[{_DOMAIN_CHARS}])|(?=\.html?$))", re.I)


def _matching(rules: SiteRules, host: str) -> SiteRule | None:
    host = host.lower().rstrip(".")
    found = [s for s in rules.sites if host == s.domain or host.endswith("." + s.domain)]
    return max(found, key=lambda s: len(s.domain), default=None)


def rule_for(rules: SiteRules, urls: list[str | None], path: str) -> SiteRule | None:
    """The rule of the page's site: the first URL (in the order given) whose host has one, else its path."""
    for url in urls:
        host = urlsplit(url.strip()).hostname if url else None
        rule = _matching(rules, host) if host else None
        if rule is not None:
            return rule
    found = [s for s in rules.sites if _host_pattern(s.domain).search(path.replace(os.sep, "/"))]
    return max(found, key=lambda s: len(s.domain), default=None)
