"""A Parquet dataset of records: one folder per record kind, one file per input part.

Layout (``DIR`` is what ``newsledger extract --out DIR`` names)::

    DIR/article/part-<key>.parquet
    DIR/claim/part-<key>.parquet
    DIR/time/...  DIR/entity/...  DIR/statement/...  DIR/error/...

One folder per kind of ``newsledger.records.KINDS`` that extraction gives
(articles, errors, and each kind a pipeline component fills), so a new kind
gets its folder without a change here; kinds made from a store (series)
have none. ``<key>`` names the input part the file was extracted from (see
:func:`newsledger.run.parts.part_key`): the same input
read with the same options gives the same key, which is how a re-run knows a
part is done.

Columns of every kind's files:

- ``part_key``, ``input_index`` (the input's place in its part) and
  ``record_index`` (the record's place among its input's records, the
  article being 0): what puts each article's records back together, in
  their order;
- one column per field of the record's dataclass, named as in
  ``docs/records.md``. Nested parts (``quantity``, ``source``, ``time``,
  ``geo``) are Parquet structs with the nested fields as children (a query
  reads ``quantity.value``); a ``span`` is a list of two integers. A field
  whose type has no Parquet form here is a JSON string;
- ``record``: the record's whole JSON form (``to_dict``), as the SQL store's
  ``record`` column, so reading back is exact whatever the typed columns hold;
- article files only: ``input_hash``, the sha256 of the raw input the store
  keeps to skip an input it has already seen.

Every file of a part is written to a hidden temporary name (``.part-<key>
.parquet.<pid>.tmp``) and renamed into place (``os.replace``, atomic on one
file system), the article file last: a part is done when its article file
exists, and no reader ever sees half a file. The client process writes every
file, so the dataset needs no file system shared with the workers; a
temporary file left by a killed run is removed when its part is written
again. A part whose extraction failed on the cluster writes its error file
only, so a re-run tries it again.
"""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..records import KINDS, ArticleRecord, ErrorRecord, Kind, Record, record_from_dict

PART_PREFIX = "part-"
PART_SUFFIX = ".parquet"
DONE_KIND = "article"
"""The kind whose file, written last, marks a part as done."""
FIRST_KEY = "newsledger.first_input"
"""File metadata: ``[path, line]`` of the part's first input."""

_OWN = ("part_key", "input_index", "record_index", "record", "input_hash")


def extracted_kinds() -> tuple[Kind, ...]:
    """The kinds extraction gives: articles, errors and every kind a component leaves on a Doc."""
    return tuple(k for k in KINDS if k.doc_attr or k.cls in (ArticleRecord, ErrorRecord))


def _arrow_type(tp: Any) -> tuple[Any, bool]:
    """The Parquet type of a field's type hint, and whether its values go in as JSON text."""
    import pyarrow as pa

    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return _arrow_type(options[0])
        if all(typing.get_origin(o) is typing.Literal for o in options):
            return _arrow_type(typing.Literal[tuple(v for o in options for v in typing.get_args(o))])
        return pa.string(), True
    if origin is typing.Literal:
        values = typing.get_args(tp)
        if all(isinstance(v, str) for v in values):
            return pa.string(), False
        if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            return pa.int64(), False
        return pa.string(), True
    if tp is str:
        return pa.string(), False
    if tp is bool:
        return pa.bool_(), False
    if tp is int:
        return pa.int64(), False
    if tp is float:
        return pa.float64(), False
    if origin in (tuple, list):
        args = [a for a in typing.get_args(tp) if a is not Ellipsis]
        if args and all(a == args[0] for a in args):
            inner, as_json = _arrow_type(args[0])
            if not as_json:
                return pa.list_(inner), False
        return pa.string(), True
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        children = []
        for f in dataclasses.fields(tp):
            inner, as_json = _arrow_type(hints[f.name])
            if as_json:  # a struct's children are typed, or the whole struct is JSON
                return pa.string(), True
            children.append(pa.field(f.name, inner))
        return pa.struct(children), False
    return pa.string(), True


@dataclasses.dataclass(frozen=True)
class KindSchema:
    """The Parquet schema of one kind's files, and which of its fields go in as JSON text."""

    name: str
    schema: Any
    json_fields: frozenset[str]


