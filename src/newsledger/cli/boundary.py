"""The one place where the command line meets errors and the store's lifetime.

Commands call the library and let its narrow errors (``newsledger.errors``) and
database errors rise; the group turns them into a one-line ``ClickException``
here, so no command repeats an open / try / error / close block. A store a
command opens is closed by its click context (``ctx.call_on_close``), also when
the command fails or exits early.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from ..errors import NewsledgerError
from ..safe_text import visible

# Where use_store leaves the --db value, so that an error raised later in the
# command can still name the store. Context.meta is shared by nested contexts.
_DB_KEY = "newsledger.db"


def use_store(db: str | None, *, create: bool = False) -> Any:
    """The store for the current command, closed when the command ends; only ``create`` may create or migrate it.

    Store trouble (not a database, read-only, a newer schema, unreachable)
    ends the command with one line naming the store, never a traceback.
    """
    from ..store import open_store

    ctx = click.get_current_context()
    ctx.meta[_DB_KEY] = db
    store = open_store(db, create=create)
    ctx.call_on_close(store.close)
    return store


def _database_error(exc: BaseException) -> bool:
    # sqlalchemy is only imported once a command opened a store; an exception
    # raised before that cannot be one of its errors.
    sa = sys.modules.get("sqlalchemy")
    return sa is not None and isinstance(exc, sa.exc.DBAPIError)


def _store_error(exc: BaseException, db: str | None) -> click.ClickException:
    """A database error as one line naming the store (exit status 1)."""
    from ..store.engine import database_message, describe, resolve_url

    try:
        name = describe(resolve_url(db))
    except NewsledgerError:
        name = db or "the store"
    return click.ClickException(visible(f"cannot use the store {name}: {database_message(exc)}"))


class Commands(click.Group):
    """The command group: library errors become click errors, and a reader that stops reading ends a command quietly."""

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
        except NewsledgerError as exc:  # a file name in the message may hold escape codes
            raise click.ClickException(visible(str(exc))) from exc
        except Exception as exc:
            if _DB_KEY in ctx.meta and _database_error(exc):
                raise _store_error(exc, ctx.meta[_DB_KEY]) from exc
            raise
