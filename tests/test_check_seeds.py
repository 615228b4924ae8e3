"""The seeds against the shared scorer, where ../shared is beside the checkout."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import EVAL, needs_shared


def run_checker(dataset: Path, only: str) -> str:
    script = needs_shared(EVAL / "check_seeds.py")
    done = subprocess.run([sys.executable, str(script), str(dataset), "--only", only],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_contract_and_documents(seeds_dataset: Path) -> None:
    assert "(1.00)" in run_checker(seeds_dataset, "documents,contract")
