"""Bad input to the CLI gives a clear error and exit status 1, never a traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.store import open_store


@pytest.fixture
def empty_store(tmp_path):
    db = str(tmp_path / "ledger.db")
    open_store(db, must_exist=False).close()
    return db


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_to_a_missing_folder_is_a_clear_error(empty_store, tmp_path, fmt):
    target = tmp_path / "no-such-folder" / f"out.{fmt}"
    result = CliRunner().invoke(cli, ["export", "--db", empty_store, "--format", fmt, "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert str(target) in result.output


def _claim_row(**over):
    row = dict(
        published="2025-03-10", figure="At least 12", value=12.0, low=12.0, high=None, bound="lower",
        unit=None, change=None, measure="people [/] killed", time_kind=None, time_start=None, time_end=None,
        source_entity=None, source_name="[red]officials[/]", source_cue="said", articles=1, article_id="abc123",
    )
    row.update(over)
    return row


def test_tables_print_square_brackets_in_article_text_as_written():
    from rich.console import Console

    from newsledger.cli.render import articles_table, claims_table

    console = Console(record=True, width=200, file=open("/dev/null", "w"))
    claims_table([_claim_row()], console)
    articles_table(
        [dict(id="[/]x", published=None, outlet="[/]", origin_outlet="[bold", title="[/red] t", claims=1,
              records=2, copy_of=None, copies=0)],
        console,
    )
    shown = console.export_text()
    assert "people [/] killed" in shown and "[red]officials[/]" in shown and "[/red] t" in shown


def test_extract_table_of_an_article_with_markup_like_text(extractor, tmp_path):
    from rich.console import Console

    from newsledger.cli.render import print_tables

    (records,) = list(
        extractor.process(
            [__import__("newsledger.ingest.article", fromlist=["RawArticle"]).RawArticle(
                text="At least 12 people [/] were killed on Monday, [/red] police said.", id="[/]", title="[/] t",
                outlet="[/]",
            )]
        )
    )
    console = Console(record=True, width=200, file=open("/dev/null", "w"))
    print_tables([records], console)
    assert "[/] t" in console.export_text()
