"""An article's own id names one text: another text under a stored id is an error, never dropped as 'already there'."""

from __future__ import annotations

import json

import sqlalchemy as sa

from newsledger.ingest.readers import iter_inputs
from newsledger.run import ingest
from newsledger.store import open_store
from test_store_fixtures import store_url  # noqa: F401  (fixture)

FIRST = {"id": "1", "text": "Police said 4 cars burned on Monday.", "published": "2025-03-03"}
OTHER = {"id": "1", "text": "The army said 9 tanks crossed the border.", "published": "2025-03-04"}


def _ingest(store_url, extractor, path, items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    with open_store(store_url) as store:
        stats = ingest(store, iter_inputs([str(path)]), extractor=extractor)
        with store.engine.connect() as conn:
            texts = dict(conn.execute(sa.text("SELECT id, text FROM articles")).all())
            errors = conn.execute(sa.text("SELECT message FROM errors")).scalars().all()
    return stats, texts, errors


def test_two_texts_under_one_id_in_one_input(store_url, extractor, tmp_path):
    # Given two different articles that both say id "1", when they are ingested,
    # then the first is stored and the second is an error naming its line, not a silent skip.
    stats, texts, errors = _ingest(store_url, extractor, tmp_path / "dup.jsonl", [FIRST, OTHER])
    assert texts == {"1": FIRST["text"]}
    assert stats.added == 1 and stats.failed == 1 and stats.skipped == 0
    assert any("dup.jsonl:2" in m and "already stored for another text" in m for m in errors), errors


def test_a_changed_text_under_a_stored_id_in_a_later_ingest(store_url, extractor, tmp_path):
    _ingest(store_url, extractor, tmp_path / "a.jsonl", [FIRST])
    stats, texts, errors = _ingest(store_url, extractor, tmp_path / "b.jsonl", [OTHER])
    assert texts == {"1": FIRST["text"]}
    assert stats.failed == 1 and stats.skipped == 0
    assert any("b.jsonl:1" in m for m in errors), errors


def test_the_same_text_under_its_id_is_still_skipped_on_a_rerun(store_url, extractor, tmp_path):
    _ingest(store_url, extractor, tmp_path / "a.jsonl", [FIRST])
    stats, texts, errors = _ingest(store_url, extractor, tmp_path / "a.jsonl", [FIRST])
    assert stats.skipped == 1 and stats.failed == 0 and stats.added == 0
    assert errors == []
