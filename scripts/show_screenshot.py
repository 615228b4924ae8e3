"""Make docs/show.png, the README's picture of `scoexport show`: the page of the seed with a letterhead.

Converts the seeds into a temporary dataset, writes the pages, and has headless Chromium
(`scripts/install-test-deps.sh` installs it) take a screenshot of the top of the page. The seed's
letterhead is in Chinese: install a CJK font first (Debian: fonts-wqy-microhei) or it shows as boxes.
With Pillow (reportlab brings it in `.[test]`) the image is reduced to 128 colours to stay small.

    .venv/bin/python scripts/show_screenshot.py [--out docs/show.png] [--width 1000] [--height 1250]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from scoexport import convert
from scoexport.show import show

ROOT = Path(__file__).resolve().parent.parent
SEED = "001_33e674e62d199197.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "show.png")
    parser.add_argument("--width", type=int, default=1000)
    parser.add_argument("--height", type=int, default=1250)
    args = parser.parse_args()
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        print("no chromium on PATH: run scripts/install-test-deps.sh as root", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        dataset = Path(tmp) / "dataset"
        os.chdir(ROOT)  # the page then names the seed as a user's run would: seeds/...
        convert(["seeds"], dataset)
        page = show(dataset, doc=SEED).pages[0]
        args.out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--user-data-dir={tmp}/profile", "--force-device-scale-factor=1",
                        f"--window-size={args.width},{args.height}", f"--screenshot={args.out}", page.as_uri()],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        from PIL import Image
    except ImportError:
        pass
    else:
        with Image.open(args.out) as image:
            image.convert("RGB").quantize(colors=128).save(args.out, optimize=True)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
