"""Every command and option is documented in the README (datasette's habit)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from newsledger.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands():
    return sorted(cli.commands.items())


def test_readme_opens_with_the_two_setup_commands():
    head = "\n".join(README.splitlines()[:15])
    assert "make demo" in head and "make test" in head


@pytest.mark.parametrize("name,command", _commands())
def test_every_command_is_documented(name, command):
    assert f"newsledger {name}" in README, f"README does not show `newsledger {name}`"


@pytest.mark.parametrize(
    "name,option",
    [
        (name, opt)
        for name, command in _commands()
        for param in command.params
        if isinstance(param, click.Option)
        for opt in param.opts
        if opt.startswith("--") and opt != "--help"
    ],
)
def test_every_option_is_documented(name, option):
    assert option in README, f"README does not mention {option} (newsledger {name})"
