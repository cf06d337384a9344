"""The ledger's schema, in SQLAlchemy 2 Core: one definition for SQLite and PostgreSQL.

Every record kind with a ``table`` (records/registry.py) has one, built from its
registry entry: its columns are the record's fields, with the
nested parts of a claim flattened into real columns (``value``, ``low``,
``high``, ``bound``, ``unit``, ``change``; ``source_*``; ``time_*``) because
those are what queries filter and sort on. Each row also keeps the whole record
as JSON in ``record``, so that the contract form comes back exactly, including
fields added to the contract after this schema was written.

Alembic owns the creation of these tables (``store/migrations``); this module
is what the migrations, the writer and the queries share. A change here needs
a new migration.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from ..records import Kind, stored_kinds

metadata = sa.MetaData()

# Columns that hold what records or users give are unbounded text: PostgreSQL
# enforces VARCHAR(n) (SQLite does not), and an id or a label longer than some
# guessed limit must not cost an article. Migration 0002 widened them.

# SQLite only aliases the rowid (and so autoincrements cheaply) for a column
# declared exactly INTEGER PRIMARY KEY; PostgreSQL wants 64 bits for big ledgers.
BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
# JSON is jsonb on PostgreSQL (indexable, compact) and text on SQLite.
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

ingest_runs = sa.Table(
    "ingest_runs",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("finished_at", sa.DateTime(timezone=True)),
    sa.Column("paths", Json),
    sa.Column("added", sa.Integer, nullable=False, server_default="0"),
    sa.Column("skipped", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failed", sa.Integer, nullable=False, server_default="0"),
    sa.Column("copies", sa.Integer, nullable=False, server_default="0"),
    sa.Column("status", sa.String(16), nullable=False, server_default="running"),
    # Who runs it and when it last showed life: a run killed with -9 never
    # finishes its row, so the next ingest needs these to tell it from a live one.
    sa.Column("heartbeat_at", sa.DateTime(timezone=True)),
    sa.Column("pid", sa.Integer),
    sa.Column("host", sa.Text),
)

articles = sa.Table(
    "articles",
    metadata,
    # seq is the ingest order: the tie-break between copies published the same day.
    sa.Column("seq", BigId, primary_key=True, autoincrement=True),
    sa.Column("id", sa.Text, nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("origin_outlet", sa.Text),
    sa.Column("language", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_source", sa.Text),
    sa.Column("path", sa.Text),
    sa.Column("line", sa.Integer),
    sa.Column("text", sa.Text, nullable=False),
    # sha256 of the raw input (text or HTML) before cleaning: lets a resumed or
    # repeated ingest skip an article without cleaning or parsing it again.
    sa.Column("input_hash", sa.String(64)),
    sa.Column("n_records", sa.Integer, nullable=False, server_default="0"),
    # The earliest known copy of this report (itself for an original).
    sa.Column("original_id", sa.Text),
    sa.Column("copy_similarity", sa.Float),
    sa.Column("run_id", sa.BigInteger),
    sa.Column("ingested_at", sa.DateTime(timezone=True)),
    sa.Column("record", Json, nullable=False),
    sa.Index("ix_articles_published", "published"),
    sa.Index("ix_articles_input_hash", "input_hash"),
    sa.Index("ix_articles_original_id", "original_id"),
    sa.Index("ix_articles_outlet", "outlet"),
    # Covers the articles side of the events fold (store/events.py), which reads every
    # event in report order on each events page: no article row (text, JSON) is read.
    sa.Index("ix_articles_order", "published", "seq", "id", "outlet", "original_id"),
)


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("article_id", sa.Text, nullable=False),
        # Position of the record within its article, to give records back in order.
        sa.Column("ord", sa.Integer, nullable=False),
        sa.Column("span_start", sa.Integer),
        sa.Column("span_end", sa.Integer),
        sa.Column("text", sa.Text),
    ]


# SQL types of the column type names that record kinds use (records/kind.py).
SQL_TYPES = {
    "text": sa.Text,
    "int": sa.Integer,
    "bigint": sa.BigInteger,
    "float": sa.Float,
    "date": sa.Date,
    "bool": sa.Boolean,
}


def kind_table(kind: Kind) -> sa.Table:
    """The table of a record kind: the shared columns, the kind's own, the whole record as JSON."""
    assert kind.table is not None
    return sa.Table(
        kind.table,
        metadata,
        *_record_columns(),
        *(sa.Column(c.name, SQL_TYPES[c.type]) for c in kind.columns),
        sa.Column("record", Json, nullable=False),
        *(sa.Index(name, *cols) for name, cols in kind.indexes),
    )


RECORD_TABLES: dict[str, sa.Table] = {kind.name: kind_table(kind) for kind in stored_kinds()}
times = RECORD_TABLES["time"]
claims = RECORD_TABLES["claim"]
entities = RECORD_TABLES["entity"]
statements = RECORD_TABLES["statement"]

