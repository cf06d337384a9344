"""``series``, ``series show`` and ``reconcile``: one figure across reports.

``series`` lists the stored series, ``series show ID`` one series' timeline
(dates by sources, with intervals), its estimate and its flags, and
``reconcile`` rebuilds every series from the stored claims.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from .boundary import use_store
from .options import db_option, format_option, output_format, parse_date

MEASURE_CLASSES = (
    "deployed", "present", "killed", "injured", "killed_or_injured", "casualties", "missing", "captured",
    "displaced", "arrested", "attacks", "other",
)  # fmt: skip


@click.group(invoke_without_command=True)
@db_option
@format_option(["table", "jsonl", "csv", "json"])
@click.option("--about", metavar="TEXT", help="The series' subject, place or measure contains TEXT.")
@click.option("--measure-class", type=click.Choice(MEASURE_CLASSES), default=None, help="Only this measure class.")
@click.option("--since", metavar="YYYY-MM-DD", callback=parse_date, help="Has a member on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", callback=parse_date, help="Has a member on or before this date.")
@click.option("--flagged", is_flag=True, help="Only series with a flag (disagreement, revision, ...).")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many series.")
@click.pass_context
def series(
    ctx: click.Context,
    db: str | None,
    fmt: str | None,
    about: str | None,
    measure_class: str | None,
    since: dt.date | None,
    until: dt.date | None,
    flagged: bool,
    limit: int | None,
) -> None:
    """List the series: one figure about one subject across reports, with its flags.

    With --format jsonl each line is a whole `series` record (records.md):
    members, estimate per date and flags.
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..store.series import SeriesFilter, find_series, get_series
    from .render import emit_rows, series_table

    flt = SeriesFilter(about, measure_class, since, until, flagged)
    with use_store(db).engine.connect() as conn:
        rows = find_series(conn, flt, limit=limit)
        if output_format(fmt) == "jsonl":
            for row in rows:
                sys.stdout.write(json.dumps(get_series(conn, row["id"]).to_dict(), ensure_ascii=False) + "\n")
            return
    emit_rows(rows, fmt, series_table)


@series.command("show")
@click.argument("series_id")
@db_option
@format_option(["table", "jsonl"])
def show_series(series_id: str, db: str | None, fmt: str | None) -> None:
    """One series (id or unique prefix): its timeline by date and source, its estimate and its flags."""
    from ..store.series import get_series
    from .render import show_series_view

    with use_store(db).engine.connect() as conn:
        record = get_series(conn, series_id)
    if output_format(fmt) == "table":
        from rich.console import Console

        show_series_view(record, Console())
    else:
        sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


@click.command()
@db_option
def reconcile(db: str | None) -> None:
    """Rebuild every series from the stored claims (after an upgrade, or a change of rules)."""
    from ..store.series import rebuild_all, rekey

    # A write command: it may upgrade an older store first (which then has claims without keys).
    with use_store(db, create=True).engine.begin() as conn:
        changed = rekey(conn)
        n = rebuild_all(conn)
    click.echo(f"{n} series from the stored claims ({changed} claims given a new series key)", err=True)
