"""The entity record: a person, organisation or place mention and its canonical actor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from .base import Part, Record, Span
from .kind import Column, Display, Kind, attr
from .parts import Geo


@dataclass(frozen=True)
class EntityRecord(Record):
    """A person, organisation or place mention with its canonical actor."""

    TYPE: ClassVar[str] = "entity"
    article_id: str
    span: Span
    text: str
    label: str
    canonical: str | None = None
    country: str | None = None
    geo: Geo | None = None
    """Where a place entity (GPE, LOC, FAC) is; None where unresolved or not a place (v2)."""
    part: Part = "text"
    """Which text of the article ``span`` points into: ``text``, or ``title`` / ``origin_title``
    for a figure, name or date of the headline or of the credited original's headline (v2)."""


KIND = Kind(
    EntityRecord,
    doc_attr="entities",
    table="entities",
    columns=(
        Column("label", "text", attr("label")),
        Column("canonical", "text", attr("canonical")),
        Column("country", "text", attr("country")),
    ),
    indexes=(
        ("ix_entities_article", ("article_id", "ord")),
        ("ix_entities_canonical", ("canonical",)),
        ("ix_entities_country", ("country",)),
    ),
    display=Display(
        "entities", ("text", "label", "canonical", "country"),
        lambda e: (e.text, e.label, e.canonical or "", e.country or ""),
        style="underline", order=2,
    ),
)
