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
    "--format", "fmt", type=click.Choice(["csv", "jsonl", "json", "parquet"]), default=None,
    help="Output format (default jsonl; csv for --shape acled or ucdp).",
)
@click.option(
    "--table",
    "table_name",
    default="claims",
    show_default=True,
    help="Table to export (articles, claims, times, entities, statements, errors, claim_articles, "
    "ingest_runs, ...), or `records` for the record contract as JSON Lines.",
)
@click.option(
    "--shape", type=click.Choice(["acled", "ucdp", "plover"]), default=None,
    help="With --table events: one row per event as ACLED or UCDP GED load it (CSV), or PLOVER JSON records.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file (default: standard output).")
def export(db: str | None, fmt: str | None, table_name: str, shape: str | None, output: str | None) -> None:
    """Export a table of the store as CSV, JSON Lines or Parquet."""
    from ..store.queries import EXPORT_TABLES

    if shape is not None:
        _export_shape(db, fmt or ("jsonl" if shape == "plover" else "csv"), table_name, shape, output)
        return
    fmt = fmt or "jsonl"
    if fmt == "json":
        raise click.BadParameter("json is for --shape plover; tables export as csv, jsonl or parquet", param_hint="--format")
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


def _export_shape(db: str | None, fmt: str, table_name: str, shape: str, output: str | None) -> None:
    """Events as ACLED, UCDP GED or PLOVER rows: one per event, its reports folded."""
    if table_name != "events":
        raise click.BadParameter("--shape shapes events: give --table events", param_hint="--shape")
    if fmt == "parquet" or (shape == "plover" and fmt == "csv"):
        raise click.BadParameter(f"--shape {shape} is written as {'json or jsonl' if shape == 'plover' else 'csv, jsonl or json'}",
                                 param_hint="--format")
    import csv

    from ..store.event_exports import header, shaped_rows
    from ..store.events import find_events
    from ..store.export import write_rows

    with use_store(db).engine.connect() as conn:
        found = find_events(conn)
    rows = shaped_rows(found, shape)
    try:
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    try:
        columns = header(shape)
        if fmt == "csv" and columns is not None:
            writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            n = 0
            for row in rows:
                writer.writerow(row)
                n += 1
        else:
            n = write_rows(rows, fmt, out)
    finally:
        if output:
            out.close()
    if output:
        click.echo(f"{how_many(n, 'event')} as {shape} written to {output}", err=True)
