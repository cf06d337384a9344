"""``newsledger extract``: articles to records on standard output, no store involved."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable

import click

from ..records import ErrorRecord
from ..safe_text import visible
from .options import format_option, jobs_option, max_chars_option, model_option, output_format, published_option


def engine_option(fn: Callable) -> Callable:
    """``--engine``, ``--scheduler``, ``--workers`` and ``--part-size``: where extraction runs."""
    from ..run.engines import DEFAULT_PART_SIZE, ENGINES

    fn = click.option(
        "--part-size",
        type=click.IntRange(1, 100_000),
        default=DEFAULT_PART_SIZE,
        show_default=True,
        help="Inputs per task (and per part file with --out); a JSONL or WARC file is cut into ranges of this many.",
    )(fn)
    fn = click.option(
        "--workers",
        type=click.IntRange(1, 4096),
        default=None,
        help="--engine dask: worker processes of the local cluster (default: one a core); "
        "with --scheduler, wait for this many workers first.",
    )(fn)
    fn = click.option(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="--engine dask: a running Dask scheduler (tcp://host:8786); without it a local cluster is started.",
    )(fn)
    return click.option(
        "--engine",
        type=click.Choice(list(ENGINES)),
        default="local",
        show_default=True,
        help="Where extraction runs: this machine's processes (--jobs), or a Dask cluster.",
    )(fn)


def engine_choice(engine: str, scheduler: str | None, workers: int | None) -> None:
    """Refuse cluster options given to the local engine, rather than ignore them."""
    if engine != "dask" and (scheduler or workers):
        raise click.UsageError("--scheduler and --workers go with --engine dask")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@published_option
@format_option(["jsonl", "table"])
@model_option
@jobs_option
@max_chars_option
@engine_option
@click.option(
    "--out",
    metavar="DIR",
    type=click.Path(file_okay=False),
    default=None,
    help="Write a Parquet dataset (DIR/article/, DIR/claim/, ... one file per part) instead of printing; "
    "a re-run skips the parts already there.",
)
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the records and exit.")
def extract(
    paths: tuple[str, ...],
    published: dt.date | None,
    fmt: str | None,
    model: str | None,
    jobs: int,
    batch_size: int,
    max_chars: int,
    engine: str,
    scheduler: str | None,
    workers: int | None,
    part_size: int,
    out: str | None,
    schema: bool,
) -> None:
    """Extract records from articles: PATH is a .txt, .html or .jsonl file, a folder, or - (JSONL on stdin).

    Prints one JSON record per line: each article's `article` record, then its
    `time`, `entity`, `claim` and `statement` records. Unreadable input gives an
    `error` record; the exit status is 1 if any article failed.

    With --out DIR the records go to a Parquet dataset instead, one folder per
    record type; `newsledger ingest DIR` stores it. --engine dask runs the
    extraction on a Dask cluster (a local one unless --scheduler names one).
    """
    if schema:
        from ..records_schema import record_schema

        click.echo(json.dumps(record_schema(), indent=2))
        return
    if not paths:
        raise click.UsageError("give at least one PATH (or - for JSONL on standard input)")
    engine_choice(engine, scheduler, workers)
    from ..ingest.readers import iter_inputs
    from ..run.engines import Options, open_engine, split_parts
    from .render import print_tables, write_jsonl

    options = Options(model=model, batch_size=batch_size, default_published=published, max_chars=max_chars)
    items = iter_inputs(paths, max_chars=max_chars)
    failed = False
    with open_engine(engine, options, jobs=jobs, workers=workers, scheduler=scheduler, part_size=part_size) as runner:
        if out is not None:
            from ..run.parquet import extract_to_dataset

            stats = extract_to_dataset(runner, split_parts(items, options, size=part_size), out)
            click.echo(
                f"{stats.written} parts written, {stats.skipped} already there, {stats.failed} failed "
                f"(tried again next run); {stats.articles} articles, {stats.errors} errors, into {out} "
                f"in {stats.seconds:.1f}s",
                err=True,
            )
            sys.exit(1 if stats.errors else 0)

        def groups():
            nonlocal failed
            for records in runner.extract_items(items):
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
