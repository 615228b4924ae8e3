from __future__ import annotations

import json
from pathlib import Path

import pytest

from scoexport import convert

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def seeds_gold() -> dict:
    """The project's own copy of the seeds' gold, so the tests run without ../shared."""
    return json.loads((ROOT / "tests" / "data" / "seeds.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "dataset"
    summary = convert([SEEDS], out)
    assert summary.ok and summary.documents == 2
    return out


def needs_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here (../shared is beside the project's checkout only)")
    return path
