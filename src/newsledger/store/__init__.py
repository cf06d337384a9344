"""The ledger store: SQLite by default, PostgreSQL for a team server.

>>> store = open_store("newsledger.db")            # doctest: +SKIP
>>> stats = store.ingest(iter_inputs(["reports/"]))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.engine import Engine

from .engine import DEFAULT_DB, ENV_VAR, describe, make_engine, migrate, resolve_url


class Store:
    """An open, migrated ledger."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def __repr__(self) -> str:
        return f"Store({describe(self.url)})"

    def ingest(self, items: Iterable[Any], **options: Any):
        from .ingest import ingest

        return ingest(self, items, **options)

    def write(self, groups: Iterable[tuple[list[Any], str | None]], run_id: int | None = None):
        """Write record lists (each an article and its records) in one transaction."""
        from .writer import prepare_groups, write_batch

        return write_batch(self.engine, prepare_groups(groups), run_id)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(db: str | None = None, *, create: bool = True) -> Store:
    """Open (and create or migrate) the store at a path or URL; see resolve_url."""
    url = resolve_url(db)
    engine = make_engine(url)
    if create:
        migrate(engine)
    return Store(url, engine)


__all__ = ["DEFAULT_DB", "ENV_VAR", "Store", "open_store", "resolve_url"]
