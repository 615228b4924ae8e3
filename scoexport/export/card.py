"""The dataset card: a README.md in the dataset folder, as dataset hubs expect one."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..schema import TABLES


def card_text(manifest: dict[str, Any]) -> str:
    counts = manifest["counts"]
    lines = [
        "---",
        "pretty_name: scoexport dataset",
        "configs:",  # one config per table: their columns differ, so they cannot be splits of one
        *[f"- config_name: {table}\n  data_files: {table}/*.parquet" for table in TABLES],
        "---",
        "",
        "# scoexport dataset",
        "",
        f"Made by scoexport {manifest['version']} (schema version {manifest['schema_version']}) "
        f"on {manifest['created']} from {counts.get('documents', 0)} documents.",
        "",
        *_rules_line(manifest),
        "Every table is a folder of Parquet files (`<table>/*.parquet`, zstd). Open them all at once with",
        "`scoexport.connect(\"<this folder>\")` in Python, or `duckdb -init open.sql` inside this folder.",
        "",
        "## Tables",
        "",
        "| table | rows | what a row is |",
        "|---|---:|---|",
    ]
    for table, schema in TABLES.items():
        what = (schema.metadata or {}).get(b"description", b"").decode()
        lines.append(f"| {table} | {counts.get(table, 0)} | {what} |")
    for table, schema in TABLES.items():
        lines += ["", f"### {table}", "", "| column | type | meaning |", "|---|---|---|"]
        for f in schema:
            lines.append(f"| {f.name} | {f.type} | {(f.metadata or {}).get(b'description', b'').decode()} |")
    lines += ["", "## Inputs", ""] + [f"- `{i}`" for i in manifest["inputs"]]
    runs = manifest.get("runs") or []
    if len(runs) > 1:
        # a rebuild says why (other code, other site rules, `--full`), and how many rows it kept as older code made
        # them: those keep that code's values until their inputs are found or mended (`scoexport.earlier`)
        lines += ["", "## Runs", "",
                  "| finished | mode | inputs | converted | kept | of them from older code | restored | dropped | failed |",
                  "|---|---|---|---:|---:|---:|---:|---:|---:|"]
        lines += [_run_row(r) for r in runs]
    failures = manifest.get("failures") or []
    if failures:
        lines += ["", "## Inputs not converted", ""]
        lines += [f"- `{f['path']}` ({f['stage']}): {f['error']}" for f in failures]
    return "\n".join(lines) + "\n"


def _rules_line(manifest: dict[str, Any]) -> list[str]:
    """Where per-site rules decided what of some pages is kept (`convert --rules`)."""
    last = (manifest.get("runs") or [{}])[-1]
    if not last.get("rules"):
        return []
    return [f"Pages of the sites named in `{last.get('rules_file', '')}` were kept and dropped by its CSS selectors "
            f"(rules {last['rules']}); what they removed is in `artifacts` with kind `site_rule`.", ""]


def write_card(folder: Path, manifest: dict[str, Any]) -> Path:
    """Write the card beside the tables; an unchanged run rewrites it inside a live dataset, so it is written
    to a temporary file and renamed over the old card (a reader never sees half a card)."""
    path = folder / "README.md"
    tmp = folder / ".README.md.tmp"
    tmp.write_text(card_text(manifest), encoding="utf-8")
    os.replace(tmp, path)
    return path


def _run_row(run: dict[str, Any]) -> str:
    """One run of the manifest as a row of the card's table; a rebuild's mode names its reason ("full (code)")."""
    mode = f"{run.get('mode', '')} ({run['rebuild']})" if run.get("rebuild") else run.get("mode", "")
    inputs = ", ".join(f"`{i}`" for i in run.get("inputs", []))
    counts = " | ".join(str(run.get(k, 0)) for k in ("converted", "kept", "kept_older", "restored", "dropped", "failed"))
    return f"| {run.get('finished', '')} | {mode} | {inputs} | {counts} |"