def kind_schema(cls: type[Record]) -> KindSchema:
    import pyarrow as pa

    hints = typing.get_type_hints(cls)
    fields = [pa.field("part_key", pa.string()), pa.field("input_index", pa.int32()), pa.field("record_index", pa.int32())]
    as_json: set[str] = set()
    for f in dataclasses.fields(cls):
        if f.name in _OWN:
            raise ValueError(f"{cls.__name__}.{f.name}: the name of a column every record file has")
        arrow, is_json = _arrow_type(hints[f.name])
        if is_json:
            as_json.add(f.name)
        fields.append(pa.field(f.name, arrow))
    if cls is ArticleRecord:
        fields.append(pa.field("input_hash", pa.string()))
    fields.append(pa.field("record", pa.string()))
    return KindSchema(cls.TYPE, pa.schema(fields), frozenset(as_json))


_SCHEMAS: dict[str, KindSchema] = {}


def schema_of(kind: str) -> KindSchema:
    found = _SCHEMAS.get(kind)
    if found is None:
        cls = next(k.cls for k in KINDS if k.name == kind)
        found = _SCHEMAS[kind] = kind_schema(cls)
    return found


def part_name(key: str) -> str:
    return f"{PART_PREFIX}{key}{PART_SUFFIX}"


def is_dataset(path: str | os.PathLike[str]) -> bool:
    """Whether a folder is such a dataset: it has an ``article/`` folder of part files."""
    folder = Path(path) / DONE_KIND
    try:
        return folder.is_dir() and any(
            n.startswith(PART_PREFIX) and n.endswith(PART_SUFFIX) for n in os.listdir(folder)
        )
    except OSError:
        return False


class Dataset:
    """A dataset folder, for writing parts into and reading them back."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def path(self, kind: str, key: str) -> Path:
        return self.root / kind / part_name(key)

    def done(self, key: str) -> bool:
        return self.path(DONE_KIND, key).exists()

    def keys(self) -> list[str]:
        """Every part with a file of any kind (finished parts and failed ones), in input order.

        Input order is that of each part's first input (path, then line), read
        from the files' metadata; a store given the parts in it sees articles
        in the order a local ingest would, which settles ties between copies.
        """
        return sorted(self._names(), key=lambda key: (*self._first(key), key))

    def _first(self, key: str) -> tuple[str, int]:
        import pyarrow.parquet as pq

        for kind in (DONE_KIND, "error"):
            path = self.path(kind, key)
            if path.exists():
                meta = pq.read_schema(path).metadata or {}
                try:
                    where, line = json.loads(meta.get(FIRST_KEY.encode(), b"[null, null]"))
                except (ValueError, TypeError):
                    break
                return where or "", line or 0
        return "", 0

    def _names(self) -> set[str]:
        found: set[str] = set()
        for kind in extracted_kinds():
            try:
                names = os.listdir(self.root / kind.name)
            except OSError:
                continue
            found.update(
                n[len(PART_PREFIX) : -len(PART_SUFFIX)]
                for n in names
                if n.startswith(PART_PREFIX) and n.endswith(PART_SUFFIX)
            )
        return found

    # -- writing --------------------------------------------------------------
    def write_part(
        self,
        key: str,
        groups: list[list[Record]],
        hashes: list[str | None],
        *,
        done: bool = True,
        first: tuple[str | None, int | None] = (None, None),
    ) -> None:
        """Write a part's records, one file per kind; ``done=False`` writes its errors only.

        ``first`` is where the part's first input was read (path, line): kept in
        each file's metadata, it lets a reader take the parts in input order.
        """
        rows: dict[str, list[dict[str, Any]]] = {k.name: [] for k in extracted_kinds()}
        for item, records in enumerate(groups):
            for ord_, record in enumerate(records):
                row = _row(record, key, item, ord_)
                if isinstance(record, ArticleRecord):
                    row["input_hash"] = hashes[item] if item < len(hashes) else None
                rows[record.TYPE].append(row)
        kinds = [k.name for k in extracted_kinds() if k.name != DONE_KIND] + [DONE_KIND]
        if not done:
            kinds = ["error"]
        meta = {FIRST_KEY: json.dumps(list(first))}
        for kind in kinds:
            self._write_file(kind, key, rows.get(kind, []), meta)

    def _write_file(self, kind: str, key: str, rows: list[dict[str, Any]], meta: dict[str, str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        final = self.path(kind, key)
        final.parent.mkdir(parents=True, exist_ok=True)
        # A hidden name: pyarrow's dataset reader and this module's skip it,
        # so a file cut short by a kill is never read as a part.
        temp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
        _remove_stale(final)
        schema = schema_of(kind).schema.with_metadata(meta)
        try:
            table = pa.Table.from_pylist(rows, schema=schema)
        except (UnicodeEncodeError, pa.ArrowException):
            # A lone surrogate has no UTF-8 form: the typed columns get U+FFFD
            # in its place, the record column keeps the exact text.
            table = pa.Table.from_pylist([_utf8(row) for row in rows], schema=schema)
        try:
            with open(temp, "wb") as stream:
                pq.write_table(table, stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp, final)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    # -- reading --------------------------------------------------------------
    def read_part(self, key: str) -> list[tuple[list[Record], str | None]]:
        """A part's record lists, each with its input hash, in input order."""
        import pyarrow.parquet as pq

        found: dict[int, list[tuple[int, Record]]] = {}
        hashes: dict[int, str | None] = {}
        for kind in extracted_kinds():
            path = self.path(kind.name, key)
            if not path.exists():
                continue
            columns = ["input_index", "record_index", "record"] + (["input_hash"] if kind.name == DONE_KIND else [])
            for row in pq.read_table(path, columns=columns).to_pylist():
                record = record_from_dict(json.loads(row["record"]))
                found.setdefault(row["input_index"], []).append((row["record_index"], record))
                if "input_hash" in row:
                    hashes[row["input_index"]] = row["input_hash"]
        return [
            ([r for _, r in sorted(found[item], key=lambda pair: pair[0])], hashes.get(item))
            for item in sorted(found)
        ]

    def groups(self) -> Iterator[tuple[list[Record], str | None]]:
        """Every input's record list with its input hash, part by part (one part in memory at a time)."""
        for key in self.keys():
            yield from self.read_part(key)

    def records(self) -> Iterator[Record]:
        for records, _ in self.groups():
            yield from records


