"""What the text route makes of plain texts' literal blocks (code, commands, configuration), measured with no gold.

    python bench/literal_blocks.py ../extra-docs/devref-tools.txt ../extra-docs/menu-policy.txt ... [-v]
    python bench/literal_blocks.py --sessions DATASET [-v]

With --sessions, a dataset already converted (any route: `scoexport convert DIR -o DATASET`) is read instead: for
each document, the paragraphs not of kind code that hold an interactive session (`SESSION`: a prompt, ">>> ", "$ ",
R's "> ", and code after it) and the facts read in them. An interpreter's session set inside a list item's or a
definition's text (HTML that flattens the item), or a session's lines taken for prose (a plain text), shows here.

A literal block (reST's after "::", Markdown's indented or fenced one) holds program text, whose digits, quotation
marks and names are no facts of the document (bench/devset/README.md: code blocks are like tables). The script
converts each text and prints how many paragraphs came out as code, the facts the running text (body, heading)
still holds, and how many running-text paragraphs read as a program's lines rather than prose (`program_like`: no
phrase of prose, and a shell prompt, a line ending ";" or "\\", a redirection or an option): these are the literal
blocks still read as prose. With -v, each code paragraph, each program-like running paragraph and its facts, and
each code paragraph that holds a phrase of prose (a prose paragraph made code by mistake) are printed: compare the
output before and after a change with diff.

Do not feed it the documents held aside (bench/devset/aside.txt): it is meant for texts no one annotated.
"""
from __future__ import annotations

import argparse
import collections
import re
import tempfile
from pathlib import Path

import duckdb

import scoexport

RUNNING = ("body", "heading")
_PROSE = re.compile(r"(?<![\w/.:<=_$-])[a-z]+ [a-z]+ [a-z]+ [a-z]+(?![\w/:=_>-])")
_PROGRAM = re.compile(r"(?:^|\s)[$#] \S|;;?(?:\s|$)|\\$|[0-9]?>&?[0-9]|(?:^|\s)--?[a-z][\w-]*|^[A-Z][\w-]+: \S")


# a prompt and what is typed after it: Python's ">>> " (or its "... " after one), a shell's "$ " before a command
# (a price writes a digit after "$"), R's "> " before a call, an assignment or a help request
SESSION = re.compile(r"(?:^|\s)>>> \S|(?:^|\s)\$ [a-z./~]|(?:^|\s)> ?\??[\w.]+ ?(?:\(|<-|\[)")


def sessions(folder: Path, verbose: bool) -> None:
    """Per document of a converted dataset: its paragraphs (not code) that hold a session, and their facts."""
    facts: dict[str, int] = collections.Counter(
        pid for (pid,) in rows(folder, "SELECT paragraph_id FROM {facts}"))
    paragraphs = rows(folder, "SELECT d.source_path, p.paragraph_id, p.kind, p.text FROM {paragraphs} p JOIN "
                              "read_parquet('" + str(folder / "documents" / "*.parquet") + "') d USING (doc_id) "
                              "WHERE p.kind <> 'code' ORDER BY d.source_path, p.seq")
    held: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for path, pid, kind, text in paragraphs:
        if SESSION.search(text):
            held[Path(path).name].append((pid, f"{kind}: {text[:100]!r}"))
    code = dict(rows(folder, "SELECT d.source_path, count(*) FROM {paragraphs} p JOIN read_parquet('"
                     + str(folder / "documents" / "*.parquet") + "') d USING (doc_id) WHERE p.kind = 'code' "
                     "GROUP BY d.source_path"))
    for name, found in sorted(held.items()):
        print(f"{name}: {len(found)} paragraphs with a session, {sum(facts[pid] for pid, _ in found)} facts")
        if verbose:
            for pid, line in found:
                print(f"  {line} ({facts[pid]} facts)")
    print(f"total: {sum(map(len, held.values()))} paragraphs (not code) with a session in {len(held)} documents, "
          f"{sum(facts[pid] for found in held.values() for pid, _ in found)} facts in them; "
          f"{sum(code.values())} code paragraphs")


def program_like(text: str) -> bool:
    """No phrase of prose (four lower-case words in a row), and what programs and configuration files write."""
    return not _PROSE.search(text) and bool(_PROGRAM.search(text))


def rows(folder: Path, sql: str) -> list[tuple]:
    con = duckdb.connect()
    tables = {name: f"read_parquet('{folder / name / '*.parquet'}', union_by_name=true)"
              for name in ("paragraphs", "facts")}
    return con.execute(sql.format(**tables)).fetchall()


def report(path: Path, work: Path, verbose: bool) -> tuple[int, int, int, int]:
    out = work / path.stem
    scoexport.convert([str(path)], out, jobs=1)
    facts: dict[str, list[str]] = collections.defaultdict(list)
    for pid, kind, text in rows(out, "SELECT paragraph_id, kind, text FROM {facts} WHERE kind <> 'entity'"):
        facts[pid].append(f"{kind}: {text}")
    paragraphs = rows(out, "SELECT paragraph_id, kind, text FROM {paragraphs} ORDER BY source_spans[1].start")
    code = [(pid, text) for pid, kind, text in paragraphs if kind == "code"]
    running = [(pid, text) for pid, kind, text in paragraphs if kind in RUNNING]
    programs = [(pid, text) for pid, text in running if program_like(text)]
    prose_code = [text for _, text in code if _PROSE.search(text)]
    running_facts = sum(len(facts[pid]) for pid, _ in running)
    program_facts = sum(len(facts[pid]) for pid, _ in programs)
    print(f"{path.name}: {len(code)} code paragraphs ({len(prose_code)} with prose); running text {running_facts} facts,"
          f" {len(programs)} program-like paragraphs with {program_facts} facts")
    if verbose:
        for _, text in code:
            print(f"  code {text[:100]!r}")
        for text in prose_code:
            print(f"  PROSE CODE {text[:100]!r}")
        for pid, text in programs:
            print(f"  program-like running {text[:100]!r} {facts[pid]}")
    return len(code), len(prose_code), running_facts, program_facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", nargs="*", type=Path)
    parser.add_argument("--sessions", type=Path, metavar="DATASET", help="count sessions in a converted dataset")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each paragraph counted")
    args = parser.parse_args()
    if args.sessions:
        sessions(args.sessions, args.verbose)
        return
    totals = [0, 0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.texts:
            totals = [a + b for a, b in zip(totals, report(path, Path(tmp), args.verbose), strict=True)]
    print(f"total: {totals[0]} code paragraphs ({totals[1]} with prose); running text {totals[2]} facts, "
          f"{totals[3]} of them in program-like paragraphs")


if __name__ == "__main__":
    main()
