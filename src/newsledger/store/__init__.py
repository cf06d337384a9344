"""The ledger store: SQLite by default, PostgreSQL for a team server.

Persistence only: schema, migrations, engines, writes and queries. Running
an ingest (read, extract, write) is :func:`newsledger.run.ingest`'s job.

>>> store = open_store("newsledger.db")                  # doctest: +SKIP
>>> stats = ingest(store, iter_inputs(["reports/"]))       # doctest: +SKIP
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


def open_store(db: str | None = None, *, create: bool = True, must_exist: bool = False) -> Store:
    """Open the store at a path or URL (see resolve_url); create or migrate it if ``create``.

    With ``create=False`` nothing is written: the store must already hold a
    ledger at this version's schema revision (the read commands leave no
    empty store behind a typo). ``must_exist`` refuses a SQLite file that is
    not there yet even when creating is allowed.
    """
    from . import dialects
    from .engine import require_ledger

    url = resolve_url(db)
    dialect = dialects.for_url(url)
    if (must_exist or not create) and dialect is not None:
        dialect.require_existing(url)
    engine = make_engine(url, write=create)
    try:
        if create:
            migrate(engine)
        else:
            require_ledger(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(url, engine)


__all__ = ["DEFAULT_DB", "ENV_VAR", "Store", "open_store", "resolve_url"]
