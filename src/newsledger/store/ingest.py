"""Ingest: inputs -> extract_items -> batched, atomic, idempotent writes.

Work already done is skipped before extraction: an input whose given id, or
whose raw-content hash, is already stored is not cleaned or parsed again, so a
resumed run only does what the killed one did not commit. Whatever slips
through (a concurrent ingest storing the same article meanwhile) is caught by
``ON CONFLICT DO NOTHING`` at write time.

Each run has an ``ingest_runs`` row: its owner (host and pid) and a heartbeat
refreshed after every committed batch. A run killed with -9 cannot close its
row, so the next ingest does: a run whose process is gone (same host, pid not
alive) is marked ``killed``, one silent for longer than STALE_RUN_AFTER
(another host's, say) ``abandoned``; ``finished_at`` is when it was last seen
alive. Ctrl-C marks the run ``interrupted`` and raises IngestInterrupted with
the counts of what was stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from ..errors import IngestInterrupted
from ..extract import DEFAULT_MAX_CHARS, extract_items
from ..ingest.article import Item, RawArticle
from ..records import ErrorRecord, Record
from .schema import articles, errors, ingest_runs
from .writer import WriteResult, prepare_groups, write_batch

DEFAULT_COMMIT_EVERY = 50
MAX_MESSAGES = 1000
# A run whose heartbeat is older than this is taken for dead even where its
# pid cannot be checked (another host). Heartbeats come with every committed
# batch, seconds apart; a live run wrongly marked writes its own end anyway.
STALE_RUN_AFTER = dt.timedelta(hours=1)


def input_hash(raw: RawArticle) -> str:
    """sha256 of what was read (text or HTML), before any cleaning."""
    kind, content = ("html", raw.html) if raw.html is not None else ("text", raw.text or "")
    return hashlib.sha256(f"{kind}\x1f{content}".encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class IngestStats:
    """What an ingest run did."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    copies: int = 0
    updates: int = 0
    """Articles recorded as updates of a similar report (their claims all kept)."""
    extracted: int = 0
    """Inputs through extraction so far (stored or not yet)."""
    seconds: float = 0.0
    run_id: int | None = None
    errors: list[str] = field(default_factory=list)
    """The error messages of this run (the first MAX_MESSAGES)."""
    # The writer thread and the input reader both count: updates take the lock.
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def seen(self) -> int:
        return self.added + self.skipped + self.failed

    def absorb(self, result: WriteResult) -> None:
        with self._lock:
            self.added += len(result.added)
            self.skipped += result.skipped
            self.failed += result.failed
            self.copies += result.copies
            self.updates += result.updates
            self.errors.extend(result.errors[: max(0, MAX_MESSAGES - len(self.errors))])

    def skip(self) -> None:
        with self._lock:
            self.skipped += 1


class _BatchWriter:
    """Writes batches on a background thread while the next ones are extracted.

    sqlite3 and psycopg release the GIL while the database works, so storing
    overlaps extraction instead of adding to it. One thread, FIFO: batches are
    committed in input order, each atomic, so kill-safety is unchanged. At most
    two batches wait, which bounds memory and how far extraction runs ahead.
    """

    def __init__(self, store, stats: IngestStats, progress: Callable[[IngestStats], None] | None) -> None:
        import queue
        import threading

        self.store = store
        self.stats = stats
        self.progress = progress
        self.queue: queue.Queue = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        # Started on the first batch, i.e. after extract_items has forked its
        # worker processes: forking while another thread runs is unsafe.
        self.thread = threading.Thread(target=self._run, name="newsledger-writer", daemon=True)

    def _run(self) -> None:
        while True:
            batch = self.queue.get()
            if batch is None:
                return
            if self.error is not None:
                continue  # drain: the main thread re-raises
            try:
                self.stats.absorb(write_batch(self.store.engine, prepare_groups(batch), self.stats.run_id))
                _heartbeat(self.store, self.stats.run_id)
                if self.progress is not None:
                    self.progress(self.stats)
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                self.error = exc

    def _check(self) -> None:
        if self.error is not None:
            raise self.error

    def put(self, batch: list[tuple[list[Record], str | None]]) -> None:
        self._check()
        if not self.thread.is_alive() and self.thread.ident is None:
            self.thread.start()
        self.queue.put(batch)

    def close(self) -> None:
        """Wait for every batch to be written; raise what the writer raised."""
        self.stop()
        self._check()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()


