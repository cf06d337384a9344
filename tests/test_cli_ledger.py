"""The ledger commands: ingest (killed and resumed, concurrent), claims, articles, show, export."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.run import ingest
from newsledger.store import open_store
from newsledger.store.schema import RECORD_TABLES as STORED_TABLES  # kind -> table, from the registry
from test_store_fixtures import (  # noqa: F401  (store_url is a fixture)
    expected_counts,
    incomplete_articles,
    store_url,
    table_counts,
    write_small_articles,
)

NEWSLEDGER = str(Path(sys.executable).with_name("newsledger"))
SAMPLES = Path(__file__).resolve().parent.parent / "src" / "newsledger" / "samples"


def _ingest(db: str, *paths, extra=()):
    env = dict(os.environ, NEWSLEDGER_DB=db)
    return subprocess.Popen(
        [NEWSLEDGER, "ingest", "--no-progress", *extra, *map(str, paths)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _stored(store) -> dict[str, Counter]:
    """Records per type for each stored article."""
    out: dict[str, Counter] = {}
    with store.engine.connect() as conn:
        for (article_id,) in conn.execute(sa.text("SELECT id FROM articles")):
            out[article_id] = Counter()
        for type_, table in STORED_TABLES.items():
            for article_id, n in conn.execute(sa.text(f"SELECT article_id, count(*) FROM {table.name} GROUP BY article_id")):
                out[article_id][type_] = n
    return out


@pytest.mark.processes
def test_killed_ingest_leaves_complete_articles_and_resumes(store_url, extractor, tmp_path):
    src = write_small_articles(tmp_path / "many.jsonl", 300)
    proc = _ingest(store_url, src, extra=["--commit-every", "5", "--batch-size", "8"])
    store = open_store(store_url)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            with store.engine.connect() as conn:
                stored = conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
            if stored >= 20:
                break
            time.sleep(0.05)
        assert proc.poll() is None, f"the ingest ended before it could be killed: {proc.communicate()[1][-500:]}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = table_counts(store)["articles"]
        assert 20 <= partial < 300
        assert incomplete_articles(store) == []  # every committed article has all its records
        assert partial % 5 == 0  # whole transactions only
        resumed = _ingest(store_url, src)
        _, err = resumed.communicate(timeout=300)
        assert resumed.returncode == 0, err
        assert f"{partial} already there" in err
        assert _stored(store) == expected_counts(extractor, [src])
        assert incomplete_articles(store) == []
    finally:
        if proc.poll() is None:
            proc.kill()
        store.close()


@pytest.mark.processes
def test_concurrent_ingests_store_each_article_once(store_url, extractor, tmp_path):
    a = write_small_articles(tmp_path / "a.jsonl", 40)
    b = write_small_articles(tmp_path / "b.jsonl", 40, start=20)  # overlaps a on 20 items
    # Same inputs and overlapping inputs at once, into one fresh store.
    procs = [
        _ingest(store_url, a, extra=["--commit-every", "4"]),
        _ingest(store_url, a, b, extra=["--commit-every", "3", "--jobs", "2"]),  # worker processes too
        _ingest(store_url, b, extra=["--commit-every", "7"]),
    ]
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errs
    with open_store(store_url) as store:
        counts = table_counts(store)
        assert counts["errors"] == 0
        assert _stored(store) == expected_counts(extractor, [a, b])
        assert counts["articles"] == 60
        assert incomplete_articles(store) == []


# -- in-process commands over a small ledger -----------------------------------
@pytest.fixture
def ledger(store_url, extractor, tmp_path):
    """The shipped samples ingested into a fresh store."""
    from newsledger.ingest.readers import iter_inputs

    with open_store(store_url) as store:
        stats = ingest(store, iter_inputs([str(SAMPLES)]), extractor=extractor)
    assert stats.failed == 0 and stats.added >= 6 and stats.copies >= 1
    return store_url


def _run(*args, db):
    result = CliRunner().invoke(cli, [*args, "--db", db], catch_exceptions=False)
    return result


def test_reingesting_the_samples_changes_nothing(ledger):
    with open_store(ledger) as store:
        before = table_counts(store)
    result = _run("ingest", str(SAMPLES), db=ledger)
    assert result.exit_code == 0
    assert " 0 articles stored" in " " + result.stderr
    with open_store(ledger) as store:
        assert table_counts(store) == before


def test_ingest_reports_bad_inputs_and_exits_1(store_url, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    result = _run("ingest", str(tmp_path / "bad.txt"), str(tmp_path / "missing.txt"), db=store_url)
    assert result.exit_code == 1
    assert "binary" in result.stderr and "no such file" in result.stderr


def test_query_commands_do_not_create_a_missing_store(tmp_path):
    missing = tmp_path / "typo.db"
    result = _run("claims", db=str(missing))
    assert result.exit_code == 1 and "no store at" in result.output
    assert not missing.exists()


def test_articles_and_claims_piped_are_jsonl_or_csv(ledger):
    arts = [json.loads(line) for line in _run("articles", db=ledger).stdout.splitlines()]
    by_id = {a["id"]: a for a in arts}
    copy = next(a for a in arts if a["copy_of"])
    assert by_id[copy["copy_of"]]["copies"] == 1
    rows = [json.loads(line) for line in _run("claims", db=ledger).stdout.splitlines()]
    assert rows and {"figure", "value", "measure", "source_entity", "time_start", "published"} <= set(rows[0])
    # Claims a copy repeats are folded into its original's, unless asked for.
    with_copies = _run("claims", "--copies", db=ledger).stdout.splitlines()
    assert len(with_copies) >= len(rows)
    table = list(csv.DictReader(io.StringIO(_run("claims", "--format", "csv", db=ledger).stdout)))
    assert [r["id"] for r in table] == [str(r["id"]) for r in rows]
    # Filters reach the query: every row of a filtered list satisfies the filter.
    some = next(r for r in rows if r["measure"])
    word = some["measure"].split()[0]
    measured = [json.loads(line) for line in _run("claims", "--measure", word, db=ledger).stdout.splitlines()]
    assert some["id"] in {r["id"] for r in measured}
    assert all(word.lower() in r["measure"].lower() for r in measured)
    since = [json.loads(line) for line in _run("claims", "--since", "2025-09-01", db=ledger).stdout.splitlines()]
    assert all((r["time_end"] or r["time_start"] or r["published"]) >= "2025-09-01" for r in since)
    assert _run("claims", "--since", "yesterday", db=ledger).exit_code == 2


def test_show_gives_records_piped_and_highlights_on_a_terminal(ledger):
    with open_store(ledger) as store, store.engine.connect() as conn:
        article_id = conn.execute(sa.text("SELECT id FROM articles WHERE n_records > 3 ORDER BY seq")).scalars().first()
    records = [json.loads(line) for line in _run("show", article_id[:8], db=ledger).stdout.splitlines()]
    assert records[0]["type"] == "article" and records[0]["id"] == article_id
    assert len(records) > 3 and all(r["article_id"] == article_id for r in records)
    shown = _run("show", article_id, "--format", "table", db=ledger).stdout
    assert records[0]["text"].split()[0] in shown
    assert _run("show", "no-such-article", db=ledger).exit_code == 1


def test_export_in_all_three_formats(ledger, tmp_path):
    import pyarrow.parquet as pq

    jsonl = [json.loads(line) for line in _run("export", "--format", "jsonl", db=ledger).stdout.splitlines()]
    with open_store(ledger) as store:
        counts = table_counts(store)
    assert len(jsonl) == counts["claims"]
    out = tmp_path / "articles.csv"
    assert _run("export", "--format", "csv", "--table", "articles", "-o", str(out), db=ledger).exit_code == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == counts["articles"] and json.loads(rows[0]["record"])["type"] == "article"
    pq_path = tmp_path / "claims.parquet"
    assert _run("export", "--format", "parquet", "-o", str(pq_path), db=ledger).exit_code == 0
    table = pq.read_table(pq_path)
    assert table.num_rows == counts["claims"]
    assert str(table.schema.field("time_start").type) == "date32[day]"
    assert sorted(table.column("id").to_pylist()) == sorted(r["id"] for r in jsonl)
    arts = tmp_path / "articles.parquet"
    assert _run("export", "--format", "parquet", "--table", "articles", "-o", str(arts), db=ledger).exit_code == 0
    art_table = pq.read_table(arts)
    assert art_table.num_rows == counts["articles"]
    assert str(art_table.schema.field("ingested_at").type) == "timestamp[us, tz=UTC]"
    assert None not in art_table.column("ingested_at").to_pylist()
    records = [json.loads(line) for line in _run("export", "--table", "records", db=ledger).stdout.splitlines()]
    assert Counter(r["type"] for r in records)["article"] == counts["articles"]
    assert _run("export", "--table", "nope", db=ledger).exit_code == 2
