"""Shared fixtures: the loaded pipeline (once per session) and ../shared data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("NEWSLEDGER_SHARED", ROOT.parent / "shared"))
SEED_DIR = SHARED / "corpus" / "seed"
EVAL_DIR = SHARED / "eval"


def need_shared(path: Path) -> Path:
    """Skip the calling test, with the reason, when ../shared data is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared beside the checkout")
    return path


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    from newsledger.extract import Extractor

    return Extractor(nlp=nlp, today=dt.date(2026, 11, 27))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    files = sorted(need_shared(SEED_DIR).glob("*.txt"))
    if not files:
        pytest.skip(f"no seed report in {SEED_DIR}")
    return files[0]


@pytest.fixture(scope="session")
def seed_text(seed_path) -> str:
    return seed_path.read_text(encoding="utf-8")
