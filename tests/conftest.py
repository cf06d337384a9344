"""Shared fixtures: the loaded pipeline (once per session), a helper that runs it, and ../shared data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("NEWSLEDGER_SHARED", ROOT.parent / "shared"))
SEED_DIR = SHARED / "corpus" / "seed"
EVAL_DIR = SHARED / "eval"

PUB = dt.date(2025, 3, 27)
"""The publication date the component tests pin unless they say otherwise (a Thursday)."""


def need_shared(path: Path) -> Path:
    """Skip the calling test, with the reason, when ../shared data is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: these tests read ../shared beside the checkout")
    return path


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp import load_pipeline

    return load_pipeline()


def run_pipeline(nlp, text: str, published=PUB, *, article_id: str = "t", until: str | None = None,
                 only: set[str] | None = None, times=None):
    """The doc of ``text``, dated ``published``, after the pipeline (or part of it).

    ``until`` stops after that pipe; ``only`` runs just those of newsledger's own
    pipes (spaCy's always run), so a component is tested without the others;
    ``times`` puts hand-made time records where newsledger_times would write its own.
    """
    doc = nlp.make_doc(text)
    doc._.article_id = article_id
    doc._.published = published
    if until is None and only is None and times is None:
        return nlp(doc)
    for name, proc in nlp.pipeline:
        if only is not None and name.startswith("newsledger_") and name not in only:
            continue
        if times is not None and name == "newsledger_times":
            doc._.times = times
        else:
            doc = proc(doc)
        if name == until:
            break
    return doc


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


def check_spans(records) -> None:
    """Every record's span holds its text in the article's text, or its headline's (the article first)."""
    from newsledger.records import ArticleRecord

    article = records[0]
    assert isinstance(article, ArticleRecord)
    for r in records[1:]:
        span = getattr(r, "span", None)
        if span is not None and hasattr(r, "text"):
            # a headline's records point into that headline (records v2 `part`)
            text = article.text if getattr(r, "part", "text") == "text" else getattr(article, r.part)
            assert text[span[0] : span[1]] == r.text, r
