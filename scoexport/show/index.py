"""The index page: every document with its metadata and counts, the inputs that failed, the entities.

Enters: `load.Overview` and the set of documents that have a page in the folder. Leaves: HTML.
"""
from __future__ import annotations

from typing import Any

from .load import Overview
from .markup import entity_anchor, esc, page_name, shell


def index_page(view: Overview, dataset_name: str, with_page: set[str]) -> str:
    docs = view.documents
    n_facts = sum(sum(d["n_facts_by_kind"].values()) for d in docs)
    summary = (f"{len(docs)} documents, {sum(d.get('n_paragraphs') or 0 for d in docs):,} paragraphs, "
               f"{n_facts:,} facts, {sum(d.get('n_artifacts') or 0 for d in docs):,} pieces of text removed, "
               f"{len(view.errors)} errors, {len(view.entities):,} entities")
    body = [f"<h1>{esc(dataset_name)}</h1>", f'<p class="meta-line">{esc(summary)}</p>',
            "<h2>Documents</h2>", _documents(docs, with_page)]
    if view.errors:
        rows = "".join(f"<tr><td>{esc(e.get('source_path'))}</td><td>{esc(e.get('stage'))}</td>"
                       f"<td>{esc(e.get('error'))}</td></tr>" for e in view.errors)
        body += ['<h2 id="errors">Errors</h2>',
                 f"<table><thead><tr><th>input</th><th>stage</th><th>reason</th></tr></thead><tbody>{rows}</tbody></table>"]
    body += ['<h2 id="entities">Entities</h2>', _entities(view, with_page)]
    return shell(f"{dataset_name} - scoexport show", "\n".join(body))


def _documents(docs: list[dict[str, Any]], with_page: set[str]) -> str:
    rows = []
    for d in docs:
        title = esc(d.get("title") or d.get("source_path") or d["doc_id"])
        link = f'<a href="{esc(page_name(d["doc_id"]))}">{title}</a>' if d["doc_id"] in with_page else title
        facts = " · ".join(f"{esc(k)} {n}" for k, n in d["n_facts_by_kind"].items())
        route = esc(d.get("format")) + (" (web archive)" if d.get("target_url") else "")
        rows.append(
            f'<tr data-doc="{esc(d["doc_id"])}"><td>{link}<div class="chips">{esc(d.get("source_path"))}</div></td>'
            f"<td class=\"date\">{esc(d.get('published_date'))}</td><td>{esc(', '.join(d.get('authors') or []))}</td>"
            f"<td>{route}</td><td class=\"num\">{esc(d.get('n_pages'))}</td>"
            f"<td class=\"num\">{esc(d.get('n_paragraphs'))}</td><td class=\"chips\">{facts}</td>"
            f"<td class=\"num\">{esc(d.get('n_artifacts'))}</td><td class=\"num\">{len(d.get('errors') or [])}</td></tr>")
    head = ("<tr><th>title and source</th><th>date</th><th>authors</th><th>route</th><th>pages</th>"
            "<th>paragraphs</th><th>facts by kind</th><th>removed</th><th>errors</th></tr>")
    return f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"


def _entities(view: Overview, with_page: set[str]) -> str:
    titles = {d["doc_id"]: d.get("title") or d.get("source_path") or d["doc_id"] for d in view.documents}
    items = []
    for e in view.entities.values():
        docs = ", ".join(f'<a href="{esc(page_name(d))}#{entity_anchor(e.entity_id)}">{esc(titles.get(d, d))}</a>'
                         if d in with_page else esc(titles.get(d, d)) for d in e.documents)
        mentions = f"{e.n_mentions} mention" + ("" if e.n_mentions == 1 else "s")
        items.append(f'<li id="{entity_anchor(e.entity_id)}">{esc(e.name)} ({esc(e.type)}, {mentions}): {docs}</li>')
    return f'<ul class="entities">{"".join(items)}</ul>' if items else "<p>No entities.</p>"
