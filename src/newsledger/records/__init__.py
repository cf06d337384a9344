"""The public records of newsledger (record contract, version 2).

Every record is a frozen dataclass. ``to_dict`` gives the JSON form that
``docs/records.md`` describes; ``record_from_dict`` reads it back. Fields may be
added over time; the ones named in the contract are never renamed or dropped.

One module a kind (``article``, ``timex``, ``claim``, ``entity``, ``statement``,
``error``), each with its dataclass and its :class:`~newsledger.records.kind.Kind`
entry; ``registry.py`` lists them, and the layers above derive their Doc
attributes, tables, rows and terminal tables from that list.
"""

from __future__ import annotations

from .article import ArticleRecord
from .base import Bound, GeoPrecision, Part, Record, Span, TimeBasis, TimeKind, TimexType, article_id_for
from .claim import ClaimRecord
from .entity import EntityRecord
from .error import ErrorRecord
from .event import Acled, Counts, EventPlace, EventRecord, EventTime, Party
from .kind import Column, Display, Kind
from .parts import ClaimTime, Geo, Quantity, Source
from .registry import KIND_BY_NAME, KINDS, RECORD_TYPES, doc_kinds, record_from_dict, shown_kinds, stored_kinds
from .series import Estimate, Flag, SeriesMember, SeriesRecord
from .statement import StatementRecord
from .timex import TimeRecord

__all__ = [
    "Acled",
    "ArticleRecord",
    "Bound",
    "ClaimRecord",
    "ClaimTime",
    "Column",
    "Counts",
    "Display",
    "EntityRecord",
    "ErrorRecord",
    "EventPlace",
    "EventRecord",
    "EventTime",
    "Estimate",
    "Flag",
    "Geo",
    "GeoPrecision",
    "KINDS",
    "KIND_BY_NAME",
    "Kind",
    "Part",
    "Party",
    "Quantity",
    "RECORD_TYPES",
    "Record",
    "SeriesMember",
    "SeriesRecord",
    "Source",
    "Span",
    "StatementRecord",
    "TimeBasis",
    "TimeKind",
    "TimeRecord",
    "TimexType",
    "article_id_for",
    "doc_kinds",
    "record_from_dict",
    "shown_kinds",
    "stored_kinds",
]
