"""What every record shares: the type tag, the JSON form, and reading it back.

Spans are ``(start, end)`` Python string offsets (end exclusive) into the
``text`` of the article record. Dates are ISO ``YYYY-MM-DD`` strings and
intervals are inclusive on both ends.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

Span = tuple[int, int]

Bound = Literal["exact", "approx", "lower", "upper", "range"]
TimeKind = Literal["point", "period", "as_of"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TimeBasis = Literal["text", "statement", "published"]
GeoPrecision = Literal["place", "admin1", "country"]
Part = Literal["text", "title", "origin_title"]


def article_id_for(text: str) -> str:
    """The stable id of an article that was given none: a hash of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    """JSON-ready form of a field value (tuples become lists, records dicts)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class Record:
    """Base of every record: its type tag and the article it belongs to."""

    TYPE: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.TYPE}
        for f in dataclasses.fields(self):
            out[f.name] = _plain(getattr(self, f.name))
        return out


def decode(tp: Any, value: Any) -> Any:
    """``value`` (a JSON form) as the type hint ``tp`` says: nested records and spans
    come back as dataclasses and tuples, read from the hints alone, so a new nested
    field needs no reader of its own."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return decode(option, value)
            if typing.get_origin(option) in (tuple, list) and isinstance(value, (list, tuple)):
                return decode(option, value)
        return value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], v) for v in value)
        return tuple(decode(a, v) for a, v in zip(args, value))
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return [decode(arg, v) for v in value]
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp) if f.init}
        return tp(**{k: decode(hints[k], v) for k, v in value.items() if k in names})
    if tp is int and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints
