"""The article record: the cleaned text that every span points into."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from .base import Record
from .kind import Kind


@dataclass(frozen=True)
class ArticleRecord(Record):
    """One article after cleaning: every span of its records points into ``text``."""

    TYPE: ClassVar[str] = "article"
    article_id: str
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    published_source: Literal["given", "metadata", "inferred"] | None = None
    origin_outlet: str | None = None
    """The outlet a credit line names ("originally published in ... on CNN Brazil")."""
    origin_title: str | None = None
    """The headline a credit line gives the original ("originally published in <headline> on ..."), v2."""
    path: str | None = None
    """The file the article was read from, where there is one."""
    line: int | None = None
    """The line of a JSONL input, where there is one."""


# Stored in ``articles``, a table of its own shape (copies, ingest bookkeeping).
KIND = Kind(ArticleRecord)
