"""What SQLite and PostgreSQL do differently, behind one small interface.

Everything else in the store is written once for both: a caller picks the
dialect once per engine or connection (:func:`of`) and calls it, instead of
branching on ``dialect.name`` where the difference shows.
"""

from __future__ import annotations

from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import postgresql, sqlite


class Dialect(Protocol):
    """The operations whose SQL differs per backend (each backend module provides them)."""

    name: str

    def create_engine(self, url: sa.URL, *, write: bool) -> Engine: ...

    def lock_for_write(self, conn: Connection) -> None: ...

    def insert(self, table: sa.Table) -> Any: ...

    def bulk_insert(self, conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None: ...

    def new_ids(self, conn: Connection, table: sa.Table, n: int) -> list[int]: ...

    def set_same_as(self, conn: Connection, pairs: list[tuple[int, int | None]]) -> None: ...

    def require_existing(self, url: str) -> None: ...


BACKENDS: dict[str, Dialect] = {sqlite.name: sqlite, postgresql.name: postgresql}  # type: ignore[dict-item]


def of(bind: Connection | Engine) -> Dialect:
    """The dialect of an engine or connection."""
    return BACKENDS[bind.dialect.name]


def for_url(url: str) -> Dialect | None:
    """The dialect of a store URL, before any engine exists (None: not a URL make_engine accepts)."""
    try:
        return BACKENDS.get(sa.make_url(url).get_backend_name())
    except sa.exc.ArgumentError:
        return None  # make_engine says what is wrong with it
