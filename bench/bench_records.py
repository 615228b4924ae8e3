#!/usr/bin/env python3
"""Files of records: how fast they are read, how little memory a large one takes, and what a run over
records costs beside the same documents as files.

    .venv/bin/python bench/bench_records.py [--mb 200] [--docs 200]

1. Reading: writes a JSON Lines file, a JSON array and a Parquet file of about `--mb` megabytes of
   articles (the seeds' text, numbered so no two records are the same) and reads each with
   `iter_records` (fields picked, text checked, SHA-256, no conversion): MB/s of text and the reading
   process's peak memory (VmHWM, a child per format), which should stay flat whatever `--mb` is.
2. Converting: the same `--docs` articles as one JSONL file and as `--docs` .txt files, each converted
   once with -j1 in the same run; the ratio of the two times is the cost of the record route.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def articles(n: int, start: int = 0) -> Iterator[str]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    return (f"Report {i}\n\n{texts[i % len(texts)]}" for i in range(start, n))


def write_files(folder: Path, mb: int) -> dict[str, Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    one = len(next(articles(1)).encode("utf-8"))
    n = mb * 1_000_000 // one
    jsonl, array = folder / "big.jsonl", folder / "big.json"
    with open(jsonl, "w", encoding="utf-8") as a, open(array, "w", encoding="utf-8") as b:
        b.write("[")
        for i, text in enumerate(articles(n)):
            line = json.dumps({"url": f"https://example.com/{i}", "title": f"Report {i}", "text": text})
            a.write(line + "\n")
            b.write(("," if i else "") + line)
        b.write("]")
    parquet = folder / "big.parquet"
    writer = None
    for start in range(0, n, 2000):
        rows = [{"url": f"https://example.com/{i}", "title": f"Report {i}", "text": t}
                for i, t in enumerate(articles(min(n, start + 2000), start), start)]
        table = pa.Table.from_pylist(rows)
        writer = writer or pq.ParquetWriter(parquet, table.schema, compression="zstd")
        writer.write_table(table)
    if writer:
        writer.close()
    return {"jsonl": jsonl, "json": array, "parquet": parquet}


def read_one(path: str) -> None:
    """In a child process: read every record, print records, seconds and peak memory."""
    from scoexport.sources.record_files import iter_records

    t0 = time.perf_counter()
    count = chars = 0
    for item in iter_records(path):
        count += 1
        chars += len(getattr(item, "data", b"") or b"")
    seconds = time.perf_counter() - t0
    # VmHWM: this process's own peak (ru_maxrss would carry the parent's across exec on Linux)
    status = Path("/proc/self/status").read_text()
    peak_mb = int(status.split("VmHWM:")[1].split()[0]) / 1024
    print(json.dumps({"records": count, "text_mb": chars / 1e6, "seconds": seconds, "peak_mb": peak_mb}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--read-one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.read_one:
        read_one(args.read_one)
        return
    print(f"load: {os.getloadavg()[0]:.1f} (1 min)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for kind, path in write_files(folder, args.mb).items():
            out = subprocess.run([sys.executable, __file__, "--read-one", str(path)], capture_output=True, text=True,
                                 check=True).stdout
            r = json.loads(out)
            mb = path.stat().st_size / 1e6
            print(f"read {kind:8} file {mb:6.1f} MB, {r['records']} records, {r['text_mb']:.0f} MB of text in "
                  f"{r['seconds']:.1f} s: {r['text_mb'] / r['seconds']:.1f} MB/s of text, peak {r['peak_mb']:.0f} MB")
            path.unlink()
        from scoexport import convert

        texts = list(articles(args.docs))
        (folder / "files").mkdir()
        for i, text in enumerate(texts):
            (folder / "files" / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        (folder / "records").mkdir()
        with open(folder / "records" / "all.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps({"text": t}) + "\n" for t in texts)
        times = {}
        for kind in ("files", "records"):
            t0 = time.perf_counter()
            summary = convert([folder / kind], folder / f"out-{kind}", jobs=1)
            times[kind] = time.perf_counter() - t0
            print(f"convert {kind:8} {summary.documents} documents in {times[kind]:.1f} s")
        print(f"records / files time: {times['records'] / times['files']:.2f}")
    print(f"load: {os.getloadavg()[0]:.1f} (1 min)")


if __name__ == "__main__":
    main()
