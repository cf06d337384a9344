"""Review round: bad input to the CLI gives a clear error and exit status 1, never a traceback."""

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
