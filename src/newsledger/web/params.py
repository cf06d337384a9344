"""The filters and paging that the pages and the JSON API share, read and bounded once.

Every value a request gives is bounded here: text filters in length (and
search words in number), dates as ISO days, page sizes capped, pages capped
so that no request asks the store to skip an unbounded number of rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Query

MAX_TEXT = 200
"""Characters of any one text filter."""
MAX_WORDS = 8
"""Search words an article search combines."""
DEFAULT_SIZE = 25
MAX_SIZE = 100
"""Rows of one page, whatever a request asks for."""
MAX_PAGE = 200
"""Pages a listing goes to: deeper rows are for `newsledger export`, not for paging."""
MAX_CSV_ROWS = 50_000


def day(value: str | None, name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` filter as a date; a 400 naming the filter otherwise."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise HTTPException(400, f"{name}: {value[:40]!r} is not a date in YYYY-MM-DD form") from None


def text(value: str | None) -> str | None:
    """A text filter, stripped; None when empty."""
    if value is None:
        return None
    value = value.strip()
    return value or None


def date_range(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    a, b = day(since, "since"), day(until, "until")
    if a is not None and b is not None and a > b:
        raise HTTPException(400, f"since {a} is after until {b}: nothing can hold in that range; swap them")
    return a, b


@dataclass(frozen=True)
class Paging:
    page: int
    size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def fetch(self) -> int:
        """Rows to ask the store for, from ``offset``: this page's, and one more to know whether a next page exists."""
        return self.size + 1


def paging(
    page: int = Query(1, ge=1, description=f"Page number, 1 to {MAX_PAGE}."),
    size: int = Query(DEFAULT_SIZE, ge=1, description=f"Rows per page, capped at {MAX_SIZE}."),
) -> Paging:
    """The page asked for, its size capped at MAX_SIZE and its number at MAX_PAGE."""
    return Paging(min(page, MAX_PAGE), min(size, MAX_SIZE))


def TextQuery(description: str) -> Any:  # noqa: N802 - used like FastAPI's Query
    return Query(None, max_length=MAX_TEXT, description=description)


def DateQuery(description: str) -> Any:  # noqa: N802
    return Query(None, max_length=10, pattern=r"^(\d{4}-\d{2}-\d{2})?$", description=description)


def link(path: str, filters: dict[str, Any]) -> str:
    """``path`` with the filters that are set as its query."""
    query = {k: v for k, v in filters.items() if v not in (None, "", False)}
    return f"{path}?{urlencode(query)}" if query else path


@dataclass(frozen=True)
class Page:
    """One page of rows, and where the pages before and after it are."""

    rows: list[Any]
    paging: Paging
    has_next: bool

    @classmethod
    def of(cls, rows: list[Any], paging: Paging) -> Page:
        """A page from the ``paging.fetch`` rows the store gave from ``paging.offset`` (OFFSET/LIMIT)."""
        window = rows[:paging.fetch]
        return cls(window[: paging.size], paging, len(window) > paging.size and paging.page < MAX_PAGE)

    def link(self, path: str, filters: dict[str, Any], page: int) -> str:
        query = {k: v for k, v in filters.items() if v not in (None, "", False)}
        query["page"] = page
        if self.paging.size != DEFAULT_SIZE:
            query["size"] = self.paging.size
        return f"{path}?{urlencode(query)}"

    def links(self, path: str, filters: dict[str, Any]) -> dict[str, str | None]:
        p = self.paging.page
        return {
            "prev": self.link(path, filters, p - 1) if p > 1 else None,
            "next": self.link(path, filters, p + 1) if self.has_next else None,
        }

    def as_json(self, path: str, filters: dict[str, Any]) -> dict[str, Any]:
        return {"page": self.paging.page, "size": self.paging.size, **self.links(path, filters), "rows": self.rows}
