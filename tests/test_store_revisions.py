"""A store whose alembic_version was changed by hand is refused in one line, never a traceback."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from newsledger.cli import cli


@pytest.mark.parametrize("command", [["articles"], ["claims"], ["export", "--format", "csv"], ["init"]])
def test_several_revisions_in_alembic_version_are_one_line_naming_the_store(tmp_path, command):
    db = str(tmp_path / "two.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "--db", db]).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('zz1')")
    result = runner.invoke(cli, [*command, "--db", db])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = result.stderr.strip()
    assert "\n" not in message and db in message and "several schema revisions" in message, message
