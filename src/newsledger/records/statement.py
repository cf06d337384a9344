"""The statement record: who said what."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Part, Record, Span
from .kind import Column, Display, Kind, attr
from .parts import Source


@dataclass(frozen=True)
class StatementRecord(Record):
    """Who said what: a quotation or reported speech and its source."""

    TYPE: ClassVar[str] = "statement"
    article_id: str
    span: Span
    text: str
    source: Source | None
    cue: str | None
    direct: bool
    part: Part = "text"
    """Which text of the article ``span`` points into: ``text``, or ``title`` / ``origin_title``
    for a figure, name or date of the headline or of the credited original's headline (v2)."""


def _cells(s: StatementRecord) -> tuple[str, ...]:
    src = "" if s.source is None else (s.source.entity or s.source.name)
    return (src, s.cue or "", "yes" if s.direct else "", s.text)


KIND = Kind(
    StatementRecord,
    doc_attr="statements",
    table="statements",
    columns=(
        Column("source_name", "text", attr("source", "name")),
        Column("source_entity", "text", attr("source", "entity")),
        Column("source_cue", "text", attr("source", "cue")),
        Column("cue", "text", attr("cue")),
        Column("direct", "bool", lambda s, _t: bool(s.direct)),
        # v2 (migration 0005)
        Column("source_via", "text", attr("source", "via")),
    ),
    indexes=(("ix_statements_article", ("article_id", "ord")), ("ix_statements_source_entity", ("source_entity",))),
    display=Display("statements", ("source", "cue", "direct", "text"), _cells, fold=True, style="italic", order=3),
)
