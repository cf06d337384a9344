"""Which claims of a copy are the claims of its original, and which copy is the original.

A copy's claim is folded into its original's only when it states the same
figure, with the same hedge, of the same thing at the same time; the
earliest article of a group is its original.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .facts import measure_key, to_date


def order_key(published: dt.date | None, seq: int) -> tuple[dt.date, int]:
    # Earliest copy: by publication date (unknown dates last), then ingest order.
    return (published or dt.date.max, seq)


CLAIM_KEY_COLS = (
    "id", "article_id", "value", "unit", "change", "measure", "time_start", "time_end", "time_kind", "bound", "low", "high",
    "time_basis",
)


@dataclass(frozen=True)
class ClaimKey:
    """What copy linking needs of a claim."""

    id: int
    article_id: str
    value: float | None
    unit: str | None
    change: str | None
    measure: str | None
    time_start: dt.date | None = None
    time_end: dt.date | None = None
    time_kind: str | None = None
    bound: str | None = None
    low: float | None = None
    high: float | None = None
    time_basis: str | None = None


def match_claims(originals: list[Any], copy_claims: list[Any]) -> list[tuple[int, int]]:
    """(copy claim id, original claim id) pairs: the same figure of the same thing at the same time.

    Only a claim that agrees on value, hedge (bound and interval), unit,
    change, measure (case-insensitive) and time (start, end and kind) is the
    same claim: "at least 40" is not "40", and a copy that hedges where its
    original did not says something else. There is no looser
    fallback: '77 roads' is not 'about 77 homes', and a folded claim is hidden
    from the default listing.
    """
    free: dict[tuple, list[int]] = {}
    for o in originals:
        if o.value is not None:
            free.setdefault(claim_key(o), []).append(o.id)
    matched: list[tuple[int, int]] = []
    for c in copy_claims:
        if c.value is None:
            continue
        left = free.get(claim_key(c))
        if left:
            matched.append((c.id, left.pop(0)))
    return matched


def claim_key(row: Any) -> tuple:
    """What two claims must share to be one claim (a stored row or a ClaimKey alike).

    A time whose dates are each article's own publication date (basis
    ``published``: "have been killed") is the same time in a copy published a
    day later, so only its kind is compared there.
    """
    if getattr(row, "time_basis", None) == "published":
        when: tuple = ("published", row.time_kind)
    else:
        when = (to_date(row.time_start), to_date(row.time_end), row.time_kind)
    return (row.value, row.bound, row.low, row.high, row.unit, row.change, measure_key(row.measure), *when)