def _remove_stale(final: Path) -> None:
    """Temporary files of this part left by a process that is gone (a killed run)."""
    for temp in final.parent.glob(f".{final.name}.*.tmp"):
        try:
            pid = int(temp.name[len(final.name) + 2 : -len(".tmp")])
        except ValueError:
            continue
        if pid == os.getpid() or not _alive(pid):
            temp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _utf8(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, dict):
        return {k: _utf8(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_utf8(v) for v in value]
    return value


def _row(record: Record, key: str, item: int, ord_: int) -> dict[str, Any]:
    data = record.to_dict()
    as_json = schema_of(record.TYPE).json_fields
    row: dict[str, Any] = {"part_key": key, "input_index": item, "record_index": ord_}
    for name, value in data.items():
        if name == "type":
            continue
        row[name] = json.dumps(value) if name in as_json and value is not None else value
    # ASCII JSON: a lone surrogate in a text survives as an escape, where raw it
    # could not be written as UTF-8 at all.
    row["record"] = json.dumps(data)
    return row


def read_dataset(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[list[Record], str | None]]:
    for path in paths:
        yield from Dataset(path).groups()


@dataclasses.dataclass
class DatasetStats:
    """What a run into a dataset did."""

    written: int = 0
    """Parts written by this run."""
    skipped: int = 0
    """Parts found done by an earlier run."""
    failed: int = 0
    """Parts whose task failed for good: their errors are written, the part is tried again next run."""
    articles: int = 0
    errors: int = 0
    seconds: float = 0.0


def extract_to_dataset(
    engine: Any,
    parts: Iterable[Any],
    out: str | os.PathLike[str],
    progress: Any = None,
) -> DatasetStats:
    """Every part not yet done through ``engine`` (see :mod:`.engines`) into the dataset at ``out``.

    ``parts`` are :class:`~newsledger.run.engines.Part` objects; the engine
    yields a :class:`~newsledger.run.engines.PartDone` for each. A part the
    dataset already holds is skipped before it is sent anywhere; one that
    appears twice in the input is extracted once.
    """
    import time

    started = time.perf_counter()
    dataset = Dataset(out)
    stats = DatasetStats()
    seen: set[str] = set()

    def todo() -> Iterator[Any]:
        for part in parts:
            if part.key in seen or dataset.done(part.key):
                stats.skipped += 1
                continue
            seen.add(part.key)
            yield part

    for finished in engine.extract_parts(todo()):
        part, groups = finished.part, finished.groups
        # A part that failed for good writes its errors but not its article
        # file, so the next run tries it again.
        done = finished.failed is None
        head = part.items[0]
        dataset.write_part(part.key, groups, part.hashes, done=done, first=(head.path, head.line))
        stats.written += done
        stats.failed += not done
        stats.articles += sum(1 for g in groups if g and isinstance(g[0], ArticleRecord))
        stats.errors += sum(1 for g in groups for r in g if isinstance(r, ErrorRecord))
        if progress is not None:
            progress(stats)
    stats.seconds = time.perf_counter() - started
    return stats