def _heartbeat(store, run_id: int | None) -> None:
    """Show the run is alive (see end_dead_runs); never fails the run."""
    try:
        with store.engine.begin() as conn:
            conn.execute(
                sa.update(ingest_runs)
                .where(ingest_runs.c.id == run_id)
                .values(heartbeat_at=dt.datetime.now(dt.timezone.utc))
            )
    except sa.exc.SQLAlchemyError:
        pass


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, another user's
        return True
    return True


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    # SQLite hands timestamps back without their zone; they were stored in UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value


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


def _known(store) -> tuple[set[str], set[str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.select(articles.c.id, articles.c.input_hash)).all()
    return {r.id for r in rows}, {r.input_hash for r in rows if r.input_hash}


def ingest(
    store,
    items: Iterable[Item],
    *,
    paths: Iterable[str] = (),
    extractor: Any = None,
    model: str | None = None,
    jobs: int = 1,
    batch_size: int = 32,
    commit_every: int = DEFAULT_COMMIT_EVERY,
    default_published: dt.date | None = None,
    today: dt.date | None = None,
    progress: Callable[[IngestStats], None] | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> IngestStats:
    """Extract and store every new input; returns the counts.

    An input longer than ``max_chars`` characters (None or 0: no limit) is
    stored as an error. Ctrl-C raises IngestInterrupted, whose ``stats`` are
    this function's answer up to then.
    """
    started = time.perf_counter()
    stats = IngestStats()
    now = dt.datetime.now(dt.timezone.utc)
    with store.engine.begin() as conn:
        end_dead_runs(conn, now)
        stats.run_id = conn.execute(
            sa.insert(ingest_runs).returning(ingest_runs.c.id),
            {"started_at": now, "paths": list(paths), "heartbeat_at": now, "pid": os.getpid(),
             "host": socket.gethostname()},
        ).scalar_one()
    known_ids, known_hashes = _known(store)
    hashes: deque[str | None] = deque()

    def fresh() -> Iterator[Item]:
        # Runs in the pool's feeder thread when jobs > 1: only appends to the
        # deque (thread-safe) and bumps a counter read for display.
        for item in items:
            if isinstance(item, ErrorRecord):
                hashes.append(None)
                yield item
                continue
            h = input_hash(item)
            if (item.id in known_ids) if item.id else (h in known_hashes):
                stats.skip()
                continue
            # An input with its own id claims only that id for the rest of the run:
            # if it fails, a later copy of its text without an id must still be stored.
            if item.id:
                known_ids.add(item.id)
            else:
                known_hashes.add(h)
            hashes.append(h)
            yield item

    buffer: list[tuple[list[Record], str | None]] = []
    writer = _BatchWriter(store, stats, progress)

    status = "failed"
    try:
        for records in extract_items(
            fresh(),
            model=model,
            jobs=jobs,
            batch_size=batch_size,
            default_published=default_published,
            today=today,
            extractor=extractor,
            max_chars=max_chars,
        ):
            buffer.append((records, hashes.popleft()))
            stats.extracted += 1
            if progress is not None:
                progress(stats)
            if len(buffer) >= commit_every:
                writer.put(buffer)
                buffer = []
        if buffer:
            writer.put(buffer)
        writer.close()
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
    finally:
        writer.stop()
        stats.seconds = time.perf_counter() - started
        try:
            with store.engine.begin() as conn:
                if status == "done" and stats.added == 0 and stats.failed == 0:
                    # A run that found everything stored leaves no trace:
                    # re-ingesting changes nothing in the store, not even the log.
                    conn.execute(sa.delete(ingest_runs).where(ingest_runs.c.id == stats.run_id))
                else:
                    conn.execute(
                        sa.update(ingest_runs)
                        .where(ingest_runs.c.id == stats.run_id)
                        .values(
                            finished_at=dt.datetime.now(dt.timezone.utc),
                            added=stats.added,
                            skipped=stats.skipped,
                            failed=stats.failed,
                            copies=stats.copies,
                            status=status,
                        )
                    )
        except sa.exc.SQLAlchemyError:
            pass  # the run's bookkeeping must not hide the real outcome
    if status == "interrupted":
        # Raised once the queued batches are written, so the counts are final.
        raise IngestInterrupted(stats)
    return stats
