"""PostgreSQL through psycopg 3: an advisory lock for writers, COPY for bulk rows, sequences for ids.

Writers serialise their batches on an advisory transaction lock (so copy
linking sees every article committed before it) and rely on ``ON CONFLICT``
for the rest.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as _insert
from sqlalchemy.engine import Connection, Engine

from ..rows import dumps

name = "postgresql"
# One 64-bit key for this application's PostgreSQL advisory locks.
PG_LOCK_KEY = 0x6E65_7773_6C65_6467  # "newsledg"


def create_engine(url: sa.URL, *, write: bool) -> Engine:
    """An engine through psycopg 3 (also for a bare postgresql:// URL), with pre-ping."""
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return sa.create_engine(url, pool_pre_ping=True, json_serializer=dumps)


def require_existing(url: str) -> None:
    """Nothing to check before connecting: a missing database is the server's error."""


def lock_for_write(conn: Connection) -> None:
    """Serialise writers for the current transaction."""
    conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY - (1 << 63)})


def insert(table: sa.Table) -> Any:
    """An INSERT that supports ON CONFLICT DO NOTHING."""
    return _insert(table)


def bulk_insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows that cannot conflict (fresh ids under the write lock) with COPY.

    PostgreSQL's executemany sends a statement per row and psycopg parses a
    multi-row VALUES statement slowly; COPY streams them in one go.
    """
    if not rows:
        return
    names = list(rows[0])
    json_cols = {c.name for c in table.columns if isinstance(c.type, sa.JSON)}
    cursor = conn.connection.driver_connection.cursor()
    quoted = ", ".join(f'"{n}"' for n in names)
    with cursor.copy(f'COPY "{table.name}" ({quoted}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([dumps(row[n]) if n in json_cols and row[n] is not None else row[n] for n in names])


def new_ids(conn: Connection, table: sa.Table, n: int) -> list[int]:
    """``n`` fresh primary keys for ``table``, from its sequence."""
    if n == 0:
        return []
    return list(
        conn.execute(
            sa.text(f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, :n)"),
            {"n": n},
        ).scalars()
    )


def set_same_as(conn: Connection, pairs: list[tuple[int, int | None]]) -> None:
    """claims.same_as for many claims in one statement (executemany is a statement per row here)."""
    if not pairs:
        return
    conn.execute(
        sa.text(
            "UPDATE claims SET same_as = d.target FROM "
            "(SELECT unnest(CAST(:ids AS bigint[])) AS cid, unnest(CAST(:targets AS bigint[])) AS target) d "
            "WHERE claims.id = d.cid"
        ),
        {"ids": [c for c, _ in pairs], "targets": [t for _, t in pairs]},
    )
