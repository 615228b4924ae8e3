"""convert on a Dask LocalCluster gives the dataset a local run gives (skipped without scoexport[dask])."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from scoexport import RecordFields, convert
from scoexport.export.incremental import DOCUMENT_TABLES

from .conftest import SEEDS


def rows(dataset: Path, table: str) -> list[str]:
    return sorted(repr(sorted(r.items())) for r in pq.read_table(dataset / table).to_pylist())


def test_dask_local_cluster_writes_the_local_dataset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    corpus = tmp_path / "in"
    shutil.copytree(SEEDS, corpus)
    first = sorted(corpus.glob("*.txt"))[0]
    (corpus / "zz_copy.txt").write_bytes(first.read_bytes())  # same content, in a later partition
    (corpus / "scan.txt").write_bytes(b"%PDF-1.4\x00\x00binary")
    (corpus / "new.txt").write_text("A later report\n\nAstana, 4 July 2024. Kazakhstan and China signed 12 "
                                    "agreements, the ministry said.\n", encoding="utf-8")
    # records whose text is under a field named by the user: the workers read them with the same fields
    (corpus / "items.jsonl").write_text(json.dumps({"body": "Tashkent, 5 July 2024. Uzbekistan signed 3 accords.",
                                                    "title": "Accords"}) + "\n", encoding="utf-8")
    fields = RecordFields.of(text="body")
    heard: dict[str, list[int]] = {"local": [], "dask": []}
    local = convert([corpus], tmp_path / "local", fields=fields, on_progress=heard["local"].append)
    assert local.converted_by_suffix[".jsonl"] == 1
    monkeypatch.setattr("scoexport.partitions.PARTITION_DOCUMENTS", 2)  # several partitions from six inputs
    on_dask = convert([corpus], tmp_path / "dask", dask="local", jobs=2, fields=fields,
                      on_progress=heard["dask"].append)
    assert sum(heard["dask"]) == sum(heard["local"]) == len(list(corpus.iterdir()))  # every input heard of, once
    assert (on_dask.documents, on_dask.duplicates, len(on_dask.failures)) == (local.documents, 1, 1)
    assert on_dask.counts == local.counts
    for table in (*DOCUMENT_TABLES, "entities", "errors"):
        assert rows(tmp_path / "dask", table) == rows(tmp_path / "local", table), table
    parts = sorted(p.name for p in (tmp_path / "dask" / "documents").iterdir())
    assert len(parts) >= 3 and all(not name.startswith(".") for name in parts)  # one part per partition, none staged


def test_partitions_keep_input_order_and_shrink_towards_the_end() -> None:
    from scoexport.partitions import MIN_PARTITION_BYTES, PARTITION_BYTES, SHARE, plan

    paths = [f"doc{i:04d}.txt" for i in range(2000)]
    sizes = dict.fromkeys(paths, 100_000)  # 200 MB
    chunks = list(plan(paths, sizes, workers=2))
    assert [p for c in chunks for p in c] == paths
    weights = [sum(sizes[p] for p in c) for c in chunks]
    assert max(weights) <= PARTITION_BYTES and weights == sorted(weights, reverse=True)
    # each a share of what is left, so the last ones are small and no worker waits long for the others at the end
    assert weights[-1] <= MIN_PARTITION_BYTES + 100_000 and len(chunks) < 200_000_000 / PARTITION_BYTES * 3
    left = sum(weights)
    for weight in weights:
        assert weight <= max(MIN_PARTITION_BYTES, left // (SHARE * 2)) + 100_000
        left -= weight


def test_a_small_corpus_still_gives_every_worker_several_partitions() -> None:
    from scoexport.partitions import SHARE, plan

    paths = [f"doc{i:03d}.txt" for i in range(100)]
    sizes = dict.fromkeys(paths, 60_000)  # 6 MB of ordinary documents
    assert len(list(plan(paths, sizes, workers=2))) >= 2 * SHARE


def test_dask_scheduler_address_and_a_run_into_an_existing_dataset(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "in"
    shutil.copytree(SEEDS, corpus)
    out = tmp_path / "dask"
    # a cluster already running, reached by its address as `--dask tcp://HOST:8786` reaches one
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        convert([corpus], out, dask=cluster.scheduler_address)
        (corpus / "new.txt").write_text("A later report\n\nKazakhstan and China signed 12 agreements in Astana.\n",
                                        encoding="utf-8")
        summary = convert([corpus], out, dask=cluster.scheduler_address)
    assert (summary.documents, summary.kept) == (1, 2)
    convert([corpus], tmp_path / "local")
    for table in (*DOCUMENT_TABLES, "entities"):
        assert rows(out, table) == rows(tmp_path / "local", table), table
