"""``newsledger init``: create the store or bring its schema up to this version."""

from __future__ import annotations

import click

from .boundary import use_store
from .options import db_option


@click.command()
@db_option
def init(db: str | None) -> None:
    """Create the store, or upgrade its schema to this version's; `ingest` does so too.

    The query commands never create or upgrade a store: after installing a
    newer newsledger, run `init` (or an ingest) once.
    """
    from ..store.engine import describe

    store = use_store(db, create=True)
    click.echo(f"the store {describe(store.url)} is ready", err=True)
