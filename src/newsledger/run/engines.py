"""The engine interface: where extraction runs (this machine's processes, a Dask cluster, next Ray or Spark).

An engine offers two calls, both over one set of extraction options fixed
when it is opened:

- ``extract_items(items)``: one record list per item, in input order (what
  ``newsledger ingest`` and ``extract`` to standard output consume);
- ``extract_parts(parts)``: a :class:`PartDone` (the part and its record
  lists) for each :class:`Part`, in any order (what a Parquet dataset is written from).

The input is cut into parts (:mod:`.parts`) the same way for every engine,
so that a part's key (and so its file in a dataset) does not depend on where
it ran. A new engine is a class with these two calls and a branch in
:func:`open_engine`.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from ..ingest.article import Item
from ..records import Record
from .parts import DEFAULT_PART_SIZE, Options, Part, PartDone, split_parts

__all__ = [
    "DEFAULT_PART_SIZE", "ENGINES", "Engine", "LocalEngine", "Options", "Part", "PartDone", "open_engine", "split_parts",
]

ENGINES = ("local", "dask")


class Engine(Protocol):
    """What every engine offers (see the module's docstring)."""

    def extract_items(self, items: Iterable[Item]) -> Iterator[list[Record]]: ...

    def extract_parts(self, parts: Iterable[Part]) -> Iterator[PartDone]: ...


class LocalEngine:
    """Extraction in this machine's processes (:mod:`newsledger.run.local`)."""

    def __init__(self, options: Options, *, jobs: int = 1, extractor: Any = None) -> None:
        self.options = options
        self.jobs = jobs
        self.extractor = extractor

    def extract_items(self, items: Iterable[Item]) -> Iterator[list[Record]]:
        from .local import extract_items

        kwargs = self.options.extractor_kwargs()
        return extract_items(items, jobs=self.jobs, extractor=self.extractor, **kwargs)

    def extract_parts(self, parts: Iterable[Part]) -> Iterator[PartDone]:
        # One stream through the pool, cut back into parts by their sizes; the
        # pool's feeder thread appends while this thread pops (deque is thread-safe).
        queue: deque[Part] = deque()
        source = iter(parts)
        first = next(source, None)
        if first is None:
            return  # all done already: no pipeline to load
        queue.append(first)

        def items() -> Iterator[Item]:
            yield from first.items
            for part in source:
                queue.append(part)
                yield from part.items

        done: list[list[Record]] = []
        for records in self.extract_items(items()):
            done.append(records)
            if len(done) == len(queue[0].items):
                yield PartDone(queue.popleft(), done)
                done = []


@contextlib.contextmanager
def open_engine(
    name: str,
    options: Options,
    *,
    jobs: int = 1,
    workers: int | None = None,
    scheduler: str | None = None,
    part_size: int | None = None,
    extractor: Any = None,
) -> Iterator[Engine]:
    """An engine by name, open for the ``with`` block (a Dask one holds its cluster or connection)."""
    if name == "local":
        yield LocalEngine(options, jobs=jobs, extractor=extractor)
    elif name == "dask":
        from .dask import DaskEngine

        with DaskEngine.open(options, workers=workers, scheduler=scheduler, part_size=part_size) as engine:
            yield engine
    else:
        raise ValueError(f"unknown engine {name!r} (one of {', '.join(ENGINES)})")
