"""Where the ledger lives: URL resolution, engines tuned per backend, migrations.

The store is a SQLite file by default (``./newsledger.db``, or ``--db`` /
``NEWSLEDGER_DB``); a ``postgresql://`` URL selects PostgreSQL through psycopg 3.

Concurrency: SQLite runs in WAL mode (readers never block the writer) with a
long busy timeout, and every write transaction starts with ``BEGIN IMMEDIATE``
so that two writers queue for the lock instead of one failing on a lock
upgrade. PostgreSQL writers serialise their batches on an advisory lock (see
:func:`lock_for_write`) and rely on ``ON CONFLICT`` for the rest.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import StoreError
from .rows import dumps

DEFAULT_DB = "newsledger.db"
ENV_VAR = "NEWSLEDGER_DB"
# Seconds a SQLite writer waits for another writer before giving up.
SQLITE_BUSY_TIMEOUT_S = 120
# One 64-bit key for this application's PostgreSQL advisory locks.
PG_LOCK_KEY = 0x6E65_7773_6C65_6467  # "newsledg"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """A SQLAlchemy URL for what the user gave: a path, a sqlite:// or postgresql:// URL."""
    given = db or os.environ.get(ENV_VAR) or DEFAULT_DB
    if given.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + given.split("://", 1)[1]
    if given.startswith("postgresql+") or given.startswith("sqlite"):
        return given
    if "://" in given:
        raise StoreError(f"unsupported store URL {given!r}: give a file path or a postgresql:// URL")
    return "sqlite:///" + str(Path(given).expanduser().resolve())


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return sa.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # Manage transactions ourselves (see _sqlite_begin): pysqlite's implicit
    # BEGIN would be DEFERRED and fail under a concurrent writer.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
    try:
        cur.execute("PRAGMA journal_mode = WAL")
    except Exception:  # noqa: BLE001 - :memory: and some filesystems refuse WAL; keep the default
        pass
    # Safe with WAL against process crashes (kill -9); only a power loss can
    # lose the last commits, never corrupt the file.
    cur.execute("PRAGMA synchronous = NORMAL")
    # 64 MiB of page cache (the default is 2 MiB): index lookups during a long
    # ingest stay in memory as the ledger grows past a few thousand articles.
    cur.execute("PRAGMA cache_size = -65536")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for the URL, with the per-backend settings above."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"bad store URL {url!r}: {exc}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not Path(database).parent.is_dir():
            raise StoreError(f"cannot create the store {database}: its folder does not exist")
        engine = sa.create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}, json_serializer=dumps)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return sa.create_engine(parsed, pool_pre_ping=True, json_serializer=dumps)
    raise StoreError(f"unsupported store backend {backend!r}: use SQLite or PostgreSQL")


def lock_for_write(conn: Connection) -> None:
    """Serialise writers for the current transaction (SQLite already did at BEGIN)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY - (1 << 63)})


def alembic_config(conn: Connection | None = None):
    """An Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration, safely under concurrency.

    The upgrade runs inside one write transaction that holds the writer lock,
    so two ingests starting at once on a fresh store do not both create tables.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    head = head_revision()
    try:
        with engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
            conn.rollback()
        with engine.begin() as conn:
            lock_for_write(conn)
            if MigrationContext.configure(conn).get_current_revision() != head:
                command.upgrade(alembic_config(conn), "head")
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot open the store {describe(str(engine.url))}: {exc.orig}") from None
