"""The ``newsledger`` command line: the click group and its commands, one module per family.

``options`` holds the shared options, ``boundary`` the one place where errors
become messages and the store is closed, ``render`` how output looks. The
command bodies are library calls.
"""

from __future__ import annotations

import click

from .. import __version__
from . import events, export, extract, ingest, init, query, serve, series
from .boundary import Commands


@click.group(cls=Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
def cli() -> None:
    """Turn news reports into an auditable ledger of who reported what, when."""


for _command in (
    extract.extract,
    ingest.ingest,
    init.init,
    query.articles,
    query.claims,
    query.show,
    export.export,
    series.series,
    series.reconcile,
    serve.serve,
    events.events,
):
    cli.add_command(_command)
del _command
