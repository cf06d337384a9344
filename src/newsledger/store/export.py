"""``newsledger export``: a table of the store as CSV, JSON Lines or Parquet, streamed."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from itertools import islice

from sqlalchemy.engine import Connection

from .display import write_rows
from .queries import arrow_schema, export_rows

PARQUET_CHUNK = 10_000


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
