"""The claim record: a figure with what it counts, when it holds and who says so."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Part, Record, Span
from .kind import Column, Display, Kind, attr, holds, nothing, num, span_part
from .parts import ClaimTime, Quantity, Source


@dataclass(frozen=True)
class ClaimRecord(Record):
    """A quantity asserted in the text, with what it counts, when, and who says so."""

    TYPE: ClassVar[str] = "claim"
    article_id: str
    span: Span
    text: str
    sentence_span: Span
    quantity: Quantity
    measure: str | None = None
    subject: str | None = None
    source: Source | None = None
    time: ClaimTime | None = None
    statement_date: str | None = None
    part: Part = "text"
    """Which text of the article ``span`` points into: ``text``, or ``title`` / ``origin_title``
    for a figure, name or date of the headline or of the credited original's headline (v2)."""


_SENTENCE_START, _SENTENCE_END = span_part("sentence_span", 0), span_part("sentence_span", 1)


def _sentence(claim: ClaimRecord, text: str) -> str | None:
    start, end = _SENTENCE_START(claim, text), _SENTENCE_END(claim, text)
    if start is None or end is None or not 0 <= start <= end <= len(text):
        return None
    return text[start:end]


def _cells(c: ClaimRecord) -> tuple[str, ...]:
    q = c.quantity
    src = ""
    if c.source is not None:
        src = (c.source.entity or c.source.name) + (f" ({c.source.cue})" if c.source.cue else "")
        src += f" via {c.source.via}" if c.source.via else ""
    return (
        c.text,
        num(q.value),
        f"{q.bound} [{num(q.low)}, {num(q.high)}]",
        (q.unit or "") + (f" {q.change}" if q.change else ""),
        c.measure or "",
        c.subject or "",
        "" if c.time is None else holds(c.time.kind, c.time.start, c.time.end),
        src,
    )


KIND = Kind(
    ClaimRecord,
    doc_attr="claims",
    table="claims",
    columns=(
        Column("sentence_start", "int", _SENTENCE_START),
        Column("sentence_end", "int", _SENTENCE_END),
        Column("sentence", "text", _sentence),
        Column("value", "float", attr("quantity", "value")),
        Column("low", "float", attr("quantity", "low")),
        Column("high", "float", attr("quantity", "high")),
        Column("bound", "text", attr("quantity", "bound")),
        Column("unit", "text", attr("quantity", "unit")),
        Column("change", "text", attr("quantity", "change")),
        Column("measure", "text", attr("measure")),
        Column("subject", "text", attr("subject")),
        Column("source_name", "text", attr("source", "name")),
        Column("source_entity", "text", attr("source", "entity")),
        Column("source_cue", "text", attr("source", "cue")),
        Column("source_start", "int", span_part("source.span", 0)),
        Column("source_end", "int", span_part("source.span", 1)),
        Column("time_start", "date", attr("time", "start")),
        Column("time_end", "date", attr("time", "end")),
        Column("time_text", "text", attr("time", "text")),
        Column("time_kind", "text", attr("time", "kind")),
        Column("statement_date", "date", attr("statement_date")),
        # For a claim of a republished copy: the matching claim of the earliest copy.
        Column("same_as", "bigint", nothing),
        # v2 (migration 0005)
        Column("source_via", "text", attr("source", "via")),
        Column("time_basis", "text", attr("time", "basis")),
        # The series the claim belongs to (migration 0006): the writer reads it
        # off the claim's article (reconcile/series_keys.py), not off the claim alone.
        Column("series_key", "text", nothing),
        # Which text the span points into: the body, or a headline (migration 0006).
        Column("part", "text", attr("part")),
    ),
    indexes=(
        ("ix_claims_article", ("article_id", "ord")),
        ("ix_claims_measure", ("measure",)),
        ("ix_claims_source_entity", ("source_entity",)),
        ("ix_claims_source_name", ("source_name",)),
        ("ix_claims_time", ("time_start", "time_end")),
        ("ix_claims_same_as", ("same_as",)),
        ("ix_claims_value", ("value",)),
        ("ix_claims_series_key", ("series_key",)),
    ),
    display=Display(
        "claims", ("figure", "value", "interval", "unit", "measure", "subject", "holds", "source"), _cells,
        fold=True, style="bold black on yellow", order=0,
    ),
)
