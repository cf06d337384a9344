"""Ingest: inputs -> extraction over the local pool -> batched, atomic, idempotent writes.

Work already done is skipped before extraction: an input whose given id, or
whose raw-content hash, is already stored is not cleaned or parsed again, so a
resumed run only does what the killed one did not commit. Whatever slips
through (a concurrent ingest storing the same article meanwhile) is caught by
``ON CONFLICT DO NOTHING`` at write time.

Each run has an ``ingest_runs`` row (see :mod:`newsledger.store.runs`): its
owner and a heartbeat refreshed after every committed batch, so the next
ingest can close the row of a run killed with -9. Ctrl-C marks the run
``interrupted`` and raises IngestInterrupted with the counts of what was
stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import IngestInterrupted
from ..extract import DEFAULT_MAX_CHARS, where_from
from ..ingest.article import Item, RawArticle
from ..records import ArticleRecord, ErrorRecord, Record
from ..store import Store
from ..store.runs import finish_run, heartbeat, known_inputs, start_run
from ..store.writer import WriteResult
from .local import extract_items

DEFAULT_COMMIT_EVERY = 50
MAX_MESSAGES = 1000


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

    def __init__(self, store: Store, stats: IngestStats, progress: Callable[[IngestStats], None] | None) -> None:
        import queue

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
                self.stats.absorb(self.store.write(batch, self.stats.run_id))
                heartbeat(self.store.engine, self.stats.run_id)
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


def ingest(
    store: Store,
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
    runner: Callable[[Iterable[Item]], Iterator[list[Record]]] | None = None,
) -> IngestStats:
    """Extract and store every new input; returns the counts.

    ``runner`` is another engine's ``extract_items`` (see :mod:`.engines`),
    opened with its own extraction options; by default the local pool runs
    with the options given here.

    An input longer than ``max_chars`` characters (None or 0: no limit) is
    stored as an error. Ctrl-C raises IngestInterrupted, whose ``stats`` are
    this function's answer up to then.
    """
    started = time.perf_counter()
    stats = IngestStats()
    stats.run_id = start_run(store.engine, paths)
    known_ids, known_hashes = known_inputs(store.engine)
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
            if item.id and item.id in known_ids:
                stored = known_ids[item.id]
                if stored is None or stored == h:
                    stats.skip()  # stored already: a re-run or a resumed one
                    continue
                # Another text under a stored id would be dropped as "already
                # there": say so, so the user can give it an id of its own.
                hashes.append(None)
                yield ErrorRecord(
                    item.id,
                    f"{where_from(item)}: id {item.id!r} is already stored for another text; "
                    "this article was not stored: give it an id of its own",
                    item.path,
                    item.line,
                )
                continue
            if not item.id and h in known_hashes:
                stats.skip()
                continue
            # An input with its own id claims only that id for the rest of the run:
            # if it fails, a later copy of its text without an id must still be stored.
            if item.id:
                known_ids[item.id] = h
            else:
                known_hashes.add(h)
            hashes.append(h)
            yield item

    extract = runner if runner is not None else extract_items
    options: dict[str, Any] = dict(
        model=model, jobs=jobs, batch_size=batch_size, default_published=default_published, today=today,
        extractor=extractor, max_chars=max_chars,
    )
    if runner is not None:
        options = {}  # a given runner was opened with its options
    extracted = ((records, hashes.popleft()) for records in extract(fresh(), **options))
    return _store_all(store, extracted, stats, started, commit_every, progress)


def ingest_records(
    store: Store,
    groups: Iterable[tuple[list[Record], str | None]],
    *,
    paths: Iterable[str] = (),
    commit_every: int = DEFAULT_COMMIT_EVERY,
    progress: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Store record lists extracted elsewhere (a Parquet dataset): the same writer, batches and run log as :func:`ingest`.

    Each group is an input's record list (its article first, or an error)
    with its input hash. An article whose id is stored already is skipped
    before the write, the rest by the writer's ``ON CONFLICT DO NOTHING``,
    so storing the same dataset twice stores nothing twice.
    """
    started = time.perf_counter()
    stats = IngestStats()
    stats.run_id = start_run(store.engine, paths)
    known_ids, _ = known_inputs(store.engine)

    def fresh() -> Iterator[tuple[list[Record], str | None]]:
        for records, hash_ in groups:
            head = records[0] if records else None
            if isinstance(head, ArticleRecord) and head.id in known_ids:
                stats.skip()
                continue
            stats.extracted += 1
            yield records, hash_

    return _store_all(store, fresh(), stats, started, commit_every, progress, count=False)


def _store_all(
    store: Store,
    extracted: Iterator[tuple[list[Record], str | None]],
    stats: IngestStats,
    started: float,
    commit_every: int,
    progress: Callable[[IngestStats], None] | None,
    *,
    count: bool = True,
) -> IngestStats:
    """Write record lists in batches of ``commit_every`` on the writer thread; close the run's row."""
    buffer: list[tuple[list[Record], str | None]] = []
    writer = _BatchWriter(store, stats, progress)

    status = "failed"
    try:
        for pair in extracted:
            buffer.append(pair)
            if count:
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
        finish_run(
            store.engine,
            stats.run_id,
            status,
            added=stats.added,
            skipped=stats.skipped,
            failed=stats.failed,
            copies=stats.copies,
        )
    if status == "interrupted":
        # Raised once the queued batches are written, so the counts are final.
        raise IngestInterrupted(stats)
    return stats
