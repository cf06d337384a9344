"""Extraction on Dask (``dask.distributed``): a LocalCluster on a laptop, a scheduler's address on a cluster.

The client (this process) reads the input, record by record for JSONL and
WARC, and cuts it into parts (:func:`newsledger.run.engines.split_parts`);
each part is one task, its inputs shipped with it, so workers need the
newsledger package but no view of the client's files. What comes back is
the part's record lists, for the client to write: one writer, whether into a
Parquet dataset or a store.

Each worker process loads the pipeline once: a worker plugin loads it when
the worker joins (a worker that Dask restarts after a crash loads it again),
and tasks find it in a per-process cache. ``Extractor`` runs each group of
articles in ``nlp.memory_zone``, so a long-lived worker's memory stays flat.

A task whose worker dies is rerun elsewhere by the scheduler (up to its
``allowed-failures``); a part that fails for good becomes error records for
its inputs. At most a few parts per worker thread are in flight, so the
client never reads far ahead of the cluster.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from ..extract import Extractor
from ..ingest.article import Item
from ..records import Record
from .parts import DEFAULT_PART_SIZE, Options, Part, PartDone, failed_part, split_parts

PLUGIN_NAME = "newsledger-extractor"
TASK_RETRIES = 1
"""Reruns of a task that raised (not one whose worker died: the scheduler reruns those)."""

# In each worker process: the loaded extractor, under the options it was made with.
_LOADED: dict[str, Extractor] = {}


def worker_extractor(options: Options) -> Extractor:
    """This process's extractor for ``options``, loaded on first use and kept."""
    key = options.fingerprint() + f"\x1f{options.batch_size}"
    found = _LOADED.get(key)
    if found is None:
        _LOADED.clear()  # a cluster shared by runs with other options keeps one pipeline per worker
        found = _LOADED[key] = Extractor(**options.extractor_kwargs())
    return found


class ExtractorPlugin(WorkerPlugin):
    """Loads the pipeline in every worker as it joins, before any task needs it."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        worker_extractor(self.options)


def extract_part(options: Options, items: list[Item]) -> list[list[Record]]:
    """The task: one part's inputs through the worker's extractor."""
    return list(worker_extractor(options).process(items))


def peak_memory() -> int:
    """This process's peak resident memory in bytes (run on each worker by the benchmark)."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def cpu_seconds() -> float:
    """CPU time this process has used, user and system (run on each worker by the benchmark)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


class DaskEngine:
    """The engine interface (:mod:`newsledger.run.engines`) over a Dask client."""

    def __init__(self, client: Any, options: Options, *, part_size: int | None = None) -> None:
        self.client = client
        self.options = options
        self.part_size = part_size or DEFAULT_PART_SIZE
        # Waits until every worker has run setup, so the model is loaded before the first task.
        client.register_plugin(ExtractorPlugin(options), name=PLUGIN_NAME)

    @classmethod
    @contextlib.contextmanager
    def open(
        cls,
        options: Options,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        part_size: int | None = None,
        timeout: float = 60.0,
    ) -> Iterator[DaskEngine]:
        """Connect to ``scheduler``, or start a LocalCluster of ``workers`` processes of one thread each.

        A cluster's own workers are configured by whoever starts them; there
        ``DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False`` saves what the
        LocalCluster saves here.
        """
        from distributed import Client, LocalCluster

        with contextlib.ExitStack() as stack:
            if scheduler:
                client = stack.enter_context(Client(scheduler, timeout=timeout))
                if workers:
                    client.wait_for_workers(workers, timeout=timeout)
            else:
                import dask

                # Dask's statistical profiler walks each worker's stack every 10 ms:
                # over spaCy's deep stacks that was 5-15% of a worker's CPU here, for
                # a dashboard nobody looks at in a batch run. Set while the cluster
                # lives, so a worker restarted after a crash starts without it too.
                stack.enter_context(dask.config.set({"distributed.worker.profile.enabled": False}))
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=workers or os.cpu_count() or 1,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                    )
                )
                client = stack.enter_context(Client(cluster))
            yield cls(client, options, part_size=part_size)

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def _window(self) -> int:
        # Two parts a thread: one running, one queued behind it, so no worker
        # waits on the client between tasks and the client reads no further.
        return 2 * self.threads()

    def _submit(self, part: Part) -> Any:
        return self.client.submit(
            extract_part,
            self.options,
            part.items,
            key=f"newsledger-part-{part.key}-{uuid.uuid4().hex[:8]}",
            retries=TASK_RETRIES,
            pure=False,
        )

    @staticmethod
    def _result(part: Part, future: Any) -> PartDone:
        try:
            return PartDone(part, future.result())
        except Exception as exc:  # noqa: BLE001 - a part that failed for good is errors, the run goes on
            return failed_part(part, f"on the cluster: {_describe(exc)}")

    def extract_parts(self, parts: Iterable[Part]) -> Iterator[PartDone]:
        """Each part as it finishes, in any order."""
        from distributed import as_completed

        source = iter(parts)
        pending: dict[str, Part] = {}
        finished = as_completed()

        def fill() -> None:
            window = self._window()
            while len(pending) < window:
                part = next(source, None)
                if part is None:
                    return
                future = self._submit(part)
                pending[future.key] = part
                finished.add(future)

        fill()
        for future in finished:
            done = self._result(pending.pop(future.key), future)
            future.release()
            fill()
            yield done

    def extract_items(self, items: Iterable[Item]) -> Iterator[list[Record]]:
        """One record list per item, in input order."""
        window: deque[tuple[Part, Any]] = deque()
        for part in split_parts(items, self.options, size=self.part_size):
            window.append((part, self._submit(part)))
            if len(window) >= self._window():
                yield from self._result(*window.popleft()).groups
        while window:
            yield from self._result(*window.popleft()).groups
