"""Extraction over local worker processes: the runner that ingest and ``newsledger extract`` use.

:func:`extract_items` is the runner interface: items in, one record list per
item out, in input order. Another runner (a cluster one) offers the same
function beside this module.
"""

from __future__ import annotations

import copy
import datetime as dt
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from ..extract import DEFAULT_MAX_CHARS, Extractor
from ..ingest.article import Item
from ..records import Record

_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor | None, options: dict[str, Any]) -> None:
    global _WORKER
    import signal

    # Ctrl-C is the parent's to handle (it ends the pool); workers dying of it
    # printed a "Process ForkPoolWorker-N:" traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # With fork the parent's loaded pipeline is inherited; with spawn, load anew.
    _WORKER = extractor if extractor is not None else Extractor(**options)


def _work(batch: list[Item]) -> list[list[Record]]:
    assert _WORKER is not None
    return list(_WORKER.process(batch))


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_items(
    items: Iterable[Item],
    *,
    model: str | None = None,
    jobs: int = 1,
    batch_size: int = 32,
    default_published: dt.date | None = None,
    today: dt.date | None = None,
    extractor: Extractor | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[list[Record]]:
    """Record lists for every item, in order, over ``jobs`` worker processes.

    An input longer than ``max_chars`` characters (None or 0: no limit) is an
    error record; the limit holds for a given ``extractor`` too.
    """
    options = dict(
        model=model, batch_size=batch_size, default_published=default_published, today=today, max_chars=max_chars
    )
    if extractor is not None and extractor.max_chars != (max_chars or None):
        # A copy shares the loaded pipeline; the caller's extractor keeps its own limit.
        extractor = copy.copy(extractor)
        extractor.max_chars = max_chars or None
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if jobs == 1:
        yield from (extractor or Extractor(**options)).process(items)
        return
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        ctx = multiprocessing.get_context("fork")
        shared = extractor or Extractor(**options)
    else:
        ctx = multiprocessing.get_context("spawn")
        shared = None
    with ctx.Pool(jobs, initializer=_init_worker, initargs=(shared, options)) as pool:
        # Pool.imap reads the input in a thread of its own as fast as the pipe
        # takes it and queues every finished batch until the caller asks: over a
        # long stream both grow. A window of batches in flight bounds them.
        window: deque[Any] = deque()
        for batch in _batches(items, batch_size):
            window.append(pool.apply_async(_work, (batch,)))
            if len(window) >= 2 * jobs:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()
