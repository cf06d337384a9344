"""The registry of record kinds: one entry per kind, everything else derived from it.

Adding a kind: write its module (the dataclass and its ``KIND``) and add it to
``KINDS`` below. A kind with a ``table`` also needs the Alembic migration that
creates that table (``store/migrations``).
"""

from __future__ import annotations

from typing import Any

from . import article, claim, entity, error, event, series, statement, timex
from .base import Record, decode
from .kind import Kind

# The order is the contract's: ``--schema`` lists the kinds in it.
KINDS: tuple[Kind, ...] = (
    article.KIND, timex.KIND, claim.KIND, entity.KIND, statement.KIND, error.KIND, series.KIND, event.KIND,
)

KIND_BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
RECORD_TYPES: dict[str, type[Record]] = {k.name: k.cls for k in KINDS}


def doc_kinds() -> tuple[Kind, ...]:
    """The kinds the pipeline's components fill, each in its ``Doc._`` attribute."""
    return tuple(k for k in KINDS if k.doc_attr)


def stored_kinds() -> tuple[Kind, ...]:
    """The kinds kept in a table of records of an article."""
    return tuple(k for k in KINDS if k.table)


def shown_kinds() -> tuple[Kind, ...]:
    """The kinds a terminal shows as tables, in their display order."""
    return tuple(sorted((k for k in KINDS if k.display), key=lambda k: k.display.order))


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from its ``to_dict`` form (unknown keys are ignored)."""
    return decode(RECORD_TYPES[data["type"]], {k: v for k, v in data.items() if k != "type"})
