"""The ingest run log: one ``ingest_runs`` row per run, its heartbeat, and closing the rows of dead runs.

A run killed with -9 cannot close its row, so the next ingest does: a run
whose process is gone (same host, pid not alive) is marked ``killed``, one
silent for longer than STALE_RUN_AFTER (another host's, say) ``abandoned``;
``finished_at`` is when it was last seen alive.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from .queries import _utc
from .schema import articles, errors, ingest_runs

# A run whose heartbeat is older than this is taken for dead even where its
# pid cannot be checked (another host). Heartbeats come with every committed
# batch, seconds apart; a live run wrongly marked writes its own end anyway.
STALE_RUN_AFTER = dt.timedelta(hours=1)


def start_run(engine: Engine, paths: Iterable[str]) -> int:
    """Close the rows of dead runs, then open this run's row; returns its id."""
    now = dt.datetime.now(dt.timezone.utc)
    with engine.begin() as conn:
        end_dead_runs(conn, now)
        return conn.execute(
            sa.insert(ingest_runs).returning(ingest_runs.c.id),
            {"started_at": now, "paths": list(paths), "heartbeat_at": now, "pid": os.getpid(),
             "host": socket.gethostname()},
        ).scalar_one()


def heartbeat(engine: Engine, run_id: int | None) -> None:
    """Show the run is alive (see end_dead_runs); never fails the run."""
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.update(ingest_runs)
                .where(ingest_runs.c.id == run_id)
                .values(heartbeat_at=dt.datetime.now(dt.timezone.utc))
            )
    except sa.exc.SQLAlchemyError:
        pass


def finish_run(
    engine: Engine, run_id: int | None, status: str, *, added: int, skipped: int, failed: int, copies: int
) -> None:
    """Close this run's row with its counts (or drop it, see below); never fails the run."""
    try:
        with engine.begin() as conn:
            if status == "done" and added == 0 and failed == 0:
                # A run that found everything stored leaves no trace:
                # re-ingesting changes nothing in the store, not even the log.
                conn.execute(sa.delete(ingest_runs).where(ingest_runs.c.id == run_id))
            else:
                conn.execute(
                    sa.update(ingest_runs)
                    .where(ingest_runs.c.id == run_id)
                    .values(
                        finished_at=dt.datetime.now(dt.timezone.utc),
                        added=added,
                        skipped=skipped,
                        failed=failed,
                        copies=copies,
                        status=status,
                    )
                )
    except sa.exc.SQLAlchemyError:
        pass  # the run's bookkeeping must not hide the real outcome


def known_inputs(engine: Engine) -> tuple[dict[str, str | None], set[str]]:
    """Every stored article's id with its input hash, and the set of input hashes (what a resumed run skips)."""
    with engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.id, articles.c.input_hash)).all()
    return {r.id: r.input_hash for r in rows}, {r.input_hash for r in rows if r.input_hash}


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, another user's
        return True
    return True


def end_dead_runs(conn: sa.Connection, now: dt.datetime) -> int:
    """Close the rows of runs that died 'running' (killed with -9, a crashed host); returns how many."""
    host = socket.gethostname()
    running = conn.execute(
        sa.select(ingest_runs.c.id, ingest_runs.c.pid, ingest_runs.c.host, ingest_runs.c.heartbeat_at,
                  ingest_runs.c.started_at).where(ingest_runs.c.status == "running")
    ).all()
    ended = 0
    for run in running:
        seen = _utc(run.heartbeat_at) or _utc(run.started_at)
        if run.host == host and run.pid is not None and not _pid_alive(run.pid):
            status = "killed"
        elif seen is None or now - seen > STALE_RUN_AFTER:
            status = "abandoned"
        else:
            continue
        # What it stored is in the store, marked with its run id.
        added = conn.execute(sa.select(sa.func.count()).where(articles.c.run_id == run.id)).scalar_one()
        failed = conn.execute(sa.select(sa.func.count()).where(errors.c.run_id == run.id)).scalar_one()
        conn.execute(
            sa.update(ingest_runs)
            .where(ingest_runs.c.id == run.id, ingest_runs.c.status == "running")
            .values(status=status, finished_at=seen or now, added=added, failed=failed)
        )
        ended += 1
    return ended