errors = sa.Table(
    "errors",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    # sha256 of (article id, path, line, message): the same failure is stored once.
    sa.Column("key", sa.String(64), nullable=False, unique=True),
    sa.Column("article_id", sa.Text),
    sa.Column("path", sa.Text),
    sa.Column("line", sa.Integer),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("run_id", sa.BigInteger),
    sa.Column("created_at", sa.DateTime(timezone=True)),
    sa.Column("record", Json, nullable=False),
    sa.Index("ix_errors_article", "article_id"),
)

# Which articles carry a claim: the claim of the earliest copy, and every
# republished copy whose matching claim points to it through claims.same_as.
claim_articles = sa.Table(
    "claim_articles",
    metadata,
    sa.Column("claim_id", sa.BigInteger, primary_key=True),
    sa.Column("article_id", sa.Text, primary_key=True),
    sa.Index("ix_claim_articles_article", "article_id"),
)

# MinHash signatures (num_perm little-endian uint64) of each article's shingles,
# and their LSH band keys: candidates are found by an indexed lookup on
# (band, key), so the index persists across runs and is shared by concurrent
# ingests without being rebuilt in memory.
article_minhash = sa.Table(
    "article_minhash",
    metadata,
    sa.Column("article_id", sa.Text, primary_key=True),
    sa.Column("signature", sa.LargeBinary, nullable=False),
    # The figures, dates and names copy linking compares (reconcile.facts.Facts), read
    # with the signature: one lookup per candidate, not one per record table.
    # NULL for articles stored before migration 0004.
    sa.Column("facts", Json),
)

lsh_bands = sa.Table(
    "lsh_bands",
    metadata,
    sa.Column("band", sa.SmallInteger, primary_key=True),
    sa.Column("key", sa.BigInteger, primary_key=True),
    sa.Column("article_id", sa.Text, primary_key=True),
)

# Near-identical articles that are not copies: an update (say the next day's
# bulletin from the same template) names figures or dates its earlier report
# does not. They are related, never one report: each keeps its own claims.
# article_id is the article that found the other when it was stored.
article_relations = sa.Table(
    "article_relations",
    metadata,
    sa.Column("article_id", sa.Text, primary_key=True),
    sa.Column("related_id", sa.Text, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    # What differs: 'figures' or 'dates'.
    sa.Column("reason", sa.Text),
    sa.Column("similarity", sa.Float),
    sa.Index("ix_article_relations_related", "related_id"),
)

# Series (reconcile/series.py): rebuilt from the claims that carry their key,
# never edited in place, so they are a function of the stored claims alone.
series = sa.Table(
    "series",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("key", sa.Text, nullable=False, unique=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("measure_class", sa.Text, nullable=False),
    sa.Column("subject", sa.Text),
    sa.Column("place", sa.Text),
    sa.Column("unit", sa.Text),
    sa.Column("per", sa.Text),
    sa.Column("n_members", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("first_date", sa.Date),
    sa.Column("last_date", sa.Date),
    sa.Column("n_flags", sa.Integer, nullable=False),
    sa.Column("flag_kinds", sa.Text),
    sa.Column("record", Json, nullable=False),
    sa.Index("ix_series_measure_class", "measure_class"),
)

series_members = sa.Table(
    "series_members",
    metadata,
    sa.Column("series_id", sa.Text, primary_key=True),
    sa.Column("ord", sa.Integer, primary_key=True),
    sa.Column("claim_id", sa.BigInteger),
    sa.Column("article_id", sa.Text, nullable=False),
    sa.Column("as_of", sa.Date),
    sa.Column("as_of_basis", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("value", sa.Float),
    sa.Column("low", sa.Float),
    sa.Column("high", sa.Float),
    sa.Column("bound", sa.Text),
    sa.Index("ix_series_members_claim", "claim_id"),
    sa.Index("ix_series_members_article", "article_id"),
)

series_estimates = sa.Table(
    "series_estimates",
    metadata,
    sa.Column("series_id", sa.Text, primary_key=True),
    sa.Column("date", sa.Date, primary_key=True),
    sa.Column("low", sa.Float, nullable=False),
    sa.Column("best", sa.Float, nullable=False),
    sa.Column("high", sa.Float, nullable=False),
    sa.Column("sources", sa.Integer, nullable=False),
)

series_flags = sa.Table(
    "series_flags",
    metadata,
    sa.Column("series_id", sa.Text, primary_key=True),
    sa.Column("ord", sa.Integer, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("members", Json, nullable=False),
    sa.Column("note", sa.Text),
    sa.Index("ix_series_flags_kind", "kind"),
)

TABLES = {t.name: t for t in metadata.sorted_tables}
