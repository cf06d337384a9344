"""The error record: an input that could not be read or processed, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Record
from .kind import Kind


@dataclass(frozen=True)
class ErrorRecord(Record):
    """An input that could not be read or processed, and why."""

    TYPE: ClassVar[str] = "error"
    article_id: str | None
    message: str
    path: str | None = None
    line: int | None = None


# Stored in ``errors``, keyed so that one failure is stored once.
KIND = Kind(ErrorRecord)
