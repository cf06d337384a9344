"""The read-only commands over the store: ``articles``, ``claims`` and ``show``.

They never create or migrate a store; the rows come from ``store.queries`` and
are printed by ``render``.
"""

from __future__ import annotations

import datetime as dt
import sys

import click

from .boundary import use_store
from .options import db_option, format_option, output_format, parse_date


@click.command()
@db_option
@format_option(["table", "jsonl", "csv", "json"])
@click.option("--limit", type=click.IntRange(1), default=None, help="At most this many rows.")
def articles(db: str | None, fmt: str | None, limit: int | None) -> None:
    """List the stored articles, newest first, with their claims and copies."""
    from ..store.queries import list_articles
    from .render import articles_table, emit_rows

    with use_store(db).engine.connect() as conn:
        rows = list_articles(conn, limit=limit)
    emit_rows(rows, fmt, articles_table)


@click.command()
@db_option
@format_option(["table", "jsonl", "csv", "json"])
@click.option("--about", metavar="TEXT", help="Figure, measure, subject or source contains TEXT (or a synonym).")
@click.option("--source", metavar="NAME", help="Source name or canonical entity contains NAME.")
@click.option("--measure", metavar="WORD", help="Measure contains WORD.")
@click.option("--since", metavar="YYYY-MM-DD", callback=parse_date, help="Holds on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", callback=parse_date, help="Holds on or before this date.")
@click.option("--article", metavar="ID", help="Only this article's claims (id or unique prefix).")
@click.option("--copies", is_flag=True, help="Also list the claims of republished copies.")
@click.option("--sentence", "with_sentence", is_flag=True, help="Show each claim's sentence in the table.")
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
    with_sentence: bool,
    limit: int | None,
) -> None:
    """List stored claims: figures with what they count, when they hold and who said them.

    Text filters are case-insensitive substrings. --since/--until keep claims
    whose time overlaps the range (the article's date where the claim has
    none). A claim repeated by republished copies is listed once, with the
    number of articles carrying it (`in`); --copies lists every copy's claim.
    """
    from ..store.queries import ClaimFilter, find_claims, resolve_article_id
    from .render import claims_table, emit_rows

    if since is not None and until is not None and since > until:
        raise click.BadParameter(
            f"--since {since} is after --until {until}: no claim can hold in that range; swap them",
            param_hint="--since/--until",
        )
    with use_store(db).engine.connect() as conn:
        if article:
            article = resolve_article_id(conn, article)
        flt = ClaimFilter(about, source, measure, since, until, article, copies or bool(article))
        rows = find_claims(conn, flt, limit=limit)
    emit_rows(rows, fmt, lambda r, console: claims_table(r, console, with_sentence=with_sentence))


@click.command()
@click.argument("article_id")
@db_option
@format_option(["table", "jsonl"])
def show(article_id: str, db: str | None, fmt: str | None) -> None:
    """Show one article (id or unique prefix) with its records, spans highlighted.

    Piped, it prints the article's records as JSON Lines, as `extract` does.
    """
    from ..store.queries import get_article
    from .render import show_article, view_records, write_jsonl

    with use_store(db).engine.connect() as conn:
        view = get_article(conn, article_id)
    if output_format(fmt) == "table":
        from rich.console import Console

        show_article(view, Console())
    else:
        write_jsonl(view_records(view), sys.stdout)
