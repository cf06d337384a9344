"""``newsledger extract``: articles to records on standard output, no store involved."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from ..records import ErrorRecord
from ..safe_text import visible
from .options import format_option, jobs_option, max_chars_option, model_option, output_format, published_option


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@published_option
@format_option(["jsonl", "table"])
@model_option
@jobs_option
@max_chars_option
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the records and exit.")
def extract(
    paths: tuple[str, ...],
    published: dt.date | None,
    fmt: str | None,
    model: str | None,
    jobs: int,
    batch_size: int,
    max_chars: int,
    schema: bool,
) -> None:
    """Extract records from articles: PATH is a .txt, .html or .jsonl file, a folder, or - (JSONL on stdin).

    Prints one JSON record per line: each article's `article` record, then its
    `time`, `entity`, `claim` and `statement` records. Unreadable input gives an
    `error` record; the exit status is 1 if any article failed.
    """
    if schema:
        from ..records_schema import record_schema

        click.echo(json.dumps(record_schema(), indent=2))
        return
    if not paths:
        raise click.UsageError("give at least one PATH (or - for JSONL on standard input)")
    from ..ingest.readers import iter_inputs
    from ..run.local import extract_items
    from .render import print_tables, write_jsonl

    failed = False

    def groups():
        nonlocal failed
        for records in extract_items(
            iter_inputs(paths, max_chars=max_chars),
            model=model,
            jobs=jobs,
            batch_size=batch_size,
            default_published=published,
            max_chars=max_chars,
        ):
            if any(isinstance(r, ErrorRecord) for r in records):
                failed = True
            yield records

    if output_format(fmt) == "table":
        from rich.console import Console

        print_tables(groups(), Console())
    else:
        for records in groups():
            write_jsonl(records, sys.stdout)
            for r in records:
                if isinstance(r, ErrorRecord):
                    click.echo(f"error: {visible(r.message)}", err=True)
    sys.exit(1 if failed else 0)
