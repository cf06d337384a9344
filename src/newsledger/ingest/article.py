"""What every reader yields: a raw article, or an error record in its place.

The readers of each format (``readers``, ``feeds``, ``warc``) take these
types from here, not from one another, so no reader module imports another
and a new format is a module plus a line in ``readers.READERS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import ErrorRecord


@dataclass(frozen=True)
class RawArticle:
    """One article as read, before cleaning."""

    text: str | None = None
    html: str | None = None
    id: str | None = None
    published: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    path: str | None = None
    line: int | None = None


Item = RawArticle | ErrorRecord


def cannot_read(name: str, exc: OSError) -> ErrorRecord:
    """The error for a file or folder the operating system would not let us read."""
    return ErrorRecord(None, f"{name}: cannot read ({exc.strerror or exc})", name)
