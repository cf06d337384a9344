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


def test_the_ingest_summary_counts_in_english(tmp_path, extractor, monkeypatch):
    """'1 article stored', not '1 articles stored' (found by review after the first plural fix)."""
    from click.testing import CliRunner

    import newsledger.run.local as local
    from newsledger.cli import cli

    monkeypatch.setattr(local, "Extractor", lambda *a, **k: extractor)
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps(FIRST) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", str(src), "--db", str(tmp_path / "l.db"), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "1 article stored, 0 already there" in result.stderr
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--db", str(tmp_path / "l.db"), "-o", str(out)])
    assert result.exit_code == 0 and "1 row of claims written" in result.stderr, result.stderr
