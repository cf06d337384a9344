"""The store opened for reading only: a read-only SQLite URI, read-only transactions on PostgreSQL.

The web UI never writes. Opening the store so that the database itself
refuses writes (rather than trusting every query to be a SELECT) means a
bug or an injected statement cannot change the ledger: SQLite is opened with
``mode=ro`` and ``query_only``; on PostgreSQL every session defaults to
read-only transactions and each transaction is declared ``READ ONLY`` again,
for poolers that drop the startup options.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from ..errors import StoreError
from ..store import Store
from ..store.engine import require_ledger, resolve_url

# Seconds a reader waits while an ingest holds SQLite's lock for a checkpoint.
_BUSY_TIMEOUT_S = 30


def _sqlite_engine(path: str) -> Engine:
    if path == ":memory:" or not Path(path).is_file():
        raise StoreError(f"no store at {path}: run `newsledger ingest` first, or give --db")
    # A URI filename: '?' or '#' in a folder name must not start its query part.
    uri = "file:" + quote(str(Path(path).resolve()), safe="/") + "?mode=ro"

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_TIMEOUT_S, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        return conn

    # The pool hands each request thread its own connection; SQLAlchemy checks them in and out.
    return sa.create_engine("sqlite://", creator=connect)


def _postgresql_engine(url: sa.URL) -> Engine:
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    options = " ".join(filter(None, [url.query.get("options"), "-c default_transaction_read_only=on"]))
    engine = sa.create_engine(
        url.difference_update_query(["options"]), pool_pre_ping=True, connect_args={"options": options}
    )

    @sa.event.listens_for(engine, "begin")
    def _read_only(conn: sa.Connection) -> None:
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")

    return engine


def open_readonly(db: str | None) -> Store:
    """The store at ``db`` (a path or URL, as ``--db`` takes) for reading only; refuses one with no ledger."""
    url = resolve_url(db)
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"bad store URL {url!r}: {exc}") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        database = parsed.database or ""
        if database.startswith("file:"):
            database = database[len("file:"):]
        engine = _sqlite_engine(database)
    elif backend == "postgresql":
        engine = _postgresql_engine(parsed)
    else:
        raise StoreError(f"unsupported store backend {backend!r}: use SQLite or PostgreSQL")
    try:
        require_ledger(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(url, engine)
