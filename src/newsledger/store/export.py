"""A table of the store as CSV, JSON Lines, JSON or Parquet, streamed: data out, no rendering."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable
from contextlib import ExitStack
from itertools import islice
from typing import Any, TextIO

from sqlalchemy.engine import Connection

from ..safe_text import for_terminal
from .queries import arrow_schema, export_rows

PARQUET_CHUNK = 10_000


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO) -> int:
    """Rows as jsonl, csv or json on ``out``; returns how many.

    The rows are written exactly, except to a terminal, where they are read,
    not parsed: there control characters are made visible.
    """
    out = for_terminal(out)
    n = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "json":
        out.write("[")
        for row in rows:
            out.write(("," if n else "") + "\n " + json.dumps(row, ensure_ascii=False))
            n += 1
        out.write("\n]\n" if n else "]\n")
    elif fmt == "csv":
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            writer.writerow(row)
            n += 1
    else:  # pragma: no cover - click restricts the choices
        raise ValueError(fmt)
    return n


def export_table(conn: Connection, table_name: str, fmt: str, output: str | None) -> int:
    """Write every row of a table to ``output`` (standard output when None); returns the count."""
    with ExitStack() as stack:
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            target = output if output is not None else sys.stdout.buffer
            schema = arrow_schema(table_name)
            writer = stack.enter_context(pq.ParquetWriter(target, schema))
            n = 0
            rows = export_rows(conn, table_name, typed=True)
            while chunk := list(islice(rows, PARQUET_CHUNK)):
                writer.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
            return n
        out = (
            stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
            if output is not None
            else sys.stdout
        )
        return write_rows(export_rows(conn, table_name), fmt, out)
