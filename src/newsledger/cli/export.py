"""``newsledger export``: one table of the store, or the records, to a file or standard output."""

from __future__ import annotations

import sys

import click

from .boundary import use_store
from .options import db_option
from .render import how_many


@click.command()
@db_option
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="jsonl", show_default=True,
    help="Output format.",
)
@click.option(
    "--table",
    "table_name",
    default="claims",
    show_default=True,
    help="Table to export (articles, claims, times, entities, statements, errors, claim_articles, "
    "ingest_runs, ...), or `records` for the record contract as JSON Lines.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file (default: standard output).")
def export(db: str | None, fmt: str, table_name: str, output: str | None) -> None:
    """Export a table of the store as CSV, JSON Lines or Parquet."""
    from ..store.queries import EXPORT_TABLES

    if table_name not in EXPORT_TABLES and table_name != "records":
        raise click.BadParameter(
            f"no table {table_name!r}: choose one of {', '.join(EXPORT_TABLES)}, records", param_hint="--table"
        )
    if table_name == "records" and fmt != "jsonl":
        raise click.BadParameter("`records` is exported as jsonl only", param_hint="--format")
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give -o FILE or pipe the output")
    from ..store.export import export_table

    with use_store(db).engine.connect() as conn:
        try:
            n = export_table(conn, table_name, fmt, output)
        except BrokenPipeError:
            raise  # the reader closed the pipe: no error (see boundary.Commands)
        except OSError as exc:  # -o in a missing folder, a full disk, no permission
            raise click.ClickException(f"cannot write {output or 'the output'}: {exc.strerror or exc}") from exc
    if output:
        click.echo(f"{how_many(n, 'row')} of {table_name} written to {output}", err=True)
