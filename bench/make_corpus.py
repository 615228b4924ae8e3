"""Build a benchmark corpus of real text: many distinct documents made from the seeds' paragraphs
(and from ../shared/eval/pdftext when it is beside the checkout).

    python bench/make_corpus.py --mb 50 --out bench/corpus

Each document is a title, a dateline and a shuffled draw of real paragraphs, so no two are equal
(equal documents would be deduplicated and not measure anything).
"""
from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_TEXTS = ROOT.parent / "shared" / "eval" / "pdftext"


def paragraphs() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if EVAL_TEXTS.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(EVAL_TEXTS.glob("*.txt"))]
    paras = [" ".join(block.split()) for text in texts for block in text.split("\n\n")]
    return [p for p in paras if len(p) > 80]


def build(out: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    pool = paragraphs()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    target = int(megabytes * 1_000_000)
    total = n = 0
    months = ["January", "March", "May", "July", "September", "November"]
    while total < target:
        body = rng.sample(pool, k=min(len(pool), rng.randint(8, 30)))
        title = " ".join(body[0].split()[:8]).rstrip(".,")
        date = f"{months[n % 6]} {1 + n % 28:02d}, {2000 + n % 25}"
        text = f"{title}\n\n{date} by Bench Desk {n}\n\n" + "\n\n".join(body) + "\n"
        path = out / f"{n // 1000:03d}" / f"doc{n:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        n += 1
    return n, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus")
    a = ap.parse_args()
    n, total = build(a.out, a.mb)
    print(f"{n} documents, {total / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
