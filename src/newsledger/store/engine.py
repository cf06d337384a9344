"""Where the ledger lives: URL resolution, engines tuned per backend, migrations.

The store is a SQLite file by default (``./newsledger.db``, or ``--db`` /
``NEWSLEDGER_DB``); a ``postgresql://`` URL selects PostgreSQL through psycopg 3.

Concurrency: SQLite runs in WAL mode (readers never block the writer) and
writers queue for its lock; PostgreSQL writers serialise their batches on an
advisory lock. How each does it is in :mod:`.dialects`.
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..errors import StoreError
from . import dialects

DEFAULT_DB = "newsledger.db"
ENV_VAR = "NEWSLEDGER_DB"

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


def make_engine(url: str, *, write: bool = True) -> Engine:
    """An engine for the URL, tuned by its dialect (``write=False``: for reading only)."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"bad store URL {url!r}: {exc}") from None
    backend = parsed.get_backend_name()
    if backend not in dialects.BACKENDS:
        raise StoreError(f"unsupported store backend {backend!r}: use SQLite or PostgreSQL")
    return dialects.BACKENDS[backend].create_engine(parsed, write=write)


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


def known_revisions() -> set[str]:
    """Every schema revision this version of newsledger ships a migration for."""
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def database_message(exc: BaseException) -> str:
    """The driver's own words for a database error, on one line (psycopg's span several)."""
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split()) or type(orig).__name__


def store_revision(conn: Connection, url: str) -> str | None:
    """The store's schema revision (None: no ledger there); refuses one newer than this version."""
    from alembic.runtime.migration import MigrationContext

    heads = MigrationContext.configure(conn).get_current_heads()
    if len(heads) > 1:
        # newsledger's migrations are one line; several rows in alembic_version
        # mean another tool or a hand edit wrote there, and no upgrade is safe.
        raise StoreError(
            f"the store {describe(url)} records several schema revisions ({', '.join(sorted(heads))}); "
            "its alembic_version table was changed outside newsledger"
        )
    current = heads[0] if heads else None
    if current is not None and current not in known_revisions():
        raise StoreError(
            f"the store {describe(url)} was created by a newer newsledger (revision {current}); upgrade newsledger"
        )
    return current


def require_ledger(engine: Engine) -> None:
    """Check, without writing anything, that the store holds a ledger this version can read."""
    url = str(engine.url)
    try:
        with engine.connect() as conn:
            current = store_revision(conn, url)
    except sa.exc.DBAPIError as exc:
        raise StoreError(f"cannot open the store {describe(url)}: {database_message(exc)}") from None
    if current is None:
        raise StoreError(f"no ledger in {describe(url)}: run `newsledger ingest` (or `newsledger init`) first")
    if current != head_revision():
        raise StoreError(
            f"the store {describe(url)} has an older schema (revision {current}): "
            "run `newsledger init` (or an ingest) to upgrade it"
        )


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest migration, safely under concurrency.

    The upgrade runs inside one write transaction that holds the writer lock,
    so two ingests starting at once on a fresh store do not both create tables.
    A store from a newer newsledger is refused, never downgraded or touched.
    """
    from alembic import command

    head = head_revision()
    url = str(engine.url)
    try:
        with engine.connect() as conn:
            if store_revision(conn, url) == head:
                return
            conn.rollback()
        with engine.begin() as conn:
            dialects.of(conn).lock_for_write(conn)
            if store_revision(conn, url) != head:
                command.upgrade(alembic_config(conn), "head")
    except sa.exc.DBAPIError as exc:  # not a database, read-only, unreachable, no permission
        raise StoreError(f"cannot open the store {describe(url)}: {database_message(exc)}") from None
