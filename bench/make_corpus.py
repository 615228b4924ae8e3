"""Build a benchmark corpus of real text: many distinct documents made from the seeds' paragraphs
(and from ../shared/eval/pdftext when it is beside the checkout).

    python bench/make_corpus.py --mb 50 --out bench/corpus [--varied]

Each document is a title, a dateline and a shuffled draw of real paragraphs, so no two are equal
(equal documents would be deduplicated and not measure anything).
"""
from __future__ import annotations

import argparse
import random
import re
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


def _fresh(out: Path, megabytes: float) -> int:
    """Empty the corpus folder; returns how many bytes of documents to write into it."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    return int(megabytes * 1_000_000)


def _write(path: Path, text: str) -> int:
    """One document written in UTF-8 (its thousand's folder made as needed); returns its size in bytes."""
    data = text.encode("utf-8")
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return len(data)


def build(out: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    rng = random.Random(seed)
    pool = paragraphs()
    target = _fresh(out, megabytes)
    total = n = 0
    months = ["January", "March", "May", "July", "September", "November"]
    while total < target:
        body = rng.sample(pool, k=min(len(pool), rng.randint(8, 30)))
        title = " ".join(body[0].split()[:8]).rstrip(".,")
        date = f"{months[n % 6]} {1 + n % 28:02d}, {2000 + n % 25}"
        text = f"{title}\n\n{date} by Bench Desk {n}\n\n" + "\n\n".join(body) + "\n"
        total += _write(out / f"{n // 1000:03d}" / f"doc{n:06d}.txt", text)
        n += 1
    return n, total


EVAL_PAGES = [ROOT.parent / "shared" / "eval" / name / "pages" for name in ("html", "dates")]
_DIGITS = re.compile(r"\d+")
_TEXT_NODE = re.compile(r">([^<]+)<")


def _vary_digits(text: str, rng: random.Random) -> str:
    """Every number replaced by another of as many digits: the same shapes, other values and hashes."""
    return _DIGITS.sub(lambda m: "".join(rng.choice("0123456789") for _ in m.group()), text)


def _reorder(page: str, paras: list[str]) -> str:
    order = iter(paras)
    return re.sub(r"<p[ >].*?</p>", lambda _m: next(order), page, flags=re.S)


def build_varied(out: Path, megabytes: float, seed: int = 11) -> tuple[int, int]:
    """A corpus of the three kinds of input users bring, each document new: reports as pdftotext sets them
    (real pages' blocks, wrapped lines kept, drawn from several reports, numbers varied), flat articles (as
    `build`), and saved web pages (real pages with their text nodes' numbers varied and their paragraphs
    reordered). About a third of the bytes each; without ../shared only the flat articles are made."""
    rng = random.Random(seed)
    reports = [p.read_text(encoding="utf-8") for p in sorted(EVAL_TEXTS.glob("*.txt"))] if EVAL_TEXTS.is_dir() else []
    blocks = [b for text in reports for b in text.split("\n\n") if len(b) > 40]
    pages = [p.read_text(encoding="utf-8", errors="replace") for folder in EVAL_PAGES if folder.is_dir()
             for p in sorted(folder.glob("*.html"))]
    flat = paragraphs()
    target = _fresh(out, megabytes)
    total = n = 0
    while total < target:
        kind = ("report", "article", "page")[n % 3] if blocks and pages else "article"
        if kind == "report":
            head = rng.choice(reports).split("\n\n")[:3]  # a real report's front matter
            text = "\n\n".join(head + rng.sample(blocks, k=min(len(blocks), rng.randint(20, 80)))) + "\n"
            name = f"report{n:07d}.txt"
        elif kind == "article":
            body = rng.sample(flat, k=min(len(flat), rng.randint(8, 30)))
            text = " ".join(body[0].split()[:8]).rstrip(".,") + f"\n\nMay {1 + n % 28}, {2000 + n % 25}\n\n" + \
                "\n\n".join(body) + "\n"
            name = f"article{n:07d}.txt"
        else:
            page = rng.choice(pages)
            paras = re.findall(r"<p[ >].*?</p>", page, flags=re.S)
            if len(paras) > 2:
                page = _reorder(page, rng.sample(paras, k=len(paras)))
            text = _TEXT_NODE.sub(lambda m: ">" + _vary_digits(m.group(1), rng) + "<", page)
            name = f"page{n:07d}.html"
        if kind != "page":
            text = _vary_digits(text, rng)
        total += _write(out / f"{n // 1000:04d}" / name, text)
        n += 1
    return n, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus")
    ap.add_argument("--varied", action="store_true", help="reports, articles and web pages (build_varied)")
    a = ap.parse_args()
    n, total = (build_varied if a.varied else build)(a.out, a.mb)
    print(f"{n} documents, {total / 1e6:.1f} MB in {a.out}")


if __name__ == "__main__":
    main()
