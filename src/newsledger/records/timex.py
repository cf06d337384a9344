"""The time record: a time expression, normalised."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Part, Record, Span, TimexType
from .kind import Column, Display, Kind, attr, interval


@dataclass(frozen=True)
class TimeRecord(Record):
    """A time expression, normalised to a TimeML value and a calendar interval."""

    TYPE: ClassVar[str] = "time"
    article_id: str
    span: Span
    text: str
    timex_type: TimexType
    value: str
    start: str | None = None
    end: str | None = None
    part: Part = "text"
    """Which text of the article ``span`` points into: ``text``, or ``title`` / ``origin_title``
    for a figure, name or date of the headline or of the credited original's headline (v2)."""


KIND = Kind(
    TimeRecord,
    doc_attr="times",
    table="times",
    columns=(
        Column("timex_type", "text", attr("timex_type")),
        Column("value", "text", attr("value")),
        Column("start", "date", attr("start")),
        Column("end", "date", attr("end")),
    ),
    indexes=(("ix_times_article", ("article_id", "ord")), ("ix_times_interval", ("start", "end"))),
    display=Display(
        "time expressions", ("text", "type", "value", "interval"),
        lambda t: (t.text, t.timex_type, t.value, interval(t.start, t.end)),
        style="bold cyan", order=1,
    ),
)
