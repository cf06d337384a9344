"""What the rest of newsledger needs to know about one kind of record, in one place.

A kind is its dataclass plus a :class:`Kind` entry: the ``Doc._`` attribute the
components fill, the store table and how a record becomes that table's
columns, and how a terminal shows it. The layers above read these entries
(``nlp/extensions.py`` registers the attributes, ``extract.py`` harvests them,
``store/schema.py`` builds the tables, ``store/rows.py`` the rows,
``cli/render.py`` the tables on screen), so a new kind is its own module and a
line in ``registry.py``; a stored kind also needs its Alembic migration.

Column types are named here, not as SQLAlchemy types, so that this layer
imports nothing: ``store/schema.py`` maps each name to its SQL type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from .base import Record

ColumnType = Literal["text", "int", "bigint", "float", "date", "bool"]


@dataclass(frozen=True)
class Column:
    """One column of a kind's table, beside the columns every record table has."""

    name: str
    type: ColumnType
    get: Callable[[Any, str], Any]
    """The column's value for a record, given the text of its article."""


@dataclass(frozen=True)
class Display:
    """How a terminal shows records of a kind."""

    title: str
    """The heading of its table ("claims")."""
    columns: tuple[str, ...]
    cells: Callable[[Any], tuple[str, ...]]
    """One record's row: plain strings, one per column."""
    fold: bool = False
    """Fold long cells (claims, statements) instead of cutting them short."""
    style: str | None = None
    """The rich style that marks its spans in ``show``; None leaves them unmarked."""
    order: int = 0
    """Tables and the legend go in this order; spans are marked in the reverse, so
    that a lower number's highlight wins where spans nest (a claim over an entity)."""


@dataclass(frozen=True)
class Kind:
    """One record kind and everything derived from it."""

    cls: type[Record]
    doc_attr: str | None = None
    """The ``Doc._`` attribute the pipeline's components fill with these records."""
    table: str | None = None
    """The store table its records go to, where the store keeps them as records of an
    article (``article`` and ``error`` have tables of their own shape)."""
    columns: tuple[Column, ...] = ()
    indexes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(index name, its columns) of the table."""
    display: Display | None = None

    @property
    def name(self) -> str:
        return self.cls.TYPE


def attr(*path: str) -> Callable[[Any, str], Any]:
    """A column getter that follows attributes, None where a step is None:
    ``attr("source", "name")`` is ``record.source.name`` or None."""

    def get(record: Any, _text: str) -> Any:
        value = record
        for step in path:
            value = getattr(value, step, None)
            if value is None:
                return None
        return value

    return get


def span_part(path: str, index: int) -> Callable[[Any, str], Any]:
    """The start (0) or end (1) of a span-valued attribute, or None."""

    steps = path.split(".")

    def get(record: Any, _text: str) -> Any:
        value: Any = record
        for step in steps:
            value = getattr(value, step, None)
            if value is None:
                return None
        try:
            return int(value[index])
        except (TypeError, ValueError, IndexError):
            return None

    return get


def nothing(_record: Any, _text: str) -> None:
    """A column the store fills itself (``claims.same_as``)."""
    return None


# -- plain cell formats, shared by the kinds' displays -------------------------
def num(value: Any) -> str:
    return "" if value is None else f"{value:g}"


def interval(start: Any, end: Any) -> str:
    if start is None and end is None:
        return ""
    return start if start == end else f"{start or '…'} – {end or '…'}"


def holds(kind: Any, start: Any, end: Any) -> str:
    """When a figure holds, as a reader says it: "as of 2025-02-26", "2025-01-01 – 2025-03-27"."""
    if not kind:
        return ""
    if kind == "as_of":
        return f"as of {end}" if end else "as of ?"
    return interval(start, end)
