"""Fixtures and helpers shared by the store, ingest and ledger CLI tests (no tests here).

``store_url`` runs a test against a SQLite file and against a real PostgreSQL
server (NEWSLEDGER_TEST_PG, default postgresql://root@127.0.0.1:5432/test),
each PostgreSQL test in a fresh schema that is dropped afterwards.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from pathlib import Path

import pytest

PG_URL = os.environ.get("NEWSLEDGER_TEST_PG", "postgresql://root@127.0.0.1:5432/test")

def _record_tables() -> tuple[str, ...]:
    # every table of records of an article, from the registry of kinds (a new kind counts too)
    from newsledger.store.schema import RECORD_TABLES as TABLES_BY_KIND

    return tuple(t.name for t in TABLES_BY_KIND.values())


RECORD_TABLES = _record_tables()


def _pg_admin():
    import psycopg

    try:
        return psycopg.connect(PG_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL at {PG_URL} is unreachable ({str(exc).strip().splitlines()[0]}); start it with .ci/run")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request, tmp_path):
    """A fresh, empty store: a SQLite file path, or a PostgreSQL URL bound to a new schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    admin = _pg_admin()
    schema = f"nl_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


def table_counts(store) -> dict[str, int]:
    """Rows per table of a store."""
    import sqlalchemy as sa

    from newsledger.store.schema import TABLES

    with store.engine.connect() as conn:
        return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for name, t in TABLES.items()}


def incomplete_articles(store) -> list[str]:
    """Articles whose stored records fall short of (or exceed) what was written with them."""
    import sqlalchemy as sa

    with store.engine.connect() as conn:
        expected = dict(conn.execute(sa.text("SELECT id, n_records FROM articles")).all())
        have: Counter[str] = Counter()
        for table in RECORD_TABLES:
            for article_id, n in conn.execute(sa.text(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id")):
                have[article_id] += n
    return [a for a, n in expected.items() if have.get(a, 0) != n]


# Varied short news items, so that stored articles carry times, figures and sources.
_PLACES = ["Lisbon", "Nairobi", "Quito", "Hanoi", "Tbilisi", "Accra", "Oslo", "Lima", "Dhaka", "Perth"]
_TEMPLATES = [
    "{place} officials said on Monday that {n} people were evacuated after floods hit {k} villages last week.",
    "Police in {place} arrested at least {n} protesters on Friday, a spokesman told reporters.",
    "The {place} city council approved a budget of {n} million dollars for {k} new schools, the mayor said.",
    "About {n} workers at a port near {place} went on strike on Tuesday, according to the union.",
    "Exports from {place} rose {k}% in March to {n} million euros, the statistics office said on Wednesday.",
]


def write_small_articles(path: Path, count: int, start: int = 0) -> Path:
    """A JSONL file of ``count`` short, distinct news items with dates and ids."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(start, start + count):
            text = _TEMPLATES[i % len(_TEMPLATES)].format(place=_PLACES[i % len(_PLACES)], n=100 + 7 * i, k=2 + i % 9)
            day = 1 + i % 28
            item = {"id": f"item-{i:05d}", "published": f"2025-04-{day:02d}", "outlet": "Test Wire", "text": text}
            out.write(json.dumps(item) + "\n")
    return path


def expected_counts(extractor, paths) -> dict[str, Counter]:
    """What a clean run stores: records per type for each article id (extraction only)."""
    from newsledger.ingest.readers import iter_inputs
    from newsledger.records import ArticleRecord

    out: dict[str, Counter] = {}
    for records in extractor.process(iter_inputs([str(p) for p in paths])):
        head = records[0]
        if isinstance(head, ArticleRecord):
            out[head.id] = Counter(r.TYPE for r in records[1:])
    return out
