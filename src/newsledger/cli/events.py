"""``newsledger events``: the stored events, one per event however many reports tell it."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from .boundary import use_store
from .options import db_option, format_option, output_format, parse_date

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@click.command()
@db_option
@format_option(["table", "jsonl", "csv", "json"])
@click.option("--type", "event_type", type=click.Choice(PLOVER_TYPES, case_sensitive=False), default=None,
              help="Only this PLOVER category.")
@click.option("--acled", metavar="SUBTYPE", default=None,
              help='Only this ACLED sub-event type ("Air/drone strike") or event type ("Battles").')
@click.option("--country", metavar="ISO3", default=None, help="The place, actor or recipient is of this country.")
@click.option("--since", metavar="YYYY-MM-DD", callback=parse_date, help="Happened on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", callback=parse_date, help="Happened on or before this date.")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many events.")
def events(
    db: str | None, fmt: str | None, event_type: str | None, acled: str | None, country: str | None,
    since: dt.date | None, until: dt.date | None, limit: int | None,
) -> None:
    """List the events: who did what to whom, where and when, with their number of sources.

    With --format jsonl each line is an event row; the whole `event` records
    are in `newsledger export --table records`.
    """
    from ..store.events import EventFilter, event_rows, find_events
    from .render import emit_rows

    flt = EventFilter(event_type, acled, country, since, until)
    with use_store(db).engine.connect() as conn:
        found = find_events(conn, flt, limit=limit)
    rows = list(event_rows(found))
    if output_format(fmt) == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{len(rows)} events")
        cols = ("event", "event_type", "acled", "actor", "recipient", "place", "start", "modality", "n_sources")
        for c in cols:
            table.add_column(c)
        for r in rows:
            table.add_row(*("" if r[c] is None else str(r[c]) for c in cols))
        Console().print(table)
        return
    if output_format(fmt) == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    emit_rows(rows, fmt, lambda *_: None)
