"""The unit of a write: one input's records with the keys that find its copies.

The MinHash signature and figure keys are computed here, before the write
lock is taken, so the time under the lock is spent on SQL only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..records import ArticleRecord, ClaimRecord, Record
from ..reconcile import signatures


@dataclass(frozen=True)
class Group:
    """The records of one input (its article first, or a lone error) and its input hash."""

    records: list[Record]
    input_hash: str | None = None
    signature: signatures.Signature | None = None
    fact_keys: tuple[int, ...] = ()
    """Keys of pairs of its figures (signatures.fact_keys): what finds a translated or cut-short copy."""


@dataclass
class WriteResult:
    """What one batch did."""

    added: list[str] = field(default_factory=list)
    skipped: int = 0
    failed: int = 0
    copies: int = 0
    errors: list[str] = field(default_factory=list)
    updates: int = 0
    """Articles recorded as updates of a similar report (near-identical text, other figures or dates)."""


def prepare_groups(groups: Iterable[tuple[list[Record], str | None]]) -> list[Group]:
    """Groups with their MinHash signatures, computed outside the write lock."""
    out = []
    for records, input_hash in groups:
        head = records[0] if records else None
        sig = signatures.signature(head.text) if isinstance(head, ArticleRecord) else None
        figures = [
            signatures.figure_key(r.quantity.value, r.quantity.unit)
            for r in records[1:]
            if isinstance(r, ClaimRecord) and r.quantity.value is not None
        ]
        out.append(Group(records, input_hash, sig, signatures.fact_keys(figures) if sig is not None else ()))
    return out
