"""Input cut into parts: the unit of work of every engine and the file of a Parquet dataset.

A part is a run of consecutive inputs; its key hashes the extraction options
and every field of its inputs, so the same input read with the same options
gets the same key on any engine, which is how a re-run finds it done.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..extract import DEFAULT_MAX_CHARS, MAX_CHUNK_CHARS, where_from
from ..ingest.article import Item, RawArticle
from ..records import ErrorRecord, Record
from .ingest import input_hash

DEFAULT_PART_SIZE = 32
"""Inputs per part: enough to fill spaCy batches and to make a task's round trip
through the scheduler (milliseconds) small beside its extraction (seconds)."""
DEFAULT_PART_CHARS = MAX_CHUNK_CHARS
"""Characters of input per part at most: about one spaCy group's worth. Extraction
time follows characters, not inputs, so this keeps parts of long articles from
taking many times longer than the rest, which would leave workers idle at the end."""


# Bumped when what a part's key covers changes, so old parts are not taken as done.
_KEY_VERSION = "1"


@dataclass(frozen=True)
class Options:
    """What extraction depends on besides the input; part of every part's key."""

    model: str | None = None
    batch_size: int = 32
    default_published: dt.date | None = None
    today: dt.date | None = None
    max_chars: int | None = DEFAULT_MAX_CHARS

    def extractor_kwargs(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def fingerprint(self) -> str:
        # batch_size changes how articles share spaCy passes, not their records.
        return json.dumps(
            [self.model, _iso(self.default_published), _iso(self.today), self.max_chars or None], sort_keys=True
        )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def item_digest(item: Item) -> str:
    """sha256 of every field of an input as read: its text or HTML, id, dates, URL, path and line."""
    data = {"type": type(item).__name__, **dataclasses.asdict(item)}
    text = json.dumps(data, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def part_key(options: Options, digests: Iterable[str]) -> str:
    """A part's name: a hash of the options and of its inputs' digests, in order."""
    h = hashlib.sha256(f"newsledger-part\x1f{_KEY_VERSION}\x1f{options.fingerprint()}".encode())
    for d in digests:
        h.update(d.encode("ascii"))
    return h.hexdigest()[:32]


@dataclass(frozen=True)
class Part:
    """A run of consecutive inputs extracted as one task and written as one file per kind."""

    key: str
    items: list[Item]
    hashes: list[str | None]
    """Each input's :func:`input_hash` (None for an error read in its place)."""


def _source(item: Item) -> tuple[str | None, bool]:
    """The file an input came from, and whether that file holds many inputs (a line or record number)."""
    return item.path, item.line is not None


def split_parts(
    items: Iterable[Item],
    options: Options,
    *,
    size: int = DEFAULT_PART_SIZE,
    chars: int = DEFAULT_PART_CHARS,
) -> Iterator[Part]:
    """Consecutive inputs cut into parts of at most ``size`` inputs and ``chars`` characters.

    A file of many inputs (JSONL, a feed, a WARC) starts a part of its own,
    so its parts are line or record ranges of it alone and keep their keys
    when other files are added to a later run; files of one article each are
    grouped.
    """
    size = max(1, size)
    batch: list[Item] = []
    total = 0
    last: tuple[str | None, bool] | None = None

    def cut() -> Part:
        digests = [item_digest(i) for i in batch]
        hashes = [input_hash(i) if isinstance(i, RawArticle) else None for i in batch]
        return Part(part_key(options, digests), list(batch), hashes)

    for item in items:
        source = _source(item)
        length = len(item.html if item.html is not None else item.text or "") if isinstance(item, RawArticle) else 0
        new_file = last is not None and source[0] != last[0] and (source[1] or last[1])
        if batch and (len(batch) >= size or total + length > chars or new_file):
            yield cut()
            batch, total = [], 0
        batch.append(item)
        total += length
        last = source
    if batch:
        yield cut()


@dataclass(frozen=True)
class PartDone:
    """A part through extraction: its record lists, one per input, in input order."""

    part: Part
    groups: list[list[Record]]
    failed: str | None = None
    """Why the part's task failed for good, where it did: ``groups`` are then error records alone."""


def failed_part(part: Part, reason: str) -> PartDone:
    """Error records in place of a part's inputs, when its task failed for good."""
    out: list[list[Record]] = []
    for item in part.items:
        if isinstance(item, ErrorRecord):
            out.append([item])
            continue
        out.append([ErrorRecord(item.id, f"{where_from(item)}: extraction failed ({reason})", item.path, item.line)])
    return PartDone(part, out, reason)
