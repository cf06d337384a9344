"""Alembic environment for the ledger: runs on the connection newsledger hands it.

newsledger calls Alembic programmatically (store.engine.migrate) and passes an
open connection inside a transaction that holds the writer lock; the
migrations then run in that transaction.
"""

from __future__ import annotations

from alembic import context

from newsledger.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the `alembic` CLI lands here
    from newsledger.store.engine import make_engine, resolve_url

    connection = make_engine(resolve_url(context.config.get_main_option("sqlalchemy.url"))).connect()

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
