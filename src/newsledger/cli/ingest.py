"""``newsledger ingest``: inputs through extraction into the store, with progress and a summary."""

from __future__ import annotations

import datetime as dt
import sys
import time
from typing import Any

import click

from ..errors import IngestInterrupted
from ..safe_text import visible
from .boundary import use_store
from .extract import engine_choice, engine_option
from .options import db_option, jobs_option, max_chars_option, model_option, published_option
from .render import how_many


def _progress(console: Any):
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


@click.command()
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
@engine_option
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
    engine: str,
    scheduler: str | None,
    workers: int | None,
    part_size: int,
) -> None:
    """Extract articles into the store: PATH is anything `extract` takes, or an RSS/Atom or WARC file.

    A PATH that is a Parquet dataset written by `extract --out` (a folder with
    an article/ folder of part files) is stored as it is, without extracting
    again. --engine dask extracts on a Dask cluster; this process stores.

    Articles already stored are skipped, so re-running (or resuming a killed
    run) stores nothing twice. Bad inputs get an error row and the run goes
    on; the exit status is 1 if any input of this run failed.
    """
    engine_choice(engine, scheduler, workers)
    from ..run.parquet import is_dataset

    datasets = tuple(p for p in paths if p != "-" and is_dataset(p))
    if datasets and len(datasets) < len(paths):
        raise click.UsageError("give Parquet datasets and other inputs to separate ingests")
    if datasets:
        _ingest_datasets(datasets, db, commit_every, progress)
        return
    from rich.console import Console

    from ..ingest.readers import iter_inputs
    from ..run.engines import Options, open_engine
    from ..run.ingest import ingest as ingest_into

    err = Console(stderr=True)
    show = err.is_terminal if progress is None else progress
    started = time.perf_counter()
    options: dict[str, Any] = dict(
        paths=paths, model=model, jobs=jobs, batch_size=batch_size, commit_every=commit_every,
        default_published=published, max_chars=max_chars,
    )
    store = use_store(db, create=True)
    items = iter_inputs(paths, max_chars=max_chars)
    if engine == "local":
        _run(lambda tick: ingest_into(store, items, progress=tick, **options), store, show, started)
        return
    extraction = Options(model=model, batch_size=batch_size, default_published=published, max_chars=max_chars)
    with open_engine(engine, extraction, workers=workers, scheduler=scheduler, part_size=part_size) as runner:
        _run(
            lambda tick: ingest_into(
                store, items, paths=paths, commit_every=commit_every, progress=tick, runner=runner.extract_items
            ),
            store,
            show,
            started,
        )


def _ingest_datasets(paths: tuple[str, ...], db: str | None, commit_every: int, progress: bool | None) -> None:
    from rich.console import Console

    from ..run.ingest import ingest_records
    from ..run.parquet import read_dataset

    show = Console(stderr=True).is_terminal if progress is None else progress
    started = time.perf_counter()
    store = use_store(db, create=True)
    groups = read_dataset(paths)
    _run(
        lambda tick: ingest_records(store, groups, paths=paths, commit_every=commit_every, progress=tick),
        store,
        show,
        started,
    )


def _run(go: Any, store: Any, show: bool, started: float) -> None:
    """Run an ingest (``go(progress)``) with a progress bar where asked, then print its summary and exit."""
    from rich.console import Console

    from ..store.engine import describe

    interrupted = False
    try:
        if not show:
            stats = go(None)
        else:
            bar = _progress(Console(stderr=True))
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

                stats = go(tick)
    except IngestInterrupted as exc:
        # Ctrl-C: say what is safely stored (whole batches) rather than just "Aborted!".
        stats, interrupted = exc.stats, True
    for message in stats.errors:
        click.echo(f"error: {visible(message)}", err=True)
    rate = (stats.added + stats.failed) / stats.seconds if stats.seconds else 0.0
    click.echo(
        ("interrupted: " if interrupted else "")
        + f"{how_many(stats.added, 'article')} stored, {stats.skipped} already there, {stats.failed} failed, "
        f"{stats.copies} linked as {'a republished copy' if stats.copies == 1 else 'republished copies'}, "
        f"{stats.updates} as {'an update' if stats.updates == 1 else 'updates'} of a similar report, into {describe(store.url)} "
        f"in {stats.seconds:.1f}s ({rate:.1f} articles/s)"
        + ("; run the same ingest again to resume" if interrupted else ""),
        err=True,
    )
    if interrupted:
        sys.exit(130)  # the shell's status for a command stopped by SIGINT
    sys.exit(1 if stats.failed else 0)
