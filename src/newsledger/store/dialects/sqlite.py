"""SQLite: WAL, a long busy timeout, and BEGIN IMMEDIATE so that writers queue for the lock.

Every write transaction starts with ``BEGIN IMMEDIATE``: two writers then
wait for each other instead of one failing on a lock upgrade. Holding the
database's only write lock is also what makes :func:`new_ids` safe.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as _insert
from sqlalchemy.engine import Connection, Engine

from ...errors import StoreError
from ..rows import dumps
from ..schema import claims

name = "sqlite"
# Seconds a SQLite writer waits for another writer before giving up.
SQLITE_BUSY_TIMEOUT_S = 120


def _pragmas(dbapi_conn, _record, write: bool = True) -> None:
    # Manage transactions ourselves (see _begin): pysqlite's implicit
    # BEGIN would be DEFERRED and fail under a concurrent writer.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
    # Switching to WAL rewrites the file's header: a reader that was pointed at
    # some other SQLite file must leave it as it found it. A ledger is WAL
    # already (the mode persists in the file).
    if write:
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


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: sa.URL, *, write: bool) -> Engine:
    """An engine with the pragmas above; refuses a file whose folder does not exist."""
    database = url.database
    if database and url.query.get("uri") in ("true", "1") and database.startswith("file:"):
        database = database[len("file:") :]  # a URI filename ("?mode=ro&uri=true"): the path inside
    if database and database != ":memory:" and not Path(database).parent.is_dir():
        raise StoreError(f"cannot create the store {database}: its folder does not exist")
    engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}, json_serializer=dumps)
    sa.event.listen(engine, "connect", lambda conn, record: _pragmas(conn, record, write))
    sa.event.listen(engine, "begin", _begin)
    return engine


def require_existing(url: str) -> None:
    """Refuse a store file that is not there yet (reading must not create an empty one)."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///") :]
        if path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no store at {path}: run `newsledger ingest` first, or give --db")


def lock_for_write(conn: Connection) -> None:
    """Nothing to do: BEGIN IMMEDIATE took the write lock already."""


def insert(table: sa.Table) -> Any:
    """An INSERT that supports ON CONFLICT DO NOTHING."""
    return _insert(table)


def bulk_insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows that cannot conflict (fresh ids under the write lock)."""
    if rows:
        conn.execute(sa.insert(table), rows)


def new_ids(conn: Connection, table: sa.Table, n: int) -> list[int]:
    """``n`` fresh primary keys for ``table``: the writer holds the only write lock."""
    if n == 0:
        return []
    top = conn.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    return list(range(top + 1, top + 1 + n))


def set_same_as(conn: Connection, pairs: list[tuple[int, int | None]]) -> None:
    """claims.same_as for many claims, one executemany."""
    if not pairs:
        return
    conn.execute(
        sa.update(claims).where(claims.c.id == sa.bindparam("cid")).values(same_as=sa.bindparam("target")),
        [{"cid": c, "target": t} for c, t in pairs],
    )

